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

describe("a text that breaks down its basic and then its project spending by economic class", () => {
  const doc = parseDocument(
    [
      "某市某区农业农村局2024年部门预算公开说明",
      "一、部门预算收支总体情况",
      "2024年收入预算2945760.58元，其中一般公共预算拨款2945760.58元。",
      "五、一般公共预算支出情况",
      "1. 基本支出预算 2476260.58 元，占一般公共预算支出",
      "的84.06%，同比减少 4966.66 元，下降 0.2%。其中：",
      "工资福利支出预算 2016908.34 元，占基本支出预算",
      "81.45%，同比增加 33279.22 元，增长 1.68%。",
      "商品和服务支出预算 445372.24 元，占基本支出预算",
      "17.99%，同比减少 36235.88 元，下降 7.52%。",
      "对个人和家庭补助支出预算 13980 元，占基本支出预算",
      "0.56%，同比减少 2010 元，下降 12.57%。",
      "2. 项目支出 469500 元，占一般公共预算支出的 19.62%，",
      "同比增加 70100 元，增长 17.55%。其中：",
      "工资福利支出 12000 元，占项目支出预算 2.56%。",
      "商品和服务支出 426000 元，占项目支出预算 90.73%。",
      "资本性支出 31500 元，占项目支出预算 6.71%。",
    ].join("\n"),
  );

  it("gives the basic breakdown's classes, in 万元, without mixing in the project one", () => {
    expect(doc.economics.map((e) => [e.code, e.total])).toEqual([
      ["301", "201.690834"],
      ["302", "44.537224"],
      ["303", "1.398"],
    ]);
    expect(doc.totals.basic).toBe("247.626058");
    expect(doc.totals.project).toBe("46.95");
  });

  it("takes no class's budget for the spending total", () => {
    expect(doc.totals.expenditure).toBeUndefined();
    expect(doc.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
