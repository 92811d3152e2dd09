import Decimal from "decimal.js";
import { toMoney, type Money } from "../../money";

/**
 * Exact amount arithmetic for the checks. Money strings carry at most six decimals (a 元 figure
 * in 万元), so they are held as integer millionths in a BigInt: exact like decimal.js and an order
 * of magnitude faster, which matters because every row of every table is summed and compared.
 * Amounts below 10^9 万元 take a still cheaper path in plain integer numbers (exact below 2^53);
 * anything with more decimals falls back to decimal.js.
 */
const SCALE = 6;
const SCALE_FACTOR = 10n ** BigInt(SCALE);
const AMOUNT = /^(-?)(\d*)(?:\.(\d*))?$/;

/** How two amounts relate: equal, off by at most one cent (rounding), or different. */
export type AmountComparison = "equal" | "rounding" | "mismatch";

const ONE_CENT = 10_000n;

function toMicros(value: Money): bigint | null {
  const m = AMOUNT.exec(value);
  if (!m || (m[2] === "" && !m[3])) return null;
  const frac = m[3] ?? "";
  if (frac.length > SCALE) return null;
  const micros = BigInt(m[2] || "0") * SCALE_FACTOR + BigInt((frac + "000000").slice(0, SCALE) || "0");
  return m[1] ? -micros : micros;
}

function fromMicros(micros: bigint): Money {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const int = abs / SCALE_FACTOR;
  let frac = (abs % SCALE_FACTOR).toString().padStart(SCALE, "0");
  while (frac.length > 2 && frac.endsWith("0")) frac = frac.slice(0, -1);
  return `${negative && abs !== 0n ? "-" : ""}${int}.${frac}`;
}

function absBig(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/** At most this many integer digits keep |micros| < 10^15, exactly representable as a JS number. */
const MAX_SMALL_INT_DIGITS = 9;
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const MICROS_PER_UNIT = 1_000_000;

/**
 * The same millionths as toMicros, as a JS number, when the amount has at most nine integer
 * digits (|value| < 10^9 万元, far beyond any budget): every integer involved then stays below
 * 2^53 and the arithmetic is exact, without BigInt's allocation. Null means "use toMicros".
 */
function toSmallMicros(value: Money): number | null {
  const n = value.length;
  let i = value.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let micros = 0;
  let intDigits = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57 || ++intDigits > MAX_SMALL_INT_DIGITS) return null;
    micros = micros * 10 + (c - 48);
  }
  let fracDigits = 0;
  for (i++; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57 || ++fracDigits > SCALE) return null;
    micros = micros * 10 + (c - 48);
  }
  if (intDigits === 0 && fracDigits === 0) return null;
  micros *= POW10[SCALE - fracDigits];
  return negative ? -micros : micros;
}

/**
 * An amount as exact integer millionths when it has at most nine integer digits and six decimals,
 * else null. Two amounts that both have one are equal (compareAmounts: "equal") exactly when
 * these are, so a list compared pairwise can read each amount once.
 */
export function exactMicros(value: Money): number | null {
  return toSmallMicros(value);
}

