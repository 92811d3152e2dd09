import { describe, expect, it } from "vitest";
import type { DocumentHeader, Line } from "../types";
import { findMoneyTerm } from "./figure-terms";
import { extractNarrative } from "./index";
import { stripSubjectPrefix } from "./read-label";

function lines(text: string): Line[] {
  return text
    .split("\n")
    .map((t, i) => ({ no: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
}

function header(kind: "budget" | "final"): DocumentHeader {
  return { district: null, city: null, department: null, departmentKind: null, parentDepartment: null, year: 2024, kind, provenance: null };
}

function rows(text: string, kind: "budget" | "final" = "budget") {
  return extractNarrative(lines(text), { header: header(kind) }).statements.map((s) => [s.subject, s.key ?? s.code, s.amount, s.priorYear ?? null]);
}

describe("income sources of other provinces' templates", () => {
  it("names Beijing's 单位资金 and Zhejiang's 单位自行组织收入, 财政专户管理资金收入", () => {
    expect(findMoneyTerm("单位资金", "2024年收入预算4,850.60万元，其中：财政拨款…")?.key).toBe("income.unitFunds");
    expect(findMoneyTerm("单位资金", "使用单位资金安排项目")).toBeNull();
    expect(findMoneyTerm("单位自行组织收入")?.key).toBe("income.selfRaised");
    expect(findMoneyTerm("单位自行组织收入预算")?.key).toBe("income.selfRaised");
    expect(findMoneyTerm("财政专户管理资金收入", "收入预算…")?.key).toBe("income.specialAccount");
    expect(findMoneyTerm("纳入专户管理的非税收入拨款", "收入预算总额…")?.key).toBe("income.specialAccount");
    expect(findMoneyTerm("政府性基金预算收入")?.key).toBe("income.govFund");
    expect(findMoneyTerm("国有资本经营预算收入")?.key).toBe("income.stateCapital");
    expect(findMoneyTerm("上年结转结余收入")?.key).toBe("income.carryover");
  });

  it("reads Beijing's 收入预算 and 支出预算 lists: each bare source on its own side", () => {
    const text =
      "一、收支预算总体情况\n" +
      "北京市海淀区学院路街道办事处2024年收入预算4,850.60万元，其中：财政拨款4,820.60万元，比2023年增加120.00万元，主要原因是人员经费增加；单位资金30.00万元，比2023年减少5.00万元。\n" +
      "北京市海淀区学院路街道办事处2024年支出预算4,850.60万元，其中：财政拨款4,820.60万元，比2023年增加120.00万元；单位资金30.00万元，比2023年减少5.00万元。";
    expect(rows(text)).toEqual([
      ["收入预算", "income.total", "4850.60", null],
      ["财政拨款", "fiscal.income", "4820.60", "4700.60"],
      ["单位资金", "income.unitFunds", "30.00", "35.00"],
      ["支出预算", "expenditure.total", "4850.60", null],
      ["财政拨款", "fiscal.expenditure", "4820.60", "4700.60"],
    ]);
  });

  it("reads Zhejiang's list of every source of the 收入预算总计", () => {
    const text =
      "2024年度杭州市西湖区教育局部门收入预算总计3,456.78万元，比上年增加100.00万元，增长2.98%。其中：一般公共预算收入3,000.00万元，政府性基金预算收入0万元，国有资本经营预算收入0万元，财政专户管理资金收入200.00万元，单位自行组织收入56.78万元，上年结转结余收入200.00万元。";
    expect(rows(text)).toEqual([
      ["部门收入预算总计", "income.total", "3456.78", "3356.78"],
      ["一般公共预算收入", "income.general", "3000.00", null],
      ["政府性基金预算收入", "income.govFund", "0.00", null],
      ["国有资本经营预算收入", "income.stateCapital", "0.00", null],
      ["财政专户管理资金收入", "income.specialAccount", "200.00", null],
      ["单位自行组织收入", "income.selfRaised", "56.78", null],
      ["上年结转结余收入", "income.carryover", "200.00", null],
    ]);
  });

  it("reads a total named after a school, a kindergarten or the unit itself", () => {
    expect(findMoneyTerm("衡东县第一中学2024年收入预算")?.key).toBe("income.total");
    expect(findMoneyTerm("宁波市鄞州区实验幼儿园2024年支出预算")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("衡东县教育局所属衡东县第一中学2024年支出预算")?.key).toBe("expenditure.total");
    // 决算 totals after the unit's name or 本单位.
    expect(findMoneyTerm("武汉市洪山区民政局2023年度收入决算总额")?.key).toBe("income.total");
    expect(findMoneyTerm("2023年度本单位收入决算总额")?.key).toBe("income.total");
    expect(findMoneyTerm("衡东县第一中学2023年度支出决算")?.key).toBe("expenditure.total");
    // Still not an item's bare 支出决算, nor the 拨款's own.
    expect(findMoneyTerm("支出决算")).toBeNull();
    expect(findMoneyTerm("财政拨款收入决算总额")?.key).not.toBe("income.total");
    expect(rows("衡东县教育局所属衡东县第一中学2024年支出预算1,200.00万元。")).toEqual([["支出预算", "expenditure.total", "1200.00", null]]);
  });

  it("reads Shanghai's 决算 totals: the unit's 收入决算数, then a bare 支出决算数", () => {
    const text =
      "2023年度，上海市杨浦区司法局收入决算数为3,210.50万元，比2022年度减少120.30万元，主要原因是项目经费减少。支出决算数为3,190.40万元，比2022年度减少118.20万元。";
    expect(rows(text, "final").map(([, key, amount, prior]) => [key, amount, prior])).toEqual([
      ["income.total", "3210.50", "3330.80"],
      ["expenditure.total", "3190.40", "3308.60"],
    ]);
    // An item's 支出决算 after its 年初预算 stays the item's.
    const item = rows("2023年度收入决算总额为600.00万元。一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)。年初预算为520.00万元，支出决算为540.30万元。", "final");
    expect(item.map(([, key, amount]) => [key, amount])).toEqual([["income.total", "600.00"], ["2010301", "540.30"]]);
    expect(findMoneyTerm("收入决算数")).toBeNull();
  });

  it("takes a whole unit name off a total, however many unit words it holds", () => {
    const keeps = (name: string) => findMoneyTerm(name)?.key === "income.total";
    expect(stripSubjectPrefix("北京市海淀区学院路街道办事处2024年收入预算", keeps)).toBe("收入预算");
    expect(stripSubjectPrefix("衡东县公安局2019年收入预算", keeps)).toBe("收入预算");
    // A name that is part of the figure stays.
    const operating = (name: string) => findMoneyTerm(name)?.key === "operatingCost";
    expect(stripSubjectPrefix("2024年某某区卫生健康局机关运行经费", operating)).toBe("机关运行经费");
    // The document's own unit, named as 本部门/本单位.
    expect(stripSubjectPrefix("本部门2024年机关运行经费财政拨款预算", operating)).toBe("机关运行经费财政拨款预算");
    const procurement = (name: string) => findMoneyTerm(name)?.key === "procurement.total";
    expect(stripSubjectPrefix("2023年度本单位政府采购支出总额", procurement)).toBe("政府采购支出总额");
  });
});
