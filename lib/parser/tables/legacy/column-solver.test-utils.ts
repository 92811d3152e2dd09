/**
 * The column solver as it was before the speed work (placements tested as signed sums of each
 * row's figures at one scale, no generator for the tree's combinations). Kept only for the
 * property test in column-solver.test.ts.
 */
import Decimal from "decimal.js";
import type { Money } from "../../types";
import type { Assignment, Slot, TreeRow } from "../column-solver";
import { addScaled, isSameScaled, isZeroAmount, sumScaled, toScaled, type Scaled } from "../exact-sum";

const MAX_COMBINATIONS = 256;

/**
 * Places a row's printed amounts into the table's columns. PDF text leaves blank cells out, so a
 * row "20811 残疾人事业 1.67 1.67" under 合计|基本支出|项目支出 could be either; every order-keeping
 * placement that satisfies the table's own arithmetic (合计 = 基本 + 项目, 基本 = 人员 + 公用) is
 * returned. One result means the row is read; several mean the caller must decide from the
 * classification tree (see resolveAmbiguousRows).
 */
export function legacyPlaceValues(values: Money[], slots: Slot[]): Assignment[] {
  if (values.length === 0) return [{}];
  if (values.length >= slots.length) {
    const a: Assignment = {};
    for (let i = 0; i < slots.length; i++) a[slots[i]] = addTo(a[slots[i]], values[i]);
    return [a];
  }
  const results: Assignment[] = [];
  // The 合计 column is always printed when it comes first; a leading 年初结转 column may be blank.
  const pinFirst = slots[0] === "total";
  const first = pinFirst ? 1 : 0;
  // Each k-subset of the open columns (slots[first…]) for the k remaining values, lexicographic.
  const k = values.length - first;
  const n = slots.length - first;
  const rules = rulesOf(slots);
  // Placements are tested on exact scaled sums without building them. Those that fill no "other"
  // column are built at once; the others only when no placement leaves "other" blank, since such
  // a placement is preferred (see below). Figures long enough for decimal.js to round their sums
  // (20 digits) take the plain path instead.
  const quick = !values.some(isLongFigure);
  const otherCombos: number[][] = [];
  if (k <= n) {
    const idx: number[] = [];
    for (let i = 0; i < k; i++) idx.push(i);
    const scaled = quick ? values.map(toScaledValue) : [];
    const cells: Scaled[] = [];
    let count = 0;
    for (;;) {
      if (quick) {
        for (let s = 0; s < slots.length; s++) cells[s] = ZERO;
        if (pinFirst) cells[0] = scaled[0];
        let placesOther = false;
        for (let i = 0; i < k; i++) {
          const at = first + idx[i];
          cells[at] = addScaled(cells[at], scaled[first + i]);
          if (slots[at] === "other") placesOther = true;
        }
        if (fitsScaled(cells, slots, rules)) {
          count++;
          if (placesOther) otherCombos.push(idx.slice());
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
  if (quick && results.length === 0) {
    for (const combo of otherCombos) results.push(buildPlacement(values, slots, combo, pinFirst));
  }
  if (results.length === 0) {
    const a: Assignment = {};
    for (let i = 0; i < values.length; i++) a[slots[i]] = addTo(a[slots[i]], values[i]);
    return [a];
  }
  // Columns such as 上缴上级支出 are rarely filled: prefer placements that leave them blank.
  let kept = results;
  if (results.length > 1 || results[0].other !== undefined) {
    const plain = results.filter(hasNoOther);
    if (plain.length > 0) kept = plain;
  }
  return kept.length > 1 ? dedupe(kept) : kept;
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

const ZERO: Scaled = toScaled(null);

function toScaledValue(v: Money): Scaled {
  return toScaled(v);
}

function isLongFigure(v: Money): boolean {
  // ≤ 10 characters: at most 10 digits, so any sum of a row's figures stays within 20 digits.
  return v.length > 10;
}

/** isConsistentWith on per-column scaled sums (cells[i] is the sum placed in slots[i]). */
function fitsScaled(cells: Scaled[], slots: Slot[], rules: Rules): boolean {
  let total = ZERO, basic = ZERO, project = ZERO, other = ZERO, personnel = ZERO, pub = ZERO;
  let carryIn = ZERO, income = ZERO, carryOut = ZERO;
  for (let i = 0; i < slots.length; i++) {
    const c = cells[i];
    switch (slots[i]) {
      case "total": total = addScaled(total, c); break;
      case "basic": basic = addScaled(basic, c); break;
      case "project": project = addScaled(project, c); break;
      case "other": other = addScaled(other, c); break;
      case "personnel": personnel = addScaled(personnel, c); break;
      case "public": pub = addScaled(pub, c); break;
      case "carryIn": carryIn = addScaled(carryIn, c); break;
      case "income": income = addScaled(income, c); break;
      case "carryOut": carryOut = addScaled(carryOut, c); break;
    }
  }
  if (rules.basicProject && !isSameScaled(addScaled(addScaled(basic, project), other), total)) return false;
  if (rules.personnelPublic && !isSameScaled(addScaled(personnel, pub), rules.personnelUnderBasic ? basic : total)) return false;
  if (rules.carry && !isSameScaled(addScaled(carryIn, income), addScaled(total, carryOut))) return false;
  return true;
}

function hasNoOther(a: Assignment): boolean {
  return a.other === undefined;
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


/** The parent code in the classification tree: 7 → 5 → 3 digits → the 合计 row. */
function parentCode(code: string | null): string | null | undefined {
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
export function legacyResolveAmbiguousRows(rows: TreeRow[], slots: Slot[]): void {
  // Nothing to choose when every row has one placement (most tables).
  let open = 0;
  for (const r of rows) if (r.candidates.length > 1) open++;
  if (open === 0) return;
  const keys = slots.filter((s) => s !== "total");
  const byCode = new Map<string | null, TreeRow>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const children = new Map<string | null, TreeRow[]>();
  for (const r of rows) {
    // Added with tables that print only 项 rows (shared with the solver): the nearest printed row above.
    let p = parentCode(r.code);
    while (p !== undefined && !byCode.has(p)) p = parentCode(p);
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
