/**
 * Reference identification for the property test in identify-document.property.test.ts: the
 * version of identify-document.ts from before its window and line-scan shortcuts, kept verbatim
 * (imports adjusted), with the genre fixes made since (names ending in 管委会, 人民政府, 纪委监委,
 * 中国共产党…委员会 departments). identify-document.ts must return exactly what this returns for any lines.
 * Do not optimise this file.
 */
import { deriveDepartmentKind, splitJurisdiction } from "../department-kind";
import { readBareTitleYearKind, unitPlace, yearKindWeight } from "../identify-document";
import {
  LINE_MARK_BELONG,
  LINE_MARK_COLON,
  LINE_MARK_COMPACT,
  LINE_MARK_FULL_WIDTH,
  LINE_MARK_OVERVIEW,
  LINE_MARK_YEAR,
  isCompactedAway,
  lineMarksOf,
} from "../normalize-text";
import { ORG_SUFFIXES, readUnitName, stripLeadingNoise, withJurisdictionAbove } from "../unit-name";
import type { DocumentHeader, DocumentKind, Line, Provenance } from "../types";

/**
 * Reads who published a disclosure, for which year and of which kind, from its content alone (the
 * file name is not trusted). Every field it cannot establish is null; parseDocument decides
 * whether that makes the text unrecognisable.
 *
 * - year/kind: votes over "2023年部门预算", "2023年度部门决算", "2023年度…决算表"; a date printed on
 *   the cover or a prior-year comparison ("比2022年预算减少") does not vote.
 * - department: names read from "部门：" / "单位名称：" labels, titles and sentences next to a year;
 *   spellings of one unit ("区医疗保障局", "武汉洪山区医疗保障局") are grouped, the most frequent
 *   group wins and its most complete spelling (with city) is kept. When the text says the unit is
 *   a subordinate one ("X为Y下属二级…单位"), X is the department (the figures are its own) and Y
 *   the parent, even when table titles print the parent's name.
 * - district/city come from the department's name; departmentKind from deriveDepartmentKind.
 */
export function identifyDocument(lines: Line[]): DocumentHeader {
  const text = createCompactLines(lines);
  const { year, kind, line: yearLine } = findYearAndKind(text);
  const naming = findDepartment(text);
  const department = naming?.department ?? null;
  const parts = department ? splitJurisdiction(department) : null;
  const unit = department && parts ? unitPlace(department, parts, naming?.parent ?? null, lines) : null;
  const provenanceLine = naming?.line ?? yearLine;
  const provenance: Provenance | null =
    provenanceLine != null ? { source: "sentence", line: provenanceLine, excerpt: findLineText(lines, provenanceLine) } : null;
  return {
    district: unit?.district ?? null,
    city: parts?.city ?? null,
    department,
    departmentKind: deriveDepartmentKind(department),
    parentDepartment: unit?.parent ?? null,
    year,
    kind,
    provenance,
  };
}

function findLineText(lines: Line[], no: number): string | undefined {
  for (let i = 0; i < lines.length; i++) if (lines[i].no === no) return lines[i].text;
  return undefined;
}

/**
 * The document's lines with whitespace and Markdown marks removed, compacted lazily: every
 * reading below needs a character (年, :, 概, 属) that compacting neither adds nor removes, so a
 * line without one is never compacted. The compacted lines, concatenated without the empty ones,
 * are "the joined text" that the cross-line readings (a title split over two lines) look at.
 */
interface CompactLines {
  lines: Line[];
  /** compact(lines[i].text), filled on first use. */
  compacted: Array<string | undefined>;
  /** Per line, which of the characters 年 : 概 属 it may hold and whether compacting changes it (LINE_MARK_*). */
  marks: Uint8Array;
  /** Indices of the lines marked 年, :, 概 or 属, in order: the only lines a reading can start on. */
  marked: number[];
}

