import type { Money, ParsedDocumentDraft, Provenance, Totals } from "../types";
import { cell, type AmountColumn } from "./columns";
import { groupProjects, normalizeProjectName } from "./project-identity";

/** One amount the tables print for an item, with where. */
export interface TableAmount {
  value: Money;
  provenance: Provenance;
  column?: AmountColumn;
}

const TOTALS_BY_KEY: Record<string, keyof Totals> = {
  "income.total": "income",
  "expenditure.total": "expenditure",
  "expenditure.basic": "basic",
  "expenditure.project": "project",
  "expenditure.personnel": "personnel",
  "expenditure.public": "public",
};

/**
 * Every table amount printed for a function code, in any table and any of its spending columns.
 * A sentence about 卫生健康支出 may quote the 支出总表 (all funds) or the 一般公共预算支出表, the
 * total or the basic part; it agrees with the tables when it matches any of them.
 */
export function functionAmounts(doc: ParsedDocumentDraft, code: string): TableAmount[] {
  const out: TableAmount[] = [];
  for (const row of doc.functionRows) {
    if (row.code !== code || row.provenance.source !== "table") continue;
    if (row.provenance.table === "income") continue;
    for (const column of ["total", "basic", "project", "personnel", "public"] as AmountColumn[]) {
      const value = cell(row, column);
      if (value != null) out.push({ value, provenance: row.provenance, column });
    }
  }
  return out;
}

export function economicAmounts(doc: ParsedDocumentDraft, code: string): TableAmount[] {
  const out: TableAmount[] = [];
  for (const row of doc.economicRows) {
    if (row.code !== code || row.provenance.source !== "table") continue;
    for (const column of ["total", "personnel", "public"] as AmountColumn[]) {
      const value = cell(row, column);
      if (value != null) out.push({ value, provenance: row.provenance, column });
    }
  }
  return out;
}

/** Table figures (and table-sourced totals) under a SummaryFigure key. */
export function figureAmounts(doc: ParsedDocumentDraft, key: string): TableAmount[] {
  const out: TableAmount[] = doc.figures
    .filter((f) => f.key === key && !f.isCount && f.provenance.source === "table")
    .map((f) => ({ value: f.value, provenance: f.provenance }));
  const totalsKey = TOTALS_BY_KEY[key];
  if (totalsKey) {
    const value = doc.totals[totalsKey];
    const provenance = doc.totalsProvenance[totalsKey];
    if (value != null && provenance?.source === "table") out.push({ value, provenance });
  }
  return out;
}

/** Amounts of the project of that name (or code) printed in tables. */
export function projectAmounts(doc: ParsedDocumentDraft, name: string, code: string | null): TableAmount[] {
  const wanted = normalizeProjectName(name);
  const out: TableAmount[] = [];
  for (const group of groupProjects(doc.projects.filter((p) => p.provenance.source === "table"))) {
    const matches = group.some((p) => (code && p.code === code) || normalizeProjectName(p.name) === wanted);
    if (!matches) continue;
    for (const p of group) if (p.amount != null) out.push({ value: p.amount, provenance: p.provenance });
  }
  return out;
}
