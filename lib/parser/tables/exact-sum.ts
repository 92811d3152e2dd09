import Decimal from "decimal.js";
import type { Money } from "../types";

/**
 * An amount as an exact scaled integer: value = n / 10^dp. The column solvers test thousands of
 * placements against a table's arithmetic (合计 = 基本 + 项目); BigInt sums keep that exact
 * without building a decimal.js object per cell per placement.
 */
export interface Scaled {
  n: bigint;
  dp: number;
}

const ZERO: Scaled = { n: 0n, dp: 0 };
const PLAIN = /^(-?)(\d+)(?:\.(\d*))?$/;
let cache = new Map<string, Scaled>();
const CACHE_LIMIT = 20000;

/** Forgets memoised conversions (see clearAmountMemo). */
export function clearScaledMemo(): void {
  cache = new Map();
}

/** The exact scaled form of an amount; a blank (null/undefined) cell reads as zero. */
export function toScaled(m: Money | null | undefined): Scaled {
  if (m == null) return ZERO;
  const hit = cache.get(m);
  if (hit) return hit;
  // Money is plain decimal text; anything else (exponent form) goes through decimal.js once.
  const r = PLAIN.exec(m) ?? PLAIN.exec(new Decimal(m).toFixed());
  if (!r) throw new Error(`not an amount: ${m}`);
  const frac = r[3] ?? "";
  const n = BigInt(r[2] + frac);
  const value: Scaled = { n: r[1] ? -n : n, dp: frac.length };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(m, value);
  return value;
}

const POWERS_OF_TEN: bigint[] = Array.from({ length: 32 }, (_, i) => 10n ** BigInt(i));

/** The scaled integer of `a` at `dp` decimals (dp ≥ a.dp): a's value times 10^dp, exactly. */
export function rescale(a: Scaled, dp: number): bigint {
  // Zero (a blank cell) is zero at any scale: no new BigInt.
  if (a.dp === dp || a.n === 0n) return a.n;
  const k = dp - a.dp;
  return a.n * (k < POWERS_OF_TEN.length ? POWERS_OF_TEN[k] : 10n ** BigInt(k));
}

/** a + b, exactly. */
export function addScaled(a: Scaled, b: Scaled): Scaled {
  if (a.dp === b.dp) return { n: a.n + b.n, dp: a.dp };
  // A blank cell (zero) is the common operand: no rescaling needed.
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  const dp = Math.max(a.dp, b.dp);
  return { n: rescale(a, dp) + rescale(b, dp), dp };
}

/** a = b, exactly ("1.5" equals "1.50"). */
export function isSameScaled(a: Scaled, b: Scaled): boolean {
  if (a.dp === b.dp) return a.n === b.n;
  if (a.n === 0n || b.n === 0n) return a.n === b.n;
  const dp = Math.max(a.dp, b.dp);
  return rescale(a, dp) === rescale(b, dp);
}

/** Σ amounts (blanks as zero), exactly. */
export function sumScaled(amounts: ReadonlyArray<Money | null | undefined>): Scaled {
  let acc = ZERO;
  for (let i = 0; i < amounts.length; i++) acc = addScaled(acc, toScaled(amounts[i]));
  return acc;
}

/** True when Σ left = Σ right exactly, blanks read as zero. */
export function isSameSum(left: ReadonlyArray<Money | null | undefined>, right: ReadonlyArray<Money | null | undefined>): boolean {
  return isSameScaled(sumScaled(left), sumScaled(right));
}

/** True when an amount is zero ("0.00", "-0"). */
export function isZeroAmount(m: Money | null | undefined): boolean {
  return toScaled(m).n === 0n;
}
