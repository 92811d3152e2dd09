/**
 * The number scanner as it was before the speed work (one regex match per number). Kept only for
 * the property test in amounts.test.ts.
 */
import { parseAmount } from "../../../money";
import type { Money, SourceUnit } from "../../types";
import { convertPlainAmount, type NumberToken } from "../amounts";

const HAS_DIGIT = /\d/;
// Added after the speed work: a fraction that runs into another figure ("840.00720.00") ends after two digits.
// And thousands written with a full-width comma, when they run into decimals ("1，077.43").
const NUMBER_SCAN =
  /-?\d{1,3}(?:,\d{3})+(?:\.\d{2}(?=\d+\.\d)|\.\d+)?%?|-?\d{1,3}(?:，\d{3})+(?=\.\d)(?:\.\d{2}(?=\d+\.\d)|\.\d+)?%?|-?\d+(?:\.\d{2}(?=\d+\.\d)|\.\d+)?%?/g;
const NO_NUMBERS: NumberToken[] = [];
/** findNumbers without the memo, for text read once (a joined row). */
export function legacyScanNumbers(text: string): NumberToken[] {
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
export function legacyHasNumberToken(text: string): boolean {
  if (!HAS_DIGIT.test(text)) return false;
  NUMBER_SCAN.lastIndex = 0;
  for (let m = NUMBER_SCAN.exec(text); m !== null; m = NUMBER_SCAN.exec(text)) {
    if (isNumberToken(text, m[0], m.index)) return true;
  }
  return false;
}

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

/** toWan without its memo or the canonical-figure shortcut. */
export function legacyToWan(raw: string, unit: SourceUnit | null): Money | null {
  return convertPlainAmount(raw, unit === "元") ?? parseAmount(raw, unit ?? "万元");
}
