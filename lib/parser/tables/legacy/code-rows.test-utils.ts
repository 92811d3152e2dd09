/**
 * The classification-row reader as it was before the speed work (codes read once per match, a
 * row's figures scanned once). Kept only for the property test in code-rows.test.ts.
 */
import { readLevelCellsCode } from "../level-cells";
import type { Line } from "../../types";
import { hasNumberToken, scanNumbers } from "../amounts";
import { isTrailingFigure } from "../code-rows";

/** Which code tree a table's rows are keyed by. */
type CodeScheme = "function" | "economic";

/** One printed row of a classification table, possibly assembled from several source lines. */
interface CodeRow {
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

// 类 3 digits, 款 5, 项 7; also printed as separate columns "208 05 01".
const FUNCTION_CODE = /(?:^|\s)(2[0-3]\d(?: ?\d{2}){0,2})(?=\s*[\u4e00-\u9fa5(]|\s*$)/g;
// 部门预算 economic classification 301…399 (款 5 digits); 政府预算 501…599. Also printed as
// separate 类 | 款 columns "301 01 基本工资".
const ECONOMIC_CODE = /(?:^|\s)([35]\d{2}(?: ?\d{2})?)(?=\s*[\u4e00-\u9fa5(]|\s*$)/g;
// A 款 or 项 cell of a layout that prints only each row's own level ("\t05\t\t行政事业单位养老支出").
const LEVEL_CELL = /^\d{2}$/;
const NAME_START = /^[\u4e00-\u9fa5(]/;
const CODE_CELL = /^[235]\d{2}(?:\d{2}){0,2}(?:\s|$)/;
const TOTAL_LABEL = /^([\u4e00-\u9fa5]{0,6}(?:合计|总计))(?=\s|$|\d|-)/;
const STOP_LINE = /^(?:注|说明|备注)\s*[:\d]/;
const HEADER_WORDS = /科目编码|科目名称|项目编码|栏次|功能分类|经济分类|预算数|决算数|单位:|本年支出|基本支出|项目支出|人员经费|公用经费|^小计/;

interface Segment {
  code: string | null;
  text: string;
  line: number;
  endLine: number;
  hasValues: boolean;
}

/** Whether the next non-blank line starts with a name (Chinese or a bracket). */
function legacyNameFollows(body: Line[], i: number): boolean {
  for (let j = i + 1; j < body.length; j++) {
    const next = body[j].text.trim();
    if (next !== "") return /^[\u4e00-\u9fa5(]/.test(next);
  }
  return false;
}

/** A code-like figure alone between cells printed one per line (a figure or name before, a figure after). */
function isLoneFigureNotCode(body: Line[], i: number): boolean {
  const before = body.slice(0, i).map((l) => l.text.trim()).filter((t) => t !== "").pop();
  const after = body.slice(i + 1).map((l) => l.text.trim()).find((t) => t !== "");
  if (before === undefined || after === undefined) return false;
  return (/^-?\d[\d,]*(?:\.\d+)?$/.test(before) || /^[\u4e00-\u9fa5()、]+$/.test(before)) && /^-?\d[\d,]*(?:\.\d+)?$/.test(after);
}

/**
 * Reads classification rows from a table body whose cells PDF extraction may have flattened
 * (several rows of a multi-column layout on one line, a name wrapped over lines, figures on the
 * line after the name). A row starts at each code (or a 合计 label) and runs to the next one.
 * Text that follows a row's figures is taken as the tail of a wrapped name only when short, so
 * headers that PDF text repeats after the rows do not leak into names.
 */
export function legacyReadCodeRows(body: Line[], scheme: CodeScheme): CodeRow[] {
  const pattern = scheme === "function" ? FUNCTION_CODE : ECONOMIC_CODE;
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const parent: ParentCodes = { lei: null, kuan: null, column: -1 };
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    const text = (l.text.includes("\t") ? l.text.replace(TAB_RUN, " ") : l.text).trim();
    if (text === "") continue;
    if (STOP_LINE.test(text)) {
      if (segments.length > 0) break;
      continue;
    }
    let codes = findCodes(text, pattern);
    // A line that holds only an economic code with no name under it is a whole figure.
    // (In a function table only once a row is under way.)
    if ((scheme === "economic" || current) && codes.length === 1 && (codes[0].index ?? 0) === 0 && codes[0][0].length === text.length && !legacyNameFollows(body, body.indexOf(l))) codes = [];
    // Added with the General-format 万元 tables (shared with the reader): a whole figure ending a row.
    if (codes.length > 0) {
      const last = codes[codes.length - 1];
      const start = (last.index ?? 0) + last[0].indexOf(last[1]);
      const from = codes.length > 1 ? (codes[codes.length - 2].index ?? 0) + codes[codes.length - 2][0].length : 0;
      if (start > 0 && start + last[1].length === text.length && isTrailingFigure(text.slice(from, last.index ?? 0), last[1].replace(/ /g, ""), body, i)) codes = codes.slice(0, -1);
    }
    const label = codes.length === 0 || (codes[0].index ?? 0) > 0 ? TOTAL_LABEL.exec(text) : null;
    if (codes.length > 0) rememberParent(parent, l.text, codes[codes.length - 1][1].replace(/ /g, ""));
    if (codes.length === 0 && !label && parent.column >= 0) {
      const carried = readCarriedCode(l.text, scheme, parent);
      if (carried !== null) {
        rememberParent(parent, "", carried.code);
        current = startSegment(segments, carried.code, carried.rest, l.no);
        continue;
      }
    }
    // Added with split codes whose blank 类/款 cells are left out (shared with the reader).
    if (codes.length === 0 && !label && !l.text.includes("\t")) {
      const carried = readLevelCellsCode(text, scheme, parent.kuan ?? parent.lei);
      if (carried !== null) {
        rememberParent(parent, "", carried.code);
        current = startSegment(segments, carried.code, carried.rest, l.no);
        continue;
      }
    }
    if (current && codes.length === 1 && text === codes[0][1] && !text.includes(" ") && isLoneFigureNotCode(body, i)) {
      appendContinuation(current, text, l.no);
      continue;
    }
    if (codes.length === 0 && !label) {
      if (!current) continue;
      if (segments.length > 0 && current.hasValues && HEADER_WORDS.test(text)) {
        current = null;
        continue;
      }
      appendContinuation(current, text, l.no);
      continue;
    }
    let cursor = 0;
    if (label && (codes.length === 0 || (codes[0].index ?? 0) >= label[0].length)) {
      const endOfLabelRow = codes.length > 0 ? codes[0].index ?? text.length : text.length;
      current = startSegment(segments, null, text.slice(0, endOfLabelRow), l.no);
      cursor = endOfLabelRow;
    } else if (codes.length > 0 && (codes[0].index ?? 0) > 0 && current) {
      appendContinuation(current, text.slice(0, codes[0].index), l.no);
    }
    for (let k = 0; k < codes.length; k++) {
      const m = codes[k];
      const start = (m.index ?? 0) + m[0].indexOf(m[1]);
      if (start < cursor) continue;
      const stop = k + 1 < codes.length ? codes[k + 1].index ?? text.length : text.length;
      current = startSegment(segments, m[1].replace(/ /g, ""), text.slice(start + m[1].length, stop), l.no);
    }
  }
  return segments.map(toRow).filter((r): r is CodeRow => r !== null);
}

const TAB_RUN = /\t+/g;
const NO_CODES: RegExpExecArray[] = [];

/** The code tokens of a line, in order (a code needs a digit: most lines are out at once). */
function findCodes(text: string, pattern: RegExp): RegExpExecArray[] {
  let out = NO_CODES;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!isCodeToken(m[1])) continue;
    if (out === NO_CODES) out = [];
    out.push(m);
  }
  return out;
}

/** The 类 and 款 the rows above sit under, and the tab column the 类 code is printed in. */
interface ParentCodes {
  lei: string | null;
  kuan: string | null;
  /** Cell index of the code column on tab-separated rows, -1 until a tab row with a code is seen. */
  column: number;
}

function countLeadingTabs(raw: string): number {
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) === 9) k++;
  return k;
}

