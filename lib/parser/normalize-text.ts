import { hasHtmlTable, splitHtmlTables } from "./html-tables";
import type { Line } from "./types";

/**
 * Turns a disclosure's raw text (PDF extraction, Markdown, copied text) into clean lines that the
 * table and narrative stages can read with simple patterns.
 *
 * Choices, in the order they are applied to each line:
 * - Line numbers: the text is split on \r\n, \r and \n only, so `Line.no` is the 1-based line of
 *   the original file. A form feed (page break) is not a line break; it becomes a space. A BOM is
 *   dropped. Empty lines (after cleaning) are not returned.
 * - Tabs are KEPT as cell separators (Markdown tables copied from a spreadsheet are tab-separated).
 *   Markdown pipe tables (`| a | b |`) are converted to the same tab-separated form, and their
 *   `|---|` separator rows dropped. Each cell is cleaned on its own and trimmed; runs of spaces
 *   inside a cell become one space.
 * - HTML tables (`<table><tr><td>…`, on one line or many) become one tab-separated line per row,
 *   numbered by the source line the row starts on. HTML inside cells (`<b>`, `<p>`, `<br>`,
 *   `<ol><li>`) is removed (block tags become a space) and entities are decoded.
 * - Markdown heading markers (`### `), bold/italic markers (`**x**`) and list bullets (`- x`)
 *   are removed: they carry no figures.
 * - Full-width digits and Latin letters become ASCII, and （）：％．＋－＝／＜＞ become their ASCII
 *   forms; U+3000 and other odd spaces become a plain space. Chinese ，。；、“” are kept.
 * - A year written in Chinese numerals ("二〇二四年", "二零二三年度") becomes "2024年": every stage
 *   reads years as digits.
 * - A classification code printed in brackets or before a dash ("[2080201]行政运行",
 *   "208-社会保障和就业支出") is written as the other layouts print it: "2080201 行政运行".
 * - A 决算 item's function chain written without brackets ("…支出类…款…项："), in quotes
 *   ("“…”类“…”款“…”项") or joined by dashes ("…支出-…-…：") is written as the national
 *   template prints it: "…(类)…(款)…(项)".
 * - Numbers split by PDF extraction are re-joined: "1, 077. 43" → "1,077.43",
 *   "11. 72 11. 72" → "11.72 11.72" (only a 1–2 digit fraction after the dot is glued, so two
 *   columns or "1. 2023年" stay apart); inside a tab cell that holds nothing but one number, or
 *   between columns separated by runs of spaces, "842.9 3" → "842.93".
 * - Letter-spaced Chinese ("项 目 名 称", "收 入 总 计") is closed up: a run of two or more
 *   single CJK characters separated by single spaces is glued. Words of two or more characters
 *   and numbers are never glued to each other, so "收入总计 1,077.43" keeps its number apart.
 *   Spaces inside Chinese quotes ("“ 三公” 经费") are removed.
 * - Page furniture is dropped: "— 4 —", "- 12 -", "第 3 页", "第3页 共10页", and a lone
 *   1–3 digit number on a line that directly touches a form feed. Other lone numbers are KEPT:
 *   in flattened tables they are 类 codes ("208"), 行次 or the tail of a wrapped amount.
 */
export function normalizeText(text: string): Line[] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines: Line[] = [];
  // Every other rule tests the line itself; only the page-number rule looks at neighbours.
  const formFeed = source.includes("\f") || source.includes("\v");
  if (hasHtmlTable(source)) {
    // Each HTML table row becomes one tab-separated line first (see html-tables.ts).
    const rows = splitHtmlTables(source);
    for (let i = 0; i < rows.length; i++) {
      const { no, text: raw } = rows[i];
      if (raw === "") continue;
      if (formFeed && isPageNumberNearPageBreak(raw, rows[i - 1]?.text, rows[i + 1]?.text)) continue;
      pushCleanLine(lines, no, raw, 0, raw.length, scanLine(raw, 0), formFeed);
    }
    return dropRunningHeaders(lines);
  }
  if (source.includes("\r") || formFeed) {
    const rawLines = source.split(/\r\n|\r|\n/);
    for (let i = 0; i < rawLines.length; i++) {
      const raw = rawLines[i];
      if (raw === "") continue;
      // Without a form feed anywhere no line can be a page number next to a page break.
      if (formFeed && isPageNumberNearPageBreak(raw, rawLines[i - 1], rawLines[i + 1])) continue;
      // A split line holds no "\n", so the scan ends at its end.
      pushCleanLine(lines, i + 1, raw, 0, raw.length, scanLine(raw, 0), formFeed);
    }
  } else {
    // The common case: lines end in \n only. Each line is scanned inside the source itself (the
    // scan finds its end) and cut out only when kept; an empty line costs one character.
    for (let start = 0, no = 1; ; no++) {
      const flags = scanLine(source, start);
      const end = scanEnd;
      if (end > start) pushCleanLine(lines, no, source, start, end, flags, false);
      if (end >= source.length) break;
      start = end + 1;
    }
  }
  return dropRunningHeaders(lines);
}

/** The cover: the first lines, where the title a running header repeats is printed. */
const COVER_LINES = 8;
/**
 * The document's title ("某某局2024年部门预算"), which a page header may repeat. A line without
 * its year and kind is not taken for one: a table's cells (a unit's name on every row) repeat too.
 */
const RUNNING_HEADER = /^[\u4e00-\u9fa5()（）“”"]{0,40}20\d{2} ?年度?[\u4e00-\u9fa5()（）“”" ]{0,20}?(?:预算|决算)[\u4e00-\u9fa5]{0,6}$/;
/** Titles that are a heading of their own when they come again (a table of contents lists them). */
const NUMBERED_HEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\(|（|\d{1,2}[.、．])/;

