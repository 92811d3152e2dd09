import type { Line } from "../types";
import { findNumbers, type NumberToken } from "./amounts";
import type { CodeRow } from "./code-rows";
import { isRegexSpace } from "../regex-space";

/**
 * Figures printed without decimals. Tables in 元 ("单位：元", "8500000") and some in 万元 ("850")
 * print whole numbers only, so a table's figures cannot be told by a decimal point. What tells
 * them from the other whole numbers a table prints is where they stand:
 * - a figure is a cell of its own (whitespace or the line's ends on both sides): an item number
 *   ("1.因公出国", "(1)"), a table number ("公开01表") or a date ("2024-01-15") is glued to text;
 * - it follows a row's label ("本年收入合计 8500000") or another figure, never opens a line that
 *   goes on with a name: "2130301 行政运行 850" opens with a code, "208 05 01 …" too; nor does it
 *   follow a dot leader, as a table of contents' page number does ("名词解释……10");
 * - in a table with a 行次/栏次 column the first whole number after a label is the row's number
 *   ("本年收入合计 27 8500000"), and a line of column numbers ("栏次 1 2 3 …") holds none;
 * - a year ("2024") heads a column, and counts and dates ("6人", "2024年") are left out by
 *   findNumbers already.
 * A line of figures alone ("85000 0 60000 0 60000 25000", a “三公” row) holds figures, and so does
 * a figure alone on its line after a label's line (a table printed one cell per line).
 */

/** Whether the body holds at least two whole-number figures (see above): the table is printed. */
export function hasWholeFigures(body: Line[]): boolean {
  const hasRowNumbers = holdsRowNumberHeader(body);
  // Whether the 行次 cells are printed, read when a lone number after a label asks.
  let printsRowNumbers: boolean | undefined;
  let count = 0;
  // The line before, as it bears on a lone figure: "label" (it ends in a label), "rowNumber" (a
  // lone row number after a label), "figure" (a lone figure), or "other".
  let before: "label" | "rowNumber" | "figure" | "other" = "other";
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    // A sentence ("…，…。") is no row of a table, and a note is none either: a title-only table's
    // body can run through pages of prose, whose numbers are not read for this.
    if (opensNote(text) || text.includes("，") || text.includes("。")) {
      before = "other";
      continue;
    }
    const numbers = findNumbers(text);
    if (numbers.length === 0) {
      before = endsInCjk(text) ? "label" : "other";
      continue;
    }
    if (numbers.length === 1 && isLoneNumber(text, numbers[0])) {
      const n = numbers[0];
      if (before === "label" && hasRowNumbers && isRowNumber(n) && (printsRowNumbers ??= printsLoneRowNumbers(body))) {
        before = "rowNumber";
      } else if (before === "label" || before === "rowNumber" || before === "figure" || isLoneFigureRun(body, i)) {
        if (!isYearLike(n)) count++;
        before = "figure";
      } else {
        before = "other";
      }
      if (count >= 2) return true;
      continue;
    }
    const cells = countFigureCells(text, numbers, hasRowNumbers);
    count += cells;
    if (count >= 2) return true;
    // "1.因公出国(境)费": a label with its item number, its figure perhaps on the next line.
    before = cells === 0 && endsInCjk(text) ? "label" : "other";
  }
  return false;
}

/**
 * Whether a table printed one cell per line prints its 行次: a header names a 行次 column, but a
 * template's table may leave the numbers out, and then a small whole figure after a label
 * ("本年收入合计" / "85") is the amount. Row numbers never repeat (amounts do: 本年收入合计 and
 * 总计, 收入 and 支出), and run in sequence (three consecutive numbers, each alone on the line
 * after a label) or stand after every label: once a label is followed by a lone number, no label
 * line is followed by another. The 栏次 cells ("栏次" / "1") are not row numbers.
 */
export function printsLoneRowNumbers(body: Line[]): boolean {
  const seen = new Set<number>();
  let label = false;
  let numbered = false;
  let labelAfterLabel = false;
  let run = false;
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    if (text.trim() === "") continue;
    const isLabel = LABEL_CHAR.test(text) && !text.includes("栏次");
    if (label && isLabel && numbered) labelAfterLabel = true;
    if (label && LONE_ROW_NUMBER.test(text)) {
      numbered = true;
      const n = Number(text.trim());
      if (seen.has(n)) return false;
      seen.add(n);
      if ((seen.has(n - 1) && (seen.has(n - 2) || seen.has(n + 1))) || (seen.has(n + 1) && seen.has(n + 2))) run = true;
    }
    label = isLabel;
  }
  return run || (numbered && !labelAfterLabel);
}

