import { describe, expect, it } from "vitest";
import { completeClassificationName, mergeEconomics, mergeFigures, mergeFunctions, mergeProjects, mergeTotals } from "./merge-records";
import type { EconomicRow, FunctionRow, NarrativeExtraction, NarrativeStatement, ProjectRecord, SummaryFigure, TableExtraction, TableKind } from "./types";

function row(code: string, name: string, total: string, table: TableKind, line: number): FunctionRow {
  return { code, level: code.length === 3 ? "类" : code.length === 5 ? "款" : "项", name, total, basic: null, project: null, provenance: { source: "table", table, line } };
}

function statement(code: string, subject: string, amount: string, line: number, extra: Partial<NarrativeStatement> = {}): NarrativeStatement {
  return { code, subject, subjectKind: "function", amount, provenance: { source: "sentence", line }, ...extra };
}

describe("mergeFunctions", () => {
  it("prefers the general-expenditure table over the expenditure table and sentences", () => {
    const rows = [row("210", "卫生健康支出", "900.00", "expenditure", 10), row("210", "卫生健康支出", "800.00", "general-expenditure", 20)];
    const merged = mergeFunctions(rows, [statement("210", "卫生健康支出", "700.00", 30)], []);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ total: "800.00", provenance: { table: "general-expenditure" } });
  });

  it("builds rows from sentences for a narrative-only document, from the 一般公共预算 section first", () => {
    const lines = [
      { no: 1, text: "三、支出安排情况" },
      { no: 2, text: "卫生健康支出 15266.09 万元" },
      { no: 3, text: "五、一般公共预算支出安排情况" },
      { no: 4, text: "卫生健康支出 15211.09 万元" },
      { no: 5, text: "六、一般公共预算基本支出安排情况" },
      { no: 6, text: "卫生健康支出 572.44 万元" },
    ];
    const merged = mergeFunctions(
      [],
      [statement("210", "卫生健康支出", "15266.09", 2), statement("210", "卫生健康支出", "15211.09", 4), statement("210", "卫生健康支出", "572.44", 6)],
      lines,
    );
    expect(merged).toEqual([expect.objectContaining({ code: "210", total: "15211.09", level: "类", provenance: expect.objectContaining({ source: "sentence", line: 4 }) })]);
  });

  it("completes a name PDF extraction cut, and keeps a printed one", () => {
    const merged = mergeFunctions(
      [row("2080505", "机关事业单位基本养老保险缴费支", "11.72", "general-expenditure", 1), row("2101501", "行政运行(医疗保障)", "1.00", "general-expenditure", 2)],
      [],
      [],
    );
    expect(merged.map((r) => r.name)).toEqual(["机关事业单位基本养老保险缴费支出", "行政运行(医疗保障)"]);
  });

  it("attaches a final account's 年初预算 and explanation, and keeps a disagreeing narrative figure", () => {
    const merged = mergeFunctions(
      [row("2101599", "其他医疗保障管理事务支出", "43.92", "general-expenditure", 1)],
      [statement("2101599", "其他医疗保障管理事务支出", "44.3", 9, { initialBudget: "70.80", explanation: "节约开支。" })],
      [],
    );
    expect(merged[0]).toMatchObject({ total: "43.92", initialBudget: "70.80", explanation: "节约开支。", narrativeAmount: "44.3" });
  });

  it("keeps the narrative's figure for a code when no table prints it, and not when one does", () => {
    const merged = mergeFunctions(
      [row("210", "卫生健康支出", "1905.00", "general-expenditure", 1), row("208", "社会保障和就业支出", "95.00", "general-expenditure", 2)],
      [statement("210", "卫生健康支出", "1950.00", 9), statement("208", "社会保障和就业支出", "95", 9)],
      [],
    );
    expect(merged.map((r) => [r.code, r.narrativeAmount ?? null])).toEqual([
      ["208", null],
      ["210", "1950.00"],
    ]);
  });

  it("holds a statement about one part of an item against that column only", () => {
    const printed = { ...row("2101502", "一般行政管理事务", "112.98", "general-expenditure", 1), basic: "0.00", project: "112.98" };
    const merged = mergeFunctions([printed], [statement("2101502", "一般行政管理事务", "112.98", 9, { scope: "项目支出" })], []);
    expect(merged[0].narrativeAmount).toBeUndefined();
  });

  it("drops rows that print no amount", () => {
    expect(mergeFunctions([{ ...row("201", "一般公共服务支出", "0", "income-expenditure-summary", 1), total: null }], [], [])).toEqual([]);
  });
});

describe("completeClassificationName", () => {
  it("fills a missing name from the catalogue", () => {
    expect(completeClassificationName("2101301", "", "function")).toBe("城乡医疗救助");
  });
});