/**
 * Drops later copies of the cover title: PDF pages print the document's title at the top or bottom
 * of every page, and left in, such a line cuts the sentence that runs across the
 * page break ("本部门收入预算" / "某某局2024年部门预算" / "1,077.43万元"). Only a cover line that is
 * a bare title counts: no figures, no sentence, no table title (表) or table header, no numbered
 * heading, which a table of contents repeats for the heading itself.
 */
export function dropRunningHeaders(lines: Line[]): Line[] {
  let titles: string[] | null = null;
  let first = 0;
  for (let i = 0; i < lines.length && i < COVER_LINES; i++) {
    const text = lines[i].text;
    if (text.length < 6 || text.includes("表") || text.includes("单位") || NUMBERED_HEADING.test(text) || !RUNNING_HEADER.test(text)) continue;
    if (titles === null) {
      titles = [];
      first = i;
    }
    // A title printed twice on the cover is a copy too.
    if (!titles.includes(text)) titles.push(text);
  }
  if (titles === null) return lines;
  let out: Line[] | null = null;
  const seen = new Set<string>();
  for (let i = first; i < lines.length; i++) {
    const text = lines[i].text;
    let repeat = false;
    for (let t = 0; t < titles.length; t++) {
      if (text.length === titles[t].length && text === titles[t]) {
        repeat = true;
        break;
      }
    }
    // The first time a title is printed it is the title.
    if (repeat && !seen.has(text)) {
      seen.add(text);
      repeat = false;
    }
    if (repeat) out ??= lines.slice(0, i);
    else if (out !== null) out.push(lines[i]);
  }
  return out ?? lines;
}

/** Cleans source[start, end) and adds it to `lines` unless it is empty or dropped. */
function pushCleanLine(lines: Line[], no: number, source: string, start: number, end: number, flags: number, formFeed: boolean): void {
  const cleaned = cleanScannedLine(source, start, end, flags, formFeed);
  if (cleaned === null || cleaned === "") return;
  // Cleaning a plain line neither adds nor removes 年 : 概 属 nor puts a lead before one, so the
  // scan's marks hold for it; a special line may have anything and is read again once clean.
  const marks = (flags & SPECIAL) === 0 ? (flags >> MARK_SHIFT) | ((flags & (PLAIN_SPACE | PLAIN_TABS)) !== 0 ? LINE_MARK_COMPACT : 0) : lineMarksOf(cleaned);
  lines.push({ no, text: cleaned, marks });
}

/*
 * Line marks: which of the characters identifyDocument reads a line may hold, so that it reads
 * and compacts only the few lines that can matter. normalizeText's scan finds them at no extra
 * pass and sets them on each Line it returns (Line.marks); lineMarksOf works them out for any
 * other text. A clear mark is a promise; a set one may be a false alarm.
 */
/** A 年 with, before it (past what compacting drops), an ASCII digit or the line start. */
export const LINE_MARK_YEAR = 1;
/** A ":" or "：" with 门, 位 or 称 or the line start before it (every label ends so). */
export const LINE_MARK_COLON = 2;
/** A 概. */
export const LINE_MARK_OVERVIEW = 4;
/** A 属 with 下 or 所 or the line start before it. */
export const LINE_MARK_BELONG = 8;
/** Whitespace (as \s matches it), * # or `: what compacting drops. */
export const LINE_MARK_COMPACT = 16;
/** A full-width （ ） or ：, which compacting rewrites (never left in normalizeText's lines). */
export const LINE_MARK_FULL_WIDTH = 32;

/**
 * The line marks of any text, exactly (the lead before 年, ":" and 属 looked for past the
 * characters compacting drops). For lines that did not come from normalizeText.
 */
export function lineMarksOf(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x5e74: // 年
        if (hasLeadBefore(text, i, LEAD_DIGIT)) marks |= LINE_MARK_YEAR;
        break;
      case 0xff1a: // ：
        marks |= LINE_MARK_FULL_WIDTH;
      // falls through: ：is a colon too
      case 0x3a:
        if (hasLeadBefore(text, i, LEAD_LABEL)) marks |= LINE_MARK_COLON;
        break;
      case 0x5c5e: // 属
        if (hasLeadBefore(text, i, LEAD_BELONG)) marks |= LINE_MARK_BELONG;
        break;
      case 0x6982: // 概
        marks |= LINE_MARK_OVERVIEW;
        break;
      case 0xff08: // （
      case 0xff09: // ）
        marks |= LINE_MARK_FULL_WIDTH;
        break;
      default:
        if (isCompactedAway(c)) marks |= LINE_MARK_COMPACT;
    }
  }
  return marks;
}

const LEAD_DIGIT = 0;
const LEAD_LABEL = 1;
const LEAD_BELONG = 2;

/**
 * Whether text[i] has right before it, past the characters compacting drops, the line start or
 * a lead: an ASCII digit (LEAD_DIGIT), 门 位 称 (LEAD_LABEL) or 下 所 (LEAD_BELONG).
 */
