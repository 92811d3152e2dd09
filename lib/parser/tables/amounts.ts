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
const NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?/g;

/**
 * Finds the numbers printed in a line, skipping rates ("91.82%") and numbers glued to a CJK unit
 * that makes them counts or dates ("6人", "2023年", "1个"). Tables print amounts as bare numbers,
 * so those other numbers are never amounts.
 */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const index = m.index ?? 0;
    const end = index + raw.length;
    if (raw.endsWith("%")) continue;
    const before = index > 0 ? text[index - 1] : "";
    const after = text[end] ?? "";
    // Part of a code or identifier (42010523040T000…, A1).
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue;
    if (/[年月日号人个次项辆台套家件批岁天期条]/.test(after)) continue;
    out.push({ raw, index, end, isInteger: !raw.includes(".") });
  }
  return out;
}

/** Reads a printed amount in the table's unit and returns exact 万元. */
export function toWan(raw: string, unit: SourceUnit | null): Money | null {
  return parseAmount(raw, unit ?? "万元");
}

/** True when a token looks like an amount a table prints (not a 3/5/7-digit code). */
export function isAmountLike(token: NumberToken): boolean {
  return !token.isInteger || token.raw.replace(/[-,]/g, "").length <= 6;
}
