import type { Line } from "../types";
import { EdgeGuard } from "./regex-edges";
import { isRegexSpace } from "../regex-space";

/**
 * A run of narrative text joined from wrapped source lines. PDF text breaks sentences (and even
 * numbers: "1,077.43万" / "元") at arbitrary line ends, so figures can only be read once the
 * lines of a paragraph are glued back together; `lineStarts` keeps the way back to source lines.
 */
export interface Paragraph {
  text: string;
  /** Offset in `text` where each joined source line starts, parallel to `lineNos`. */
  lineStarts: number[];
  lineNos: number[];
  /** The nearest title above the paragraph ("因公出国(境)费"), enumerator stripped. */
  heading: string | null;
  /** The enclosing top-level section title ("一般公共预算基本支出安排情况"). */
  section: string | null;
  /** The paragraph that introduced this list item ("…具体使用情况如下:"), when the paragraph is one. */
  leadIn: string | null;
  /** True when the paragraph starts with an item marker ("1.", "(一)", "一、"). */
  isItem: boolean;
}

const PART_RE = /^第[一二三四五六七八九十]+部分/;
const SECTION_RE = /^[一二三四五六七八九十廿]+\s*、/;
const ITEM_RES = [
  /^\(\s*[一二三四五六七八九十廿]+\s*\)/,
  /^\d{1,2}\s*、/,
  /^\d{1,2}\s*\.(?!\d)/,
  /^\d{1,2}\.(?=\d{4}年)/,
  /^\(\s*\d{1,2}\s*\)/,
  /^[①-⑳]/,
  /^(?:说明|注|备注)\s*[:：]/,
];
const TABLE_TITLE_RE = /^(?:附表|表)\s*\d+|^公开\s*\d+\s*表|^图\s*\d+|^附件\s*[:\d]|^单位\s*[:：]|^部门\s*[:：]|^单位名称\s*[:：]/;
const MARKER_RE =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十廿]+\s*、|\(\s*[一二三四五六七八九十廿]+\s*\)|\d{1,2}\s*[、.](?!\d)|\d{1,2}\.(?=\d{4}年)|\(\s*\d{1,2}\s*\)|[①-⑳])\s*/;

/** Removes a heading's enumerator ("三、", "(二)", "1.") and trailing full stop or colon. */
export function stripEnumerator(text: string): string {
  const unmarked = text.replace(MARKER_RE, "");
  return (STOPS_END.allows(unmarked) ? unmarked.replace(STOPS_END_RE, "") : unmarked).trim();
}

/** False for a line whose first character no TABLE_TITLE_RE alternative starts with (附表/表/公开/图/附件/单位/部门). */
const TABLE_TITLE_START = EdgeGuard.of(TABLE_TITLE_RE, "^");

/** The text without surrounding spaces; the text itself, without a copy, when it has none (most lines). */
function trimmed(text: string): string {
  if (text.length === 0) return text;
  // String.prototype.trim strips exactly the characters \s matches.
  return isRegexSpace(text.charCodeAt(0)) || isRegexSpace(text.charCodeAt(text.length - 1)) ? text.trim() : text;
}

/** ，。；元人辆: a line with one of these is prose ("万元" contains 元). */
function isProseChar(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x5143 || c === 0x4eba || c === 0x8f86;
}

const UNIT_NEXT_RE = /^\s*(?:万|元|亿|%|人|辆)/;

/**
 * True for lines that belong to a table rather than to running text. One character scan decides
 * most lines (a prose character ends it early); the regexes only run on the few lines it cannot.
 */
export function isTableLine(text: string, next: string | undefined): boolean {
  if (text.length === 0) return false;
  // A tab makes a table row, whatever else the line holds: the scan below returns true at one,
  // and a prose character ends it only after a look for a tab further on.
  if (TABLE_TITLE_START.allows(text) && TABLE_TITLE_RE.test(text)) return true;
  let numericOnly = true;
  let hasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      hasDigit = true;
      continue;
    }
    if (c === 9) return true;
    if (isProseChar(c)) return text.indexOf("\t", i + 1) >= 0;
    if (numericOnly && c !== 46 && c !== 44 && c !== 37 && c !== 45 && !isRegexSpace(c)) numericOnly = false;
  }
  if (numericOnly) {
    // A lone number is the tail of a wrapped sentence only when a unit follows on the next line.
    return !(next !== undefined && UNIT_NEXT_RE.test(next));
  }
  // Bare numbers only: "2023 年", "15 万" and "6 人" belong to sentences. Counted up to two
  // without collecting them: most prose lines have fewer.
  if (!hasDigit) return false;
  BARE_NUMBER_RE.lastIndex = 0;
  if (BARE_NUMBER_RE.exec(text) === null) return false;
  return BARE_NUMBER_RE.exec(text) !== null;
}

const BARE_NUMBER_RE = /(?:^|\s)-?\d[\d,]*(?:\.\d+)?(?=\s|$)(?!\s*[年月日号万元%人辆个家次])/g;