function hasLeadBefore(text: string, i: number, lead: number): boolean {
  let k = i - 1;
  while (k >= 0 && isCompactedAway(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (lead === LEAD_DIGIT) return c >= 0x30 && c <= 0x39;
  if (lead === LEAD_LABEL) return c === 0x95e8 || c === 0x4f4d || c === 0x79f0;
  return c === 0x4e0b || c === 0x6240;
}

/** What compacting drops: [\s*#`]. */
export function isCompactedAway(c: number): boolean {
  if (c < 0x80) return (c >= 9 && c <= 13) || c === 0x20 || c === 0x2a || c === 0x23 || c === 0x60;
  return isUnicodeSpace(c);
}

/** The non-ASCII characters JavaScript's \s matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Each rewrite below is guarded by a cheap test so the common line (plain CJK, ASCII digits,
// tabs) passes through without a full regex pass per rule: normalizing is a per-line hot path.
const FORM_FEED_OR_VT = /[\f\v]/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const MARKDOWN_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const MARKDOWN_LEAD = /^\s*[#*+>-]/;

/**
 * Cleans one source line (see normalizeText for the rules). Returns null when the line is page
 * furniture or a Markdown table separator. Exported for the stages that want to clean a fragment.
 */
export function normalizeLine(raw: string): string | null {
  const flags = scanLine(raw, 0);
  // A "\n" inside (only a caller of normalizeLine can pass one) is left to the full rule chain.
  return cleanScannedLine(raw, 0, raw.length, scanEnd === raw.length ? flags : SPECIAL, true);
}

// What one scan of a line found: whether the full rule chain is needed, and whether the line
// holds a character that page furniture or a half-width rewrite needs.
const PLAIN = 0;
const PLAIN_FULL_WIDTH = 1;
const PLAIN_FURNITURE = 2;
const PLAIN_TABS = 4;
const PLAIN_SPACE = 8;
const SPECIAL = 16;
/** A space some cell rule could remove or glue across (see spaceNeedsCleaning). */
const SPACE_TO_CLEAN = 32;
/** LINE_MARK_* bits, shifted above the scan's own. */
const MARK_SHIFT = 6;
const SCAN_YEAR = LINE_MARK_YEAR << MARK_SHIFT;
const SCAN_COLON = LINE_MARK_COLON << MARK_SHIFT;
const SCAN_OVERVIEW = LINE_MARK_OVERVIEW << MARK_SHIFT;
const SCAN_BELONG = LINE_MARK_BELONG << MARK_SHIFT;
const SCAN_COMPACT = LINE_MARK_COMPACT << MARK_SHIFT;

/**
 * One pass over the characters: SPECIAL when any rule other than half-width digits/letters,
 * spacing and page furniture could apply (pipes, Markdown marks, HTML, odd spaces, form feeds,
 * full-width forms that become + - < >). SPACE_TO_CLEAN when a space could be touched by a cell
 * rule; a plain line without one is already clean. The line marks of a plain line ride along.
 */
function scanLine(raw: string, start: number): number {
  let flags = PLAIN;
  firstFullWidth = -1;
  const n = raw.length;
  for (let i = start; i < n; i++) {
    // One table look-up per character; most characters are of no kind at all.
    const kind = CHAR_KIND[raw.charCodeAt(i)];
    if (kind === KIND_NONE) continue;
    switch (kind) {
      case KIND_NEWLINE:
        scanEnd = i;
        return flags;
      case KIND_TAB:
        flags |= PLAIN_TABS;
        break;
      case KIND_SPACE:
        flags |= (flags & SPACE_TO_CLEAN) === 0 && spaceNeedsCleaning(raw, i, start) ? PLAIN_SPACE | SPACE_TO_CLEAN : PLAIN_SPACE;
        break;
      case KIND_COLON:
        flags |= leadMark(raw, i, start, SCAN_COLON);
        break;
      case KIND_BACKTICK:
        flags |= SCAN_COMPACT;
        break;
      case KIND_YEAR:
        flags |= leadMark(raw, i, start, SCAN_YEAR);
        break;
      case KIND_BELONG:
        flags |= leadMark(raw, i, start, SCAN_BELONG);
        break;
      case KIND_OVERVIEW:
        flags |= SCAN_OVERVIEW;
        break;
      case KIND_FURNITURE:
        flags |= PLAIN_FURNITURE;
        break;
      case KIND_CLASS:
        // Only "支出类" or "”类" can start a function chain; any other 类 (分类, 类级科目) is plain.
        if (i > start && isChainLead(raw.charCodeAt(i - 1))) return specialFrom(raw, i);
        break;
      case KIND_FULL_WIDTH_COLON:
        flags |= leadMark(raw, i, start, SCAN_COLON);
      // falls through: ： is rewritten to ":" as well
      case KIND_FULL_WIDTH:
        if ((flags & PLAIN_FULL_WIDTH) === 0) firstFullWidth = i - start;
        flags |= PLAIN_FULL_WIDTH;
        lastFullWidth = i - start;
        break;
      default:
        return specialFrom(raw, i);
    }
  }
  scanEnd = n;
  return flags;
}

/**
 * The mark for the 年, 属 or ":" at `i` when the character before it could start a reading
 * identifyDocument looks for (a digit before 年, 下/所 before 属, 门/位/称 before ":"), or is the
 * line start or a character compacting drops (the reading may lie beyond it); else 0.
 */
function leadMark(raw: string, i: number, start: number, mark: number): number {
  if (i === start) return mark;
  const p = raw.charCodeAt(i - 1);
  if (p === 0x20 || p === 9 || p === 0x60) return mark;
  if (mark === SCAN_YEAR) return (p >= 0x30 && p <= 0x39) || (p >= 0xff10 && p <= 0xff19) ? mark : 0;
  if (mark === SCAN_BELONG) return p === 0x4e0b || p === 0x6240 ? mark : 0; // 下 所
  return p === 0x95e8 || p === 0x4f4d || p === 0x79f0 ? mark : 0; // 门 位 称
}

/** SPECIAL, with scanEnd at the end of the line holding `i`. */
function specialFrom(raw: string, i: number): number {
  const next = raw.indexOf("\n", i);
  scanEnd = next < 0 ? raw.length : next;
  return SPECIAL;
}

/** Where the line the last scanLine read ends: the index of its "\n", or the text's length. */
let scanEnd = 0;

/** Where (from its line's start) the last scanLine found its first and last full-width form to rewrite. */
let firstFullWidth = -1;
let lastFullWidth = -1;

// What scanLine makes of each UTF-16 code unit.
const KIND_NONE = 0;
const KIND_NEWLINE = 1;
const KIND_TAB = 2;
const KIND_SPACE = 3;
const KIND_COLON = 4;
const KIND_BACKTICK = 5;
/** The line needs the full rule chain. */
const KIND_SPECIAL = 6;
const KIND_YEAR = 7;
const KIND_BELONG = 8;
const KIND_OVERVIEW = 9;
/** 页 — –: the line may be page furniture. */
const KIND_FURNITURE = 10;
/** A full-width form the half-width rule rewrites to something no later rule looks at. */
const KIND_FULL_WIDTH = 11;
const KIND_FULL_WIDTH_COLON = 12;
/** 类: the line needs the full rule chain only when a function chain could run through it. */
const KIND_CLASS = 13;

/** 出 or ”: what BARE_CHAIN ("…支出类") and QUOTED_CHAIN ("…”类“") put right before 类. */
function isChainLead(c: number): boolean {
  return c === 0x51fa || c === 0x201d;
}

/** Every year in Chinese numerals from 2000 on holds one of these (二〇二四). */
const CN_ZERO_CODES = [0x3007, 0x25cb, 0x96f6]; // 〇 ○ 零
const CHAR_KIND = buildCharKinds();

function buildCharKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  // Control characters (form feed, \r, NUL …) and the ASCII that Markdown, HTML and pipe tables use.
  for (let c = 0; c < 0x20; c++) kinds[c] = KIND_SPECIAL;
  for (const ch of "#&*+-<>_|") kinds[ch.charCodeAt(0)] = KIND_SPECIAL;
  kinds[0x0a] = KIND_NEWLINE;
  kinds[0x09] = KIND_TAB;
  kinds[0x20] = KIND_SPACE;
  kinds[0x3a] = KIND_COLON;
  kinds[0x60] = KIND_BACKTICK;
  kinds[0x5e74] = KIND_YEAR; // 年
  kinds[0x5c5e] = KIND_BELONG; // 属
  kinds[0x6982] = KIND_OVERVIEW; // 概
  kinds[0x9875] = KIND_FURNITURE; // 页
  kinds[0x2014] = KIND_FURNITURE; // —
  kinds[0x2013] = KIND_FURNITURE; // –
  kinds[0x2f] = KIND_FURNITURE; // / in "4/20"
  kinds[0xb7] = kinds[0x2022] = KIND_FURNITURE; // · • in "· 4 ·"
  for (let c = 0xff05; c <= 0xff5a; c++) if (isPlainFullWidth(c)) kinds[c] = KIND_FULL_WIDTH;
  kinds[0xff1a] = KIND_FULL_WIDTH_COLON; // ：
  // ＋ － ＜ ＞ become + - < >, which the Markdown and HTML rules read.
  for (const c of [0xff0b, 0xff0d, 0xff1c, 0xff1e]) kinds[c] = KIND_SPECIAL;
  // Odd and zero-width spaces, which the full chain rewrites or drops.
  for (const c of [0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]) kinds[c] = KIND_SPECIAL;
  for (let c = 0x2000; c <= 0x200d; c++) kinds[c] = KIND_SPECIAL;
  // 〇 ○ 零: a year in Chinese numerals, rewritten by the full chain; [ 【: a bracketed code.
  for (const c of CN_ZERO_CODES) kinds[c] = KIND_SPECIAL;
  kinds[0x5b] = kinds[0x3010] = KIND_SPECIAL;
  kinds[0x7c7b] = KIND_CLASS; // 类: a function chain written without brackets
  return kinds;
}

/**
 * Whether the space at `i` of a plain line could be changed by cleanCell: it starts, ends or
 * doubles a cell's spacing (trim, runs of spaces), follows "," or "." or precedes "." (split
 * numbers), touches a quote, or has a single CJK character on one side and CJK on the other
 * (letter spacing). The raw line decides: （） count as CJK because they become ( ).
 */
function spaceNeedsCleaning(raw: string, i: number, start: number): boolean {
  const n = raw.length;
  if (i === start || i + 1 === n) return true;
  const p = raw.charCodeAt(i - 1);
  const q = raw.charCodeAt(i + 1);
  if (p === 9 || q === 9 || q === 0x20 || q === 0x0a) return true; // the line ends at a "\n"
  if (p === 0x2c || p === 0x2e || p === 0xff0e || q === 0x2e || q === 0xff0e) return true; // , . ．
  if (p === 0x201c || p === 0x201d || q === 0x201c || q === 0x201d) return true; // “ ”
  if (i >= start + 2) {
    const pp = raw.charCodeAt(i - 2);
    if (pp === 0x2e || pp === 0xff0e) return true; // "842.9 3"
  }
  if (!isRawCjkChar(p) || !isRawCjkChar(q)) return false;
  return !(i >= start + 2 && isRawCjkChar(raw.charCodeAt(i - 2))) || !(i + 2 < n && isRawCjkChar(raw.charCodeAt(i + 2)));
}

/** isCjkChar before half-width rewriting: full-width （） become ( ), which count. */
function isRawCjkChar(c: number): boolean {
  return isCjkChar(c) || c === 0xff08 || c === 0xff09;
}

/**
 * Full-width characters the half-width rule maps to something no later rule looks at. The other
 * full-width forms in U+FF05–U+FF5A (， ； ？ ＠ …) except ＋ － ＜ ＞ are left as they are by
 * every rule.
 */
function isPlainFullWidth(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c === 0xff08 || // （
    c === 0xff09 || // ）
    c === 0xff1a || // ：
    c === 0xff05 || // ％
    c === 0xff0e || // ．
    c === 0xff1d || // ＝
    c === 0xff0f // ／
  );
}