const LONE_ROW_NUMBER = /^\s*\d{1,3}\s*$/;
const LABEL_CHAR = /[\u4e00-\u9fa5]/;

/** True when a 行次/栏次 heading is printed in the body. */
export function holdsRowNumberHeader(body: Line[]): boolean {
  for (let i = 0; i < body.length; i++) {
    const t = body[i].text;
    if (t.includes("行次") || t.includes("栏次")) return true;
  }
  return false;
}

/** How many of a line's number tokens are figures standing as cells (see hasWholeFigures). */
export function countFigureCells(text: string, numbers: NumberToken[], hasRowNumbers: boolean): number {
  if (isColumnNumbers(numbers)) return 0;
  let count = 0;
  // What the token before was: "figure" (a figure or a row number), "code", or none yet.
  let previous: "figure" | "code" | null = null;
  let from = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    const afterLabel = holdsCjk(text, from, n.index);
    const afterLeader = isAfterLeader(text, n.index);
    from = n.end;
    if (!isStandalone(text, n) || afterLeader) {
      previous = "code";
      continue;
    }
    if (afterLabel) {
      if (hasRowNumbers && isRowNumber(n)) {
        previous = "figure";
        continue;
      }
    } else if (previous === null) {
      // Opening the line: a figure only on a line of figures alone.
      if (hasCjkFrom(text, n.end)) {
        previous = "code";
        continue;
      }
    } else if (previous === "code" || opensName(text, n.end)) {
      // After a code (its 款 and 项 printed apart), or a code opening the next row of a flattened line.
      previous = "code";
      continue;
    }
    previous = "figure";
    if (!isYearLike(n)) count++;
  }
  return count;
}

/** Whether the line is a figure alone: nothing but whitespace round the one token. */
function isLoneNumber(text: string, n: NumberToken): boolean {
  for (let k = 0; k < n.index; k++) if (!isRegexSpace(text.charCodeAt(k))) return false;
  for (let k = n.end; k < text.length; k++) if (!isRegexSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Whether line i and the line after it are both a figure alone (a row printed one cell per line). */
function isLoneFigureRun(body: Line[], i: number): boolean {
  if (i + 1 >= body.length) return false;
  const next = findNumbers(body[i + 1].text);
  return next.length === 1 && isLoneNumber(body[i + 1].text, next[0]);
}

/** "1 2 3 …": a 栏次 line, not figures (at least two numbers, counting up from 1). */
export function isColumnNumbers(numbers: NumberToken[]): boolean {
  if (numbers.length < 2) return false;
  for (let i = 0; i < numbers.length; i++) if (numbers[i].raw !== String(i + 1)) return false;
  return true;
}

/** A 行次 as printed: a whole number of at most three digits. */
export function isRowNumber(n: NumberToken): boolean {
  return n.isInteger && n.raw.length <= 3 && n.raw.charCodeAt(0) !== 0x2d;
}

/** "2024": a year heading a column, read as no figure. */
function isYearLike(n: NumberToken): boolean {
  if (!n.isInteger || n.raw.length !== 4) return false;
  const century = n.raw.slice(0, 2);
  return century === "19" || century === "20";
}

/** Whitespace or the line's ends on both sides of the token. */
function isStandalone(text: string, n: NumberToken): boolean {
  return (n.index === 0 || isRegexSpace(text.charCodeAt(n.index - 1))) && (n.end === text.length || isRegexSpace(text.charCodeAt(n.end)));
}

/** A table of contents' page number: after a dot leader ("名词解释……10", "附件 ...... 12"). */
function isAfterLeader(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isRegexSpace(text.charCodeAt(k))) k--;
  if (k < 1) return false;
  const c = text.charCodeAt(k);
  const d = text.charCodeAt(k - 1);
  // Two leader characters in a row: "……", "..", "··".
  return (c === 0x2026 || c === 0x2e || c === 0xb7 || c === 0x22ef) && c === d;
}

/** Whether text[from, to) holds a CJK character. */
function holdsCjk(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCjk(text.charCodeAt(k))) return true;
  return false;
}

