import type { EconomicRow, FunctionRow, ParsedDocumentDraft, TableKind, TableRecord } from "../types";

/** Rows printed in one table, keyed by code (a code appears once per table). */
export interface RowGroup<R> {
  key: string;
  kind: TableKind;
  table: TableRecord | null;
  rows: Map<string, R>;
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
): RowGroup<R>[] {
  // Several checks group the same rows: compute once per document and row list.
  let byRows = groupCache.get(doc);
  if (!byRows) {
    byRows = new WeakMap();
    groupCache.set(doc, byRows);
  }
  const cached = byRows.get(rows) as RowGroup<R>[] | undefined;
  if (cached) return [...cached];
  const groups = groupRows(doc, rows);
  byRows.set(rows, groups);
  return [...groups];
}

const groupCache = new WeakMap<ParsedDocumentDraft, WeakMap<object, RowGroup<FunctionRow | EconomicRow>[]>>();

function groupRows<R extends FunctionRow | EconomicRow>(doc: ParsedDocumentDraft, rows: R[]): RowGroup<R>[] {
  const groups = new Map<string, RowGroup<R>>();
  for (const row of rows) {
    const p = row.provenance;
    if (p.source !== "table") continue;
    const table = findTable(doc.tables, p.line);
    const kind = table?.kind ?? p.table ?? "other";
    const key = table ? `${table.kind}@${table.line}` : `${kind}:${p.tableTitle ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, kind, table, rows: new Map() };
      groups.set(key, group);
    }
    if (!group.rows.has(row.code)) group.rows.set(row.code, row);
  }
  return [...groups.values()];
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
