import type { EconomicRow, FunctionRow, Money, ParsedDocumentDraft, ProjectRecord, Provenance, SummaryFigure, Totals } from "../types";
import { cell, type AmountColumn } from "./columns";
import { groupProjects, normalizeProjectName } from "./project-identity";
import { parseSlot } from "../parse-memos";

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
 * Table figures a stated total may also be: the summary table's 总计 rows, read apart when they
 * differ from its 本年…合计 (see summary-figures), and for a 收支总计 (the department's or the
 * 财政拨款's) either side's total.
 */
const ALSO_HELD_AGAINST: Record<string, readonly string[]> = {
  "income.total": ["income.grandTotal"],
  "expenditure.total": ["expenditure.grandTotal"],
  "incomeExpenditure.total": ["income.grandTotal", "expenditure.grandTotal", "income.total", "expenditure.total"],
  "fiscal.total": ["fiscal.income.grandTotal", "fiscal.expenditure.grandTotal", "fiscal.income", "fiscal.expenditure"],
};

/** The table figure (keyed as the total) that a stated year's own total is: 本年收入合计, 本年支出合计. */
const YEAR_TOTAL_OF: Record<string, string> = {
  "income.currentYear": "income.total",
  "expenditure.currentYear": "expenditure.total",
};

/**
 * Per-document lookups from code / key / project name to the table amounts, built once: every
 * stated amount asks for its evidence, and scanning all rows per statement would make the checks
 * quadratic in the document's size. Lists keep the rows' printed order. Each part is built on the
 * first request it serves (a document without project sentences never groups its projects).
 */
interface EvidenceIndex {
  doc: ParsedDocumentDraft;
  /** Table rows by code; their amounts are listed on first request (few codes are ever asked for). */
  functionRowsByCode: Map<string, FunctionRow[]> | null;
  economicRowsByCode: Map<string, EconomicRow[]> | null;
  functionByCode: Map<string, TableAmount[]>;
  economicByCode: Map<string, TableAmount[]>;
  /** Table figures (not counts) by key. */
  figuresByKey: Map<string, SummaryFigure[]> | null;
  /** The figures' amounts plus the table-sourced total of that key, listed on first request. */
  figureAmountsByKey: Map<string, TableAmount[]>;
  projects: ProjectIndex | null;
}

interface ProjectIndex {
  groups: ProjectRecord[][];
  /** Group indices by a member's printed code (as printed) and by normalised name. */
  byCode: Map<string, number[]>;
  byName: Map<string, number[]>;
}

const FUNCTION_AMOUNT_COLUMNS: AmountColumn[] = ["total", "basic", "project", "personnel", "public"];
const ECONOMIC_AMOUNT_COLUMNS: AmountColumn[] = ["total", "personnel", "public"];

const indexCache = parseSlot<ParsedDocumentDraft, EvidenceIndex>();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function evidenceIndex(doc: ParsedDocumentDraft): EvidenceIndex {
  const cached = indexCache.get(doc);
  if (cached) return cached;
  const index: EvidenceIndex = {
    doc,
    functionRowsByCode: null,
    economicRowsByCode: null,
    functionByCode: new Map(),
    economicByCode: new Map(),
    figuresByKey: null,
    figureAmountsByKey: new Map(),
    projects: null,
  };
  indexCache.set(doc, index);
  return index;
}

function functionRowsByCode(index: EvidenceIndex): Map<string, FunctionRow[]> {
  if (index.functionRowsByCode) return index.functionRowsByCode;
  const byCode = new Map<string, FunctionRow[]>();
  for (const row of index.doc.functionRows) {
    if (row.provenance.source !== "table" || row.provenance.table === "income") continue;
    pushTo(byCode, row.code, row);
  }
  index.functionRowsByCode = byCode;
  return byCode;
}

function economicRowsByCode(index: EvidenceIndex): Map<string, EconomicRow[]> {
  if (index.economicRowsByCode) return index.economicRowsByCode;
  const byCode = new Map<string, EconomicRow[]>();
  for (const row of index.doc.economicRows) {
    if (row.provenance.source !== "table") continue;
    pushTo(byCode, row.code, row);
  }
  index.economicRowsByCode = byCode;
  return byCode;
}

function figuresByKey(index: EvidenceIndex): Map<string, SummaryFigure[]> {
  if (index.figuresByKey) return index.figuresByKey;
  const byKey = new Map<string, SummaryFigure[]>();
  for (const f of index.doc.figures) {
    if (f.isCount || f.provenance.source !== "table") continue;
    pushTo(byKey, f.key, f);
  }
  index.figuresByKey = byKey;
  return byKey;
}

function projectIndex(index: EvidenceIndex): ProjectIndex {
  if (index.projects) return index.projects;
  const groups = groupProjects(index.doc.projects.filter((p) => p.provenance.source === "table"));
  const projects: ProjectIndex = { groups, byCode: new Map(), byName: new Map() };
  groups.forEach((group, i) => {
    for (const p of group) {
      if (p.code) addGroup(projects.byCode, p.code, i);
      addGroup(projects.byName, normalizeProjectName(p.name), i);
    }
  });
  index.projects = projects;
  return projects;
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
const NO_GROUPS: readonly number[] = [];

/** functionAmounts without the copy, for callers that only read the list. */
export function readFunctionAmounts(doc: ParsedDocumentDraft, code: string): readonly TableAmount[] {
  const index = evidenceIndex(doc);
  return amountsOfRows(index.functionByCode, functionRowsByCode(index), code, FUNCTION_AMOUNT_COLUMNS);
}

/** economicAmounts without the copy, for callers that only read the list. */
export function readEconomicAmounts(doc: ParsedDocumentDraft, code: string): readonly TableAmount[] {
  const index = evidenceIndex(doc);
  return amountsOfRows(index.economicByCode, economicRowsByCode(index), code, ECONOMIC_AMOUNT_COLUMNS);
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
  const out: TableAmount[] = [];
  const byKey = figuresByKey(index);
  for (const f of byKey.get(key) ?? []) out.push({ value: f.value, provenance: f.provenance });
  // A stated 收入总计 may be the table's 总计 (with the carry-overs) as well as its 本年收入合计.
  const alsoKeys = ALSO_HELD_AGAINST[key];
  if (alsoKeys) for (const k of alsoKeys) for (const f of byKey.get(k) ?? []) out.push({ value: f.value, provenance: f.provenance });
  // A stated 本年收入合计 against the table's, never against a 收入总计 read in its absence.
  const yearKey = YEAR_TOTAL_OF[key];
  if (yearKey) for (const f of byKey.get(yearKey) ?? []) if (!f.label.includes("总计")) out.push({ value: f.value, provenance: f.provenance });
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
  const projects = projectIndex(index);
  // Without table projects nothing can match: the name need not be normalised.
  if (projects.groups.length === 0) return [];
  const byName = projects.byName.get(normalizeProjectName(name)) ?? NO_GROUPS;
  const byCode = code ? (projects.byCode.get(code) ?? NO_GROUPS) : NO_GROUPS;
  // Each list is ascending without repeats already (addGroup): only two non-empty ones need merging.
  const matching = byCode.length === 0 ? byName : byName.length === 0 ? byCode : [...new Set([...byName, ...byCode])].sort((a, b) => a - b);
  const out: TableAmount[] = [];
  for (const i of matching) {
    for (const p of projects.groups[i]) if (p.amount != null) out.push({ value: p.amount, provenance: p.provenance });
  }
  return out;
}