/** Cleans source[start, end), a whole line that scanLine found `flags` in. */
function cleanScannedLine(source: string, start: number, end: number, flags: number, formFeed: boolean): string | null {
  const raw = start === 0 && end === source.length ? source : source.slice(start, end);
  if ((flags & SPECIAL) === 0) {
    // Nothing for the Markdown, HTML or separator rules: only half-width forms, cells, spacing, furniture.
    const half = (flags & PLAIN_FULL_WIDTH) !== 0 ? toHalfWidth(raw, firstFullWidth, lastFullWidth) : raw;
    let line: string;
    // Cells without a space to clean are clean already: only trailing empty cells go.
    if ((flags & SPACE_TO_CLEAN) === 0) line = (flags & PLAIN_TABS) === 0 ? half : dropTrailingTabs(half);
    else if ((flags & PLAIN_TABS) === 0) line = cleanCell(half);
    else line = cleanCells(half);
    if (line === "") return "";
    if ((flags & PLAIN_FURNITURE) === 0) return line;
    // "—" is furniture's mark and an item chain's joint ("…支出—…—…：").
    return isPageFurniture(line) ? null : line.includes("支出") ? line.replace(DASHED_CHAIN, "$1(类)$2(款)$3(项)") : line;
  }
  // Each rule below is skipped when the line lacks what it reacts to (see specialMarks).
  let marks = specialMarks(raw);
  let s = formFeed && (marks & SPECIAL_FORM_FEED) !== 0 ? raw.replace(FORM_FEED_OR_VT, " ") : raw;
  if ((marks & (SPECIAL_LT | SPECIAL_AMP)) !== 0) {
    s = stripHtml(s);
    // A decoded entity can be any character.
    if ((marks & SPECIAL_AMP) !== 0) marks = specialMarks(s);
  }
  if ((marks & SPECIAL_FULL_WIDTH) !== 0) s = toHalfWidth(s, 0, s.length - 1);
  if ((marks & SPECIAL_ODD_SPACE) !== 0) s = s.replace(ODD_SPACE, " ").replace(ZERO_WIDTH, "");
  if ((marks & SPECIAL_CN_YEAR) !== 0) s = chineseYearsToDigits(s);
  const trimmed = s.trim();
  if (trimmed === "") return "";
  if ((marks & SPECIAL_DASH) !== 0 && trimmed.includes("---") && MARKDOWN_SEPARATOR.test(trimmed)) return null;
  if ((marks & SPECIAL_PIPE) !== 0 && isPipeTableRow(trimmed)) {
    s = trimmed.slice(1, -1).split("|").join("\t");
    marks |= SPECIAL_TAB;
  }
  if ((marks & SPECIAL_MARKDOWN) !== 0) s = stripMarkdown(s);
  if ((marks & SPECIAL_BRACKET) !== 0) s = s.replace(BRACKETED_CODE, "$1$2 ");
  if ((marks & SPECIAL_DASH) !== 0) s = s.replace(DASHED_CODE, "$1$2 ");
  // A dashed chain's class ends in 支出: other lines with a dash skip the regex.
  if ((marks & (SPECIAL_DASH | SPECIAL_FURNITURE)) !== 0 && s.includes("支出")) s = s.replace(DASHED_CHAIN, "$1(类)$2(款)$3(项)");
  if ((marks & SPECIAL_CHAIN) !== 0) s = rewriteChains(s);
  const line = (marks & SPECIAL_TAB) !== 0 ? cleanCells(s) : cleanCell(s);
  if (line === "") return "";
  if ((marks & SPECIAL_FURNITURE) !== 0 && isPageFurniture(line)) return null;
  return line;
}

