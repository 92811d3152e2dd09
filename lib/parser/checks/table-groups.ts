import type { EconomicRow, FunctionRow, ParsedDocumentDraft, TableKind, TableRecord } from "../types";
import { parseSlot } from "../parse-memos";

/** Rows printed in one table, keyed by code (a code appears once per table). */
export interface RowGroup<R> {
  key: string;
  kind: TableKind;
  table: TableRecord | null;
  rows: Map<string, R>;
}

/**
 * The tables sorted by first line when no two share a line (the usual case), else null. Then a
 * line lies in at most one table, the last one starting at or before it, found by bisection:
 * the same table findTable's scan picks (it is the only candidate, so the smallest).
 */
function disjointTables(tables: TableRecord[]): TableRecord[] | null {
  // Tables are listed in printed order: then the list itself is sorted and no copy is made.
  let inOrder = true;
  for (let i = 1; i < tables.length && inOrder; i++) inOrder = tables[i - 1].line <= tables[i].line;
  const sorted = inOrder ? tables : [...tables].sort((a, b) => a.line - b.line);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].line <= sorted[i - 1].endLine) return null;
  for (const t of sorted) if (!(t.line <= t.endLine)) return null;
  return sorted;
}

/** findTable on disjoint sorted tables: the last one starting at or before the line, if it reaches the line. */
function findDisjointTable(sorted: TableRecord[], line: number): TableRecord | null {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && line <= sorted[found].endLine ? sorted[found] : null;
}

function findTable(tables: TableRecord[], line: number): TableRecord | null {
  let best: TableRecord | null = null;
  for (const t of tables) {
    if (line >= t.line && line <= t.endLine) {
      if (!best || t.endLine - t.line < best.endLine - best.line) best = t;
    }
  }
  return best;
}

/**
 * Groups rows by the table they were printed in: by the table record whose lines contain the
 * row, else by table kind and title. Sums are only meaningful inside one table: the same code in
 * the 支出总表 and the 一般公共预算支出表 covers different money.
 */
export function groupRowsByTable<R extends FunctionRow | EconomicRow>(
  doc: ParsedDocumentDraft,
  rows: R[],
): readonly RowGroup<R>[] {
  // Several checks group the same rows: compute once per document and row list.
  let byRows = groupCache.get(doc);
  if (!byRows) {
    byRows = new Map();
    groupCache.set(doc, byRows);
  }
  // The groups are shared by the checks that ask (none changes them).
  const cached = byRows.get(rows) as RowGroup<R>[] | undefined;
  if (cached) return cached;
  const groups = groupRows(doc, rows);
  byRows.set(rows, groups);
  return groups;
}

const groupCache = parseSlot<ParsedDocumentDraft, Map<object, RowGroup<FunctionRow | EconomicRow>[]>>();

function groupRows<R extends FunctionRow | EconomicRow>(doc: ParsedDocumentDraft, rows: R[]): RowGroup<R>[] {
  // Rows are looked up by their table record (an identity lookup); the string key is built once
  // per table, or per row only for rows outside every table record.
  const byTable = new Map<TableRecord, RowGroup<R>>();
  const byKey = new Map<string, RowGroup<R>>();
  const out: RowGroup<R>[] = [];
  const disjoint = disjointTables(doc.tables);
  for (const row of rows) {
    const p = row.provenance;
    if (p.source !== "table") continue;
    const table = disjoint ? findDisjointTable(disjoint, p.line) : findTable(doc.tables, p.line);
    let group = table ? byTable.get(table) : undefined;
    if (!group) {
      const kind = table?.kind ?? p.table ?? "other";
      const key = table ? `${table.kind}@${table.line}` : `${kind}:${p.tableTitle ?? ""}`;
      group = byKey.get(key);
      if (!group) {
        group = { key, kind, table, rows: new Map() };
        byKey.set(key, group);
        out.push(group);
      }
      if (table) byTable.set(table, group);
    }
    if (!group.rows.has(row.code)) group.rows.set(row.code, row);
  }
  return out;
}

/** Codes of a group's rows whose parent (one level up) is `code`. */
export function childrenOf<R extends { code: string }>(rows: Map<string, R>, code: string): R[] {
  const width = code.length === 3 ? 5 : code.length === 5 ? 7 : 0;
  if (!width) return [];
  const out: R[] = [];
  for (const row of rows.values()) {
    if (row.code.length === width && row.code.startsWith(code)) out.push(row);
  }
  return out;
}

/**
 * childrenOf for every parent at once, in the rows' order: a 类's 款 and a 款's 项 keyed by the
 * parent's code, so a table is walked once instead of once per parent.
 */
export function groupChildren<R extends { code: string }>(rows: Map<string, R>): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const row of rows.values()) {
    const length = row.code.length;
    if (length !== 5 && length !== 7) continue;
    const parent = row.code.slice(0, length - 2);
    const list = out.get(parent);
    if (list) list.push(row);
    else out.set(parent, [row]);
  }
  return out;
}