const MARK_YEAR = LINE_MARK_YEAR;
const MARK_COLON = LINE_MARK_COLON;
const MARK_OVERVIEW = LINE_MARK_OVERVIEW;
const MARK_BELONG = LINE_MARK_BELONG;
const MARK_ANY_READING = MARK_YEAR | MARK_COLON | MARK_OVERVIEW | MARK_BELONG;

/** The lines with their marks: normalizeText's (Line.marks), else worked out from the text. */
function createCompactLines(lines: Line[]): CompactLines {
  const marks = new Uint8Array(lines.length);
  const marked: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = line.marks ?? lineMarksOf(line.text);
    marks[i] = m;
    if ((m & MARK_ANY_READING) !== 0) marked.push(i);
  }
  return { lines, compacted: new Array<string | undefined>(lines.length), marks, marked };
}

function compactAt(text: CompactLines, i: number): string {
  let c = text.compacted[i];
  if (c === undefined) {
    c = compact(text.lines[i].text, text.marks[i]);
    text.compacted[i] = c;
  }
  return c;
}

/** The last `n` characters of the joined text before line `i` (fewer at the start of the text). */
function joinedBefore(text: CompactLines, i: number, n: number): string {
  let out = "";
  for (let j = i - 1; j >= 0 && out.length < n; j--) out = compactAt(text, j) + out;
  return out.length > n ? out.slice(out.length - n) : out;
}

/** Characters compact() drops: whitespace and Markdown marks. */
const DROPPED_RE = /[\s*#`]+/g;

/**
 * The line without whitespace and Markdown marks, full-width （）： as ( ) :. Only what the
 * line's marks say it may hold is replaced; a line with nothing to change is returned as is.
 */
function compact(text: string, marks: number): string {
  let s = (marks & LINE_MARK_COMPACT) !== 0 ? text.replace(DROPPED_RE, "") : text;
  if ((marks & LINE_MARK_FULL_WIDTH) !== 0) s = s.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":");
  return s;
}

// "2023年部门预算", "2023年度部门决算", "2021年部门收支预算总表", "2023年单位预算".
const YEAR_KIND_STRONG = /(20\d{2})年度?(?:部门|单位)[^,，。；;:\d]{0,8}?(预算|决算)/y;
// A cover title with the unit's name after the year: "2024年武汉市蔡甸区卫生健康局部门预算",
// "2023年度泸州市中医医院单位决算"; or with no 部门/单位 at all: "2021年度决算公开说明".
// The kind is group 2 or group 3.
const YEAR_KIND_TITLE = /(20\d{2})年度?(?:[\u4e00-\u9fa5()]{2,30}?(?:部门|单位)(预算|决算)|(预算|决算)(?:公开|说明|报告))/y;
// "2023年度收入支出决算总表", "2023年财政拨款收支预算总表".
const YEAR_KIND_TABLE = /(20\d{2})年度?[^,，。；;:\d]{0,12}?(预算|决算)总?表/y;
/** How far past its 年 a year/kind match can reach (度 + a 30-character name + 部门 + 预算 + 公开). */
const YEAR_KIND_REACH = 37;

/** Where a year/kind reading starts: line index and column in that line's compacted text. */
interface YearKindHit {
  key: string;
  line: number;
  col: number;
  weight: number;
}

interface YearKindVote {
  score: number;
  line: number;
  col: number;
}

/**
 * Votes over every "20xx年…预算/决算" reading of the joined text. Each reading starts four
 * characters before a 年 and holds no other digit, so readings never overlap: each 年 is tried on
 * its own, in a window of the joined text read straight from the lines around it (no line is
 * compacted for this).
 */
