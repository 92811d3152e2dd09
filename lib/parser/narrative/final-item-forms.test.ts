import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

/**
 * A 决算 explains each function item in one of several wordings that districts copy from the
 * national template. Each must give the item's final amount, its 年初预算, the completion rate and
 * the stated reason, whichever punctuation follows the (项) marker.
 */
function itemsOf(body: string) {
  const doc = parseDocument(`武汉市硚口区城市管理执法局2022年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n${body}`);
  return doc.functions
    .filter((f) => f.level === "项")
    .map((f) => ({ code: f.code, total: f.total, initialBudget: f.initialBudget ?? null, completionRate: f.completionRate ?? null, explanation: f.explanation ?? null }));
}

describe("决算 item wordings", () => {
  it("reads an item whose (项) marker is followed by a colon", () => {
    expect(
      itemsOf(
        "（一）城乡社区支出（类）城乡社区管理事务（款）行政运行（项）：年初预算为600.00万元，支出决算为650.00万元，完成年初预算的108.33%，决算数大于年初预算数的主要原因是：人员调资。",
      ),
    ).toEqual([{ code: "2120101", total: "650.00", initialBudget: "600.00", completionRate: "108.33", explanation: "人员调资" }]);
  });

  it("reads figures written without 为", () => {
    expect(
      itemsOf("1.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）。年初预算500万元，支出决算434.56万元，完成年初预算86.91%，主要原因是项目结余。"),
    ).toEqual([{ code: "2120104", total: "434.56", initialBudget: "500.00", completionRate: "86.91", explanation: "项目结余" }]);
  });

  it("reads the overall 一般公共预算财政拨款 final as spending, not income", () => {
    const doc = parseDocument(
      "武汉市硚口区城市管理执法局2022年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2022年度一般公共预算财政拨款支出决算为1,234.56万元，完成年初预算的98.76%。",
    );
    expect(doc.figures.map((f) => [f.key, f.value])).toEqual([["general.expenditure", "1234.56"]]);
  });

  it("reads 收入决算总额 and 支出决算总额 as the totals, and a bare 支出决算 still as an item's", () => {
    const doc = parseDocument(
      "武汉市硚口区统计局2023年度部门决算\n二、收入决算情况说明\n2023年度收入决算总额为812.35万元，其中：一般公共预算财政拨款收入800.00万元。\n三、支出决算情况说明\n2023年度支出决算总额为812.35万元，其中：基本支出600.00万元，项目支出212.35万元。\n1.一般公共服务支出（类）统计信息事务（款）行政运行（项）。年初预算为500.00万元，支出决算为520.00万元。",
    );
    expect(doc.totals).toMatchObject({ income: "812.35", expenditure: "812.35", basic: "600.00", project: "212.35" });
    expect(doc.functions.find((f) => f.code === "2010501")).toMatchObject({ total: "520.00", initialBudget: "500.00" });
  });

  it("reads an item whose chain is written without brackets or in quotes", () => {
    expect(
      itemsOf(
        "1.城乡社区支出类城乡社区管理事务款行政运行项：年初预算为600.00万元，支出决算为650.00万元，完成年初预算的108.33%。\n2.“城乡社区支出”类“城乡社区管理事务”款“城管执法”项：年初预算为500.00万元，支出决算为434.56万元，完成年初预算的86.91%。",
      ),
    ).toEqual([
      { code: "2120101", total: "650.00", initialBudget: "600.00", completionRate: "108.33", explanation: null },
      { code: "2120104", total: "434.56", initialBudget: "500.00", completionRate: "86.91", explanation: null },
    ]);
  });
});
