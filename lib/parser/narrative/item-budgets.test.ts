import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

describe("an economic class's or income source's 预算 in a sentence", () => {
  const doc = parseDocument(
    [
      "某市某区民政局2024年部门预算公开",
      "一、收支预算总体情况",
      "2024年部门收入预算1,200.00万元，其中：一般公共预算拨款收入1,100.00万元，事业收入预算80.00万元，其他收入预算20.00万元。支出预算1,200.00万元。",
      "二、一般公共预算支出情况",
      "按经济分类：工资福利支出预算500.00万元，商品和服务支出预算150.00万元，对个人和家庭的补助支出预算50.00万元，资本性支出预算400.00万元。",
    ].join("\n"),
  );

  it("is that class or source, not the department's total", () => {
    expect(doc.totals.expenditure).toBe("1200.00");
    expect(doc.economics.map((e) => [e.code, e.total])).toEqual([
      ["301", "500.00"],
      ["302", "150.00"],
      ["303", "50.00"],
      ["310", "400.00"],
    ]);
    expect(doc.figures.filter((f) => f.key === "income.business" || f.key === "income.other").map((f) => f.value)).toEqual([
      "80.00",
      "20.00",
    ]);
  });

  it("raises no conflict over the totals", () => {
    expect(doc.findings.filter((f) => f.rule === "statement-conflict" || f.rule === "income-vs-expenditure")).toEqual([]);
  });
});