function rememberParent(parent: ParentCodes, raw: string, code: string): void {
  parent.lei = code.slice(0, 3);
  parent.kuan = code.length >= 5 ? code.slice(0, 5) : null;
  if (raw.includes("\t")) parent.column = findCodeCell(raw);
}

/** The index of the first tab-separated cell that holds a code, or -1 (no array of cells built). */
function findCodeCell(raw: string): number {
  let start = 0;
  for (let cell = 0; ; cell++) {
    const tab = raw.indexOf("\t", start);
    const stop = tab < 0 ? raw.length : tab;
    // A code cell opens with a digit once trimmed: empty and name cells are out without a slice.
    if (stop > start && CODE_CELL.test(raw.slice(start, stop).trim())) return cell;
    if (tab < 0) return -1;
    start = tab + 1;
  }
}

/**
 * A row of a tab-separated layout that prints only its own level: "208" on the 类 row, then
 * "\t05\t\t行政事业单位养老支出" (款) and "\t\t05\t机关事业单位…" (项). The cell the two digits sit
 * in says the level; the 类 and 款 above complete the code (20805, 2080505). Economic codes have
 * a 款 level only (301 → 30101).
 */
function readCarriedCode(raw: string, scheme: CodeScheme, parent: ParentCodes): { code: string; rest: string } | null {
  if (parent.lei === null || !raw.includes("\t")) return null;
  const cells = raw.split("\t");
  let k = countLeadingTabs(raw);
  const depth = k - parent.column;
  if (depth < 1 || depth > (scheme === "function" ? 2 : 1) || k >= cells.length) return null;
  const first = cells[k].trim();
  if (!LEVEL_CELL.test(first)) return null;
  let code: string;
  if (depth === 1) {
    code = parent.lei + first;
    // "\t05\t05\t名称": a 项 row printing its 款 too.
    if (scheme === "function" && k + 1 < cells.length && LEVEL_CELL.test(cells[k + 1].trim())) code += cells[++k].trim();
  } else {
    if (parent.kuan === null) return null;
    code = parent.kuan + first;
  }
  const rest = cells
    .slice(k + 1)
    .filter((c) => c.trim() !== "")
    .join(" ")
    .trim();
  return NAME_START.test(rest) ? { code, rest } : null;
}

