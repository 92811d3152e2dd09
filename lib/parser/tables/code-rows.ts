import type { Line } from "../types";
import { hasNumberToken, scanNumbers, type NumberToken } from "./amounts";
import { isRegexSpace } from "../regex-space";
import { readLevelCellsCode } from "./level-cells";

/** Which code tree a table's rows are keyed by. */
export type CodeScheme = "function" | "economic";

/** One printed row of a classification table, possibly assembled from several source lines. */
export interface CodeRow {
  /** Code without spaces ("2101301"), or null for a 合计/总计 row. */
  code: string | null;
  /** Name as printed (wrapped pieces joined), or the label of a 合计 row. */
  name: string;
  /** Amounts as printed, in column order, blanks left out. */
  values: string[];
  line: number;
  endLine: number;
  excerpt: string;
}

// The codes a row opens with, as regexes (read by hand in findCodes):
// 类 3 digits, 款 5, 项 7; also printed as separate columns "208 05 01".
//   FUNCTION_CODE = /(?:^|\s)(2[0-3]\d(?: ?\d{2}){0,2})(?=\s*[\u4e00-\u9fa5(]|\s*$)/g
// 部门预算 economic classification 301…399 (款 5 digits); 政府预算 501…599. Also printed as
// separate 类 | 款 columns "301 01 基本工资".
//   ECONOMIC_CODE = /(?:^|\s)([35]\d{2}(?: ?\d{2})?)(?=\s*[\u4e00-\u9fa5(]|\s*$)/g
// A 款 or 项 cell of a layout that prints only each row's own level ("\t05\t\t行政事业单位养老支出").
const LEVEL_CELL = /^\d{2}$/;
const NAME_START = /^[\u4e00-\u9fa5(]/;
const CODE_CELL = /^[235]\d{2}(?:\d{2}){0,2}(?:\s|$)/;
const TOTAL_LABEL = /^([\u4e00-\u9fa5]{0,6}(?:合计|总计))(?=\s|$|\d|-)/;
const STOP_LINE = /^(?:注|说明|备注)\s*[:\d]/;
const HEADER_WORDS = /科目编码|科目名称|项目编码|栏次|功能分类|经济分类|预算数|决算数|单位:|本年支出|基本支出|项目支出|人员经费|公用经费|^小计/;
const NAME_TAIL = /^[\u4e00-\u9fa5()、]+$/;
const TOTAL_WORD = /合计|总计/;
const TAB_RUN = /\t+/g;
const SPACES = / /g;
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/g;

interface Segment {
  code: string | null;
  text: string;
  line: number;
  endLine: number;
  hasValues: boolean;
  /** The figures of `text` while it is one piece (scanned when the row starts); null once extended. */
  numbers: NumberToken[] | null;
}

/** A code found in a line: where its match starts, where its digits sit, and the digits alone. */
export interface CodeToken {
  /** Index of the match (a leading space included). */
  index: number;
  /** Index just past the printed code. */
  end: number;
  /** Digits only ("208 05 01" → "2080501"). */
  code: string;
  /** Index of the code's first digit. */
  start: number;
}

/**
 * Whether the next line that holds text opens with a name. A table printed one cell per line puts
 * a row's name under its code; a line that holds only a 3- or 5-digit number with figures under it
 * is a whole figure ("380" under 人员经费), not an economic code.
 */
function nameFollows(body: Line[], i: number): boolean {
  for (let j = i + 1; j < body.length; j++) {
    const next = trimmed(body[j].text);
    if (next !== "") return NAME_START.test(next);
  }
  return false;
}

/**
 * Reads classification rows from a table body whose cells PDF extraction may have flattened
 * (several rows of a multi-column layout on one line, a name wrapped over lines, figures on the
 * line after the name). A row starts at each code (or a 合计 label) and runs to the next one.
 * Text that follows a row's figures is taken as the tail of a wrapped name only when short, so
 * headers that PDF text repeats after the rows do not leak into names.
 */
export function readCodeRows(body: Line[], scheme: CodeScheme): CodeRow[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const parent: ParentCodes = { code: null, column: -1 };
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    const hasTab = l.text.includes("\t");
    const text = hasTab ? l.text.replace(TAB_RUN, " ").trim() : trimmed(l.text);
    if (text === "") continue;
    if (isStopLine(text)) {
      if (segments.length > 0) break;
      continue;
    }
    let codes = findCodes(text, scheme);
    // A code alone on its line with no name under it is a whole figure: always in an economic table;
    // in a function table once a row is under way (a row's last figure, "208" in 万元, before the
    // next row printed "2210201 住房公积金" or the table's end).
    if (codes.length === 1 && codes[0].start === 0 && codes[0].end === text.length && (scheme === "economic" || current !== null) && !nameFollows(body, i)) codes = NO_CODES;
    if (codes.length > 0 && codes[codes.length - 1].end === text.length && codes[codes.length - 1].index > 0) codes = dropTrailingFigure(text, codes, body, i);
    const label = codes.length === 0 || codes[0].index > 0 ? readTotalLabel(text) : null;
    if (codes.length > 0) rememberParent(parent, hasTab ? l.text : "", codes[codes.length - 1].code);
    if (codes.length === 0 && label === null && parent.column >= 0) {
      const carried = readCarriedCode(l.text, scheme, parent);
      if (carried !== null) {
        rememberParent(parent, "", carried.code);
        current = startSegment(segments, carried.code, carried.rest, 0, carried.rest.length, l.no);
        continue;
      }
    }
    if (codes.length === 0 && label === null && !hasTab) {
      // "05 统计信息事务" under "201 一般公共服务支出": a split code's blank 类 (and 款) cells.
      const carried = readLevelCellsCode(text, scheme, parent.code);
      if (carried !== null) {
        rememberParent(parent, "", carried.code);
        current = startSegment(segments, carried.code, carried.rest, 0, carried.rest.length, l.no);
        continue;
      }
    }
    if (current !== null && codes.length === 1 && isLoneFigureNotCode(text, codes[0], body, i)) {
      // One cell per line: a whole figure ("220", "2200000") that reads like a code but is followed
      // by another figure, not by a name, is the row's figure.
      appendContinuation(current, text, l.no);
      continue;
    }
    if (codes.length === 0 && label === null) {
      if (!current) continue;
      if (segments.length > 0 && current.hasValues && HEADER_WORDS.test(text)) {
        current = null;
        continue;
      }
      appendContinuation(current, text, l.no);
      continue;
    }
    let cursor = 0;
    if (label !== null && (codes.length === 0 || codes[0].index >= label.length)) {
      const endOfLabelRow = codes.length > 0 ? codes[0].index : text.length;
      current = startSegment(segments, null, text, 0, endOfLabelRow, l.no);
      cursor = endOfLabelRow;
    } else if (codes.length > 0 && codes[0].index > 0 && current) {
      appendContinuation(current, text.slice(0, codes[0].index), l.no);
    }
    for (let k = 0; k < codes.length; k++) {
      const c = codes[k];
      if (c.start < cursor) continue;
      const stop = k + 1 < codes.length ? codes[k + 1].index : text.length;
      current = startSegment(segments, c.code, text, c.end, stop, l.no);
    }
  }
  const rows: CodeRow[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const row = toRow(seg);
    if (row !== null) rows.push(row);
  }
  return rows;
}

