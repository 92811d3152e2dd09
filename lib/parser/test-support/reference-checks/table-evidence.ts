import type { EconomicRow, FunctionRow, Money, ParsedDocumentDraft, ProjectRecord, Provenance, Totals } from "../../types";
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
  /** Table rows by code; their amounts are listed on first request (few codes are ever asked for). */
  functionRowsByCode: Map<string, FunctionRow[]>;
  economicRowsByCode: Map<string, EconomicRow[]>;
  functionByCode: Map<string, TableAmount[]>;
  economicByCode: Map<string, TableAmount[]>;
  figuresByKey: Map<string, TableAmount[]>;
  /** figuresByKey plus the table-sourced total of that key, listed on first request. */
  figureAmountsByKey: Map<string, TableAmount[]>;
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
    functionRowsByCode: new Map(),
    economicRowsByCode: new Map(),
    functionByCode: new Map(),
    economicByCode: new Map(),
    figuresByKey: new Map(),
    figureAmountsByKey: new Map(),
    projectGroups: [],
    projectGroupsByCode: new Map(),
    projectGroupsByName: new Map(),
  };
  for (const row of doc.functionRows) {
    if (row.provenance.source !== "table" || row.provenance.table === "income") continue;
    pushTo(index.functionRowsByCode, row.code, row);
  }
  for (const row of doc.economicRows) {
    if (row.provenance.source !== "table") continue;
    pushTo(index.economicRowsByCode, row.code, row);
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
  return [...readFunctionAmounts(doc, code)];
}

export function economicAmounts(doc: ParsedDocumentDraft, code: string): TableAmount[] {
  return [...readEconomicAmounts(doc, code)];
}

const NO_AMOUNTS: readonly TableAmount[] = [];

/** functionAmounts without the copy, for callers that only read the list. */
export function readFunctionAmounts(doc: ParsedDocumentDraft, code: string): readonly TableAmount[] {
  const index = evidenceIndex(doc);
  return amountsOfRows(index.functionByCode, index.functionRowsByCode, code, FUNCTION_AMOUNT_COLUMNS);
}

/** economicAmounts without the copy, for callers that only read the list. */
export function readEconomicAmounts(doc: ParsedDocumentDraft, code: string): readonly TableAmount[] {
  const index = evidenceIndex(doc);
  return amountsOfRows(index.economicByCode, index.economicRowsByCode, code, ECONOMIC_AMOUNT_COLUMNS);
}

/** Every printed amount of the rows of one code, row by row in printed order, column by column; listed once per code. */
function amountsOfRows(
  listed: Map<string, TableAmount[]>,
  rowsByCode: Map<string, Array<FunctionRow | EconomicRow>>,
  code: string,
  columns: AmountColumn[],
): readonly TableAmount[] {
  const cached = listed.get(code);
  if (cached) return cached;
  const rows = rowsByCode.get(code);
  if (!rows) return NO_AMOUNTS;
  const out: TableAmount[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = cell(row, column);
      if (value != null) out.push({ value, provenance: row.provenance, column });
    }
  }
  listed.set(code, out);
  return out;
}

/** Table figures (and table-sourced totals) under a SummaryFigure key. */
export function figureAmounts(doc: ParsedDocumentDraft, key: string): TableAmount[] {
  return [...readFigureAmounts(doc, key)];
}

/** figureAmounts without the copy (listed once per key), for callers that only read the list. */
export function readFigureAmounts(doc: ParsedDocumentDraft, key: string): readonly TableAmount[] {
  const index = evidenceIndex(doc);
  let listed = index.figureAmountsByKey.get(key);
  if (!listed) {
    listed = listFigureAmounts(doc, index, key);
    index.figureAmountsByKey.set(key, listed);
  }
  return listed;
}

function listFigureAmounts(doc: ParsedDocumentDraft, index: EvidenceIndex, key: string): TableAmount[] {
  const out: TableAmount[] = [...(index.figuresByKey.get(key) ?? [])];
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