function hasCjkFrom(text: string, from: number): boolean {
  return holdsCjk(text, from, text.length);
}

/** Whether the next text after `at`, past whitespace, is a CJK character or "(" (a name). */
function opensName(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return false;
  const c = text.charCodeAt(k);
  return isCjk(c) || c === 0x28;
}

function endsInCjk(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isRegexSpace(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  // A label may close with a bracket or a quote: "因公出国(境)", "“三公”经费".
  return isCjk(c) || c === 0x29 || c === 0x201d;
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/** /^(?:注|说明|备注)/ on the raw text, by character codes. */
function opensNote(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x6ce8) return true;
  const d = text.charCodeAt(1);
  return (c === 0x8bf4 && d === 0x660e) || (c === 0x5907 && d === 0x6ce8);
}

/**
 * A row's last figure read as a code: in 元 a figure such as 35000 or 2150000 has a code's digits,
 * and standing last on its line (nothing after it) it passes for a row of its own with no name and
 * no figures. Given back to the row before it on the same line — on a tab-separated line always; on
 * other lines only in a table that prints whole figures and when the next row is not its child (in
 * PDF text a 类 code can close a line, its 款 rows below it).
 */
export function rejoinTrailingFigures(rows: CodeRow[], body: Line[]): CodeRow[] {
  if (rows.length < 2) return rows;
  let texts: Map<number, string> | null = null;
  let isWholeTable: boolean | undefined;
  let out: CodeRow[] | null = null;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const prev = out === null ? rows[i - 1] : out[out.length - 1];
    if (row.code !== null && row.name === "" && row.values.length === 0 && row.line === row.endLine && prev.endLine === row.line) {
      texts ??= lineTexts(body);
      const text = texts.get(row.line) ?? "";
      const next = rows[i + 1];
      // A code with neither name nor figures, closing the line of the row before, whose next row is
      // none of its children: a figure ("30101 基本工资 330 330" in 万元 without trailing zeros,
      // among figures that keep their decimals), in a table of whole figures or not.
      const isFigure = text.includes("\t") || (!(next?.code?.startsWith(row.code) ?? false) && (row.code.length === 3 || (isWholeTable ??= printsWholeFigures(rows))));
      // The figures as printed: "520 50" closing a line reads as the code 52050, but is two figures.
      const printed = isFigure ? trailingFigures(text, row.code) : null;
      if (printed !== null) {
        out ??= rows.slice(0, i);
        prev.values = [...prev.values, ...printed];
        prev.excerpt = `${prev.excerpt} ${printed.join(" ")}`;
        continue;
      }
    }
    if (out !== null) out.push(row);
  }
  return out ?? rows;
}

function lineTexts(body: Line[]): Map<number, string> {
  const map = new Map<number, string>();
  for (let i = 0; i < body.length; i++) map.set(body[i].no, body[i].text);
  return map;
}

/**
 * The whole numbers closing `text` whose digits, joined, are `code` ("35000", or "520" and "50"
 * for 52050), or null when the line does not end so.
 */
function trailingFigures(text: string, code: string): string[] | null {
  const parts = text.trimEnd().split(WHITESPACE_SPLIT);
  const out: string[] = [];
  let joined = "";
  for (let k = parts.length - 1; k >= 0 && joined.length < code.length; k--) {
    if (!WHOLE_NUMBER.test(parts[k])) return null;
    out.unshift(parts[k]);
    joined = parts[k] + joined;
  }
  return joined === code ? out : null;
}

const WHOLE_NUMBER = /^\d+$/;
const WHITESPACE_SPLIT = /\s+/;

/**
 * The rows print whole figures (a table in 元 without decimals, or one whose spreadsheet dropped
 * trailing zeros: "2600", "612.34"): a whole number of four digits or more, or grouped in thousands,
 * or figures all whole. A 行次 or a "0" for a blank cell among decimals is no sign of it.
 */
function printsWholeFigures(rows: CodeRow[]): boolean {
  let hasDecimals = false;
  let any = false;
  for (const r of rows) {
    for (const v of r.values) {
      if (LARGE_WHOLE.test(v)) return true;
      if (v.includes(".")) hasDecimals = true;
      any = true;
    }
  }
  // A table of small whole figures alone ("850", "50" in 万元).
  return any && !hasDecimals;
}

const LARGE_WHOLE = /^-?(?:\d{4,}|\d{1,3}(?:,\d{3})+)$/;