// What a special line holds that the full rule chain reacts to, found in one pass. A full-width
// form counts as the ASCII character it becomes (＋ as +). Later rules only remove characters or
// add spaces and tabs, except entity decoding, after which the marks are found again.
const SPECIAL_FORM_FEED = 1;
const SPECIAL_LT = 2;
const SPECIAL_AMP = 4;
/** A full-width form the half-width rule rewrites. */
const SPECIAL_FULL_WIDTH = 8;
/** An odd or zero-width space. */
const SPECIAL_ODD_SPACE = 16;
/** "-": a separator row, a bullet or page furniture. */
const SPECIAL_DASH = 32;
const SPECIAL_PIPE = 64;
/** # * + > - _ : what stripMarkdown reads. */
const SPECIAL_MARKDOWN = 128;
/** 页 — – -: what isPageFurniture reads. */
const SPECIAL_FURNITURE = 256;
const SPECIAL_TAB = 512;
/** 〇 ○ 零: the line may hold a year in Chinese numerals. */
const SPECIAL_CN_YEAR = 1024;
/** [ 【: the line may hold a bracketed code. */
const SPECIAL_BRACKET = 2048;
/** 类: the line may hold a function chain without brackets. */
const SPECIAL_CHAIN = 4096;

function buildSpecialMarks(): Uint16Array {
  const marks = new Uint16Array(0x10000);
  marks[0x0c] = marks[0x0b] = SPECIAL_FORM_FEED;
  marks[0x3c] = SPECIAL_LT;
  marks[0x26] = SPECIAL_AMP;
  for (let c = 0xff05; c <= 0xff5a; c++) if (halfWidthOf(c) !== 0) marks[c] = SPECIAL_FULL_WIDTH;
  for (const c of [0x00a0, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]) marks[c] = SPECIAL_ODD_SPACE;
  for (let c = 0x2000; c <= 0x200d; c++) marks[c] = SPECIAL_ODD_SPACE;
  marks[0x2d] = SPECIAL_DASH | SPECIAL_MARKDOWN | SPECIAL_FURNITURE; // -
  marks[0xff0d] |= SPECIAL_DASH | SPECIAL_MARKDOWN | SPECIAL_FURNITURE; // －
  marks[0x7c] = SPECIAL_PIPE;
  for (const c of [0x23, 0x2a, 0x2b, 0x3e, 0x5f]) marks[c] = SPECIAL_MARKDOWN; // # * + > _
  marks[0xff0b] |= SPECIAL_MARKDOWN; // ＋
  marks[0xff1e] |= SPECIAL_MARKDOWN; // ＞
  for (const c of [0x9875, 0x2014, 0x2013, 0x2f, 0xb7, 0x2022]) marks[c] = SPECIAL_FURNITURE; // 页 — – / · •
  marks[0x09] = SPECIAL_TAB;
  for (const c of CN_ZERO_CODES) marks[c] = SPECIAL_CN_YEAR;
  marks[0x5b] = marks[0x3010] = SPECIAL_BRACKET;
  marks[0x7c7b] = SPECIAL_CHAIN;
  return marks;
}

