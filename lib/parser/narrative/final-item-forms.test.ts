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

  it("reads an item's 年初预算 from 决算数大于预算数W万元, from 比YYYY年年初预算数增加W万元 and from 与YYYY年年初预算数持平", () => {
    expect(
      itemsOf(
        [
          "1.城乡社区支出（类）城乡社区管理事务（款）行政运行（项）2022年度决算数为600.00万元，比2022年年初预算数增加20.00万元，增长3.45%。主要原因是人员调资。",
          "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）2022年度决算数为80.00万元，与2022年年初预算数持平。",
          "3.城乡社区支出（类）城乡社区管理事务（款）工程建设管理（项）支出50.00万元，完成年初预算125.00%，决算数大于预算数10.00万元，主要原因：追加监管经费。",
        ].join("\n"),
      ),
    ).toEqual([
      { code: "2120101", total: "600.00", initialBudget: "580.00", completionRate: null, explanation: "人员调资" },
      { code: "2120104", total: "80.00", initialBudget: "80.00", completionRate: null, explanation: null },
      { code: "2120106", total: "50.00", initialBudget: "40.00", completionRate: "125.00", explanation: "追加监管经费" },
    ]);
  });

  it("reads 决算数与年初预算数的差异主要是由于… as the reason", () => {
    expect(
      itemsOf(
        "1.城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。年初预算为80.00万元，支出决算为82.00万元，完成年初预算的102.50%，决算数与年初预算数的差异主要是由于缴费基数调整。",
      ),
    ).toEqual([{ code: "2120101", total: "82.00", initialBudget: "80.00", completionRate: "102.50", explanation: "缴费基数调整" }]);
  });

  it("ends a reason at the next item's figures after a semicolon, not at the sentence's end", () => {
    const doc = parseDocument(
      "武汉市硚口区统计局2023年度部门决算\n七、“三公”经费财政拨款支出决算情况说明\n公务用车运行维护费支出决算为2.10万元，比2023年年初预算减少0.90万元，主要原因是减少公务用车出行；公务接待费支出决算为0.70万元，比2023年年初预算减少0.30万元，主要原因是严格控制接待标准。",
    );
    const byKey = Object.fromEntries(doc.statements.map((st) => [st.key, st]));
    expect(byKey["threePublic.vehicleOperation"]).toMatchObject({ amount: "2.10", initialBudget: "3.00", explanation: "减少公务用车出行" });
    expect(byKey["threePublic.reception"]).toMatchObject({ amount: "0.70", initialBudget: "1.00", explanation: "严格控制接待标准" });
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
  it("reads a unit's bare 收入/支出 as its totals, 财政拨款…总计 as the 拨款's, and a class's rate and reason without its budget", () => {
    const doc = parseDocument(
      [
        "某市实验幼儿园2023年度部门决算公开",
        "(一)收入决算情况",
        "2023年度，本单位收入为1687.45万元，其中：财政拨款收入1516.64万元，占89.88%；事业收入170.81万元，占10.12%。",
        "(二)支出决算情况",
        "2023年度，本单位支出为1942.57万元。其中：基本支出1121.09万元，占57.71%；项目支出821.48万元，占42.29%。",
        "(三)财政拨款收入决算情况",
        "2023年度，本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%。",
        "三、一般公共预算财政拨款支出决算情况",
        "2023年度，本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%。其中：",
        "1.教育支出1595.95万元，主要用于保教工作的人员经费和办公经费，完成年初预算100%，主要原因：职工工资调标。",
        "2.社会保障和就业支出98.20万元，主要用于离退休人员经费，完成年初预算96.5%。",
      ].join("\n"),
    );
    expect(doc.totals).toMatchObject({ income: "1687.45", expenditure: "1942.57", basic: "1121.09", project: "821.48" });
    const figure = (key: string) => doc.figures.find((f) => f.key === key)?.value;
    expect([figure("fiscal.income"), figure("prior.fiscal.income"), figure("general.expenditure")]).toEqual(["1516.64", "1575.13", "1741.75"]);
    expect(doc.findings.filter((f) => f.severity === "error" || f.rule === "basic-split")).toEqual([]);
    expect(doc.functions.map((f) => [f.code, f.total, f.completionRate ?? null, f.explanation ?? null])).toEqual([
      ["205", "1595.95", "100", "职工工资调标"],
      ["208", "98.20", "96.5", null],
    ]);
  });
  it("reads items whose chain is joined by dashes, and a class list written \"…支出（类）支出X万元\"", () => {
    const doc = parseDocument(
      [
        "某市政务服务中心2023年度部门决算公开说明",
        "五、一般公共预算财政拨款支出决算情况说明",
        "2023年度一般公共预算财政拨款支出434.16万元，主要用于以下方面：一般公共服务支出（类）支出380.10万元，占87.55%；住房保障支出（类）支出24.00万元，占5.53%。",
        "1.一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行：年初预算为350.00万元，支出决算为360.10万元，完成年初预算的102.89%，决算数大于年初预算数的主要原因是：人员调资。",
        "2.住房保障支出-住房改革支出-住房公积金：年初预算为24.00万元，支出决算为24.00万元，完成年初预算的100%。",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.initialBudget ?? null, f.completionRate ?? null, f.explanation ?? null])).toEqual([
      ["201", "380.10", null, null, null],
      ["2010301", "360.10", "350.00", "102.89", "人员调资"],
      ["221", "24.00", null, null, null],
      ["2210201", "24.00", "24.00", "100", null],
    ]);
  });

  it("reads items whose chain is joined by em dashes, or whose markers are followed by one", () => {
    expect(
      itemsOf(
        "1.城乡社区支出—城乡社区管理事务—行政运行：年初预算为600.00万元，支出决算为650.00万元，完成年初预算的108.33%。\n2.城乡社区支出（类）—城乡社区管理事务（款）—城管执法（项）：年初预算为500.00万元，支出决算为434.56万元，完成年初预算的86.91%。",
      ),
    ).toEqual([
      { code: "2120101", total: "650.00", initialBudget: "600.00", completionRate: "108.33", explanation: null },
      { code: "2120104", total: "434.56", initialBudget: "500.00", completionRate: "86.91", explanation: null },
    ]);
  });
});

describe("a 决算 item stated against its 全年预算", () => {
  it("keeps that adjusted budget beside the final amount, rate and reason", () => {
    const doc = parseDocument(
      "某市某区统计局2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n1.一般公共服务支出（类）统计信息事务（款）行政运行（项）。全年预算数为300.00万元，决算数为290.00万元，完成全年预算数的96.67%。决算数小于预算数的主要原因是：严格控制支出。",
    );
    const row = doc.functions.find((f) => f.code === "2010501");
    expect(row).toMatchObject({ total: "290.00", initialBudget: null, adjustedBudget: "300.00", completionRate: "96.67", explanation: "严格控制支出" });
  });
});
