import { parseAmount } from "../../money";
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
}
const NUMBERS_CACHE_LIMIT = 20000;
const NO_NUMBERS: NumberToken[] = [];

function scanNumbers(text: string): NumberToken[] {
  if (!HAS_DIGIT.test(text)) return NO_NUMBERS;
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const index = m.index ?? 0;
    const end = index + raw.length;
    if (raw.endsWith("%")) continue;
    // Part of a code or identifier (42010523040T000…, A1).
    if ((index > 0 && isLatinLetter(text.charCodeAt(index - 1))) || (end < text.length && isLatinLetter(text.charCodeAt(end)))) continue;
    if (end < text.length && COUNT_UNITS.includes(text[end])) continue;
    out.push({ raw, index, end, isInteger: !raw.includes(".") });
  }
  return out;
}

const COUNT_UNITS = "年月日号人个次项辆台套家件批岁天期条";

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Tables repeat the same printed figures (a 合计 in several tables, rows read for totals and for
// rows): the exact conversion is memoised. Bounded so a long-running server does not grow it.
const wanCache = new Map<string, Money | null>();
const WAN_CACHE_LIMIT = 20000;

/** Reads a printed amount in the table's unit and returns exact 万元. */
export function toWan(raw: string, unit: SourceUnit | null): Money | null {
  const u = unit ?? "万元";
  const key = `${u}|${raw}`;
  const hit = wanCache.get(key);
  if (hit !== undefined) return hit;
  const value = parseAmount(raw, u);
  if (wanCache.size >= WAN_CACHE_LIMIT) wanCache.clear();
  wanCache.set(key, value);
  return value;
}

/** True when a token looks like an amount a table prints (not a 3/5/7-digit code). */
export function isAmountLike(token: NumberToken): boolean {
  return !token.isInteger || token.raw.replace(/[-,]/g, "").length <= 6;
}