describe("mergeEconomics", () => {
  const econ = (code: string, total: string, table: TableKind, title: string): EconomicRow => ({
    code, level: code.length === 3 ? "类" : "款", name: code, total, provenance: { source: "table", table, tableTitle: title, line: 1 },
  });
  it("takes the basic-expenditure table alone when it is printed", () => {
    const merged = mergeEconomics(
      [econ("301", "177.84", "income-expenditure-summary", "收支总表"), econ("399", "24.00", "income-expenditure-summary", "收支总表"), econ("301", "158.34", "general-basic", "基本支出表")],
      [],
    );
    expect(merged.map((e) => [e.code, e.total])).toEqual([["301", "158.34"]]);
  });
  it("keeps one classification when the basic spending is printed by 部门 and by 政府预算 economic class", () => {
    const both = [
      econ("301", "370.00", "general-basic", "一般公共预算基本支出表"),
      econ("302", "40.00", "general-basic", "一般公共预算基本支出表"),
      econ("501", "370.00", "general-basic", "一般公共预算基本支出预算表(按政府预算经济分类)"),
      econ("502", "40.00", "general-basic", "一般公共预算基本支出预算表(按政府预算经济分类)"),
    ];
    expect(mergeEconomics(both, []).map((e) => e.code)).toEqual(["301", "302"]);
    // Printed by 政府预算 class only: those rows are the view.
    expect(mergeEconomics(both.slice(2), []).map((e) => e.code)).toEqual(["501", "502"]);
  });
  it("takes a whole-spending table by economic class only when no basic table has rows", () => {
    const whole = econ("502", "120.00", "economic-expenditure", "部门支出预算表(按政府预算经济分类)");
    expect(mergeEconomics([whole, econ("302", "40.00", "general-basic", "一般公共预算基本支出表")], []).map((e) => [e.code, e.total])).toEqual([["302", "40.00"]]);
    expect(mergeEconomics([whole], []).map((e) => [e.code, e.total])).toEqual([["502", "120.00"]]);
  });
  it("falls back to sentences", () => {
    const merged = mergeEconomics([], [{ code: "301", subject: "工资福利支出", subjectKind: "economic", amount: "196.65", provenance: { source: "sentence", line: 3 } }]);
    expect(merged).toEqual([expect.objectContaining({ code: "301", total: "196.65", name: "工资福利支出" })]);
  });
});

describe("mergeProjects", () => {
  const p = (name: string, amount: string, code: string | null = null): ProjectRecord => ({ code, name, amount, provenance: { source: "table", line: 1 } });
  it("drops repeated pages", () => {
    expect(mergeProjects([p("A", "1.00", "X1"), p("A", "1.00", "X1")], [], "1.00")).toHaveLength(1);
  });
  it("uses the narrative's list when only it adds up to the project total", () => {
    const merged = mergeProjects([p("A", "1.00")], [p("A", "1.00"), p("B", "2.00")], "3.00");
    expect(merged.map((x) => x.name)).toEqual(["A", "B"]);
  });
  it("keeps one record of a project named twice, with the budget figures of the richer one", () => {
    const listed = { ...p("行政事业单位缴纳残保金经费", "1.67"), provenance: { source: "sentence" as const, line: 5 } };
    const summary = { ...p("行政事业单位缴税残保金", "1.67"), adjustedBudget: "1.80", executed: "1.67" };
    const merged = mergeProjects([], [listed, summary], "1.67");
    expect(merged).toEqual([expect.objectContaining({ name: "行政事业单位缴税残保金", adjustedBudget: "1.80" })]);
  });
  it("fills a chosen project's code from the other source", () => {
    const merged = mergeProjects([p("医疗救助经费", "774.16", "T103")], [p("医疗救助经费", "774.16")], "774.16");
    expect(merged).toEqual([expect.objectContaining({ code: "T103" })]);
  });
  it("drops 'rows' that are the prose after a project table", () => {
    const prose = { ...p("2020年收入预算", "2525.60"), provenance: { source: "table" as const, line: 9, excerpt: "2020年收入预算 2,525.60万元，支出预算2,525.60万元。" } };
    expect(mergeProjects([p("A", "1.00"), prose], [], "1.00").map((x) => x.name)).toEqual(["A"]);
  });
  it("keeps the tables' list otherwise", () => {
    expect(mergeProjects([p("A", "1.00")], [p("B", "2.00")], "9.00").map((x) => x.name)).toEqual(["A"]);
  });
});

describe("mergeFigures", () => {
  it("keeps one of the same key and value", () => {
    const f = (value: string, source: "table" | "sentence") => ({ key: "procurement.total", label: "政府采购", value, provenance: { source, line: 1 } });
    expect(mergeFigures([f("22.30", "table")], [f("22.3", "sentence"), f("20", "sentence")]).map((x) => x.value)).toEqual(["22.30", "20"]);
  });
});

describe("mergeTotals", () => {
  const figure = (key: string, value: string): SummaryFigure => ({ key, label: key, value, provenance: { source: "sentence", line: 1 } });
  const tables = (totals: TableExtraction["totals"]): TableExtraction => ({
    tables: [], functionRows: [], economicRows: [], projects: [], figures: [], totals, totalsProvenance: {}, findings: [],
  });
  const narrative = (figures: SummaryFigure[]): NarrativeExtraction => ({ statements: [], figures, projects: [], findings: [] });

  it("takes income from the narrative's 收支总计 when no table or sentence states it by name", () => {
    const { totals } = mergeTotals(tables({ expenditure: "2000.00" }), narrative([figure("incomeExpenditure.total", "2000.00")]));
    expect(totals).toMatchObject({ income: "2000.00", expenditure: "2000.00" });
  });

  it("prefers a figure named as the total over the 收支总计", () => {
    const { totals } = mergeTotals(tables({}), narrative([figure("incomeExpenditure.total", "2040.00"), figure("income.total", "2000.00")]));
    expect(totals.income).toBe("2000.00");
  });
});
