import Decimal from "decimal.js";
import { toMoney } from "../../money";
import type { Money } from "../types";

/**
 * Negation and subtraction of Money strings for the narrative's changes ("比上年减少X万元": the
 * prior-year figure is the amount minus the change), done on digit strings and BigInts instead of
 * decimal.js, which is many times slower for these small numbers. Each function gives exactly
 * what its decimal.js form gives; any input it does not recognise goes to decimal.js itself.
 */

/** A Money string as toMoney writes it: no leading zeros, two decimals or more with no trailing zero past the second. */
const CANONICAL_RE = /^(-?)(0|[1-9]\d*)\.(\d\d(?:\d*[1-9])?)$/;

/** decimal.js rounds the result of an operation to this many significant digits (its default precision). */
const DECIMAL_PRECISION = 20;

/** toMoney(new Decimal(value).negated()). */
export function negateMoney(value: Money): Money {
  const m = CANONICAL_RE.exec(value);
  if (m === null) return toMoney(new Decimal(value).negated());
  if (m[1] === "-") return value.slice(1);
  // toMoney writes negative zero as "0.00".
  if (m[2] === "0" && m[3] === "00") return value;
  return `-${value}`;
}

/** toMoney(new Decimal(a).minus(b)). */
export function subtractMoney(a: Money, b: Money): Money {
  const x = CANONICAL_RE.exec(a);
  const y = CANONICAL_RE.exec(b);
  if (x === null || y === null) return toMoney(new Decimal(a).minus(b));
  const scale = Math.max(x[3].length, y[3].length);
  const difference = scaled(x, scale) - scaled(y, scale);
  const negative = difference < 0n;
  const digits = (negative ? -difference : difference).toString();
  // decimal.js would round a longer result: let it.
  if (significantDigits(digits) > DECIMAL_PRECISION) return toMoney(new Decimal(a).minus(b));
  return format(negative, digits, scale);
}

/** The value of a canonical match times 10^scale. */
function scaled(m: RegExpExecArray, scale: number): bigint {
  const n = BigInt(m[2] + m[3] + "0".repeat(scale - m[3].length));
  return m[1] === "-" ? -n : n;
}

/** Digits from the first non-zero one to the last non-zero one. */
function significantDigits(digits: string): number {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return end;
}

/** toMoney's writing of the value ±digits / 10^scale (scale ≥ 2): trailing zeros off down to two decimals. */
function format(negative: boolean, digits: string, scale: number): Money {
  const padded = digits.padStart(scale + 1, "0");
  const intPart = padded.slice(0, padded.length - scale);
  let fracEnd = padded.length;
  while (fracEnd > padded.length - scale + 2 && padded.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  const frac = padded.slice(padded.length - scale, fracEnd);
  return `${negative ? "-" : ""}${intPart}.${frac}`;
}
