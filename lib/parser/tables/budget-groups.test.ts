import { describe, expect, it } from "vitest";
import { budgetGroupCount, hasSingleBudgetColumns, lastGroupValues } from "./budget-groups";
import { buildFunctionRows } from "./classification-tables";
import { linesOf } from "./helpers.test-utils";
import { segmentTables } from "./segment-tables";

describe("budgetGroupCount", () => {
  it("counts the groups printed side by side", () => {
    const count = (...texts: string[]) => budgetGroupCount(linesOf(texts.join("\n")), texts.join(" "));
    expect(count("项目 年初预算数 全年预算数 决算数", "小计 基本支出 项目支出")).toBe(3);
    expect(count("年初预算数", "全年预算数", "决算数")).toBe(3);
    expect(count("项目 预算数 决算数 小计 基本支出 项目支出")).toBe(2);
    expect(count("项目 决算数 小计 基本支出 项目支出")).toBe(0);
    expect(count("项目 本年支出 合计 基本支出 项目支出")).toBe(0);
  });

  it("counts single-column budgets named without 数", () => {
    const lines = ["项目\t\t年初预算\t调整预算\t决算数", "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出"];
    expect(budgetGroupCount(linesOf(lines.join("\n")), lines.join(" "))).toBe(3);
    expect(hasSingleBudgetColumns(linesOf(lines.join("\n")))).toBe(true);
    const split = ["项目 年初预算数 全年预算数 决算数", "小计 基本支出 项目支出 小计 基本支出 项目支出 小计 基本支出 项目支出"];
    expect(hasSingleBudgetColumns(linesOf(split.join("\n")))).toBe(false);
  });

  it("does not count the words of a sentence", () => {
    const count = (...texts: string[]) => budgetGroupCount(linesOf(texts.join("\n")), texts.join(" "));
    expect(count("支出决算数小于年初预算数的主要原因：压减公用经费", "科目编码 科目名称 合计 基本支出 项目支出")).toBe(0);
  });
});

describe("lastGroupValues", () => {
  it("cuts a row whose blank cells are left out into its groups by their arithmetic", () => {
    expect(lastGroupValues(["340.00", "290.00", "50.00", "356.20", "293.20", "63.00", "356.20", "293.20", "63.00"], 3)).toEqual(["356.20", "293.20", "63.00"]);
    expect(lastGroupValues(["50.00", "50.00", "63.00", "63.00", "63.00", "63.00"], 3)).toEqual(["63.00", "63.00"]);
    expect(lastGroupValues(["220.00", "220.00", "220.50", "220.50", "220.50", "220.50"], 3)).toEqual(["220.50", "220.50"]);
  });

  it("takes a budget printed in a single column as one figure or none", () => {
    // 年初预算 | 调整预算 | 决算数 (合计 基本支出 项目支出).
    expect(lastGroupValues(["183.30", "198.00", "195.30", "160.30", "35.00"], 3, true)).toEqual(["195.30", "160.30", "35.00"]);
    expect(lastGroupValues(["8.20", "8.20", "8.20", "8.20"], 3, true)).toEqual(["8.20", "8.20"]);
    expect(lastGroupValues(["4.00", "6.00", "6.00", "6.00"], 3, true)).toEqual(["6.00", "6.00"]);
  });

  it("reads nothing when the row can be cut more than one way", () => {
    // [] [63 63] [63 63] or [63 63] [63 63] []: the 决算数 is 63.00 or blank.
    expect(lastGroupValues(["63.00", "63.00", "63.00", "63.00"], 3)).toBeNull();
    expect(lastGroupValues(["1.00", "2.00"], 2)).toBeNull();
  });
});

