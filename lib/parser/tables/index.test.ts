import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text";
import type { FunctionRow, TableExtraction } from "../types";
import { extractTables } from "./index";

function extract(name: string): TableExtraction {
  const file = path.resolve(import.meta.dirname, "../../../data/samples", name);
  return extractTables(normalizeText(readFileSync(file, "utf8")));
}

function row(result: TableExtraction, table: string, code: string): FunctionRow | undefined {
  return result.functionRows.find((r) => r.provenance.table === table && r.code === code);
}

describe("extractTables on the sample disclosures", () => {
  it("hanyang 2023 budget: split numbers, flattened two-column summary, wrapped project rows", () => {
    const r = extract("hanyang-2023-budget.txt");
    expect(r.totals).toEqual({ income: "1077.43", expenditure: "1077.43", basic: "214.07", project: "863.36", personnel: "196.65", public: "17.42" });
    expect(row(r, "general-expenditure", "2101301")).toMatchObject({ name: "城乡医疗救助", total: "774.16", basic: "0.00", project: "774.16" });
    expect(row(r, "general-expenditure", "2101501")).toMatchObject({ total: "168.35", basic: "168.35", personnel: "150.92", public: "17.42", project: "0.00" });
    expect(r.projects).toHaveLength(10);
    expect(r.projects.find((p) => p.code === "42010523040T000000103")).toMatchObject({ name: "医疗救助经费", amount: "774.16" });
    expect(r.projects.find((p) => p.code === "42010523040T000000108")?.name).toBe("文明创建、党建、综治、档案、老干工作经费");
    const titleOnly = r.tables.find((t) => t.kind === "general-basic");
    expect(titleOnly).toMatchObject({ isEmpty: true, number: "表6" });
    expect(r.tables.find((t) => t.kind === "three-public")?.noneNote).toContain("未安排");
  });

  it("caidian 2023 budget: tables printed as titles only", () => {
    const r = extract("caidian-2023-budget.txt");
    expect(r.tables.length).toBe(11);
    expect(r.tables.every((t) => t.isEmpty)).toBe(true);
    expect(r.functionRows).toEqual([]);
    expect(r.totals).toEqual({});
  });

  it("hongshan 2025 budget: tab-separated Markdown tables with HTML in cells", () => {
    const r = extract("hongshan-2025-budget.txt");
    expect(r.totals).toEqual({ income: "842.93", expenditure: "842.93", basic: "317.93", project: "525.00", personnel: "191.05", public: "126.88" });
    expect(row(r, "expenditure", "2101301")).toMatchObject({ total: "500.00", basic: "0.00", project: "500.00" });
    expect(r.economicRows.find((e) => e.code === "303")).toMatchObject({ name: "对个人和家庭的补助", total: "0.91", personnel: "0.91", public: "0.00" });
    expect(r.projects.map((p) => [p.code, p.amount])).toEqual([
      ["42011125043T00000100", "10.00"],
      ["42011125043T00000101", "500.00"],
      ["42011125043T00000102", "15.00"],
    ]);
    expect(r.figures.find((f) => f.key === "threePublic.total")?.value).toBe("0.00");
    // The 收入总表's unit rows ("043", "0430 01") are not function codes.
    expect(r.functionRows.some((f) => f.code.startsWith("0"))).toBe(false);
  });

  it("hanyang 2023 final: 行次 numbers, cells broken across lines, blank cells, repeated forms", () => {
    const r = extract("hanyang-2023-final.txt");
    expect(r.totals).toEqual({ income: "1219.14", expenditure: "1219.14", basic: "193.62", project: "1025.52", personnel: "185.88", public: "7.73" });
    expect(row(r, "general-expenditure", "2101301")).toMatchObject({ total: "956.80", basic: "0.00", project: "956.80" });
    expect(row(r, "expenditure", "2080505")).toMatchObject({ name: "机关事业单位基本养老保险缴费支出", total: "19.67", basic: "11.72", project: "7.95" });
    expect(row(r, "expenditure", "20811")).toMatchObject({ total: "1.67", basic: "0.00", project: "1.67" });
    expect(row(r, "income", "2101599")).toMatchObject({ name: "其他医疗保障管理事务支出", total: "43.92" });
    expect(r.economicRows.find((e) => e.code === "30108")).toMatchObject({ name: "机关事业单位基本养老保险缴费", total: "11.72" });
    expect(r.projects.find((p) => p.name === "医保基金监管经费")).toMatchObject({ adjustedBudget: "10.00", executed: "9.18", amount: "9.18" });
    const repeats = r.findings.filter((f) => f.rule === "repeated-page");
    expect(repeats.map((f) => f.lines)).toEqual([
      [2845, 2704],
      [3893, 3651],
      [4312, 4173],
    ]);
    expect(r.projects.filter((p) => p.name === "政府买岗经费")).toHaveLength(1);
  });

  it("jianghan 2021 budget: indented code rows, blank cells, per-project forms", () => {
    const r = extract("jianghan-2021-budget.txt");
    expect(r.totals).toEqual({ income: "294.64", expenditure: "294.64", basic: "181.66", project: "112.98", personnel: "158.34", public: "23.32" });
    expect(row(r, "general-expenditure", "2101502")).toMatchObject({ name: "一般行政管理事务(医疗保障)", total: "112.98", basic: "0.00", project: "112.98" });
    expect(row(r, "general-expenditure", "2210203")).toMatchObject({ name: "购房补贴", total: "2.57", basic: "2.57", project: "0.00" });
    expect(r.economicRows.find((e) => e.code === "30201")).toMatchObject({ total: "6.00", personnel: "0.00", public: "6.00" });
    expect(r.projects.map((p) => [p.name, p.amount])).toEqual([
      ["党建、结对共建，文明创建", "6.00"],
      ["行政运转", "19.50"],
      ["两定医药机构监管", "37.48"],
      ["医疗保障宣传经费", "16.00"],
    ]);
    expect(r.figures.filter((f) => f.key.startsWith("threePublic"))).toEqual([]);
  });

  it("reads 人员经费 and 公用经费 totals from a 决算 公开05表 footer printed on one line", () => {
    const text = [
      "一般公共预算财政拨款基本支出决算表",
      "公开05表",
      "部门：某某厅 金额单位：万元",
      "人员经费 公用经费",
      "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
      "301 工资福利支出 2,000.00 302 商品和服务支出 200.00",
      "30101 基本工资 2,000.00 30201 办公费 200.00",
      "人员经费合计 2,000.00 公用经费合计 200.00",
    ].join("\n");
    const r = extractTables(normalizeText(text));
    expect(r.totals).toMatchObject({ personnel: "2000.00", public: "200.00" });
    expect(r.totalsProvenance.public).toMatchObject({ line: 8 });
  });
});
