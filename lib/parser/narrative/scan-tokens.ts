import { moneyFromDigits, parseAmount, toMoney } from "../../money";
import type { Money } from "../types";
import Decimal from "decimal.js";

/** A number the narrative states: an amount, a head count or a percentage, with its position. */
export type Token =
  | { kind: "money"; start: number; end: number; raw: string; value: Money; isUnitless: boolean }
  | { kind: "count"; start: number; end: number; raw: string; value: string; unit: "人" | "辆" }
  | { kind: "percent"; start: number; end: number; raw: string; value: string };

// One left-to-right pass; each alternative is a fixed shape, so no backtracking blow-up.
const NUMBER_RE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(\.\d+)?\s*(?:(亿元|万\s*元|元|万(?=[，,。；;:)）]|$))|(人|辆)(?![次份])|(%)|(?=[，,。；;]))/g;

/**
 * The Money string of a printed 万元 amount (integer digits with optional thousands commas, and
 * an optional ".digits" part), exactly as parseAmount(…, "万元") would return it, without going
 * through decimal.js: leading zeros off, trailing fraction zeros off, at least two decimals.
 */
export function digitsToMoney(intPart: string, frac: string | undefined): Money {
  return moneyFromDigits(intPart.includes(",") ? intPart.replace(/,/g, "") : intPart, frac ? frac.slice(1) : "");
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
    const [whole, intPart, frac, moneyUnit, countUnit, percent] = m;
    const start = m.index;
    const end = start + whole.length;
    const numeral = intPart + (frac ?? "");
    if (moneyUnit) {
      const unit = moneyUnit.replace(/\s/g, "");
      let value: Money | null;
      if (unit === "元") value = parseAmount(numeral, "元");
      else if (unit === "亿元") value = toMoney(new Decimal(numeral.replace(/,/g, "")).times(10000));
      else value = digitsToMoney(intPart, frac);
      if (value !== null) tokens.push({ kind: "money", start, end, raw: whole, value, isUnitless: false });
    } else if (countUnit) {
      if (!frac) tokens.push({ kind: "count", start, end, raw: whole, value: intPart.replace(/,/g, ""), unit: countUnit as "人" | "辆" });
    } else if (percent) {
      tokens.push({ kind: "percent", start, end, raw: whole, value: numeral.replace(/,/g, "") });
    } else if (frac && frac.length <= 3) {
      tokens.push({ kind: "money", start, end, raw: whole, value: digitsToMoney(intPart, frac), isUnitless: true });
    }
    if (whole.length === 0) NUMBER_RE.lastIndex++;
  }
  return tokens;
}