/**
 * True when the line is a code-like number alone (no name after it) between cells printed one per
 * line: the line before is a figure alone or a name alone, and the line after a figure alone. In
 * such a table a code's line is followed by its name.
 */
function isLoneFigureNotCode(text: string, code: CodeToken, body: Line[], i: number): boolean {
  if (code.index !== 0 || code.end !== text.length || code.code.length !== text.length) return false;
  let j = i - 1;
  while (j >= 0 && body[j].text.trim() === "") j--;
  if (j < 0) return false;
  const before = body[j].text.trim();
  if (!LONE_FIGURE.test(before) && !NAME_TAIL.test(before)) return false;
  for (let k = i + 1; k < body.length; k++) {
    const next = body[k].text;
    if (next.trim() === "") continue;
    return LONE_FIGURE.test(next);
  }
  return false;
}

const LONE_FIGURE = /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/;

/**
 * "201 一般公共服务支出 812.35 598.35 214": a whole figure that ends a row after its name and
 * figures reads like a code (214 交通运输支出) but opens no row when no name follows it.
 */
function dropTrailingFigure(text: string, codes: CodeToken[], body: Line[], i: number): CodeToken[] {
  const last = codes[codes.length - 1];
  const from = codes.length > 1 ? codes[codes.length - 2].end : 0;
  if (!isTrailingFigure(text.slice(from, last.index), last.code, body, i)) return codes;
  return codes.length === 1 ? NO_CODES : codes.slice(0, -1);
}