function findYearAndKind(text: CompactLines): { year: number | null; kind: DocumentKind | null; line: number | null } {
  const strong: YearKindHit[] = [];
  const table: YearKindHit[] = [];
  for (const i of text.marked) {
    if ((text.marks[i] & MARK_YEAR) === 0) continue;
    const raw = text.lines[i].text;
    for (let r = raw.indexOf("年"); r >= 0; r = raw.indexOf("年", r + 1)) {
      const length = readYearWindow(text.lines, i, r);
      // Both readings end in 预算/决算 within reach of the 年.
      if (length === 0 || !windowHolds(0x7b97, 6, length)) continue; // 算
      const s = String.fromCharCode.apply(null, length === YEAR_WINDOW_LENGTH ? yearWindow : yearWindow.slice(0, length));
      const sm = matchAt(YEAR_KIND_STRONG, s, 0) ?? matchTitleKind(s);
      const tm = matchAt(YEAR_KIND_TABLE, s, 0);
      if (sm === null && tm === null) continue;
      const line = windowStart.line;
      const lineText = text.lines[line].text;
      const col = compactedLength(lineText, windowStart.index);
      if (sm !== null) strong.push({ key: `${sm[1]}|${sm[2]}`, line, col, weight: yearKindWeight(lineText, line, windowStart.index, true) });
      if (tm !== null) table.push({ key: `${tm[1]}|${tm[2]}`, line, col, weight: yearKindWeight(lineText, line, windowStart.index, false) });
    }
  }
  const votes = new Map<string, YearKindVote>();
  addVotes(votes, strong);
  addVotes(votes, table);
  let bestKey: string | null = null;
  let best: YearKindVote | null = null;
  for (const [key, v] of votes) {
    if (!best || v.score > best.score || (v.score === best.score && (v.line < best.line || (v.line === best.line && v.col < best.col)))) {
      bestKey = key;
      best = v;
    }
  }
  if (!best || bestKey === null) return readBareTitleYearKind(text.lines) ?? { year: null, kind: null, line: null };
  const [yearText, kindText] = bestKey.split("|");
  return {
    year: Number(yearText),
    kind: kindText === "决算" ? "final" : "budget",
    line: text.lines[best.line].no,
  };
}

/** The joined text from four characters before a 年 to the furthest a year/kind reading reaches. */
const YEAR_WINDOW_LENGTH = 4 + 1 + YEAR_KIND_REACH;
const yearWindow: number[] = new Array<number>(YEAR_WINDOW_LENGTH).fill(0);
/** Where the last window read starts: line index and index in that line's text. */
const windowStart = { line: -1, index: -1 };

/**
 * Fills yearWindow with the joined text around the 年 at lines[i].text[r]: the four characters
 * before it (which must read "20\d\d"), the 年 and up to YEAR_KIND_REACH characters after it,
 * walking across line ends and skipping what compacting drops. Returns the window's length, or 0
 * when the four characters before the 年 are not a year.
 */
function readYearWindow(lines: Line[], i: number, r: number): number {
  let need = 4;
  let line = i;
  let k = r - 1;
  let text = lines[i].text;
  while (need > 0) {
    if (k < 0) {
      if (--line < 0) return 0;
      text = lines[line].text;
      k = text.length - 1;
      continue;
    }
    const c = compactedCode(text.charCodeAt(k));
    if (c >= 0) {
      // "20\d\d", read backwards: most 年 ("上年", "年初") fail at the first character.
      need--;
      if (need >= 2 ? !isDigit(c) : c !== (need === 1 ? 0x30 : 0x32)) return 0;
      yearWindow[need] = c;
      if (need === 0) {
        windowStart.line = line;
        windowStart.index = k;
      }
    }
    k--;
  }
  yearWindow[4] = 0x5e74; // 年
  let length = 5;
  line = i;
  k = r + 1;
  text = lines[i].text;
  while (length < YEAR_WINDOW_LENGTH) {
    if (k >= text.length) {
      if (++line >= lines.length) break;
      text = lines[line].text;
      k = 0;
      continue;
    }
    const c = compactedCode(text.charCodeAt(k++));
    if (c >= 0) yearWindow[length++] = c;
  }
  return length;
}

