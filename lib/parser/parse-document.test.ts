import { describe, expect, it, vi } from "vitest";
import type { Line, NarrativeExtraction, TableExtraction } from "./types";
import { UnrecognisedDocumentError } from "./types";

// The other stages are exercised by their own tests and by the golden test; here they are stubbed
// so this test pins down the orchestration and the merge alone.
const emptyTables = (): TableExtraction => ({
  tables: [], functionRows: [], economicRows: [], projects: [], figures: [], totals: {}, totalsProvenance: {}, findings: [],
});
const emptyNarrative = (): NarrativeExtraction => ({ statements: [], figures: [], projects: [], findings: [] });
const stages = vi.hoisted(() => ({
  tables: (_lines: Line[]) => ({}) as TableExtraction,
  narrative: (_lines: Line[]) => ({}) as NarrativeExtraction,
}));

vi.mock("./tables", () => ({ extractTables: (lines: Line[]) => stages.tables(lines) }));
vi.mock("./narrative", () => ({ extractNarrative: (lines: Line[]) => stages.narrative(lines) }));
vi.mock("./checks", () => ({
  runChecks: () => [{ rule: "stub-check", severity: "info", message: "ran", codes: [] }],
}));

const { parseDocument } = await import("./parse-document");

const BUDGET_TEXT = [
  "第一部分 某某县林业局概况",
  "表 5.某某县林业局 2024年一般公共预算支出表",
  "部门：某某县林业局 单位：万元",
  "2024年部门收支总预算 100.00万元。",
].join("\n");

describe("parseDocument", () => {
  it("runs the stages in order and merges their records", () => {
    stages.tables = () => ({
      ...emptyTables(),
      tables: [{ kind: "general-expenditure", title: "一般公共预算支出表", number: "表5", unit: "万元", line: 2, endLine: 4, isEmpty: false }],
      functionRows: [
        { code: "213", level: "类", name: "农林水支出", total: "100.00", basic: "40.00", project: "60.00", provenance: { source: "table", table: "general-expenditure", line: 3 } },
      ],
      totals: { expenditure: "100.00" },
      totalsProvenance: { expenditure: { source: "table", table: "general-expenditure", line: 3 } },
    });
    stages.narrative = () => ({
      ...emptyNarrative(),
      figures: [{ key: "income.total", label: "收入", value: "100.00", provenance: { source: "sentence", line: 4 } }],
      projects: [{ code: null, name: "护林经费", amount: "60.00", provenance: { source: "sentence", line: 4 } }],
    });
    const doc = parseDocument(BUDGET_TEXT);
    expect(doc.header).toMatchObject({ district: "某某县", department: "某某县林业局", departmentKind: "林业", year: 2024, kind: "budget" });
    expect(doc.sourceUnit).toBe("万元");
    expect(doc.totals).toEqual({ expenditure: "100.00", income: "100.00" });
    expect(doc.totalsProvenance.income?.source).toBe("sentence");
    expect(doc.functions).toEqual([expect.objectContaining({ code: "213", total: "100.00" })]);
    expect(doc.projects).toEqual([expect.objectContaining({ name: "护林经费", amount: "60.00" })]);
    expect(doc.findings.map((f) => f.rule)).toEqual(["stub-check"]);
    expect(doc.parserVersion).toMatch(/\d+\.\d+\.\d+/);
  });

  it("refuses text that is not a disclosure", () => {
    stages.tables = emptyTables;
    stages.narrative = emptyNarrative;
    expect(() => parseDocument("会议纪要\n2023年3月1日召开了会议。")).toThrow(UnrecognisedDocumentError);
    expect(() => parseDocument("")).toThrow(UnrecognisedDocumentError);
  });

  it("refuses a titled text without a department or any figure", () => {
    stages.tables = emptyTables;
    stages.narrative = emptyNarrative;
    expect(() => parseDocument("2023年部门预算")).toThrow(/no department and no figures/);
  });
});
