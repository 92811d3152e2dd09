import Decimal from "decimal.js";
import type { Money } from "../types";
import { addScaled, isSameScaled, isZeroAmount, rescale, sumScaled, toScaled } from "./exact-sum";

/**
 * A column a classification table can print. "other" covers 上缴上级/经营/对附属单位 columns;
 * carryIn / income / carryOut are a 决算 fund table's 年初结转和结余 | 本年收入 | … | 年末结转和结余.
 */
export type Slot = "total" | "basic" | "personnel" | "public" | "project" | "other" | "carryIn" | "income" | "carryOut";

export type Assignment = Partial<Record<Slot, Money>>;

const MAX_COMBINATIONS = 256;

/** Which of the table's sums apply, given its columns. */
interface Rules {
  basicProject: boolean;
  personnelPublic: boolean;
  personnelUnderBasic: boolean;
  carry: boolean;
}

/** What the solver needs to know about a table's columns, worked out once per table. */
export interface ColumnPlan {
  slots: Slot[];
  rules: Rules;
  /**
   * Each applicable sum as a signed sum over the columns that must come to zero (合计 = 基本 +
   * 项目 + 其他 is 基本 + 项目 + 其他 − 合计 = 0): per sum, each column's sign (+1, −1 or 0).
   */
  signs: number[][];
  /** True when some column name repeats (several "other" columns). */
  repeatsSlot: boolean;
}

/** The plan of a table that prints `slots`. */
export function planColumns(slots: Slot[]): ColumnPlan {
  const rules = rulesOf(slots);
  const signs: number[][] = [];
  if (rules.basicProject) signs.push(signedSum(slots, ["basic", "project", "other"], ["total"]));
  if (rules.personnelPublic) signs.push(signedSum(slots, ["personnel", "public"], [rules.personnelUnderBasic ? "basic" : "total"]));
  if (rules.carry) signs.push(signedSum(slots, ["carryIn", "income"], ["total", "carryOut"]));
  return { slots, rules, signs, repeatsSlot: new Set(slots).size < slots.length };
}

/** Each column's sign in the sum plus − minus (0 for a column in neither). */
function signedSum(slots: Slot[], plus: Slot[], minus: Slot[]): number[] {
  const signs: number[] = [];
  for (let i = 0; i < slots.length; i++) signs.push(plus.includes(slots[i]) ? 1 : minus.includes(slots[i]) ? -1 : 0);
  return signs;
}

/**
 * Places a row's printed amounts into the table's columns. PDF text leaves blank cells out, so a
 * row "20811 残疾人事业 1.67 1.67" under 合计|基本支出|项目支出 could be either; every order-keeping
 * placement that satisfies the table's own arithmetic (合计 = 基本 + 项目, 基本 = 人员 + 公用) is
 * returned. One result means the row is read; several mean the caller must decide from the
 * classification tree (see resolveAmbiguousRows).
 */
export function placeValues(values: Money[], slots: Slot[]): Assignment[] {
  return placeRow(values, planColumns(slots));
}