/** PART_RE, SECTION_RE and ITEM_RES as one alternation: one regex run per line instead of nine. */
const HEADING_START_RE = new RegExp([PART_RE, SECTION_RE, ...ITEM_RES].map((re) => `(?:${re.source})`).join("|"));
/** False for a line whose first character none of the heading patterns starts with. */
const HEADING_START = EdgeGuard.of(HEADING_START_RE, "^");

function isHeadingStart(text: string): boolean {
  return HEADING_START.allows(text) && HEADING_START_RE.test(text);
}

const CLAUSE_PUNCT_RE = /[，。；,;:：]/;
const AMOUNT_RE = /\d\s*(?:万|元|人|辆|%)/;
const LEVEL_MARKER_RE = /\((?:类|款|项)\)/;

const TITLE_END_RE =
  /(?:情况|说明|概况|职能|职责|构成|解释|名词|目标|事项|标题|附件|结果|部分|表|费|费用|经费|支出|收入|预算|决算|采购|资产|\d{4}年度?)$/;

/**
 * A title line carries no sentence of its own: no amount, no clause punctuation, short, and it
 * ends like a title ("…情况", "…经费", "…费"). A wrapped item ("4.文明创建、党建…项目绩效自")
 * ends mid-word and goes on in the next line, so it is not a title.
 */
function isPureTitle(text: string, next: string | undefined): boolean {
  const body = STOPS_END.allows(text) ? text.replace(STOPS_END_RE, "") : text;
  if (body.length > 50) return false;
  if (CLAUSE_PUNCT_RE.test(body)) return false;
  if (AMOUNT_RE.test(body)) return false;
  if (LEVEL_MARKER_RE.test(body)) return false;
  if (next === undefined || isHeadingStart(next.trim())) return true;
  return TITLE_END.allows(body) && TITLE_END_RE.test(body);
}

/** Full stops and colons ending a title ("一、收支预算总体情况："). */
const STOPS_END_RE = /[。.:：]+$/;
const STOPS_END = EdgeGuard.of(STOPS_END_RE, "$");
const TITLE_END = EdgeGuard.of(TITLE_END_RE, "$");

/**
 * Joins normalised lines into paragraphs: a paragraph ends at a heading ("一、", "(二)", "1.",
 * "第三部分"), a table line or a table title, and never spans a table. Title-only headings become
 * the `heading`/`section` context of the paragraphs below them instead of paragraphs.
 */
export function segmentParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let heading: string | null = null;
  let section: string | null = null;
  let leadIn: string | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = trimmed(line.text);
    if (text === "") continue;
    if (isTableLine(text, lines[i + 1]?.text)) {
      if (current) closeParagraph(current, out, leadIn);
      current = null;
      leadIn = null;
      continue;
    }
    const startsHeading = isHeadingStart(text);
    if (startsHeading) {
      if (current) leadIn = closeParagraph(current, out, leadIn);
      current = null;
      if (isPureTitle(text, lines[i + 1]?.text)) {
        const title = stripEnumerator(text);
        heading = title;
        if (PART_RE.test(text) || SECTION_RE.test(text)) section = title;
        leadIn = null;
        continue;
      }
    }
    if (!current) {
      current = {
        text: "",
        lineStarts: [],
        lineNos: [],
        heading,
        section,
        leadIn: startsHeading ? leadIn : null,
        isItem: startsHeading && !PART_RE.test(text) && !SECTION_RE.test(text),
      };
      if (!startsHeading) leadIn = null;
    }
    current.lineStarts.push(current.text.length);
    current.lineNos.push(line.no);
    current.text += text;
  }
  if (current) closeParagraph(current, out, leadIn);
  return out;
}

/**
 * Adds the open paragraph to `out` and returns the lead-in for what follows: the paragraph itself
 * when it ends with a colon ("…具体使用情况如下:"), the current one after a list item, none after
 * other text.
 */
function closeParagraph(paragraph: Paragraph, out: Paragraph[], leadIn: string | null): string | null {
  out.push(paragraph);
  // Joined from trimmed, non-empty lines: the text is neither empty nor ends in a space.
  const text = paragraph.text;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3a || last === 0xff1a) return text; // : or ：
  return paragraph.isItem ? leadIn : null;
}

/** Source line number of a character offset in a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  const starts = paragraph.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraph.lineNos[lo];
}

/** 。；;!?！？ — found by a regex: it scans long paragraphs several times faster than a character loop. */
const SENTENCE_END_RE = /[。；;!?！？]/g;

/** Sentence spans [start, end) of a paragraph: split after 。；; ! ? so each figure has a readable excerpt. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  // Each match is one character, so lastIndex is where the next sentence starts; test() finds it
  // without building a match array.
  while (SENTENCE_END_RE.test(text)) {
    const end = SENTENCE_END_RE.lastIndex;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