/** Whether yearWindow[from, to) holds the character `code`. */
function windowHolds(code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (yearWindow[k] === code) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A character as compacting leaves it: -1 when it drops it, （）： as ( ) :. */
function compactedCode(c: number): number {
  if ((VIEW[c] & VIEW_DROPPED) !== 0) return -1;
  return c === 0xff08 ? 0x28 : c === 0xff09 ? 0x29 : c === 0xff1a ? 0x3a : c;
}

/** How many characters of text[0, end) compacting keeps: a column of the compacted line. */
function compactedLength(text: string, end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) if ((VIEW[text.charCodeAt(k)] & VIEW_DROPPED) === 0) n++;
  return n;
}

/** text[from, to) as compacting leaves it (cut out as is when it holds nothing to drop or rewrite). */
function compactedSlice(text: string, from: number, to: number): string {
  let k = from;
  while (k < to && (VIEW[text.charCodeAt(k)] & VIEW_CHANGED) === 0) k++;
  if (k === to) return text.slice(from, to);
  const codes: number[] = [];
  for (k = from; k < to; k++) {
    const c = compactedCode(text.charCodeAt(k));
    if (c >= 0) codes.push(c);
  }
  return String.fromCharCode.apply(null, codes);
}

/** YEAR_KIND_TITLE's reading as [match, year, kind], like YEAR_KIND_STRONG's. */
function matchTitleKind(s: string): [string, string, string] | null {
  const m = matchAt(YEAR_KIND_TITLE, s, 0);
  return m ? [m[0], m[1], m[2] ?? m[3]] : null;
}

/** A key's vote keeps its earliest hit over both kinds of reading. */
function addVotes(votes: Map<string, YearKindVote>, hits: YearKindHit[]): void {
  for (const h of hits) {
    if (h.weight === 0) continue;
    const v = votes.get(h.key);
    if (!v) {
      votes.set(h.key, { score: h.weight, line: h.line, col: h.col });
      continue;
    }
    v.score += h.weight;
    if (h.line < v.line || (h.line === v.line && h.col < v.col)) {
      v.line = h.line;
      v.col = h.col;
    }
  }
}

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/*
 * What the readings make of each UTF-16 code unit, looked up once per character: whether
 * compacting drops it ([\s*#`]) or changes it (（）： become ( ) :), whether it is a name
 * character ([\u4e00-\u9fa5()] once compacted) and whether an ORG_SUFFIX starts with it (a text
 * holding no such character holds no unit's name).
 */
const VIEW_DROPPED = 1;
const VIEW_CHANGED = 2;
const VIEW_NAME = 4;
const VIEW_ORG_START = 8;
const VIEW = buildView();

function buildView(): Uint8Array {
  const view = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isCompactedAway(c)) view[c] = VIEW_DROPPED | VIEW_CHANGED;
  view.fill(VIEW_NAME, 0x4e00, 0x9fa6);
  view[0x28] = view[0x29] = VIEW_NAME; // ( )
  view[0xff08] = view[0xff09] = VIEW_NAME | VIEW_CHANGED; // （ ）
  view[0xff1a] = VIEW_CHANGED; // ：
  for (const suffix of ORG_SUFFIXES) view[suffix.charCodeAt(0)] |= VIEW_ORG_START;
  return view;
}
const LABEL = /(?:部门\/单位|部门\(单位\)名称|单位名称|部门名称|部门|预算单位):([^:]{2,60})/g;
const LABEL_STOP = /(?:单位:|单位名称|项目名称|填报|日期|金额单位|资金单位|联系|负责人)/;
/** A name right after a year ("2023年武汉市某某局部门预算"), tried at each year start. */
const AFTER_YEAR = /20\d{2}年度?([\u4e00-\u9fa5()]{4,40})/y;
const OVERVIEW_TITLE = /第[一二三四五六七八九十]+部分([\u4e00-\u9fa5()]{4,40}?)概况/g;
const TITLE_START = /^(?:第[一二三四五六七八九十]+部分|附?表\d)/;
const SUBORDINATE = /([\u4e00-\u9fa5()]{4,30}?)(?:为|是)([\u4e00-\u9fa5()]{3,20}?)(?:下属|所属)$/;