/** placeValues with the table's plan worked out already. */
export function placeRow(values: Money[], plan: ColumnPlan): Assignment[] {
  const { slots, rules } = plan;
  if (values.length === 0) return [{}];
  if (values.length >= slots.length) {
    const a: Assignment = {};
    // With no column name repeated each cell is filled once: addTo would give the figure back.
    if (plan.repeatsSlot) for (let i = 0; i < slots.length; i++) a[slots[i]] = addTo(a[slots[i]], values[i]);
    else for (let i = 0; i < slots.length; i++) a[slots[i]] = values[i];
    return [a];
  }
  const results: Assignment[] = [];
  // The 合计 column is always printed when it comes first; a leading 年初结转 column may be blank.
  const pinFirst = slots[0] === "total";
  const first = pinFirst ? 1 : 0;
  // Each k-subset of the open columns (slots[first…]) for the k remaining values, lexicographic.
  const k = values.length - first;
  const n = slots.length - first;
  // Placements are tested on exact scaled sums without building them. Those that fill no "other"
  // column are built at once; the others only when no placement leaves "other" blank, since such
  // a placement is preferred (see below). Figures long enough for decimal.js to round their sums
  // (20 digits) take the plain path instead.
  const quick = !values.some(isLongFigure);
  let otherCombos: number[][] | null = null;
  if (k <= n) {
    const idx: number[] = [];
    for (let i = 0; i < k; i++) idx.push(i);
    const scaled = quick ? atOneScale(values) : [];
    let count = 0;
    for (;;) {
      if (quick) {
        if (fitsSigned(scaled, idx, first, plan.signs)) {
          count++;
          if (placesOther(slots, idx, first)) (otherCombos ??= []).push(idx.slice());
          else results.push(buildPlacement(values, slots, idx, pinFirst));
        }
      } else {
        const a = buildPlacement(values, slots, idx, pinFirst);
        if (isConsistentWith(a, rules)) {
          results.push(a);
          count++;
        }
      }
      if (count > MAX_COMBINATIONS) break;
      let j = k - 1;
      while (j >= 0 && idx[j] === n - k + j) j--;
      if (j < 0) break;
      idx[j]++;
      for (let t = j + 1; t < k; t++) idx[t] = idx[t - 1] + 1;
    }
  }
  if (quick && results.length === 0 && otherCombos !== null) {
    for (const combo of otherCombos) results.push(buildPlacement(values, slots, combo, pinFirst));
  }
  if (results.length === 0) {
    const a: Assignment = {};
    for (let i = 0; i < values.length; i++) a[slots[i]] = addTo(a[slots[i]], values[i]);
    return [a];
  }
  // Columns such as 上缴上级支出 are rarely filled: prefer placements that leave them blank.
  let kept = results;
  // (When none fills "other" the filter would keep them all: no copy then.)
  if ((results.length > 1 || results[0].other !== undefined) && !results.every(hasNoOther)) {
    const plain = results.filter(hasNoOther);
    if (plain.length > 0) kept = plain;
  }
  if (kept.length < 2) return kept;
  // Placements put the row's own figures into distinct positions: with distinct column names and
  // no zero figure, two placements never leave the same non-zero cells, and dedupe keeps them all.
  if (!plan.repeatsSlot && !values.some(isZeroAmount)) return kept;
  return dedupe(kept);
}

/** The figures as integers at one scale (the most decimals any of them has): exact sums by addition. */
function atOneScale(values: Money[]): bigint[] {
  let dp = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const d = toScaled(v).dp;
    if (d > dp) dp = d;
  }
  const out: bigint[] = [];
  for (let i = 0; i < values.length; i++) out.push(rescale(toScaled(values[i]), dp));
  return out;
}

/**
 * Whether placing values[first + i] into column first + idx[i] (and values[0] into column 0 when
 * first is 1) satisfies every sum of the table: each signed sum over the placed figures is zero.
 */
function fitsSigned(scaled: bigint[], idx: number[], first: number, signs: number[][]): boolean {
  for (let i = 0; i < signs.length; i++) {
    const sign = signs[i];
    let acc = 0n;
    if (first === 1) acc = addSigned(acc, sign[0], scaled[0]);
    for (let i = 0; i < idx.length; i++) acc = addSigned(acc, sign[first + idx[i]], scaled[first + i]);
    if (acc !== 0n) return false;
  }
  return true;
}

function addSigned(acc: bigint, sign: number, v: bigint): bigint {
  if (v === 0n) return acc;
  return sign === 1 ? acc + v : sign === -1 ? acc - v : acc;
}

function placesOther(slots: Slot[], idx: number[], first: number): boolean {
  for (let i = 0; i < idx.length; i++) if (slots[first + idx[i]] === "other") return true;
  return false;
}

/** The assignment of one placement: values[first + i] into slots[first + idx[i]]. */
function buildPlacement(values: Money[], slots: Slot[], idx: number[], pinFirst: boolean): Assignment {
  const first = pinFirst ? 1 : 0;
  const a: Assignment = {};
  if (pinFirst) a[slots[0]] = values[0];
  for (let i = 0; i < idx.length; i++) {
    const slot = slots[first + idx[i]];
    a[slot] = addTo(a[slot], values[first + i]);
  }
  return a;
}

