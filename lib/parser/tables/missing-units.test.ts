import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

const doc = (thirdUnit: string, firstUnit = "单位：元") =>
  [
    "某某市某某区某某局2024年部门预算",
    "一、部门主要职能",
    "表1 部门收支总表",
    firstUnit,
    "收入\t本年预算\t支出\t本年预算",
    "一般公共预算拨款收入\t12,345,600.00\t一般公共服务支出\t12,345,600.00",
    "收入总计\t12,345,600.00\t支出总计\t12,345,600.00",
    "表5 一般公共预算支出表",
    "单位：元",
    "科目编码\t科目名称\t合计\t基本支出\t项目支出",
    "2010301\t行政运行\t10,000,000.00\t10,000,000.00\t0.00",
    "表6 一般公共预算基本支出表",
    thirdUnit,
    "科目编码\t科目名称\t合计\t人员经费\t公用经费",
    "301\t工资福利支出\t9,000,000.00\t9,000,000.00\t0.00",
    "302\t商品和服务支出\t1,000,000.00\t0.00\t1,000,000.00",
  ].join("\n");

describe("a table that prints no unit", () => {
  it("is read in 元 when every other table prints 元, and says so", () => {
    const parsed = parseDocument(doc(""));
    expect(parsed.economics.map((e) => [e.code, e.total])).toEqual([
      ["301", "900.00"],
      ["302", "100.00"],
    ]);
    // The record keeps the unit as printed: none.
    expect(parsed.tables.find((t) => t.kind === "general-basic")?.unit).toBeNull();
    expect(parsed.findings).toContainEqual(expect.objectContaining({ rule: "unit-inferred", severity: "info", codes: ["general-basic"] }));
  });

  it("is read in 万元, as before, when the printed units differ or are 万元", () => {
    const mixed = parseDocument(doc("", "单位：万元"));
    expect(mixed.economics.find((e) => e.code === "301")?.total).toBe("9000000.00");
    expect(mixed.findings.some((f) => f.rule === "unit-inferred")).toBe(false);
  });

  it("changes nothing when the table prints its unit", () => {
    const parsed = parseDocument(doc("单位：元"));
    expect(parsed.economics.find((e) => e.code === "301")?.total).toBe("900.00");
    expect(parsed.findings.some((f) => f.rule === "unit-inferred")).toBe(false);
  });
});