interface Candidate {
  name: string;
  weight: number;
  line: number;
}

/** Cuts a run of characters down to the unit name it starts with, or null. */
function cleanName(raw: string): string | null {
  // Noise comes off the front only, so the name that is left can only end in a suffix `raw` holds.
  if (!holdsOrgSuffixStart(raw)) return null;
  return readUnitName(raw);
}

function holdsOrgSuffixStart(text: string): boolean {
  for (let k = 0; k < text.length; k++) if ((VIEW[text.charCodeAt(k)] & VIEW_ORG_START) !== 0) return true;
  return false;
}

function findDepartment(text: CompactLines): { department: string; parent: string | null; line: number } | null {
  const candidates: Candidate[] = [];
  // Each reading needs a character compacting keeps (":" or "：", 年, 概): other lines are not read.
  for (const i of text.marked) {
    const marks = text.marks[i];
    if ((marks & (MARK_COLON | MARK_YEAR | MARK_OVERVIEW)) === 0) continue;
    const no = text.lines[i].no;
    if ((marks & MARK_COLON) !== 0) {
      for (const m of execAll(LABEL, compactAt(text, i))) addCandidate(candidates, m[1].split(LABEL_STOP)[0], 3, no);
    }
    // Both readings need a "20xx年"; "上年", "年初预算" lines have none.
    if ((marks & MARK_YEAR) !== 0) addYearNameCandidates(text, i, candidates);
    if ((marks & MARK_OVERVIEW) !== 0) {
      const t = compactAt(text, i);
      if (t.includes("部分")) for (const m of execAll(OVERVIEW_TITLE, t)) addCandidate(candidates, m[1], 2, no);
    }
  }
  if (candidates.length === 0) return null;

  const groups = groupSpellings(candidates);
  groups.sort((a, b) => b.score - a.score || a.firstLine - b.firstLine);
  let chosen = groups[0];
  let parent: string | null = null;

  // Only the 60 characters of joined text up to each 下属/所属 are searched, so the cost stays
  // linear in the input; the 下/所 may end the previous line.
  for (const i of text.marked) {
    if ((text.marks[i] & MARK_BELONG) === 0) continue;
    const c = compactAt(text, i);
    let found = false;
    for (let p = c.indexOf("属"); p >= 0; p = c.indexOf("属", p + 1)) {
      const end = p + 1;
      const window = end >= 60 ? c.slice(end - 60, end) : joinedBefore(text, i, 60 - end) + c.slice(0, end);
      const lead = window.length >= 2 ? window.charCodeAt(window.length - 2) : 0;
      if (lead !== 0x4e0b && lead !== 0x6240) continue; // 下 所
      const m = SUBORDINATE.exec(window);
      if (!m) continue;
      const childGroup = groups.find((g) => g.names.some((n) => m[1].endsWith(n)));
      if (!childGroup || childGroup.score < 3) continue;
      chosen = childGroup;
      parent = resolveParent(m[2], groups, childGroup);
      found = true;
      break;
    }
    if (found) break;
  }
  return { department: chosen.representative, parent, line: chosen.firstLine };
}

function addCandidate(candidates: Candidate[], raw: string, weight: number, line: number): void {
  // "武汉市硚口区教育局所属武汉市第十一中学": the unit after 所属/下属 is the one the title names.
  const belong = raw.search(BELONGING);
  const name = (belong > 0 ? cleanName(raw.slice(belong + 2)) : null) ?? cleanName(raw);
  if (name) candidates.push({ name, weight, line });
}

const BELONGING = /所属|下属/;