/**
 * Whether a code-like number that ends line i, after `before` (the row's text up to it), is the
 * row's last figure: a name and a figure come before it, and the next line opens neither with a
 * name (a name wrapped under its code) nor with one of its child codes ("合计 4300000 213" above
 * "21302 林业和草原").
 */
export function isTrailingFigure(before: string, code: string, body: Line[], i: number): boolean {
  if (!CJK_CHAR.test(before) || !hasNumberToken(before)) return false;
  for (let j = i + 1; j < body.length; j++) {
    const next = trimmed(body[j].text);
    if (next === "") continue;
    return !NAME_START.test(next) && !(next.startsWith(code) && next.length > code.length && isDigitCode(next.charCodeAt(code.length)));
  }
  return true;
}

const CJK_CHAR = /[\u4e00-\u9fa5]/;

/** text.trim(), without the call when neither end is whitespace (most lines). */
function trimmed(text: string): string {
  const n = text.length;
  if (n > 0 && !isRegexSpace(text.charCodeAt(0)) && !isRegexSpace(text.charCodeAt(n - 1))) return text;
  return text.trim();
}

/** STOP_LINE, on a trimmed text: a note opens with 注, 说 or 备 (one character code first). */
function isStopLine(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x6ce8 || c === 0x8bf4 || c === 0x5907) && STOP_LINE.test(text);
}

/** The 合计/总计 label a trimmed line opens with (TOTAL_LABEL), or null; it opens with a CJK character. */
function readTotalLabel(text: string): string | null {
  const c = text.charCodeAt(0);
  if (c < 0x4e00 || c > 0x9fa5) return null;
  // The label's 合计/总计 ends by its 8th character: most lines (names) hold no 计 so early.
  if (!hasTotalEndEarly(text)) return null;
  const m = TOTAL_LABEL.exec(text);
  return m ? m[0] : null;
}

/** True when 计 stands at index 1–7 of the text (where TOTAL_LABEL's 合计/总计 must end). */
function hasTotalEndEarly(text: string): boolean {
  const stop = Math.min(text.length, 8);
  for (let k = 1; k < stop; k++) if (text.charCodeAt(k) === 0x8ba1) return true;
  return false;
}

const NO_CODES: CodeToken[] = [];

/**
 * The code tokens of a line, in order: the matches of FUNCTION_CODE (or ECONOMIC_CODE), read by
 * hand one character code at a time as the regex engine reads them (see codeEnd), whose digits
 * count 3, 5 or 7 once spaces are dropped. A match starts at the line's start ("^", the code at 0)
 * or at a whitespace character just before the code ("\s", the code one further on), so trying
 * each place a code could open, in order, meets the matches in the engine's order; a place is
 * tried only where a code's first digit stands. The search goes on where the last match ended.
 */
export function findCodes(text: string, scheme: CodeScheme): CodeToken[] {
  const groups = scheme === "function" ? 2 : 1;
  let out = NO_CODES;
  // The first place a code may open: 0 ("^") at the line's start, else one past a whitespace
  // character at or after where the last match ended.
  let at = 0;
  while (at < text.length) {
    let end = -1;
    for (; at < text.length; at++) {
      // A function code opens with "2": indexOf finds the next one faster than a loop.
      if (scheme === "function") {
        at = text.indexOf("2", at);
        if (at < 0) return out;
      } else if (!opensCode(text.charCodeAt(at), scheme)) continue;
      if (at > 0 && !isRegexSpace(text.charCodeAt(at - 1))) continue;
      end = codeEnd(text, at, scheme, groups);
      if (end >= 0) break;
    }
    if (end < 0) return out;
    // The "^" branch matches at 0 itself; the "\s" branch takes the whitespace before the code.
    const index = at === 0 ? 0 : at - 1;
    const printed = text.slice(at, end);
    // Only a code printed as separate columns ("208 05") holds spaces; three digits never do.
    const code = printed.length > 3 && printed.includes(" ") ? printed.replace(SPACES, "") : printed;
    if (code.length === 3 || code.length === 5 || code.length === 7) {
      if (out === NO_CODES) out = [];
      out.push({ index, end, code, start: at });
    }
    // The next match's whitespace is at `end` or later, so its code at end + 1 or later.
    at = end + 1;
  }
  return out;
}

/** The first digit of a code: 2 (function) or 3 and 5 (economic). */
function opensCode(c: number, scheme: CodeScheme): boolean {
  return scheme === "function" ? c === 0x32 : c === 0x33 || c === 0x35;
}

