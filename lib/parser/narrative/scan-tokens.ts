import { moneyFromDigits, parseAmount, toMoney } from "../../money";
import type { Money } from "../types";
import Decimal from "decimal.js";

/** A number the narrative states: an amount, a head count or a percentage, with its position. */
export type Token =
  | { kind: "money"; start: number; end: number; raw: string; value: Money; isUnitless: boolean }
  | { kind: "count"; start: number; end: number; raw: string; value: string; unit: "人" | "辆" }
  | { kind: "percent"; start: number; end: number; raw: string; value: string };

const FULL_WIDTH_COMMA = /，/g;

// One left-to-right pass; each alternative is a fixed shape, so no backtracking blow-up. Thousands
// with a full-width comma ("1，077.43") count only when they run into decimals: "5，100" may be a list.
const NUMBER_RE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:，\d{3})+(?=\.\d)|\d+)(\.\d+)?\s*(?:(亿元|万\s*元|元|万(?=[，,。；;:)）]|$))|(人|辆)(?![次份])|(%)|(?=[，,。；;]))/g;

/**
 * The Money string of a printed 万元 amount (integer digits with optional thousands commas, and
 * an optional ".digits" part), exactly as parseAmount(…, "万元") would return it, without going
 * through decimal.js: leading zeros off, trailing fraction zeros off, at least two decimals.
 */
export function digitsToMoney(intPart: string, frac: string | undefined): Money {
  // Most amounts are printed as Money is written ("15336.33", "15"): plain digits without a
  // leading zero, and no decimals or exactly two. Those are the Money string already.
  if (frac === undefined || frac.length === 3) {
    const c = intPart.charCodeAt(0);
    if ((c !== 48 || intPart.length === 1) && !intPart.includes(",")) return frac === undefined ? `${intPart}.00` : intPart + frac;
  }
  return moneyFromDigits(intPart.includes(",") ? intPart.replace(/,/g, "") : intPart, frac ? frac.slice(1) : "");
}

/**
 * parseAmount(intPart + frac, "元") for a printed 元 amount: the decimal point moved four places, as
 * moneyFromDigits does, when the digits fit decimal.js's precision (20 significant digits, within
 * which its division by 10000 is exact); parseAmount itself otherwise, rounding included.
 */
export function yuanToMoney(intPart: string, frac: string | undefined): Money | null {
  const whole = withoutCommas(intPart);
  const fraction = frac === undefined ? "" : frac.slice(1);
  if (significantDigits(whole + fraction) <= 20) return moneyFromDigits(whole, fraction, { fromYuan: true });
  return parseAmount(frac === undefined ? intPart : intPart + frac, "元");
}

/** Digits from the first non-zero one to the last non-zero one (0 for all zeros). */
function significantDigits(digits: string): number {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  return end - start;
}

/**
 * Finds the amounts, counts and percentages of a paragraph. Amounts are in 万元 unless the text
 * says 元 (converted exactly) or 亿元; a bare decimal followed by a comma ("收入 15336.33，") is
 * kept as a 万元 amount flagged `isUnitless`, for labels that can only mean money.
 */
export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) {
    const whole = m[0];
    // "1，077.43": thousands typed with a full-width comma read as the ASCII ones.
    const intPart = m[1].includes("，") ? m[1].replace(FULL_WIDTH_COMMA, ",") : m[1];
    const frac = m[2];
    const moneyUnit = m[3];
    const start = m.index;
    const end = start + whole.length;
    if (moneyUnit !== undefined) {
      const value = moneyValue(intPart, frac, moneyUnit);
      if (value !== null) tokens.push({ kind: "money", start, end, raw: whole, value, isUnitless: false });
    } else if (m[4] !== undefined) {
      if (frac === undefined) tokens.push({ kind: "count", start, end, raw: whole, value: withoutCommas(intPart), unit: m[4] as "人" | "辆" });
    } else if (m[5] !== undefined) {
      tokens.push({ kind: "percent", start, end, raw: whole, value: withoutCommas(frac === undefined ? intPart : intPart + frac) });
    } else if (frac !== undefined && frac.length <= 3) {
      tokens.push({ kind: "money", start, end, raw: whole, value: digitsToMoney(intPart, frac), isUnitless: true });
    }
  }
  return tokens;
}

function withoutCommas(digits: string): string {
  return digits.includes(",") ? digits.replace(/,/g, "") : digits;
}

/** The Money value of a number printed with a money unit ("万元", "万 元", "元", "亿元", or "万" before a sign). */
function moneyValue(intPart: string, frac: string | undefined, moneyUnit: string): Money | null {
  // NUMBER_RE's unit is 亿元, 元, or 万 with or without spaces and 元 after it.
  if (moneyUnit === "元") return yuanToMoney(intPart, frac);
  if (moneyUnit === "亿元") return toMoney(new Decimal(withoutCommas(frac === undefined ? intPart : intPart + frac)).times(10000));
  return digitsToMoney(intPart, frac);
}