/** Every match of a global regex in `text`, in order (same results as matchAll). */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * The name readings next to each "20xx年" of line i, on its compacted text but read straight
 * from the line: the tail of the run of name characters right before the year (weight 2 on a
 * title line, else 1), then for each year the name right after it (AFTER_YEAR, weight 1). No
 * match of either can hold a digit past its own year, so each year is tried on its own; a run
 * is cut out only when it holds an ORG_SUFFIX start, as cleanName would find nothing else.
 */
function addYearNameCandidates(text: CompactLines, i: number, candidates: Candidate[]): void {
  const raw = text.lines[i].text;
  const no = text.lines[i].no;
  // Each year as the raw index of its 年 and of the "2" four compacted characters before it.
  const yearEnds: number[] = [];
  const yearStarts: number[] = [];
  for (let r = raw.indexOf("年"); r >= 0; r = raw.indexOf("年", r + 1)) {
    const start = yearStartBefore(raw, r);
    if (start < 0) continue;
    yearEnds.push(r);
    yearStarts.push(start);
  }
  if (yearEnds.length === 0) return;
  let isTitle: boolean | null = null;
  for (const start of yearStarts) {
    const run = nameRunBefore(raw, start);
    if (run === null) {
      // A cover page prints the unit on one line and "2022年度部门决算" on the next.
      const above = startsLine(raw, start) && i > 0 ? nameLineAbove(text, i) : null;
      if (above !== null) addCandidate(candidates, above, 2, text.lines[i - 1].no);
      continue;
    }
    // The run reaches the line's start: the line above may hold its jurisdiction.
    const name = i > 0 && compactedLength(raw, start) === run.length ? withJurisdictionAbove(compactAt(text, i - 1), run) : run;
    isTitle ??= compactedLength(raw, raw.length) <= 60 || TITLE_START.test(compactAt(text, i));
    addCandidate(candidates, name, isTitle ? 2 : 1, no);
  }
  for (let y = 0; y < yearEnds.length; y++) {
    const reading = yearAndNameAfter(raw, yearStarts[y], yearEnds[y]);
    if (reading === null) continue;
    const m = matchAt(AFTER_YEAR, reading, 0);
    if (m) addCandidate(candidates, m[1], 1, no);
  }
}

/** Whether only characters compacting drops stand before raw index `start`. */
function startsLine(raw: string, start: number): boolean {
  for (let k = 0; k < start; k++) if ((VIEW[raw.charCodeAt(k)] & VIEW_DROPPED) === 0) return false;
  return true;
}

/** The line above line i, compacted, when it is nothing but a name of 4–40 characters holding a suffix start; else null. */
function nameLineAbove(text: CompactLines, i: number): string | null {
  const above = compactAt(text, i - 1);
  if (above.length < 4 || above.length > 40) return null;
  for (let k = 0; k < above.length; k++) if ((VIEW[above.charCodeAt(k)] & VIEW_NAME) === 0) return null;
  return holdsOrgSuffixStart(above) ? above : null;
}

/**
 * The raw index of the "2" of a "20\d\d" that, in the compacted line, ends right before the 年
 * at raw index r; -1 when the four compacted characters before it (in this line) are not one.
 */
function yearStartBefore(raw: string, r: number): number {
  let need = 4;
  let k = r - 1;
  for (; k >= 0; k--) {
    const c = compactedCode(raw.charCodeAt(k));
    if (c < 0) continue;
    need--;
    if (need >= 2 ? !isDigit(c) : c !== (need === 1 ? 0x30 : 0x32)) return -1;
    if (need === 0) return k;
  }
  return -1;
}

/**
 * The run of name characters (at most its last 40) right before raw index `start` in the compacted
 * line, or null when shorter than 2 or holding no ORG_SUFFIX start: what
 * /([\u4e00-\u9fa5()]{2,40})(?=20\d{2}年)/g finds (when cleanName can use it), without its
 * backtracking at every position.
 */
