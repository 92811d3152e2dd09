import Decimal from "decimal.js";

/** Exact decimal string in 万元. */
export type Money = string;

const YUAN_PER_WAN = new Decimal(10000);

/**
 * Canonical money string: at least two decimals (as the documents print), more only when the
 * value needs them (a 元 figure converted to 万元 keeps up to six).
 */
export function toMoney(value: Decimal.Value): Money {
  const d = new Decimal(value);
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
