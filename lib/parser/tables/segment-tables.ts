import type { Line, SourceUnit, TableKind } from "../types";
import { findNumbers, type NumberToken } from "./amounts";
import type { BlockReading } from "./classification-tables";
import type { LabelTexts } from "./summary-figures";
import { isRegexSpace } from "../regex-space";
import { hasWholeFigures } from "./whole-figures";
import { isTableNumberLine, matchTitle, mayEndTitle, type TitleMatch } from "./table-titles";

/** One table of the document: its title and the lines printed under it. */
export interface TableBlock {
  kind: TableKind;
  title: string;
  number: string | null;
  unit: SourceUnit | null;
  /** Title lines (index into the document's lines). */
  titleStart: number;
  titleEnd: number;
  /** Lines under the title, up to the next table or part heading. */
  body: Line[];
  /** Source line numbers spanned (title included). */
  line: number;
  endLine: number;
  isEmpty: boolean;
  noneNote: string | null;
  /**
   * What the readers work out about the block, kept on the block for its lifetime (see readingOf
   * and readLabelTexts). Not a module-level WeakMap keyed on blocks: V8's young-generation GC
   * keeps the values of an old WeakMap alive, so each document's rows and strings were copied
   * into the old generation, scavenge after scavenge.
   */
  reading?: BlockReading;
  labelTexts?: LabelTexts;
}

