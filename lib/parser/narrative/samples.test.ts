import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text";
import type { DocumentHeader, NarrativeExtraction } from "../types";
import { extractNarrative } from "./index";

// Figures below were checked by hand against the sample texts.
function readSample(file: string, kind: "budget" | "final"): NarrativeExtraction {
  const text = readFileSync(path.join(process.cwd(), "data/samples", file), "utf8");
  const header: DocumentHeader = { district: null, city: null, department: null, departmentKind: null, parentDepartment: null, year: null, kind, provenance: null };
  return extractNarrative(normalizeText(text), { header });
}

function figure(r: NarrativeExtraction, key: string): string | undefined {
  return r.figures.find((f) => f.key === key)?.value;
}

describe("caidian 2023 budget (narrative only)", () => {
  const r = readSample("caidian-2023-budget.txt", "budget");

  it("reads the totals and income sources", () => {
    expect(figure(r, "incomeExpenditure.total")).toBe("15391.33");
    expect(figure(r, "income.total")).toBe("15391.33");
    expect(figure(r, "expenditure.total")).toBe("15391.33");
    expect(figure(r, "income.general")).toBe("15336.33");
    expect(figure(r, "income.superior")).toBe("15.00");
    expect(figure(r, "income.carryover")).toBe("40.00");
    expect(figure(r, "general.basic")).toBe("758.90");
    expect(figure(r, "expenditure.personnel")).toBe("697.68");
    expect(figure(r, "expenditure.public")).toBe("61.23");
    expect(figure(r, "expenditure.project")).toBe("14632.43");
    expect(figure(r, "threePublic.total")).toBe("3.60");
    expect(figure(r, "procurement.total")).toBe("1879.80");
    expect(figure(r, "purchasedServices")).toBe("15.00");
    expect(figure(r, "staff.actual")).toBe("31");
  });

  it("keeps both 卫生健康支出 figures the text states, each with its line", () => {
    const health = r.statements.filter((s) => s.code === "210" && s.scope !== "人员经费" && s.scope !== "公用经费");
    expect(health.map((s) => [s.amount, s.provenance.line])).toEqual([
      ["15266.09", 83],
      ["15266.09", 94],
      ["15211.09", 108],
      ["15211.09", 118],
    ]);
  });

  it("lists the 11 projects once", () => {
    expect(r.projects.map((p) => [p.name, p.amount])).toEqual([
      ["国破企业、困难企业退休人员医保财政补助", "10107.70"],
      ["劳模医保财政补助", "1.06"],
      ["离休人员和伤残军人医保财政补助", "37.56"],
      ["1953年底前复员军人医保财政补助", "13.31"],
      ["特殊人群医疗费缺口补助", "400.00"],
      ["城乡居民基本医疗保险财政补助", "2100.00"],
      ["医疗保障管理工作经费", "35.00"],
      ["医疗保险经办服务工作经费", "49.00"],
      ["单位往来资金", "55.00"],
      ["2023年医疗救助手续费", "33.80"],
      ["2023年医疗救助", "1800.00"],
    ]);
    expect(r.projects.every((p) => p.code === null && p.provenance.source === "sentence")).toBe(true);
  });
});

describe("hanyang 2023 budget", () => {
  const r = readSample("hanyang-2023-budget.txt", "budget");

  it("reads totals and the prior-year comparison", () => {
    expect(figure(r, "incomeExpenditure.total")).toBe("1077.43");
    expect(figure(r, "prior.incomeExpenditure.total")).toBe("1270.54");
    expect(figure(r, "expenditure.basic")).toBe("214.07");
    expect(figure(r, "expenditure.project")).toBe("863.36");
    expect(figure(r, "expenditure.personnel")).toBe("196.65");
    expect(figure(r, "expenditure.public")).toBe("17.42");
    expect(figure(r, "prior.general.basic")).toBe("191.34");
    expect(figure(r, "operatingCost")).toBe("46.50");
    expect(figure(r, "prior.procurement.total")).toBe("26.00");
    expect(figure(r, "staff.authorized")).toBe("6");
  });

  it("reads the 项目支出 breakdown as classification items", () => {
    const items = r.statements.filter((s) => s.scope === "项目支出" && s.subjectKind === "function");
    expect(items.map((s) => [s.code, s.amount])).toEqual([
      ["2081199", "1.80"],
      ["2101599", "70.80"],
      ["2101505", "10.00"],
      ["2101301", "774.16"],
      [null, "6.60"],
    ]);
  });

  it("says “三公” is not arranged and reads each part as 0", () => {
    expect(figure(r, "threePublic.total")).toBe("0.00");
    expect(r.statements.find((s) => s.key === "threePublic.reception")).toMatchObject({ amount: "0.00", isNone: true });
  });
});

