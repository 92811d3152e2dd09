import { moneyFromDigits, parseAmount } from "../../money";
import type { Money, SourceUnit } from "../types";

/** A number token found in a table line, with where it sits in the text. */
export interface NumberToken {
  raw: string;
  index: number;
  end: number;
  /** True when printed without a decimal point ("39", "1,219"). */
  isInteger: boolean;
}

// The numbers a table prints, as a regex (read by hand in nextNumber): thousands-grouped numbers
// first so "1,219.14" is one token; a trailing % marks a rate.
//   NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?/g

/**
 * Finds the numbers printed in a line, skipping rates ("91.82%") and numbers glued to a CJK unit
 * that makes them counts or dates ("6人", "2023年", "1个"). Tables print amounts as bare numbers,
 * so those other numbers are never amounts.
 */
export function findNumbers(text: string): NumberToken[] {
  // Each stage reads the same lines again (segmenting, rows, totals): the tokens are memoised
  // per text. The array is shared with the memo: callers copy it before changing it.
  const hit = numbersCache.get(text);
  if (hit) return hit;
  const out = scanNumbers(text);
  if (numbersCache.size >= NUMBERS_CACHE_LIMIT) numbersCache = new Map();
  numbersCache.set(text, out);
  return out;
}

let numbersCache = new Map<string, NumberToken[]>();

/**
 * Forgets the memoised tokens and conversions. Called at the start of each extraction so the
 * memo only serves re-reads within one document (and never holds a previous document's text).
 */
export function clearAmountMemo(): void {
  // New maps rather than clear(): see parseSlot in ../parse-memos.ts.
  numbersCache = new Map();
  wanCache = new Map();
  yuanCache = new Map();
}
const NUMBERS_CACHE_LIMIT = 20000;
const NO_NUMBERS: NumberToken[] = [];

/**
 * findNumbers without the memo, for text read once (a joined row): the matches of NUMBER, in
 * order, that isKeptToken keeps. NUMBER is read by hand, one character code at a time (see
 * nextNumber), instead of one regex match per number.
 */
export function scanNumbers(text: string): NumberToken[] {
  let out = NO_NUMBERS;
  for (let p = nextNumber(text, 0); p >= 0; p = nextNumber(text, scanEnd)) {
    if (!isKeptToken(text, p, scanEnd)) continue;
    if (out === NO_NUMBERS) out = [];
    out.push({ raw: text.slice(p, scanEnd), index: p, end: scanEnd, isInteger: !scanHasPoint });
  }
  return out;
}

/** True when findNumbers(text) would find at least one number (stops at the first). */
export function hasNumberToken(text: string): boolean {
  const hit = numbersCache.get(text);
  if (hit) return hit.length > 0;
  for (let p = nextNumber(text, 0); p >= 0; p = nextNumber(text, scanEnd)) {
    if (isKeptToken(text, p, scanEnd)) return true;
  }
  return false;
}

/** True when findNumbers(text) would find a number with a decimal point (stops at the first; no memo). */
export function hasDecimalNumber(text: string): boolean {
  for (let p = nextNumber(text, 0); p >= 0; p = nextNumber(text, scanEnd)) {
    if (scanHasPoint && isKeptToken(text, p, scanEnd)) return true;
  }
  return false;
}

// Where the match nextNumber found last ends, whether it holds a decimal point, and whether it
// ends in "%" (module state instead of an object per match).
let scanEnd = 0;
let scanHasPoint = false;
let scanIsRate = false;

/**
 * The start of the next match of NUMBER (with the g flag) at or after `from`, or -1; sets scanEnd,
 * scanHasPoint and scanIsRate. NUMBER, -?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?, read as
 * the regex engine does:
 * - a match starts at the first digit, or at a "-" just before one;
 * - the first alternative needs the digit run to be 1–3 long and followed by ",ddd" (a longer
 *   run or a missing group leaves no way to match it), and then takes every ",ddd" that follows;
 * - otherwise the second takes the whole digit run;
 * - either then takes "." with the digits after it if there is at least one, then a "%".
 */
function nextNumber(text: string, from: number): number {
  const len = text.length;
  for (let p = from; p < len; p++) {
    const c = text.charCodeAt(p);
    let digits: number;
    if (isDigit(c)) digits = p;
    else if (c === 0x2d && p + 1 < len && isDigit(text.charCodeAt(p + 1))) digits = p + 1;
    else continue;
    let q = digits + 1;
    while (q < len && isDigit(text.charCodeAt(q))) q++;
    if (q - digits <= 3 && isThousandsGroup(text, q)) {
      q += 4;
      while (isThousandsGroup(text, q)) q += 4;
    } else if (q - digits <= 3 && q < len && text.charCodeAt(q) === 0xff0c) {
      q = fullWidthGroupsEnd(text, q);
    }
    scanHasPoint = q + 1 < len && text.charCodeAt(q) === 0x2e && isDigit(text.charCodeAt(q + 1));
    if (scanHasPoint) {
      const point = q;
      q += 2;
      while (q < len && isDigit(text.charCodeAt(q))) q++;
      // "840.00720.00120.00": figures printed without a space between them run together; a second
      // point in the run shows it. The genre prints two decimals, so each figure ends two after its point.
      if (q - point > 3 && q + 1 < len && text.charCodeAt(q) === 0x2e && isDigit(text.charCodeAt(q + 1))) q = point + 3;
    }
    scanIsRate = q < len && text.charCodeAt(q) === 0x25;
    scanEnd = scanIsRate ? q + 1 : q;
    return p;
  }
  return -1;
}

