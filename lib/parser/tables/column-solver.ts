import Decimal from "decimal.js";
import type { Money } from "../types";
import { addScaled, isSameScaled, isZeroAmount, sumScaled, toScaled, type Scaled } from "./exact-sum";

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
  const rules = rulesOf(slots);
  for (const combo of combinations(positions, rest.length)) {
    const a: Assignment = pinFirst ? { [slots[0]]: values[0] } : {};
    combo.forEach((pos, k) => (a[slots[pos]] = addTo(a[slots[pos]], rest[k])));
    if (isConsistentWith(a, rules)) results.push(a);
    if (results.length > MAX_COMBINATIONS) break;
  }
  if (results.length === 0) {
    const a: Assignment = {};
    values.forEach((v, i) => (a[slots[i]] = addTo(a[slots[i]], v)));
    return [a];
  }
  // Columns such as 上缴上级支出 are rarely filled: prefer placements that leave them blank.
  const plain = results.filter((a) => a.other === undefined);
  const kept = plain.length > 0 ? plain : results;
  return kept.length > 1 ? dedupe(kept) : kept;
}

function addTo(prev: Money | undefined, v: Money): Money {
  return prev === undefined ? v : new Decimal(prev).plus(v).toString();
}

/** Which of the table's sums apply, given its columns. */
interface Rules {
  basicProject: boolean;
  personnelPublic: boolean;
  personnelUnderBasic: boolean;
  carry: boolean;
}

function rulesOf(slots: Slot[]): Rules {
  // Called per row: plain includes, no closure.
  return {
    basicProject: slots.includes("basic") && slots.includes("project"),
    personnelPublic: slots.includes("personnel") && slots.includes("public"),
    personnelUnderBasic: slots.includes("basic"),
    carry: slots.includes("carryIn") && slots.includes("income") && slots.includes("carryOut"),
  };
}

/** The table's arithmetic, with blank cells read as zero. */
export function isConsistent(a: Assignment, slots: Slot[]): boolean {
  return isConsistentWith(a, rulesOf(slots));
}

function isConsistentWith(a: Assignment, rules: Rules): boolean {
  if (rules.basicProject) {
    const sum = addScaled(addScaled(toScaled(a.basic), toScaled(a.project)), toScaled(a.other));
    if (!isSameScaled(sum, toScaled(a.total))) return false;
  }
  if (rules.personnelPublic) {
    const parent = rules.personnelUnderBasic ? a.basic : a.total;
    if (!isSameScaled(addScaled(toScaled(a.personnel), toScaled(a.public)), toScaled(parent))) return false;
  }
  if (rules.carry) {
    if (!isSameScaled(addScaled(toScaled(a.carryIn), toScaled(a.income)), addScaled(toScaled(a.total), toScaled(a.carryOut)))) return false;
  }
  return true;
}

/** k-element subsets of `items`, in lexicographic order of positions. */
function* combinations(items: number[], k: number): Generator<number[]> {
  const n = items.length;
  if (k > n) return;
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield idx.map((i) => items[i]);
    let j = k - 1;
    while (j >= 0 && idx[j] === n - k + j) j--;
    if (j < 0) return;
    idx[j]++;
    for (let t = j + 1; t < k; t++) idx[t] = idx[t - 1] + 1;
  }
}

const ALL_SLOTS: Slot[] = ["total", "basic", "personnel", "public", "project", "other", "carryIn", "income", "carryOut"];

function dedupe(list: Assignment[]): Assignment[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    // The set of non-zero cells, in one fixed slot order: equal sets give equal keys.
    let key = "";
    for (const slot of ALL_SLOTS) {
      const v = a[slot];
      if (v !== undefined && !isZeroAmount(v)) key += `${slot}=${v};`;
    }
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
        // Per column: the settled children's sum, each open child's candidate cells, the parent's.
        const fixedSums = keys.map((s) => sumScaled(fixed.map((f) => f.candidates[0][s])));
        const openCells = open.map((o) => o.candidates.map((c) => keys.map((s) => toScaled(c[s]))));
        const targets = keys.map((s) => toScaled(parent.candidates[0][s]));
        for (const picks of product(open.map((o) => o.candidates.length))) {
          const fits = keys.every((_, k) => {
            let sum = fixedSums[k];
            for (let i = 0; i < picks.length; i++) sum = addScaled(sum, openCells[i][picks[i]][k]);
            return isSameScaled(sum, targets[k]);
          });
          if (fits) matches.push(picks.map((c, i) => open[i].candidates[c]));
          if (matches.length > 1) break;
        }
        if (matches.length === 1) {
          open.forEach((o, i) => (o.candidates = [matches[0][i]]));
          changed = true;
        }
      } else if (parent.candidates.length > 1 && open.length === 0) {
        const sums = kids.map((k) => k.candidates[0]);
        const fit = parent.candidates.filter((c) => keys.every((s) => isSameScaled(sumSlot(sums, s), toScaled(c[s]))));
        if (fit.length === 1) {
          parent.candidates = fit;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
}

function sumSlot(list: Assignment[], s: Slot): Scaled {
  return sumScaled(list.map((a) => a[s]));
}

/** Every pick of one index per list (list i has sizes[i] entries), the first list varying slowest. */
function* product(sizes: number[]): Generator<number[]> {
  if (sizes.some((n) => n === 0)) return;
  const idx = sizes.map(() => 0);
  for (;;) {
    yield idx.slice();
    let j = sizes.length - 1;
    while (j >= 0 && idx[j] === sizes[j] - 1) {
      idx[j] = 0;
      j--;
    }
    if (j < 0) return;
    idx[j]++;
  }
}