function isLongFigure(v: Money): boolean {
  // ≤ 10 characters: at most 10 digits, so any sum of a row's figures stays within 20 digits.
  return v.length > 10;
}

function hasNoOther(a: Assignment): boolean {
  return a.other === undefined;
}

function addTo(prev: Money | undefined, v: Money): Money {
  return prev === undefined ? v : new Decimal(prev).plus(v).toString();
}

function rulesOf(slots: Slot[]): Rules {
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
  // Nothing to choose when every row has one placement (most tables).
  let openRows = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].candidates.length > 1) openRows++;
  if (openRows === 0) return;
  const keys = slots.filter((s) => s !== "total");
  const tree = buildTree(rows);
  const { parents, kids, dirty } = tree;
  for (let pass = 0; pass < 6; pass++) {
    let changed = false;
    // The groups in the order their first child comes in the rows; one dirtied while a pass runs is
    // read in that pass when it comes later in this order, else in the next pass.
    for (let g = 0; g < parents.length; g++) {
      if (!dirty[g]) continue;
      dirty[g] = false;
      if (settleGroup(parents[g], kids[g], keys, tree)) changed = true;
    }
    if (!changed) break;
  }
}

/**
 * The classification tree as groups (a parent and its children), in the order their first child
 * comes in the rows. A row is a group's parent when it is the first row with that code.
 */
interface Tree {
  parents: TreeRow[];
  kids: TreeRow[][];
  /** Whether group g is to be read (again): one of its rows changed since it was last read. */
  dirty: boolean[];
  /** The group index of each parent code. */
  groupOf: Map<string | null, number>;
  /** The first row of each code. */
  byCode: Map<string | null, TreeRow>;
}

/**
 * The code of the nearest printed row above a code: its parent, else its grandparent, else the
 * 合计 (a table that prints only 项 rows, or leaves a 款 row out, adds them up there). Undefined
 * for the 合计 itself or when no row above is printed.
 */
function printedParent(code: string | null, byCode: Map<string | null, TreeRow>): string | null | undefined {
  let p = parentCode(code);
  while (p !== undefined && !byCode.has(p)) p = parentCode(p);
  return p;
}

function buildTree(rows: TreeRow[]): Tree {
  const byCode = new Map<string | null, TreeRow>();
  for (let i = 0; i < rows.length; i++) if (!byCode.has(rows[i].code)) byCode.set(rows[i].code, rows[i]);
  const tree: Tree = { parents: [], kids: [], dirty: [], groupOf: new Map(), byCode };
  for (let i = 0; i < rows.length; i++) {
    const p = printedParent(rows[i].code, byCode);
    if (p === undefined) continue;
    const parent = byCode.get(p);
    if (parent === undefined) continue;
    let g = tree.groupOf.get(p);
    if (g === undefined) {
      g = tree.parents.length;
      tree.groupOf.set(p, g);
      tree.parents.push(parent);
      tree.kids.push([]);
      tree.dirty.push(true);
    }
    tree.kids[g].push(rows[i]);
  }
  return tree;
}

/** Reads one group; true when a row of it was settled (the groups it belongs to are then dirty). */
function settleGroup(parent: TreeRow, kids: TreeRow[], keys: Slot[], tree: Tree): boolean {
  const open: TreeRow[] = [];
  for (let i = 0; i < kids.length; i++) if (kids[i].candidates.length > 1) open.push(kids[i]);
  if (parent.candidates.length === 1 && open.length > 0 && open.length <= 8) {
    if (!settleChildren(parent, kids, open, keys)) return false;
    for (let i = 0; i < open.length; i++) touch(tree, open[i]);
    return true;
  }
  if (parent.candidates.length > 1 && open.length === 0) {
    if (!settleParent(parent, kids, keys)) return false;
    touch(tree, parent);
    return true;
  }
  return false;
}

/** Marks the groups a changed row belongs to (as parent and as child) to be read again. */
function touch(tree: Tree, row: TreeRow): void {
  const asParent = tree.groupOf.get(row.code);
  if (asParent !== undefined) tree.dirty[asParent] = true;
  const p = printedParent(row.code, tree.byCode);
  const asChild = p === undefined ? undefined : tree.groupOf.get(p);
  if (asChild !== undefined) tree.dirty[asChild] = true;
}

