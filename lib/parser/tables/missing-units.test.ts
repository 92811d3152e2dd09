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

  it("is read in 万元 when every other table prints 元 but its own figures are theirs in 万元", () => {
    const parsed = parseDocument(
      [
        doc("单位：元"),
        "表7 一般公共预算“三公”经费支出表",
        "合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费",
        // 1,234.56 and 1,000.00 万元 are the 收支总表's 12,345,600.00 元 and the 支出表's 10,000,000.00 元.
        "1,234.56\t0.00\t1,000.00\t234.56",
      ].join("\n"),
    );
    expect(parsed.figures.find((f) => f.key === "threePublic.total")?.value).toBe("1234.56");
    expect(parsed.findings).toContainEqual(expect.objectContaining({ rule: "unit-inferred", codes: ["three-public"] }));
  });

  it("changes nothing when the table prints its unit", () => {
    const parsed = parseDocument(doc("单位：元"));
    expect(parsed.economics.find((e) => e.code === "301")?.total).toBe("900.00");
    expect(parsed.findings.some((f) => f.rule === "unit-inferred")).toBe(false);
  });

  describe("in a document whose tables print different units", () => {
    // 收支总表 and 一般公共预算支出表 in 万元, the 三公 table in 元, the 基本支出表 with no unit.
    const mixed = (basicRows: string[], threeUnit = "单位：元") =>
      [
        "某某省某某县某某局2023年度部门决算",
        "公开01表 收入支出决算总表",
        "单位：万元",
        "项目\t决算数\t项目\t决算数",
        "一般公共预算财政拨款收入\t1,000.00\t一般公共服务支出\t1,000.00",
        "本年收入合计\t1,000.00\t本年支出合计\t1,000.00",
        "公开05表 一般公共预算财政拨款支出决算表",
        "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "\t合计\t1,000.00\t900.00\t100.00",
        "2010301\t行政运行\t1,000.00\t900.00\t100.00",
        "公开06表 一般公共预算财政拨款基本支出决算表",
        "科目编码\t科目名称\t决算数",
        ...basicRows,
        "公开07表 一般公共预算财政拨款“三公”经费支出决算表",
        threeUnit,
        "合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费",
        "35,000.00\t0.00\t25,000.00\t10,000.00",
      ].join("\n");

    it("is read in 元 when its total is another table's total read in 元", () => {
      const parsed = parseDocument(
        mixed(["\t合计\t9,000,000.00", "301\t工资福利支出\t8,000,000.00", "302\t商品和服务支出\t1,000,000.00"]),
      );
      expect(parsed.economics.map((e) => [e.code, e.total])).toEqual([
        ["301", "800.00"],
        ["302", "100.00"],
      ]);
      expect(parsed.tables.find((t) => t.kind === "general-basic")?.unit).toBeNull();
      expect(parsed.findings).toContainEqual(expect.objectContaining({ rule: "unit-inferred", severity: "info", codes: ["general-basic"] }));
    });

    it("is read in 万元 when its total is another table's total read in 万元, and says so", () => {
      const parsed = parseDocument(mixed(["\t合计\t900.00", "301\t工资福利支出\t800.00", "302\t商品和服务支出\t100.00"]));
      expect(parsed.economics.map((e) => [e.code, e.total])).toEqual([
        ["301", "800.00"],
        ["302", "100.00"],
      ]);
      expect(parsed.findings).toContainEqual(expect.objectContaining({ rule: "unit-inferred", codes: ["general-basic"] }));
    });

    it("stays in 万元 without a finding when its figures match nothing elsewhere", () => {
      const parsed = parseDocument(mixed(["\t合计\t901.00", "301\t工资福利支出\t801.00", "302\t商品和服务支出\t100.50"]));
      expect(parsed.economics.find((e) => e.code === "301")?.total).toBe("801.00");
      expect(parsed.findings.some((f) => f.rule === "unit-inferred")).toBe(false);
    });
  });
});
