import Decimal from "decimal.js";

/** Exact decimal string in 万元. */
export type Money = string;

const YUAN_PER_WAN = new Decimal(10000);

/**
 * Canonical money string: at least two decimals (as the documents print), more only when the
 * value needs them (a 元 figure converted to 万元 keeps up to six).
 */
export function toMoney(value: Decimal.Value): Money {
  // A Decimal is read as it is: copying it first (new Decimal(d)) gives the same digits.
  const d = value instanceof Decimal ? value : new Decimal(value);
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/**
 * Reads an amount as printed ("1,077.43", "1, 077. 43", "-12.5", "（3.00）") in the given unit and
 * returns it in 万元 exactly. Returns null for blanks, dashes and anything that is not a number.
 */
export function parseAmount(raw: string, unit: "万元" | "元" = "万元"): Money | null {
  let s = raw.replace(/[\s,，]/g, "").replace(/[．]/g, ".");
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (s.startsWith("-") || s.startsWith("－")) {
    negative = !negative;
    s = s.slice(1);
  }
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return null;
  let d = new Decimal(s);
  if (negative) d = d.negated();
  if (unit === "元") d = d.dividedBy(YUAN_PER_WAN);
  return toMoney(d);
}

export function sumMoney(values: ReadonlyArray<Money | null | undefined>): Money {
  return toMoney(values.reduce<Decimal>((acc, v) => (v ? acc.plus(v) : acc), new Decimal(0)));
}

export function subtractMoney(a: Money, b: Money): Money {
  return toMoney(new Decimal(a).minus(b));
}

export function isSameMoney(a: Money | null | undefined, b: Money | null | undefined): boolean {
  if (a == null || b == null) return a == b;
  return new Decimal(a).equals(b);
}

/** Absolute difference, as Money. */
export function diffMoney(a: Money, b: Money): Money {
  return toMoney(new Decimal(a).minus(b).abs());
}

const wanFormatter = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * Display form in 万元 with two decimals. Rounds half-up through decimal.js first, then hands
 * Intl a string so no binary float ever carries the amount.
 */
export function formatWan(value: Money | null | undefined): string {
  if (value == null) return "—";
  const fixed = new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
  return wanFormatter.format(fixed as unknown as number);
}

/**
 * The Money text of a printed figure given as digits — `whole` without thousands commas, `frac`
 * the digits after the point (possibly empty) — by moving digits instead of going through
 * decimal.js: the same text parseAmount gives (leading zeros off, fraction zeros beyond two off,
 * at least two decimals, no "-0"), and for a figure in 元 the point moved four places. The parser's
 * table and narrative stages read thousands of figures a document, so this is their fast path.
 */
export function moneyFromDigits(whole: string, frac: string, options: { negative?: boolean; fromYuan?: boolean } = {}): Money {
  let digits = whole + frac;
  const dp = frac.length + (options.fromYuan ? 4 : 0);
  while (digits.length <= dp) digits = "0" + digits;
  let intPart = digits.slice(0, digits.length - dp);
  let fracPart = digits.slice(digits.length - dp);
  let i = 0;
  while (i < intPart.length - 1 && intPart.charCodeAt(i) === 48) i++;
  if (i > 0) intPart = intPart.slice(i);
  let j = fracPart.length;
  while (j > 2 && fracPart.charCodeAt(j - 1) === 48) j--;
  if (j < fracPart.length) fracPart = fracPart.slice(0, j);
  while (fracPart.length < 2) fracPart += "0";
  const isZero = intPart === "0" && /^0*$/.test(fracPart);
  return `${options.negative && !isZero ? "-" : ""}${intPart}.${fracPart}`;
}