/**
 * Fixes the open children of a settled parent when exactly one pick of their placements makes
 * every column of the children add up to the parent's. Picks are tried with the first child
 * varying slowest; the search stops at a second fit.
 */
function settleChildren(parent: TreeRow, kids: TreeRow[], open: TreeRow[], keys: Slot[]): boolean {
  const width = keys.length;
  // Every cell as an integer at one scale (the most decimals any cell has), so a pick is tested by
  // plain additions. Flat arrays, `width` entries per row of cells: the settled children's sum,
  // each open child's candidates one after the other (child i's start at cellStart[i]), the
  // parent's.
  let dp = widestScale(parent.candidates[0], keys, 0);
  for (const kid of kids) for (const c of kid.candidates) dp = widestScale(c, keys, dp);
  const fixedAt: bigint[] = [];
  for (let k = 0; k < width; k++) {
    let sum = 0n;
    for (const kid of kids) {
      if (kid.candidates.length !== 1) continue;
      const v = rescale(toScaled(kid.candidates[0][keys[k]]), dp);
      if (v !== 0n) sum += v;
    }
    fixedAt.push(sum);
  }
  const cells: bigint[] = [];
  const cellStart: number[] = [];
  for (const o of open) {
    cellStart.push(cells.length);
    for (const c of o.candidates) for (let k = 0; k < width; k++) cells.push(rescale(toScaled(c[keys[k]]), dp));
  }
  const targetAt: bigint[] = [];
  for (let k = 0; k < width; k++) targetAt.push(rescale(toScaled(parent.candidates[0][keys[k]]), dp));
  const count = open.length;
  const picks: number[] = [];
  for (let i = 0; i < count; i++) picks.push(0);
  // sums[i * width …] holds, per column, the settled children's sum plus the picked cells of open
  // children 0 … i-1. The picks advance like an odometer (the last child fastest), so after a step
  // only the sums past the child that moved are added up again.
  const sums: bigint[] = fixedAt.slice();
  for (let i = 0; i < count; i++) for (let k = 0; k < width; k++) sums.push(0n);
  let match: number[] | null = null;
  let from = 0;
  for (;;) {
    for (let i = from; i < count; i++) {
      const before = i * width;
      const cell = cellStart[i] + picks[i] * width;
      for (let k = 0; k < width; k++) {
        // A blank cell adds nothing (and no new BigInt).
        const v = cells[cell + k];
        sums[before + width + k] = v === 0n ? sums[before + k] : sums[before + k] + v;
      }
    }
    if (isSameSums(sums, count * width, targetAt)) {
      if (match !== null) return false;
      match = picks.slice();
    }
    let j = count - 1;
    while (j >= 0 && picks[j] === open[j].candidates.length - 1) {
      picks[j] = 0;
      j--;
    }
    if (j < 0) break;
    picks[j]++;
    from = j;
  }
  if (match === null) return false;
  for (let i = 0; i < count; i++) open[i].candidates = [open[i].candidates[match[i]]];
  return true;
}

/** The larger of `dp` and the decimals of a's cells in `keys`. */
function widestScale(a: Assignment, keys: Slot[], dp: number): number {
  for (let i = 0; i < keys.length; i++) {
    const s = keys[i];
    const d = toScaled(a[s]).dp;
    if (d > dp) dp = d;
  }
  return dp;
}

/** True when sums[at + k] equals targets[k] for every column k. */
function isSameSums(sums: bigint[], at: number, targets: bigint[]): boolean {
  for (let k = 0; k < targets.length; k++) if (sums[at + k] !== targets[k]) return false;
  return true;
}

/** Keeps the one placement of an open parent that equals its settled children, if exactly one does. */
function settleParent(parent: TreeRow, kids: TreeRow[], keys: Slot[]): boolean {
  const sums = kids.map((k) => k.candidates[0]);
  const childSums = keys.map((s) => sumScaled(sums.map((a) => a[s])));
  const fit = parent.candidates.filter((c) => keys.every((s, k) => isSameScaled(childSums[k], toScaled(c[s]))));
  if (fit.length !== 1) return false;
  parent.candidates = fit;
  return true;
}