function fromSmallMicros(micros: number): Money {
  const negative = micros < 0;
  const abs = negative ? -micros : micros;
  const rest = abs % MICROS_PER_UNIT;
  const int = (abs - rest) / MICROS_PER_UNIT;
  let frac = String(rest).padStart(SCALE, "0");
  let end = frac.length;
  while (end > 2 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  return `${negative && abs !== 0 ? "-" : ""}${int}.${frac}`;
}

/** Exact sum of amounts (none may be null: callers decide what unknown means). */
export function addAmounts(values: ReadonlyArray<Money>): Money {
  let small = 0;
  for (const v of values) {
    const micros = toSmallMicros(v);
    if (micros == null) return addAmountsExactly(values);
    small += micros;
    if (!Number.isSafeInteger(small)) return addAmountsExactly(values);
  }
  return fromSmallMicros(small);
}

function addAmountsExactly(values: ReadonlyArray<Money>): Money {
  let total = 0n;
  for (const v of values) {
    const micros = toMicros(v);
    if (micros == null) return toMoney(values.reduce((acc, x) => acc.plus(x), new Decimal(0)));
    total += micros;
  }
  return fromMicros(total);
}

/**
 * compareAmounts(expected, addAmounts(parts)) without building the sum's string: most sums in a
 * document agree, and only a disagreeing one needs its sum printed. Only the first `count` parts
 * are summed, so a caller can refill one list instead of building one per sum.
 */
export function compareWithSum(expected: Money, parts: ReadonlyArray<Money>, count = parts.length): AmountComparison {
  const e = toSmallMicros(expected);
  if (e != null) {
    let sum = 0;
    let small = true;
    for (let i = 0; i < count; i++) {
      const micros = toSmallMicros(parts[i]);
      if (micros == null) {
        small = false;
        break;
      }
      sum += micros;
      if (!Number.isSafeInteger(sum)) {
        small = false;
        break;
      }
    }
    if (small) {
      const diff = Math.abs(e - sum);
      return diff === 0 ? "equal" : diff <= 10_000 ? "rounding" : "mismatch";
    }
  }
  return compareAmounts(expected, addAmounts(count === parts.length ? parts : parts.slice(0, count)));
}

/** Signed a − b. */
export function minusMoney(a: Money, b: Money): Money {
  const sa = toSmallMicros(a);
  const sb = toSmallMicros(b);
  if (sa != null && sb != null) return fromSmallMicros(sa - sb);
  const ma = toMicros(a);
  const mb = toMicros(b);
  if (ma == null || mb == null) return toMoney(new Decimal(a).minus(b));
  return fromMicros(ma - mb);
}

/** |a − b| compared with a threshold in millionths, exactly. */
function absDiff(a: Money, b: Money): number | bigint | Decimal {
  const sa = toSmallMicros(a);
  const sb = toSmallMicros(b);
  if (sa != null && sb != null) return Math.abs(sa - sb);
  const ma = toMicros(a);
  const mb = toMicros(b);
  if (ma == null || mb == null) return new Decimal(a).minus(b).abs();
  return absBig(ma - mb);
}

function classify(diff: number | bigint | Decimal, unit: bigint): AmountComparison {
  if (typeof diff === "number") {
    if (diff === 0) return "equal";
    return diff <= Number(unit) ? "rounding" : "mismatch";
  }
  if (typeof diff === "bigint") {
    if (diff === 0n) return "equal";
    return diff <= unit ? "rounding" : "mismatch";
  }
  if (diff.isZero()) return "equal";
  return diff.lessThanOrEqualTo(new Decimal(unit.toString()).dividedBy(SCALE_FACTOR.toString())) ? "rounding" : "mismatch";
}

/**
 * Compares two amounts in 万元. Documents round every figure to the cent, so a sum of rounded
 * parts can differ from the rounded whole by 0.01 without anything being wrong: that gets its
 * own low-severity outcome instead of being reported as an inconsistency.
 */
export function compareAmounts(expected: Money, actual: Money): AmountComparison {
  return classify(absDiff(expected, actual), ONE_CENT);
}

/** Decimal places as printed ("44.3" → 1, "15" → 0, "43.92" → 2). */
export function decimalsOf(value: Money): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Rounds a precise table figure to the precision a sentence printed it with, so "1234.57" in the
 * text matches 1234.567891 from a 元 table and "15万元" matches 15.00. Only rounds to fewer places.
 */
export function roundLike(value: Money, like: Money): Money {
  const places = decimalsOf(like);
  const small = places <= SCALE ? toSmallMicros(value) : null;
  if (small != null) {
    const unit = POW10[SCALE - places];
    const abs = Math.abs(small);
    const halfUp = abs + (unit - (unit % 2)) / 2;
    const rounded = halfUp - (halfUp % unit);
    return fromSmallMicros(small < 0 ? -rounded : rounded);
  }
  const micros = toMicros(value);
  if (micros == null || places > SCALE) {
    const d = new Decimal(value);
    return toMoney(d.decimalPlaces() <= places ? d : d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
  }
  const unit = 10n ** BigInt(SCALE - places);
  const abs = absBig(micros);
  const rounded = ((abs + unit / 2n) / unit) * unit;
  return fromMicros(micros < 0n ? -rounded : rounded);
}

/**
 * Compares a stated (narrative) amount with a table figure at the statement's precision. A
 * statement printed with fewer decimals than the table is equal when the table figure rounds to it;
 * one unit off in the statement's last printed place (0.01 at two decimals) is rounding.
 */
export function compareStatedAmount(table: Money, stated: Money): AmountComparison {
  // Fast path, same arithmetic as below in integer millionths: no rounded string is built and re-read.
  const printed = decimalsOf(stated);
  if (printed <= SCALE) {
    const s = toSmallMicros(stated);
    const t = s == null ? null : toSmallMicros(table);
    if (t != null) {
      const step = POW10[SCALE - printed];
      const halfUp = Math.abs(t) + (step - (step % 2)) / 2;
      const rounded = halfUp - (halfUp % step);
      const diff = Math.abs((t < 0 ? -rounded : rounded) - s!);
      if (diff === 0) return "equal";
      return diff <= (printed >= 2 ? 10_000 : POW10[SCALE - printed]) ? "rounding" : "mismatch";
    }
  }
  const places = Math.min(decimalsOf(stated), SCALE);
  const unit = 10n ** BigInt(SCALE - Math.max(Math.min(places, 2), 0));
  return classify(absDiff(roundLike(table, stated), stated), places >= 2 ? ONE_CENT : unit);
}

/**
 * Whether compareStatedAmount(values[i].value, stated) is "equal" for some i: the stated amount
 * is read once for the whole list rather than once per table amount. Same arithmetic as the fast
 * path there (a table amount rounded half-up to the statement's places, in integer millionths);
 * any amount that path cannot take goes through compareStatedAmount itself.
 */
export function someEqualsStated(values: ReadonlyArray<{ value: Money }>, stated: Money): boolean {
  const printed = decimalsOf(stated);
  const s = printed <= SCALE ? toSmallMicros(stated) : null;
  const step = s == null ? 0 : POW10[SCALE - printed];
  for (let i = 0; i < values.length; i++) {
    const value = values[i].value;
    const t = s == null ? null : toSmallMicros(value);
    if (t == null) {
      if (compareStatedAmount(value, stated) === "equal") return true;
      continue;
    }
    const halfUp = Math.abs(t) + (step - (step % 2)) / 2;
    const rounded = halfUp - (halfUp % step);
    if ((t < 0 ? -rounded : rounded) === s) return true;
  }
  return false;
}

export function isZeroMoney(value: Money): boolean {
  const small = toSmallMicros(value);
  if (small != null) return small === 0;
  const micros = toMicros(value);
  return micros == null ? new Decimal(value).isZero() : micros === 0n;
}

/** True when a > b. */
export function isGreater(a: Money, b: Money): boolean {
  const sa = toSmallMicros(a);
  const sb = toSmallMicros(b);
  if (sa != null && sb != null) return sa > sb;
  const ma = toMicros(a);
  const mb = toMicros(b);
  if (ma == null || mb == null) return new Decimal(a).greaterThan(b);
  return ma > mb;
}

/** |a − b| as Money, for ranking candidates. */
export function distance(a: Money, b: Money): Money {
  const d = absDiff(a, b);
  if (typeof d === "number") return fromSmallMicros(d);
  return typeof d === "bigint" ? fromMicros(d) : toMoney(d);
}
