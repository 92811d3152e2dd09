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

// Thousands-grouped numbers first so "1,219.14" is one token; a trailing % marks a rate.
const HAS_DIGIT = /\d/;
const NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?/g;

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
  if (numbersCache.size >= NUMBERS_CACHE_LIMIT) numbersCache.clear();
  numbersCache.set(text, out);
  return out;
}

const numbersCache = new Map<string, NumberToken[]>();

/**
 * Forgets the memoised tokens and conversions. Called at the start of each extraction so the
 * memo only serves re-reads within one document (and never holds a previous document's text).
 */
export function clearAmountMemo(): void {
  numbersCache.clear();
  wanCache.clear();
  yuanCache.clear();
}
const NUMBERS_CACHE_LIMIT = 20000;
const NO_NUMBERS: NumberToken[] = [];

/** findNumbers without the memo, for text read once (a joined row). */
export function scanNumbers(text: string): NumberToken[] {
  if (!HAS_DIGIT.test(text)) return NO_NUMBERS;
  let out = NO_NUMBERS;
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(text); m !== null; m = NUMBER_SCAN.exec(text)) {
    const raw = m[0];
    if (!isNumberToken(text, raw, m.index)) continue;
    if (out === NO_NUMBERS) out = [];
    out.push({ raw, index: m.index, end: m.index + raw.length, isInteger: !raw.includes(".") });
  }
  return out;
}

/** True when findNumbers(text) would find at least one number (stops at the first). */
export function hasNumberToken(text: string): boolean {
  const hit = numbersCache.get(text);
  if (hit) return hit.length > 0;
  if (!HAS_DIGIT.test(text)) return false;
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(text); m !== null; m = NUMBER_SCAN.exec(text)) {
    if (isNumberToken(text, m[0], m.index)) return true;
  }
  return false;
}

const NUMBER_SCAN = new RegExp(NUMBER.source, "g");

function isNumberToken(text: string, raw: string, index: number): boolean {
  const end = index + raw.length;
  if (raw.charCodeAt(raw.length - 1) === 37) return false; // "%": a rate
  // Part of a code or identifier (42010523040T000…, A1).
  if ((index > 0 && isLatinLetter(text.charCodeAt(index - 1))) || (end < text.length && isLatinLetter(text.charCodeAt(end)))) return false;
  if (end < text.length && COUNT_UNITS.includes(text[end])) return false;
  return true;
}

const COUNT_UNITS = "年月日号人个次项辆台套家件批岁天期条";

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Tables repeat the same printed figures (a 合计 in several tables, rows read for totals and for
// rows): the exact conversion is memoised, one map per unit. Bounded so a long-running server does
// not grow it.
const wanCache = new Map<string, Money | null>();
const yuanCache = new Map<string, Money | null>();
const WAN_CACHE_LIMIT = 20000;

/** Reads a printed amount in the table's unit and returns exact 万元. */
export function toWan(raw: string, unit: SourceUnit | null): Money | null {
  const cache = unit === "元" ? yuanCache : wanCache;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const value = convertPlainAmount(raw, unit === "元") ?? parseAmount(raw, unit ?? "万元");
  if (cache.size >= WAN_CACHE_LIMIT) cache.clear();
  cache.set(raw, value);
  return value;
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