const CN_YEAR = /二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g;
const CN_DIGITS = "〇一二三四五六七八九";

/** "二〇二四年" → "2024年" (○ and 零 are read as 〇). */
export function chineseYearsToDigits(s: string): string {
  return s.replace(CN_YEAR, (year) => {
    let digits = "";
    for (const ch of year) digits += ch === "○" || ch === "零" ? "0" : String(CN_DIGITS.indexOf(ch));
    return digits;
  });
}

/** "[2080201]行政运行", "【301】工资福利支出": a function (2xx) or economic (3xx, 5xx) code in brackets. */
const BRACKETED_CODE = /(^|[\t ])[[【]\s*([235]\d{2}(?:\d{2}){0,2})\s*[\]】]\s*(?=[\u4e00-\u9fa5])/g;
/** "208-社会保障和就业支出": such a code joined to its name by a dash. */
const DASHED_CODE = /(^|[\t ])([235]\d{2}(?:\d{2}){0,2})\s*-\s*(?=[\u4e00-\u9fa5])/g;

/**
 * "一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行：年初预算为…": a 决算 item's chain joined by
 * dashes, the class ending in 支出, then a colon or the item's 年初预算.
 */
const DASHED_CHAIN =
  /([\u4e00-\u9fa5]{2,12}?支出)\s*[-—–]\s*([\u4e00-\u9fa5()]{2,20}?)\s*[-—–]\s*([\u4e00-\u9fa5()]{2,24}?)(?=\s*[:：]|\s*[。，,]?\s*年初预算)/g;
/** "一般公共服务支出类统计信息事务款行政运行项：": all three levels, the class ending in 支出, then a stop. */
const BARE_CHAIN = /([\u4e00-\u9fa5]{2,12}?支出)类([\u4e00-\u9fa5]{2,16}?)款([\u4e00-\u9fa5]{2,20}?)项(?=[:：，。,；;])/g;
/** "“一般公共服务支出”类“统计信息事务”款“行政运行”项". */
const QUOTED_CHAIN = /“([^“”]{2,16})”类“([^“”]{2,16})”款“([^“”]{2,20})”项/g;

/** BARE_CHAIN and QUOTED_CHAIN rewritten; each regex runs only when its literal "支出类" / "”类“" is there. */
function rewriteChains(s: string): string {
  let out = s.includes("支出类") ? s.replace(BARE_CHAIN, "$1(类)$2(款)$3(项)") : s;
  if (out.includes("”类“")) out = out.replace(QUOTED_CHAIN, "$1(类)$2(款)$3(项)");
  return out;
}

function specialMarks(s: string): number {
  let marks = 0;
  for (let i = 0; i < s.length; i++) marks |= SPECIAL_MARKS[s.charCodeAt(i)];
  return marks;
}

/** Cleans each tab cell; trailing empty cells are dropped, leading ones keep column positions. */
function cleanCells(s: string): string {
  const cells = s.split("\t");
  for (let i = 0; i < cells.length; i++) cells[i] = cleanCell(cells[i]);
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  // Cells are trimmed and the last one is non-empty when there are several: blank means one blank cell.
  if (cells.length === 1 && cells[0].trim() === "") return "";
  return cells.length === 1 ? cells[0] : cells.join("\t");
}

/** A line whose only whitespace is tabs: its cells are already clean. */
function dropTrailingTabs(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 9) end--;
  return end === s.length ? s : s.slice(0, end);
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ge: "≥",
  le: "≤",
  times: "×",
};

function stripHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  let out = s;
  if (out.includes("<")) {
    // Block-level tags separate text; inline ones (<b>, <span>) do not.
    out = out.replace(/<\s*(?:br|\/?p|\/?li|\/?ol|\/?ul|\/?div|\/?tr)\b[^<>]*>/gi, " ");
    out = out.replace(/<\s*\/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>/g, "");
  }
  if (out.includes("&")) {
    out = out.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, body: string) => {
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[body.toLowerCase()] ?? m;
    });
  }
  return out;
}

/**
 * The ASCII character each full-width form in U+FF05–U+FF5A becomes (0: left as it is): digits,
 * Latin letters and （）：％．＋－＝／＜＞; other full-width punctuation (，；？) stays.
 */
const HALF_WIDTH = buildHalfWidth();

function buildHalfWidth(): Uint16Array {
  const half = new Uint16Array(0xff5b - 0xff05);
  for (let c = 0xff05; c <= 0xff5a; c++) {
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) half[c - 0xff05] = c - 0xfee0;
  }
  for (const ch of "（）：％．＋－＝／＜＞") half[ch.charCodeAt(0) - 0xff05] = ch.charCodeAt(0) - 0xfee0;
  return half;
}

/** specialMarks per code unit (built after HALF_WIDTH, which it reads). */
const SPECIAL_MARKS = buildSpecialMarks();

/** The ASCII code a full-width form becomes, or 0 when it stays. */
function halfWidthOf(c: number): number {
  return c >= 0xff05 && c <= 0xff5a ? HALF_WIDTH[c - 0xff05] : 0;
}

