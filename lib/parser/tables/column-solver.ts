import Decimal from "decimal.js";
import type { Money } from "../types";

/**
 * A column a classification table can print. "other" covers 上缴上级/经营/对附属单位 columns;
 * carryIn / income / carryOut are a 决算 fund table's 年初结转和结余 | 本年收入 | … | 年末结转和结余.
 */
export type Slot = "total" | "basic" | "personnel" | "public" | "project" | "other" | "carryIn" | "income" | "carryOut";

export type Assignment = Partial<Record<Slot, Money>>;

const MAX_COMBINATIONS = 256;

/**
 * Places a row's printed amounts into the table's columns. PDF text leaves blank cells out, so a
 * row "20811 残疾人事业 1.67 1.67" under 合计|基本支出|项目支出 could be either; every order-keeping
 * placement that satisfies the table's own arithmetic (合计 = 基本 + 项目, 基本 = 人员 + 公用) is
 * returned. One result means the row is read; several mean the caller must decide from the
 * classification tree (see resolveAmbiguousRows).
 */
export function placeValues(values: Money[], slots: Slot[]): Assignment[] {
  if (values.length === 0) return [{}];
  if (values.length >= slots.length) {
    const a: Assignment = {};
    slots.forEach((s, i) => (a[s] = addTo(a[s], values[i])));
    return [a];
  }
  const results: Assignment[] = [];
  // The 合计 column is always printed when it comes first; a leading 年初结转 column may be blank.
  const pinFirst = slots[0] === "total";
  const rest = pinFirst ? values.slice(1) : values;
  const positions = slots.map((_, i) => i).slice(pinFirst ? 1 : 0);
  for (const combo of combinations(positions, rest.length)) {
    const a: Assignment = pinFirst ? { [slots[0]]: values[0] } : {};
    combo.forEach((pos, k) => (a[slots[pos]] = addTo(a[slots[pos]], rest[k])));
    if (isConsistent(a, slots)) results.push(a);
    if (results.length > MAX_COMBINATIONS) break;
  }
  if (results.length === 0) {
    const a: Assignment = {};
    values.forEach((v, i) => (a[slots[i]] = addTo(a[slots[i]], v)));
    return [a];
  }
  // Columns such as 上缴上级支出 are rarely filled: prefer placements that leave them blank.
  const plain = results.filter((a) => a.other === undefined);
  return dedupe(plain.length > 0 ? plain : results);
}

function addTo(prev: Money | undefined, v: Money): Money {
  return prev === undefined ? v : new Decimal(prev).plus(v).toString();
}

function val(a: Assignment, s: Slot): Decimal {
  return new Decimal(a[s] ?? 0);
}

/** The table's arithmetic, with blank cells read as zero. */
export function isConsistent(a: Assignment, slots: Slot[]): boolean {
  const has = (s: Slot) => slots.includes(s);
  if (has("basic") && has("project")) {
    const sum = val(a, "basic").plus(val(a, "project")).plus(val(a, "other"));
    if (!sum.equals(val(a, "total"))) return false;
  }
  if (has("personnel") && has("public")) {
    const parent = has("basic") ? val(a, "basic") : val(a, "total");
    if (!val(a, "personnel").plus(val(a, "public")).equals(parent)) return false;
  }
  if (has("carryIn") && has("income") && has("carryOut")) {
    if (!val(a, "carryIn").plus(val(a, "income")).minus(val(a, "total")).equals(val(a, "carryOut"))) return false;
  }
  return true;
}

function* combinations(items: number[], k: number): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = 0; i <= items.length - k; i++) {
    for (const tail of combinations(items.slice(i + 1), k - 1)) yield [items[i], ...tail];
  }
}

function dedupe(list: Assignment[]): Assignment[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = JSON.stringify(Object.entries(a).filter(([, v]) => !new Decimal(v ?? 0).isZero()).sort());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A row to resolve: its code (null = the table's 合计 row) and candidate placements. */
export interface TreeRow {
  code: string | null;
  candidates: Assignment[];
}

/** The parent code in the classification tree: 7 → 5 → 3 digits → the 合计 row. */
export function parentCode(code: string | null): string | null | undefined {
  if (code === null) return undefined;
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

/**
 * Chooses among each ambiguous row's placements using the tree: a parent's 基本/项目 (人员/公用)
 * equal the sums over its children, so a group of ambiguous siblings is fixed when exactly one
 * combination of their placements adds up to the parent, and an ambiguous parent when exactly one
 * of its placements equals its resolved children. Rows still ambiguous keep several candidates.
 */
export function resolveAmbiguousRows(rows: TreeRow[], slots: Slot[]): void {
  const keys = slots.filter((s) => s !== "total");
  const byCode = new Map<string | null, TreeRow>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const children = new Map<string | null, TreeRow[]>();
  for (const r of rows) {
    const p = parentCode(r.code);
    if (p === undefined || !byCode.has(p)) continue;
    const list = children.get(p) ?? [];
    list.push(r);
    children.set(p, list);
  }
  for (let pass = 0; pass < 6; pass++) {
    let changed = false;
    for (const [pcode, kids] of children) {
      const parent = byCode.get(pcode);
      if (!parent) continue;
      const open = kids.filter((k) => k.candidates.length > 1);
      if (parent.candidates.length === 1 && open.length > 0 && open.length <= 8) {
        const fixed = kids.filter((k) => k.candidates.length === 1);
        const matches: Assignment[][] = [];
        for (const combo of product(open.map((o) => o.candidates))) {
          const all = [...fixed.map((f) => f.candidates[0]), ...combo];
          if (keys.every((s) => sumSlot(all, s).equals(val(parent.candidates[0], s)))) matches.push(combo);
          if (matches.length > 1) break;
        }
        if (matches.length === 1) {
          open.forEach((o, i) => (o.candidates = [matches[0][i]]));
          changed = true;
        }
      } else if (parent.candidates.length > 1 && open.length === 0) {
        const sums = kids.map((k) => k.candidates[0]);
        const fit = parent.candidates.filter((c) => keys.every((s) => sumSlot(sums, s).equals(val(c, s))));
        if (fit.length === 1) {
          parent.candidates = fit;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
}

function sumSlot(list: Assignment[], s: Slot): Decimal {
  return list.reduce((acc, a) => acc.plus(val(a, s)), new Decimal(0));
}

function* product(lists: Assignment[][]): Generator<Assignment[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [head, ...tail] = lists;
  for (const h of head) for (const t of product(tail)) yield [h, ...t];
}