function isCodeToken(raw: string): boolean {
  const digits = raw.replace(/ /g, "");
  return digits.length === 3 || digits.length === 5 || digits.length === 7;
}

function startSegment(segments: Segment[], code: string | null, text: string, no: number): Segment {
  const seg: Segment = { code, text: text.trim(), line: no, endLine: no, hasValues: hasAmounts(text) };
  segments.push(seg);
  return seg;
}

function appendContinuation(seg: Segment, text: string, no: number): void {
  const t = text.trim();
  // Session 7: a line with a 13+ digit identifier (监督索引号 running header) is no row tail.
  if (t === "" || /\d{13}/.test(t)) return;
  const isNameTail = /^[\u4e00-\u9fa5()、]+$/.test(t);
  if (seg.hasValues && isNameTail && (t.length > 8 || HEADER_WORDS.test(t) || /表$/.test(t))) return;
  if (seg.hasValues && !isNameTail && !hasAmounts(t)) return;
  // "1,219." + "14": an amount wrapped at its decimal point.
  const glue = /\d[.,]$/.test(seg.text) && /^\d/.test(t) ? "" : " ";
  seg.text = `${seg.text}${glue}${t}`;
  seg.endLine = no;
  if (hasAmounts(t)) seg.hasValues = true;
}

function hasAmounts(text: string): boolean {
  return hasNumberToken(text);
}

function toRow(seg: Segment): CodeRow | null {
  // A row's joined text is read once: no memo.
  const numbers = scanNumbers(seg.text);
  const values = numbers.map((n) => n.raw);
  let name = "";
  let last = 0;
  for (const n of numbers) {
    name += seg.text.slice(last, n.index);
    last = n.end;
  }
  name += seg.text.slice(last);
  name = trimDashes(WHITESPACE.test(name) ? name.replace(WHITESPACE_RUN, "") : name);
  // Added after the speed work: a rate column is no part of the name.
  name = name.replace(/-?\d+(?:\.\d+)?%/g, "");
  if (seg.code === null && !/合计|总计/.test(name)) return null;
  return {
    code: seg.code,
    name,
    values,
    line: seg.line,
    endLine: seg.endLine,
    excerpt: `${seg.code ?? ""} ${seg.text}`.trim(),
  };
}

const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/g;

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

/** The former code tokens of a line (the regex matches), in the shape findCodes now returns. */
export function legacyFindCodeTokens(text: string, scheme: CodeScheme): Array<{ index: number; end: number; code: string; start: number }> {
  return findCodes(text, scheme === "function" ? FUNCTION_CODE : ECONOMIC_CODE).map((m) => {
    const end = m.index + m[0].length;
    return { index: m.index, end, code: m[1].replace(/ /g, ""), start: end - m[1].length };
  });
}