/** Rewrites full-width forms in s[first, last] (nothing outside needs rewriting). */
function toHalfWidth(s: string, first: number, last: number): string {
  // A character scan: most lines hold no full-width form, and a line that does holds few.
  let out = "";
  let from = 0;
  const end = Math.min(last + 1, s.length);
  for (let i = first; i < end; i++) {
    const half = halfWidthOf(s.charCodeAt(i));
    if (half === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(half);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

function isPipeTableRow(s: string): boolean {
  return s.length > 2 && s.startsWith("|") && s.endsWith("|");
}

const HEADING_MARK = /^\s*#{1,6}\s+/;
const HEADING_MARK_GLUED = /^\s*#{1,6}(?=[^#\s])/;
const EMPHASIS = /\*\*|__/g;
const BULLET = /^\s*[-*+]\s+(?=[^\d\s])/;
const QUOTE_MARK = /^\s*>\s+/;

function stripMarkdown(s: string): string {
  let out = s.includes("**") || s.includes("__") ? s.replace(EMPHASIS, "") : s;
  if (!MARKDOWN_LEAD.test(s) && !MARKDOWN_LEAD.test(out)) return out;
  out = s.replace(HEADING_MARK, "").replace(HEADING_MARK_GLUED, "");
  out = out.replace(EMPHASIS, "");
  // A list bullet, but not a negative number or a "- 12 -" page number.
  out = out.replace(BULLET, "");
  out = out.replace(QUOTE_MARK, "");
  return out;
}

const CJK = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
// Brackets count as part of a word so "因公出国(境)费 公务接待费" keeps its space.
/** CJK ideographs, 、。，；！？“” and ( ), by table: 1 for each. */
const CJK_CHARS = buildCjkChars();

function buildCjkChars(): Uint8Array {
  const cjk = new Uint8Array(0x10000);
  cjk.fill(1, 0x3400, 0xa000);
  cjk.fill(1, 0xf900, 0xfb00);
  for (const c of [0x3001, 0x3002, 0xff0c, 0xff1b, 0xff01, 0xff1f, 0x201c, 0x201d, 0x28, 0x29]) cjk[c] = 1;
  return cjk;
}

function isCjkChar(c: number): boolean {
  return CJK_CHARS[c] === 1;
}

const MULTI_SPACE = / {2,}/g;
const SPACE_AFTER_OPEN_QUOTE = /“ +/g;
const SPACE_BEFORE_CLOSE_QUOTE = / +”/g;
const SPACE_AFTER_CLOSE_QUOTE = new RegExp(`” +(?=[${CJK}])`, "g");
const SPACE_BEFORE_OPEN_QUOTE = new RegExp(`([${CJK}]) +“`, "g");

// What a cell holds that the cell rules react to, found in one pass over the cell as it arrives.
// Every rule only removes spaces, so what the cell lacks then it lacks at every later step: a
// rule whose mark is clear would find nothing to do.
const CELL_SPACE = 1;
const CELL_DOUBLE_SPACE = 2;
/** ", " (split thousands). */
const CELL_COMMA_SPACE = 4;
/** ". " (split fraction). */
const CELL_POINT_SPACE = 8;
/** A run of spaces between two CJK characters (letter spacing). */
const CELL_CJK_SPACE = 16;
/** “ or ”. */
const CELL_QUOTE = 32;
/** A digit, ".", a digit, a space and a digit: what SPLIT_BETWEEN_COLUMNS needs ("842.9 3"). */
const CELL_SPLIT_FRACTION = 64;

function cellMarks(cell: string): number {
  let marks = 0;
  let spaces = 0;
  let before = -1;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 0x20) {
      if (spaces === 0) {
        marks |= CELL_SPACE;
        if (before === 0x2c) marks |= CELL_COMMA_SPACE;
        else if (before === 0x2e) marks |= CELL_POINT_SPACE;
        else if (i >= 3 && i + 1 < cell.length && cell.charCodeAt(i - 2) === 0x2e && isDigitCode(before)) {
          if (isDigitCode(cell.charCodeAt(i + 1)) && isDigitCode(cell.charCodeAt(i - 3))) marks |= CELL_SPLIT_FRACTION;
        }
      } else marks |= CELL_DOUBLE_SPACE;
      spaces++;
      continue;
    }
    if (spaces > 0 && before >= 0 && CJK_CHARS[before] === 1 && CJK_CHARS[c] === 1) marks |= CELL_CJK_SPACE;
    if (c === 0x201c || c === 0x201d) marks |= CELL_QUOTE;
    spaces = 0;
    before = c;
  }
  return marks;
}

function cleanCell(cell: string): string {
  const marks = cellMarks(cell);
  let s = cell;
  if ((marks & CELL_DOUBLE_SPACE) !== 0) {
    if ((marks & CELL_SPLIT_FRACTION) !== 0) s = s.replace(SPLIT_BETWEEN_COLUMNS, "$1$2$3");
    s = s.replace(MULTI_SPACE, " ");
  }
  s = s.trim();
  // Every rule below removes or glues around a space.
  if ((marks & CELL_SPACE) === 0 || s === "" || !s.includes(" ")) return s;
  s = joinSplitNumbers(s, marks);
  if ((marks & CELL_CJK_SPACE) !== 0) s = closeLetterSpacing(s);
  if ((marks & CELL_QUOTE) !== 0) {
    s = s.replace(SPACE_AFTER_OPEN_QUOTE, "“").replace(SPACE_BEFORE_CLOSE_QUOTE, "”").replace(SPACE_AFTER_CLOSE_QUOTE, "”");
    s = s.replace(SPACE_BEFORE_OPEN_QUOTE, "$1“");
  }
  return s;
}

/**
 * "收入总计    842.9 3    支出总计": where runs of spaces separate the columns, a single space
 * inside a one-digit fraction splits one figure. Read before the runs collapse, after which it
 * could be two columns.
 */
const SPLIT_BETWEEN_COLUMNS = /(^|  )(-?\d[\d,]*\.\d) (\d)(?=  |$)/g;

/** Re-joins thousands groups and decimal fractions that PDF extraction split with a space. */
const SPLIT_INSIDE_FRACTION = /^(-?\d[\d,]*)\.(\d) (\d)$/;
const SPLIT_BEFORE_POINT = /^(-?\d[\d,]*) \.(\d{1,2})$/;

function joinSplitNumbers(s: string, marks: number): string {
  let out = s;
  // "1, 077" → "1,077", "1, 200, 000" → "1,200,000": s.replace(/(\d), (?=\d{3}(?!\d))/g, "$1,").
  if ((marks & CELL_COMMA_SPACE) !== 0) out = removeMatchedSpaces(out, 0x2c, splitThousandsAt);
  // "1, 077. 43" → "1,077.43"; "774. 16" → "774.16"; a 1–2 digit fraction only:
  // s.replace(/(\d)\. (\d{1,2})(?!\d)/g, "$1.$2").
  if ((marks & CELL_POINT_SPACE) !== 0) out = removeMatchedSpaces(out, 0x2e, splitFractionAt);
  // A cell that is nothing but one number split inside its fraction: "842.9 3", or before its
  // point: "842 .93". Both patterns start with a digit or "-" and put their space near the end.
  const c = out.charCodeAt(0);
  if (c !== 0x2d && (c < 0x30 || c > 0x39)) return out;
  const n = out.length;
  if (out.charCodeAt(n - 2) === 0x20) {
    const m = SPLIT_INSIDE_FRACTION.exec(out);
    if (m) out = `${m[1]}.${m[2]}${m[3]}`;
  }
  const k = out.length;
  if (out.charCodeAt(k - 3) === 0x2e || out.charCodeAt(k - 2) === 0x2e) {
    const m2 = SPLIT_BEFORE_POINT.exec(out);
    if (m2) out = `${m2[1]}.${m2[2]}`;
  }
  return out;
}

/**
 * A global replace that drops the space of each match, without the regex: the pattern is a digit,
 * `mark` (, or .), a space and digits, so every match starts one before a `mark` + space. As a
 * global regex does, matches are taken left to right and the search goes on after each match.
 * `matchLength(s, p)` is the length the match starting at p consumes (its mark at p + 1; what it
 * only looks ahead at is not consumed), or 0.
 */
function removeMatchedSpaces(s: string, mark: number, matchLength: (s: string, p: number) => number): string {
  let out = "";
  let from = 0;
  let resume = 0;
  const pair = mark === 0x2c ? ", " : ". ";
  for (let j = s.indexOf(pair, 1); j >= 0; j = s.indexOf(pair, j + 1)) {
    const p = j - 1;
    if (p < resume) continue;
    const length = matchLength(s, p);
    if (length === 0) continue;
    out += s.slice(from, j + 1);
    from = j + 2;
    resume = p + length;
  }
  return from === 0 ? s : out + s.slice(from);
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * /(\d), (?=\d{3}(?!\d))/ at p: a digit, ", ", then three digits and no fourth, which the match
 * only looks at: the group's last digit may start the next match ("1, 200, 000").
 */
function splitThousandsAt(s: string, p: number): number {
  if (!isDigitAt(s, p) || !isDigitAt(s, p + 3) || !isDigitAt(s, p + 4) || !isDigitAt(s, p + 5) || isDigitAt(s, p + 6)) return 0;
  return 3;
}

/** /(\d)\. (\d{1,2})(?!\d)/ at p: a digit, ". ", then a run of one or two digits. */
function splitFractionAt(s: string, p: number): number {
  if (!isDigitAt(s, p) || !isDigitAt(s, p + 3)) return 0;
  if (!isDigitAt(s, p + 4)) return 4;
  return isDigitAt(s, p + 5) ? 0 : 5;
}

/**
 * Closes up letter-spaced Chinese: a space between two CJK characters is removed when the CJK run
 * on either side of it is a single character ("项 目 名 称", "1,077.43支 出"). Two words of two
 * or more characters ("项目 预算数") keep their space: in flattened tables it separates cells.
 */
function closeLetterSpacing(s: string): string {
  // Each space is judged on the original text; a run matters only as 0, 1 or "2 or more" long.
  // Cells arrive trimmed (a leading space would end the loop at once and leave the cell as is).
  let out = "";
  let from = 0;
  const n = s.length;
  for (let i = s.indexOf(" "); i > 0; i = s.indexOf(" ", i + 1)) {
    if (i + 1 >= n || !isCjkChar(s.charCodeAt(i - 1)) || !isCjkChar(s.charCodeAt(i + 1))) continue;
    const leftLong = i >= 2 && isCjkChar(s.charCodeAt(i - 2));
    const rightLong = i + 2 < n && isCjkChar(s.charCodeAt(i + 2));
    if (leftLong && rightLong) continue;
    out += s.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const DASH_PAGE_NUMBER = /^[—–\-－]{1,2} ?\d{1,4} ?[—–\-－]{1,2}$/;
const PAGE_OF_PAGES = /^第 ?\d{1,4} ?页( ?[,，/]? ?共 ?\d{1,4} ?页)?$/;
/** "4/20", "4 / 20": page 4 of 20 (a page number never exceeds the page count). */
const PAGE_SLASH_PAGES = /^(\d{1,4}) ?\/ ?(\d{1,4})$/;
/** "· 4 ·", "• 4 •". */
const DOT_PAGE_NUMBER = /^[·•] ?\d{1,4} ?[·•]$/;
const FURNITURE_CHAR = /[页—–\-－\/·•]/;

function isPageFurniture(line: string): boolean {
  if (!FURNITURE_CHAR.test(line)) return false;
  const s = line.replace(/\t/g, " ").trim();
  if (DASH_PAGE_NUMBER.test(s)) return true;
  if (PAGE_OF_PAGES.test(s)) return true;
  if (DOT_PAGE_NUMBER.test(s)) return true;
  const m = PAGE_SLASH_PAGES.exec(s);
  if (m !== null) {
    const page = Number(m[1]);
    return page >= 1 && page <= Number(m[2]);
  }
  return false;
}

// Whitespace around 1–3 digits (whitespace between them too): the line is a bare page number.
const LONE_PAGE_NUMBER = /^\s*\d(?:\s*\d){0,2}\s*$/;
const ENDS_WITH_FORM_FEED = /\f\s*$/;
const STARTS_WITH_FORM_FEED = /^\s*\f/;

function isPageNumberNearPageBreak(raw: string, prev: string | undefined, next: string | undefined): boolean {
  if (!LONE_PAGE_NUMBER.test(raw)) return false;
  if (raw.includes("\f")) return true;
  return (prev !== undefined && ENDS_WITH_FORM_FEED.test(prev)) || (next !== undefined && STARTS_WITH_FORM_FEED.test(next));
}
