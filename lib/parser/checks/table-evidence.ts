import type { Money, ParsedDocumentDraft, ProjectRecord, Provenance, Totals } from "../types";
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
 * Per-document lookups from code / key / project name to the table amounts, built once: every
 * stated amount asks for its evidence, and scanning all rows per statement would make the checks
 * quadratic in the document's size. Lists keep the rows' printed order.
 */
interface EvidenceIndex {
  functionByCode: Map<string, TableAmount[]>;
  economicByCode: Map<string, TableAmount[]>;
  figuresByKey: Map<string, TableAmount[]>;
  projectGroups: ProjectRecord[][];
  /** Group indices by a member's printed code (as printed) and by normalised name. */
  projectGroupsByCode: Map<string, number[]>;
  projectGroupsByName: Map<string, number[]>;
}

const FUNCTION_AMOUNT_COLUMNS: AmountColumn[] = ["total", "basic", "project", "personnel", "public"];
const ECONOMIC_AMOUNT_COLUMNS: AmountColumn[] = ["total", "personnel", "public"];

const indexCache = new WeakMap<ParsedDocumentDraft, EvidenceIndex>();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function evidenceIndex(doc: ParsedDocumentDraft): EvidenceIndex {
  const cached = indexCache.get(doc);
  if (cached) return cached;
  const index: EvidenceIndex = {
    functionByCode: new Map(),
    economicByCode: new Map(),
    figuresByKey: new Map(),
    projectGroups: [],
    projectGroupsByCode: new Map(),
    projectGroupsByName: new Map(),
  };
  for (const row of doc.functionRows) {
    if (row.provenance.source !== "table" || row.provenance.table === "income") continue;
    for (const column of FUNCTION_AMOUNT_COLUMNS) {
      const value = cell(row, column);
      if (value != null) pushTo(index.functionByCode, row.code, { value, provenance: row.provenance, column });
    }
  }
  for (const row of doc.economicRows) {
    if (row.provenance.source !== "table") continue;
    for (const column of ECONOMIC_AMOUNT_COLUMNS) {
      const value = cell(row, column);
      if (value != null) pushTo(index.economicByCode, row.code, { value, provenance: row.provenance, column });
    }
  }
  for (const f of doc.figures) {
    if (f.isCount || f.provenance.source !== "table") continue;
    pushTo(index.figuresByKey, f.key, { value: f.value, provenance: f.provenance });
  }
  index.projectGroups = groupProjects(doc.projects.filter((p) => p.provenance.source === "table"));
  index.projectGroups.forEach((group, i) => {
    for (const p of group) {
      if (p.code) addGroup(index.projectGroupsByCode, p.code, i);
      addGroup(index.projectGroupsByName, normalizeProjectName(p.name), i);
    }
  });
  indexCache.set(doc, index);
  return index;
}

function addGroup(map: Map<string, number[]>, key: string, group: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [group]);
  else if (list[list.length - 1] !== group) list.push(group);
}

/**
 * Every table amount printed for a function code, in any table and any of its spending columns.
 * A sentence about 卫生健康支出 may quote the 支出总表 (all funds) or the 一般公共预算支出表, the
 * total or the basic part; it agrees with the tables when it matches any of them.
 */
export function functionAmounts(doc: ParsedDocumentDraft, code: string): TableAmount[] {
  return [...(evidenceIndex(doc).functionByCode.get(code) ?? [])];
}

export function economicAmounts(doc: ParsedDocumentDraft, code: string): TableAmount[] {
  return [...(evidenceIndex(doc).economicByCode.get(code) ?? [])];
}

/** Table figures (and table-sourced totals) under a SummaryFigure key. */
export function figureAmounts(doc: ParsedDocumentDraft, key: string): TableAmount[] {
  const out: TableAmount[] = [...(evidenceIndex(doc).figuresByKey.get(key) ?? [])];
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
  const index = evidenceIndex(doc);
  const byName = index.projectGroupsByName.get(normalizeProjectName(name)) ?? [];
  const byCode = code ? (index.projectGroupsByCode.get(code) ?? []) : [];
  const matching = [...new Set([...byName, ...byCode])].sort((a, b) => a - b);
  const out: TableAmount[] = [];
  for (const i of matching) {
    for (const p of index.projectGroups[i]) if (p.amount != null) out.push({ value: p.amount, provenance: p.provenance });
  }
  return out;
}