/**
 * Where thousands groups written with a full-width comma ("1，077.43", as a Chinese input method
 * types them) end, or `at` when there are none. Only groups that run into decimals count: "5，100"
 * may be two figures of a list, "1，077.43" is one.
 */
function fullWidthGroupsEnd(text: string, at: number): number {
  let q = at;
  while (q + 3 < text.length && text.charCodeAt(q) === 0xff0c && isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3))) q += 4;
  // The groups must run straight into ".d": a fourth digit or anything else ends the reading.
  return q > at && q + 1 < text.length && text.charCodeAt(q) === 0x2e && isDigit(text.charCodeAt(q + 1)) ? q : at;
}

/** ",ddd" at text[at…]. */
function isThousandsGroup(text: string, at: number): boolean {
  return (
    at + 3 < text.length &&
    text.charCodeAt(at) === 0x2c &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3))
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether the match text[index, end) nextNumber found last is a number findNumbers keeps: not a
 * rate ("91.82%"), not part of a code or identifier (42010523040T000…, A1), not a count or a date
 * ("6人", "2023年").
 */
function isKeptToken(text: string, index: number, end: number): boolean {
  if (scanIsRate) return false;
  if ((index > 0 && isLatinLetter(text.charCodeAt(index - 1))) || (end < text.length && isLatinLetter(text.charCodeAt(end)))) return false;
  // Every count unit is a CJK character: a figure followed by a tab, a space or the line's end is
  // out without the list.
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (c >= 0x4e00 && COUNT_UNIT_CODES.includes(c)) return false;
  }
  return true;
}

// Compared as character codes: text[end] would build a one-character string per number.
const COUNT_UNIT_CODES = [..."年月日号人个次项辆台套家件批岁天期条"].map((c) => c.charCodeAt(0));

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Tables repeat the same printed figures (a 合计 in several tables, rows read for totals and for
// rows): the exact conversion is memoised, one map per unit. Bounded so a long-running server does
// not grow it.
let wanCache = new Map<string, Money | null>();
let yuanCache = new Map<string, Money | null>();
const WAN_CACHE_LIMIT = 20000;

/** Reads a printed amount in the table's unit and returns exact 万元. */
export function toWan(raw: string, unit: SourceUnit | null): Money | null {
  // Most figures in 万元 are printed as 万元 text already is: the conversion would give them back.
  if (unit !== "元" && isCanonicalWan(raw)) return raw;
  const cache = unit === "元" ? yuanCache : wanCache;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const value = convertPlainAmount(raw, unit === "元") ?? parseAmount(raw, unit ?? "万元");
  if (cache.size >= WAN_CACHE_LIMIT) cache.clear();
  cache.set(raw, value);
  return value;
}

/**
 * True when a figure is already the text convertPlainAmount gives for it in 万元: an optional "-",
 * "0" or digits not opening with 0 (13 at most, so the figure has 15 digits at most), "." and
 * two digits, and not a negative zero.
 */
function isCanonicalWan(raw: string): boolean {
  const len = raw.length;
  const start = raw.charCodeAt(0) === 0x2d ? 1 : 0;
  const point = len - 3;
  const whole = point - start;
  if (whole < 1 || whole > 13 || raw.charCodeAt(point) !== 0x2e) return false;
  if (!isDigit(raw.charCodeAt(point + 1)) || !isDigit(raw.charCodeAt(point + 2))) return false;
  if (raw.charCodeAt(start) === 0x30 && whole > 1) return false;
  let nonZero = false;
  for (let k = start; k < len; k++) {
    if (k === point) continue;
    const c = raw.charCodeAt(k);
    if (!isDigit(c)) return false;
    if (c !== 0x30) nonZero = true;
  }
  return nonZero || start === 0;
}

// A figure as tables print it ("-1,219.50", "863"), short enough that decimal.js would not round it.
const PLAIN_AMOUNT = /^(-?)(\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.(\d{1,8}))?$/;

/**
 * The exact 万元 text of a plain printed figure, by moving digits (the same text parseAmount gives:
 * at least two decimals, no trailing zeros beyond them, no "-0"); null for any other shape, which
 * then goes through parseAmount. Most table figures take this path instead of decimal.js.
 */
export function convertPlainAmount(raw: string, isYuan: boolean): Money | null {
  const m = PLAIN_AMOUNT.exec(raw);
  if (!m) return null;
  const whole = m[2].includes(",") ? m[2].replace(/,/g, "") : m[2];
  const frac = m[3] ?? "";
  if (whole.length + frac.length > 15) return null;
  return moneyFromDigits(whole, frac, { negative: m[1] === "-", fromYuan: isYuan });
}

/** True when a token looks like an amount a table prints (not a 3/5/7-digit code). */
export function isAmountLike(token: NumberToken): boolean {
  return !token.isInteger || token.raw.replace(/[-,]/g, "").length <= 6;
}