function nameRunBefore(raw: string, start: number): string | null {
  let count = 0;
  let seen = 0;
  let from = start;
  for (let k = start - 1; k >= 0 && count < 40; k--) {
    const v = VIEW[raw.charCodeAt(k)];
    if ((v & VIEW_DROPPED) !== 0) continue;
    if ((v & VIEW_NAME) === 0) break;
    count++;
    seen |= v;
    from = k;
  }
  if (count < 2 || (seen & VIEW_ORG_START) === 0) return null;
  return compactedSlice(raw, from, start);
}

/**
 * The compacted line from the year at raw index `start` (its 年 at `end`) through the run of name
 * characters after it (at most 41: 度 and 40), for AFTER_YEAR; null when that run is shorter than
 * 4 or holds no ORG_SUFFIX start, so the reading cannot give cleanName a name.
 */
function yearAndNameAfter(raw: string, start: number, end: number): string | null {
  let count = 0;
  let seen = 0;
  let to = end + 1;
  for (let k = end + 1; k < raw.length && count < 41; k++) {
    const v = VIEW[raw.charCodeAt(k)];
    if ((v & VIEW_DROPPED) !== 0) continue;
    if ((v & VIEW_NAME) === 0) break;
    count++;
    seen |= v;
    to = k + 1;
  }
  if (count < 4 || (seen & VIEW_ORG_START) === 0) return null;
  return compactedSlice(raw, start, to);
}

interface SpellingGroup {
  names: string[];
  score: number;
  firstLine: number;
  representative: string;
}

/** One spelling is the other with a jurisdiction (or part of one) in front. */
function sameUnit(a: string, b: string): boolean {
  return a.length >= b.length ? a.endsWith(b) && a.length - b.length <= 8 : b.endsWith(a) && b.length - a.length <= 8;
}

function groupSpellings(candidates: Candidate[]): SpellingGroup[] {
  const byName = new Map<string, { weight: number; line: number }>();
  for (const c of candidates) {
    const v = byName.get(c.name) ?? { weight: 0, line: c.line };
    v.weight += c.weight;
    v.line = Math.min(v.line, c.line);
    byName.set(c.name, v);
  }
  // Longest names first: each joins the first group whose longest spelling it is a suffix of.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const groups: SpellingGroup[] = [];
  for (const name of names) {
    const info = byName.get(name)!;
    const group = groups.find((g) => g.names.some((n) => sameUnit(n, name)));
    if (group) {
      group.names.push(name);
      group.score += info.weight;
      group.firstLine = Math.min(group.firstLine, info.line);
    } else {
      groups.push({ names: [name], score: info.weight, firstLine: info.line, representative: name });
    }
  }
  for (const g of groups) g.representative = pickRepresentative(g.names, byName);
  return groups;
}

/**
 * The most complete spelling whose extra prefix is a whole jurisdiction (ends in 市/省/州/区/县…);
 * "武汉洪山区医疗保障局" (a clipped city) loses to "武汉市洪山区医疗保障局".
 */
function pickRepresentative(names: string[], byName: Map<string, { weight: number }>): string {
  const sorted = [...names].sort((a, b) => (byName.get(b)!.weight - byName.get(a)!.weight) || b.length - a.length);
  let best = sorted[0];
  for (const n of names) {
    if (n.length <= best.length || !n.endsWith(best)) continue;
    const prefix = n.slice(0, n.length - best.length);
    if (/(?:省|自治区|市|州|盟|地区|区|县|旗)$/.test(prefix)) best = n;
  }
  return best;
}

function resolveParent(raw: string, groups: SpellingGroup[], child: SpellingGroup): string | null {
  const name = stripLeadingNoise(raw);
  if (name.length < 3) return null;
  const kind = deriveDepartmentKind(name);
  const district = splitJurisdiction(name).district;
  const match = groups.find(
    (g) =>
      g !== child &&
      deriveDepartmentKind(g.representative) === kind &&
      (!district || splitJurisdiction(g.representative).district === district),
  );
  return match ? match.representative : name;
}