describe("一般公共预算财政拨款支出决算表 with 年初预算数 | 全年预算数 | 决算数 one cell per line", () => {
  it("reads the 决算数 group, not the 年初预算数", () => {
    const b = segmentTables(
      linesOf(
        [
          "一般公共预算财政拨款支出决算表",
          "公开05表",
          "单位：万元",
          "项目",
          "年初预算数",
          "全年预算数",
          "决算数",
          "科目编码",
          "科目名称",
          "小计",
          "基本支出",
          "项目支出",
          "小计",
          "基本支出",
          "项目支出",
          "小计",
          "基本支出",
          "项目支出",
          "合计",
          ...["90.00", "80.00", "10.00", "95.00", "80.00", "15.00", "94.00", "80.00", "14.00"],
          "201",
          "一般公共服",
          "务支出",
          ...["90.00", "80.00", "10.00", "95.00", "80.00", "15.00", "94.00", "80.00", "14.00"],
          "20101",
          "人大事务",
          ...["90.00", "80.00", "10.00", "95.00", "80.00", "15.00", "94.00", "80.00", "14.00"],
          "2010101",
          "行政运行",
          ...["80.00", "80.00", "80.00", "80.00", "80.00", "80.00"],
          "2010104",
          "人大会议",
          ...["10.00", "10.00", "15.00", "15.00", "14.00", "14.00"],
        ].join("\n"),
      ),
    )[0];
    const rows = buildFunctionRows(b);
    expect(rows.map((r) => [r.code, r.total, r.basic, r.project])).toEqual([
      ["201", "94.00", "80.00", "14.00"],
      ["20101", "94.00", "80.00", "14.00"],
      ["2010101", "80.00", "80.00", "0.00"],
      ["2010104", "14.00", "0.00", "14.00"],
    ]);
  });

  it("keeps each row's 年初预算数 and 全年预算数 (the groups' 小计)", () => {
    const b = segmentTables(
      linesOf(
        [
          "一般公共预算财政拨款支出决算表",
          "单位：万元",
          "项目 年初预算数 全年预算数 决算数",
          "科目编码 科目名称 小计 基本支出 项目支出 小计 基本支出 项目支出 小计 基本支出 项目支出",
          "合计 90.00 80.00 10.00 105.00 80.00 25.00 104.00 80.00 24.00",
          "201 一般公共服务支出 90.00 80.00 10.00 95.00 80.00 15.00 94.00 80.00 14.00",
          "2010101 行政运行 80.00 80.00 80.00 80.00 80.00 80.00",
          "2010104 人大会议 10.00 10.00 15.00 15.00 14.00 14.00",
          "224 灾害防治及应急管理支出 10.00 10.00 10.00 10.00",
          "2240106 安全监管 10.00 10.00 10.00 10.00",
        ].join("\n"),
      ),
    )[0];
    expect(buildFunctionRows(b).map((r) => [r.code, r.initialBudget, r.adjustedBudget, r.total])).toEqual([
      ["201", "90.00", "95.00", "94.00"],
      ["2010101", "80.00", "80.00", "80.00"],
      ["2010104", "10.00", "15.00", "14.00"],
      // Two groups printed of three: [] [10 10] [10 10] or [10 10] [10 10] [], nothing is known.
      ["224", null, null, null],
      ["2240106", null, null, null],
    ]);
  });

  it("keeps single-column budgets and leaves a budget null when the cut is not unique", () => {
    const b = segmentTables(
      linesOf(
        [
          "一般公共预算财政拨款支出决算表",
          "单位：万元",
          "项目\t\t年初预算\t调整预算\t决算数",
          "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出",
          "208\t社会保障和就业支出\t183.30\t198.00\t195.30\t160.30\t35.00",
          "2080501\t行政单位离退休\t4.00\t6.00\t6.00\t6.00",
        ].join("\n"),
      ),
    )[0];
    expect(buildFunctionRows(b).map((r) => [r.code, r.initialBudget, r.adjustedBudget, r.total])).toEqual([
      ["208", "183.30", "198.00", "195.30"],
      ["2080501", "4.00", "6.00", "6.00"],
    ]);
  });

  it("names no budget when the table prints none", () => {
    const b = segmentTables(
      linesOf(["一般公共预算财政拨款支出决算表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出", "201 一般公共服务支出 94.00 80.00 14.00"].join("\n")),
    )[0];
    const [row] = buildFunctionRows(b);
    expect(row.total).toBe("94.00");
    expect("initialBudget" in row || "adjustedBudget" in row).toBe(false);
  });
});

describe("一般公共预算财政拨款支出决算表 with 年初预算数 | 决算数 and no 基本/项目 split", () => {
  it("reads the 决算数 column as the amount, not the budget before it", () => {
    const b = segmentTables(
      linesOf(
        [
          "一般公共预算财政拨款支出决算表",
          "公开05表",
          "单位：万元",
          "科目编码\t科目名称\t年初预算数\t决算数",
          "\t合计\t500.00\t520.00",
          "213\t农林水支出\t500.00\t520.00",
          "2130201\t行政运行\t300.00\t310.00",
        ].join("\n"),
      ),
    );
    expect(buildFunctionRows(b[0]).map((r) => [r.code, r.total])).toEqual([
      ["213", "520.00"],
      ["2130201", "310.00"],
    ]);
  });

  it("keeps the 年初预算数 and 调整预算数 printed beside the 决算数", () => {
    const b = segmentTables(
      linesOf(
        [
          "一般公共预算财政拨款支出决算表",
          "单位：元",
          "科目编码\t科目名称\t年初预算数\t调整预算数\t决算数\t完成率%",
          "\t合计\t5,000,000.00\t5,300,000.00\t5,200,000.00\t98.11",
          "213\t农林水支出\t5,000,000.00\t5,300,000.00\t5,200,000.00\t98.11",
          "2130201\t行政运行\t3,000,000.00\t3,100,000.00",
        ].join("\n"),
      ),
    );
    expect(buildFunctionRows(b[0]).map((r) => [r.code, r.initialBudget, r.adjustedBudget, r.total])).toEqual([
      ["213", "500.00", "530.00", "520.00"],
      // Two figures for four columns: which cells are blank is not known.
      ["2130201", null, null, null],
    ]);
  });
});