describe("hanyang 2023 final accounts", () => {
  const r = readSample("hanyang-2023-final.txt", "final");

  it("reads each 项 with 年初预算, 支出决算, 完成率 and 原因", () => {
    const items = r.statements.filter((s) => s.subjectKind === "function" && s.initialBudget != null);
    expect(items.map((s) => [s.code, s.initialBudget, s.amount, s.completionRate])).toEqual([
      ["2080505", "11.72", "19.67", "167.8"],
      ["2081199", "1.80", "1.67", "92.77"],
      ["2101101", "5.25", "5.25", "100"],
      ["2101103", "10.33", "10.33", "100"],
      ["2101301", "774.16", "956.80", "123.6"],
      ["2101501", "168.34", "147.89", "87.9"],
      ["2101505", "10.00", "9.18", "91.8"],
      ["2101599", "70.80", "44.30", "62.6"],
      ["2130599", "6.60", "6.00", "90.9"],
      ["2210201", "15.50", "15.50", "100"],
      ["2210202", "2.93", "2.93", "100"],
    ]);
    const other = items.find((s) => s.code === "2101599");
    expect(other?.explanation).toBe("切实履行党政机关节约开支、过紧日子的工作要求");
    expect(other?.provenance).toMatchObject({ line: 1208, endLine: 1214 });
  });

  it("reads the 决算 totals", () => {
    // "2023年度收入合计 1,219.14万元": the year's income (本年收入合计), which 收入总计 adds carry-overs to.
    expect(figure(r, "income.currentYear")).toBe("1219.14");
    expect(figure(r, "prior.income.currentYear")).toBe("943.13");
    expect(figure(r, "expenditure.basic")).toBe("193.62");
    expect(figure(r, "expenditure.project")).toBe("1025.52");
    expect(figure(r, "operatingCost")).toBe("7.74");
    const general = r.statements.find((s) => s.key === "general.expenditure" && s.initialBudget != null);
    expect(general).toMatchObject({ initialBudget: "1077.43", amount: "1219.14", completionRate: "113.15" });
  });

  it("lists the projects with budget and execution from the self-evaluations", () => {
    expect(r.projects.find((p) => p.name === "医保局业务工作经费")).toMatchObject({ amount: "25.86", adjustedBudget: "46.50" });
    expect(r.projects.find((p) => p.name === "2023年中央医疗救助")).toMatchObject({ amount: "204.00", adjustedBudget: "380.00" });
    expect(r.statements.filter((s) => s.subjectKind === "project" && s.adjustedBudget != null)).toHaveLength(15);
  });
});

describe("hongshan 2025 budget (Markdown)", () => {
  const r = readSample("hongshan-2025-budget.txt", "budget");

  it("reads totals, the comparison and the 3 projects the text names", () => {
    expect(figure(r, "incomeExpenditure.total")).toBe("842.93");
    expect(figure(r, "prior.incomeExpenditure.total")).toBe("991.65");
    expect(figure(r, "expenditure.personnel")).toBe("191.05");
    expect(figure(r, "expenditure.public")).toBe("126.88");
    expect(figure(r, "procurement.services")).toBe("17.00");
    expect(figure(r, "purchasedServices")).toBe("35.50");
    expect(r.projects.map((p) => [p.name, p.amount])).toEqual([
      ["一般机构运转", "10.00"],
      ["医疗救助", "500.00"],
      ["打击欺诈骗保", "15.00"],
    ]);
  });
});

describe("jianghan 2021 budget", () => {
  const r = readSample("jianghan-2021-budget.txt", "budget");

  it("reads totals, class amounts, staff and “三公” parts", () => {
    expect(figure(r, "incomeExpenditure.total")).toBe("294.64");
    expect(figure(r, "prior.incomeExpenditure.total")).toBe("347.37");
    expect(figure(r, "prior.expenditure.project")).toBe("172.60");
    expect(figure(r, "staff.authorized")).toBe("6");
    expect(figure(r, "staff.actual")).toBe("6");
    const classes = r.statements.filter((s) => s.subjectKind === "function" && s.code?.length === 3);
    expect(classes.map((s) => [s.code, s.amount])).toEqual([
      ["201", "0.00"],
      ["208", "9.33"],
      ["210", "263.72"],
      ["215", "0.00"],
      ["221", "21.59"],
    ]);
    expect(r.statements.find((s) => s.key === "threePublic.abroad")).toMatchObject({ amount: "0.00", change: "0.00", isNone: true });
  });
});