/**
 * Where the code that FUNCTION_CODE (or ECONOMIC_CODE) reads at text[at] ends, or -1: 2[0-3]\d
 * (or [35]\d{2}), then as many of up to `groups` " ?\d{2}" as follow, backing off one group at a
 * time until what follows is (after any whitespace) a CJK character, "(" or the line's end.
 */
function codeEnd(text: string, at: number, scheme: CodeScheme, groups: number): number {
  if (at + 3 > text.length) return -1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  const opens = scheme === "function" ? first === 0x32 && second >= 0x30 && second <= 0x33 : (first === 0x33 || first === 0x35) && isDigitCode(second);
  if (!opens || !isDigitCode(text.charCodeAt(at + 2))) return -1;
  const bare = at + 3;
  const one = groupEnd(text, bare);
  const two = one >= 0 && groups >= 2 ? groupEnd(text, one) : -1;
  if (two >= 0 && isCodeFollower(text, two)) return two;
  if (one >= 0 && isCodeFollower(text, one)) return one;
  return isCodeFollower(text, bare) ? bare : -1;
}

/** Where " ?\d{2}" read at text[at] ends, or -1 (the space is optional; only one reading can fit). */
function groupEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x20 && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2))) return at + 3;
  if (isDigitCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1))) return at + 2;
  return -1;
}

/** The codes' lookahead, (?=\s*[\u4e00-\u9fa5(]|\s*$), at text[at]. */
function isCodeFollower(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return true;
  const c = text.charCodeAt(k);
  return (c >= 0x4e00 && c <= 0x9fa5) || c === 0x28;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The code of the row above (its 类 and 款 parent the rows below), and the tab column codes sit in. */
interface ParentCodes {
  code: string | null;
  /** Cell index of the code column on tab-separated rows, -1 until a tab row with a code is seen. */
  column: number;
}

function countLeadingTabs(raw: string): number {
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) === 9) k++;
  return k;
}

/** Remembers a row's code; `tabbedRaw` is the raw line when it holds a tab, else "". */
function rememberParent(parent: ParentCodes, tabbedRaw: string, code: string): void {
  parent.code = code;
  if (tabbedRaw !== "") parent.column = findCodeCell(tabbedRaw);
}

/** The index of the first tab-separated cell that holds a code, or -1 (no array of cells built). */
function findCodeCell(raw: string): number {
  let start = 0;
  for (let cell = 0; ; cell++) {
    const tab = raw.indexOf("\t", start);
    const stop = tab < 0 ? raw.length : tab;
    // A code cell opens with 2, 3 or 5 once trimmed (CODE_CELL): other cells are out without a slice.
    if (opensWithCodeDigit(raw, start, stop) && CODE_CELL.test(raw.slice(start, stop).trim())) return cell;
    if (tab < 0) return -1;
    start = tab + 1;
  }
}

/** True when the first character of raw[start, stop) that trim keeps is 2, 3 or 5. */
function opensWithCodeDigit(raw: string, start: number, stop: number): boolean {
  for (let k = start; k < stop; k++) {
    const c = raw.charCodeAt(k);
    if (isRegexSpace(c)) continue;
    return c === 0x32 || c === 0x33 || c === 0x35;
  }
  return false;
}

/**
 * A row of a tab-separated layout that prints only its own level: "208" on the 类 row, then
 * "\t05\t\t行政事业单位养老支出" (款) and "\t\t05\t机关事业单位…" (项). The cell the two digits sit
 * in says the level; the 类 and 款 above complete the code (20805, 2080505). Economic codes have
 * a 款 level only (301 → 30101).
 */
function readCarriedCode(raw: string, scheme: CodeScheme, parent: ParentCodes): { code: string; rest: string } | null {
  if (parent.code === null || !raw.includes("\t")) return null;
  const cells = raw.split("\t");
  let k = countLeadingTabs(raw);
  const depth = k - parent.column;
  if (depth < 1 || depth > (scheme === "function" ? 2 : 1) || k >= cells.length) return null;
  const first = cells[k].trim();
  if (!LEVEL_CELL.test(first)) return null;
  let code: string;
  if (depth === 1) {
    code = parent.code.slice(0, 3) + first;
    // "\t05\t05\t名称": a 项 row printing its 款 too.
    if (scheme === "function" && k + 1 < cells.length && LEVEL_CELL.test(cells[k + 1].trim())) code += cells[++k].trim();
  } else {
    if (parent.code.length < 5) return null;
    code = parent.code.slice(0, 5) + first;
  }
  const rest = cells
    .slice(k + 1)
    .filter((c) => c.trim() !== "")
    .join(" ")
    .trim();
  return NAME_START.test(rest) ? { code, rest } : null;
}

