/**
 * Small builders for hand-made ParsedDocumentDraft inputs in the checks' tests: a check is easiest
 * to trust when its test states the few rows it is about and nothing else.
 */
import type {
  EconomicRow,
  FunctionRow,
  NarrativeStatement,
  ParsedDocumentDraft,
  ProjectRecord,
  Provenance,
  SummaryFigure,
  TableKind,
  TableRecord,
} from "../types";
import { levelOf } from "../reference";

export function tableAt(kind: TableKind, line: number, endLine: number, title?: string): TableRecord {
  return { kind, title: title ?? kind, number: null, unit: "万元", line, endLine, isEmpty: false };
}

export function inTable(table: TableKind, line: number): Provenance {
  return { source: "table", table, line };
}

export function inSentence(line: number, excerpt?: string): Provenance {
  return { source: "sentence", line, excerpt };
}

export function fnRow(
  code: string,
  total: string | null,
  provenance: Provenance,
  extra: Partial<FunctionRow> = {},
): FunctionRow {
  return {
    code,
    level: (levelOf(code) ?? "项") as FunctionRow["level"],
    name: extra.name ?? "",
    total,
    basic: null,
    project: null,
    provenance,
    ...extra,
  };
}

export function ecoRow(code: string, total: string | null, provenance: Provenance, extra: Partial<EconomicRow> = {}): EconomicRow {
  return { code, level: code.length === 3 ? "类" : "款", name: extra.name ?? "", total, provenance, ...extra };
}

export function figure(key: string, value: string, provenance: Provenance, label = key): SummaryFigure {
  return { key, label, value, provenance };
}

export function statement(
  subject: string,
  amount: string | null,
  provenance: Provenance,
  extra: Partial<NarrativeStatement> = {},
): NarrativeStatement {
  return { code: null, subject, subjectKind: "function", amount, provenance, ...extra };
}

export function project(name: string, amount: string | null, provenance: Provenance, code: string | null = null): ProjectRecord {
  return { code, name, amount, provenance };
}

export function makeDraft(parts: Partial<ParsedDocumentDraft> = {}): ParsedDocumentDraft {
  return {
    header: {
      district: "某区",
      city: null,
      department: "某区某局",
      departmentKind: null,
      parentDepartment: null,
      year: 2024,
      kind: "budget",
      provenance: null,
    },
    sourceUnit: "万元",
    unit: "万元",
    totals: {},
    totalsProvenance: {},
    tables: [],
    functionRows: [],
    economicRows: [],
    functions: [],
    economics: [],
    projects: [],
    figures: [],
    statements: [],
    findings: [],
    parserVersion: "test",
    ...parts,
  };
}