// Leading whitespace allowed: the same as testing the trimmed line.
const PART_HEADING = /^\s*第[一二三四五六七八九十]{1,2}部分/;
const NONE_NOTE = /(?:未安排|没有|无|未编制|不涉及|为空)[^，。]{0,30}(?:收入|支出|经费|预算|项目|空表)|空表/;
const NOTE_SUBJECT = /^(?:注|说明|备注|本部门|本单位|我单位|我部门|本表|\d{4}\s*年)/;
// NOTE_SUBJECT on the raw line: trim takes what ^\s* skips, and a tab made a space is \s all the same.
const RAW_NOTE_SUBJECT = /^\s*(?:注|说明|备注|本部门|本单位|我单位|我部门|本表|\d{4}\s*年)/;
const NOTE_LABEL = /^(?:注|说明|备注)\s*:?\s*/;
// "单位：万元", "金额单位：人民币元", "单位（万元）".
const UNIT_BEFORE_WORD = /单位[:(](?:人民币)?(万元|元)(?![\u4e00-\u9fa5])/;
const UNIT_AT_END = /单位:(?:人民币)?(万元|元)$/;
const UNIT_OPENING = /^(?:人民币)?(万元|元)(?![\u4e00-\u9fa5])/;
// Only an amount column's header: "单价(元)" in a form says nothing of the table's amounts.
const UNIT_IN_HEADER = /(?:合计|预算数|决算数|金额|支出|收入)\((?:人民币)?(万元|元)\)/;
const WHITESPACE_RUN = /\s+/g;

/**
 * Splits the document into tables by their titles. A title without a number, a year or a 部门
 * prefix that repeats the current table's kind is page furniture (PDF text often prints the
 * title again after the rows) and does not start a new table. Titles that appear twice with no
 * rows the first time (a table of contents, a heading above "附表 1") are merged away by
 * `dropEmptyDuplicates`.
 */
export function segmentTables(lines: Line[]): TableBlock[] {
  const titles: TitleMatch[] = [];
  // A title ends this line or the next like a title does (see mayEndTitle): one character code
  // per line, each line's carried over to the step that reads the line before it.
  const n = lines.length;
  let nextMayEnd = n > 0 && mayEndTitle(lines[0].text);
  for (let i = 0; i < n; i++) {
    const mayEnd = nextMayEnd;
    nextMayEnd = i + 1 < n && mayEndTitle(lines[i + 1].text);
    // Most lines are out without the call; so is a line that cannot end a title before a line too
    // long to finish one (matchTitle joins only a next line of at most 14 characters, trimmed).
    if (!mayEnd && (!nextMayEnd || trimmedLength(lines[i + 1].text) > 14)) continue;
    const m = matchTitle(lines, i);
    if (!m) continue;
    const current = titles[titles.length - 1];
    const isFurniture =
      current !== undefined && !m.isStrong && m.kind === current.kind && m.kind !== "performance-project";
    if (!isFurniture) titles.push(m);
    // The title's lines are skipped: the next step reads line m.end + 1.
    i = m.end;
    nextMayEnd = i + 1 < n && mayEndTitle(lines[i + 1].text);
  }
  const blocks: TableBlock[] = [];
  for (let t = 0; t < titles.length; t++) {
    const title = titles[t];
    const stop = t + 1 < titles.length ? titles[t + 1].start : lines.length;
    // The body runs to a part heading or the next table; table number lines are left out.
    const start = title.end + 1;
    let end = stop;
    let numberLines: number[] | null = null;
    // The body lines that open like a note (see findNoneNote), told by the same character code.
    let noteLike: Line[] | null = null;
    for (let i = start; i < stop; i++) {
      const text = lines[i].text;
      // A part heading opens with 第 once trimmed, a table number line with 公, 附 or 表 (see
      // NUMBER_ONLY): one character code, not a scan of the line.
      const c = firstVisibleCode(text);
      if (c === 0x7b2c && PART_HEADING.test(text)) {
        end = i;
        break;
      }
      // A table number belongs to a title (this one or the next), never to a row.
      if ((c === 0x516c || c === 0x9644 || c === 0x8868) && isTableNumberLine(text)) {
        (numberLines ??= []).push(i);
        continue;
      }
      if (isNoteStart(c)) (noteLike ??= []).push(lines[i]);
    }
    const body = numberLines === null ? lines.slice(start, end) : linesExcept(lines, start, end, numberLines);
    const lastLine = body.length > 0 ? body[body.length - 1].no : lines[title.end].no;
    blocks.push({
      kind: title.kind,
      title: title.title,
      number: title.number,
      unit: findUnitIn(body, Math.min(body.length, 8), lines[title.start].text),
      titleStart: title.start,
      titleEnd: title.end,
      body,
      line: lines[title.start].no,
      endLine: lastLine,
      isEmpty: !hasFigures(body, title.kind),
      noneNote: noteLike === null ? null : findNoneNote(noteLike),
      // (Declared here, filled on first use: every block then has one shape.)
      reading: undefined,
      labelTexts: undefined,
    });
  }
  return dropEmptyDuplicates(blocks);
}

/** text.trim().length, without building the trimmed text. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isRegexSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** lines[start, end) without the lines at the indexes in `left` (ascending). */
function linesExcept(lines: Line[], start: number, end: number, left: number[]): Line[] {
  const out: Line[] = [];
  let next = 0;
  for (let i = start; i < end; i++) {
    if (next < left.length && left[next] === i) {
      next++;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

/** Reads "单位：万元" / "单位：元" (possibly split over two lines), else a header cell's "(元)", near a table's title. */
export function findUnit(head: Line[], titleText = ""): SourceUnit | null {
  return findUnitIn(head, head.length, titleText);
}

/** The text findUnitIn reads i-th: the title's text, then the head lines'. */
function unitTextAt(head: Line[], titleText: string, i: number): string {
  return i === 0 ? titleText : head[i - 1].text;
}

/** findUnit over the first `lines` lines of `head` (no copy of them is made). */
function findUnitIn(head: Line[], lines: number, titleText: string): SourceUnit | null {
  const count = lines + 1;
  for (let i = 0; i < count; i++) {
    // Every reading below needs "单位:" or "单位(" (perhaps spaced): a text without it is out
    // before any string is built.
    const text = unitTextAt(head, titleText, i);
    if (!hasUnitLabel(text)) continue;
    const t = text.replace(WHITESPACE_RUN, "");
    const m = UNIT_BEFORE_WORD.exec(t) ?? UNIT_AT_END.exec(t);
    if (m) return m[1] as SourceUnit;
    if (t.endsWith("单位:") && i + 1 < count) {
      const next = unitTextAt(head, titleText, i + 1).replace(WHITESPACE_RUN, "");
      const n = UNIT_OPENING.exec(next);
      if (n) return n[1] as SourceUnit;
    }
  }
  // No "单位:" line: a header cell may carry the unit ("预算数(元)", "金额(万元)").
  for (let i = 0; i < count; i++) {
    const text = unitTextAt(head, titleText, i);
    if (!text.includes("元)")) continue;
    const h = UNIT_IN_HEADER.exec(text);
    if (h) return h[1] as SourceUnit;
  }
  return null;
}

/** True when a 位 in the text is followed, past any whitespace, by ":" or "(" (what the unit readings need). */
function hasUnitLabel(text: string): boolean {
  for (let at = text.indexOf("位"); at >= 0; at = text.indexOf("位", at + 1)) {
    let k = at + 1;
    while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0x28) return true;
  }
  return false;
}

/**
 * A classification row printed in whole numbers: a function or economic code, its name, then
 * whole figures only ("2130301 行政运行 850 850 0"), as some tables in 万元 print them.
 */
const WHOLE_NUMBER_CODE_ROW = /^\s*[23]\d{2}(?:\d{2}){0,2}\s*[\u4e00-\u9fa5][^\d\t]*?\s+-?\d{1,6}(?:\s+-?\d{1,6})*\s*$/;

function hasFigures(body: Line[], kind: TableKind): boolean {
  // Whole figures are looked for only in a body without decimals (a table in 元, or a title alone),
  // and in the tables whose figures the stage reads: a performance form's whole numbers are
  // targets and counts as often as amounts.
  return hasDecimalFigures(body) || hasWholeNumberCodeRows(body) || (!isPerformanceKind(kind) && hasWholeFigures(body));
}

function isPerformanceKind(kind: TableKind): boolean {
  return kind === "performance-overall" || kind === "performance-project";
}

/** Two code rows with whole figures only: the table prints no decimals, its rows are still figures. */
function hasWholeNumberCodeRows(body: Line[]): boolean {
  let rows = 0;
  for (let i = 0; i < body.length && rows < 2; i++) if (WHOLE_NUMBER_CODE_ROW.test(body[i].text)) rows++;
  return rows >= 2;
}

function hasDecimalFigures(body: Line[]): boolean {
  return body.some((l) => {
    // Only a figure with a decimal point counts, or one grouped in thousands (a table in 元 may
    // print "1,200,000"): a 行次, a code or a year is neither.
    if (!l.text.includes(".") && !l.text.includes(",")) return false;
    if (opensNote(l.text)) return false;
    // The line's figures go to the memo: the summary readers read these lines' figures again.
    return hasDecimalToken(findNumbers(l.text));
  });
}

/** For a line whose figures are read: one of them has a decimal point or a thousands comma. */
function hasDecimalToken(numbers: NumberToken[]): boolean {
  for (let i = 0; i < numbers.length; i++) if (!numbers[i].isInteger || numbers[i].raw.includes(",")) return true;
  return false;
}

/**
 * The note saying a table is empty, read from `noteLike`: the body's lines that open with a
 * note's first character. A note opens with 注/说明/备注/本…/我…/a year (tested below on the
 * trimmed text), so the other lines never hold one.
 */
function findNoneNote(noteLike: Line[]): string | null {
  for (let i = 0; i < noteLike.length; i++) {
    const l = noteLike[i];
    // Tabs and the line's ends never take part in a NONE_NOTE match: test the raw text first,
    // for the anchored subject (which fails at once on most lines) before the note's words.
    if (!mayOpenSubject(l.text) || !RAW_NOTE_SUBJECT.test(l.text) || !NONE_NOTE.test(l.text)) continue;
    const t = l.text.replace(/\t/g, " ").trim();
    if (t.length > 120) continue;
    if (NONE_NOTE.test(t) && NOTE_SUBJECT.test(t)) return t.replace(NOTE_LABEL, "");
  }
  return null;
}

/** /^(?:注|说明|备注)/ (NOTE_OPENING, on the raw text), by character codes. */
function opensNote(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x6ce8) return true;
  const d = text.charCodeAt(1);
  return (c === 0x8bf4 && d === 0x660e) || (c === 0x5907 && d === 0x6ce8);
}

/**
 * False for a line RAW_NOTE_SUBJECT cannot match: one whose first visible character is a digit
 * not followed by three more, whitespace and 年 (\d{4}\s*年). The many row and figure lines that
 * open with a digit are out without a regex call; other lines are left to the regex.
 */
function mayOpenSubject(text: string): boolean {
  let k = 0;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  if (!isDigit(text.charCodeAt(k))) return true;
  if (!isDigit(text.charCodeAt(k + 1)) || !isDigit(text.charCodeAt(k + 2)) || !isDigit(text.charCodeAt(k + 3))) return false;
  k += 4;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 0x5e74;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// 注 说 备 本 我 and the digits: compared as character codes (no one-character string per line).
function isNoteStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x6ce8 || c === 0x8bf4 || c === 0x5907 || c === 0x672c || c === 0x6211;
}

/** The code of the first character of the text once trimmed (tabs become spaces first: the same). */
function firstVisibleCode(text: string): number {
  const c = text.charCodeAt(0);
  // Not whitespace in the common case: no trim needed.
  if ((c > 0x20 && c !== 0xa0 && c < 0x1680) || (c > 0x3000 && c !== 0xfeff)) return c;
  return text.trim().charCodeAt(0);
}

function dropEmptyDuplicates(blocks: TableBlock[]): TableBlock[] {
  return blocks.filter((b) => {
    if (!b.isEmpty || b.noneNote || b.kind.startsWith("performance")) return true;
    return !blocks.some((o) => o !== b && o.kind === b.kind && (!o.isEmpty || o.noneNote));
  });
}