/** Starts a row at text[from, to), trimmed. */
function startSegment(segments: Segment[], code: string | null, text: string, from: number, to: number, no: number): Segment {
  const trimmed = visiblePart(text, from, to);
  // The figures of a trimmed text are those of the text (trim takes only spaces round them): read
  // once here, they serve toRow too unless the row is extended.
  const numbers = scanNumbers(trimmed);
  const seg: Segment = { code, text: trimmed, line: no, endLine: no, hasValues: numbers.length > 0, numbers };
  segments.push(seg);
  return seg;
}

function appendContinuation(seg: Segment, text: string, no: number): void {
  const t = text.trim();
  if (t === "" || hasIdentifierRun(t)) return;
  const isNameTail = NAME_TAIL.test(t);
  if (seg.hasValues && isNameTail && (t.length > 8 || HEADER_WORDS.test(t) || t.endsWith("表"))) return;
  // A name tail holds no digit, so no figure.
  const hasValues = !isNameTail && hasNumberToken(t);
  if (seg.hasValues && !isNameTail && !hasValues) return;
  // "1,219." + "14": an amount wrapped at its decimal point (/\d[.,]$/ then /^\d/).
  const glue = endsInCutFigure(seg.text) && isDigitCode(t.charCodeAt(0)) ? "" : " ";
  seg.text = `${seg.text}${glue}${t}`;
  seg.numbers = null;
  seg.endLine = no;
  if (hasValues) seg.hasValues = true;
}

/**
 * True for a line holding a run of 13 or more digits (a running header "监督索引号53252400000000000",
 * a document number): no department's amount has 13 integer digits even in 元, and a wrapped
 * figure is cut at a point or comma, so such a line is neither a row's tail nor its figures.
 */
function hasIdentifierRun(text: string): boolean {
  if (text.length < 13) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigitCode(text.charCodeAt(i))) {
      if (++run >= 13) return true;
    } else run = 0;
  }
  return false;
}

/** /\d[.,]$/: the text ends in a digit and a point or comma. */
function endsInCutFigure(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const last = text.charCodeAt(n - 1);
  return (last === 0x2e || last === 0x2c) && isDigitCode(text.charCodeAt(n - 2));
}

const PERCENT_CELL = /-?\d+(?:\.\d+)?%/g;

function toRow(seg: Segment): CodeRow | null {
  const text = seg.text;
  const numbers = seg.numbers ?? scanNumbers(text);
  const values: string[] = [];
  // The name is the text between the figures, whitespace dropped: each gap is taken without the
  // whitespace at its ends (a gap of whitespace alone adds nothing), what is left inside it below.
  let name = "";
  let last = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    name += visiblePart(text, last, n.index);
    values.push(n.raw);
    last = n.end;
  }
  name = last === 0 ? text : name + visiblePart(text, last, text.length);
  name = trimDashes(WHITESPACE.test(name) ? name.replace(WHITESPACE_RUN, "") : name);
  // A rate column ("增减率 5.00%") is no figure and no part of the name.
  if (name.includes("%")) name = name.replace(PERCENT_CELL, "");
  if (seg.code === null && !TOTAL_WORD.test(name)) return null;
  return {
    code: seg.code,
    name,
    values,
    line: seg.line,
    endLine: seg.endLine,
    excerpt: excerptOf(seg),
  };
}

/**
 * `${code ?? ""} ${text}`.trim(): a code holds no space and a row's text never ends in one (its
 * pieces are trimmed), though it may start with one (a first piece left empty).
 */
function excerptOf(seg: Segment): string {
  if (seg.code === null) return seg.text.trim();
  return seg.text === "" ? seg.code : `${seg.code} ${seg.text}`;
}

/** text[from, to) without the whitespace at its ends ("" when nothing else is left). */
function visiblePart(text: string, from: number, to: number): string {
  while (from < to && isRegexSpace(text.charCodeAt(from))) from++;
  while (to > from && isRegexSpace(text.charCodeAt(to - 1))) to--;
  return from === to ? "" : text.slice(from, to);
}

/** The name without leading or trailing "-"/"—" (a blank cell's dash). */
function trimDashes(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && isDash(name.charCodeAt(start))) start++;
  while (end > start && isDash(name.charCodeAt(end - 1))) end--;
  return start === 0 && end === name.length ? name : name.slice(start, end);
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2014;
}
