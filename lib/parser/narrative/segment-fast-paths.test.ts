/**
 * segmentParagraphs against the version it replaced (kept below verbatim, with its helpers): the
 * same paragraphs, headings and lead-ins for the sample disclosures, mutated line by line.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text";
import type { Line } from "../types";
import { type Paragraph, isTableLine, segmentParagraphs } from "./paragraphs";

const OLD_PART_RE = /^第[一二三四五六七八九十]+部分/;
const OLD_SECTION_RE = /^[一二三四五六七八九十廿]+\s*、/;
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
function stripEnumerator(text: string): string {
  return text.replace(MARKER_RE, "").replace(/[。.:：]+$/, "").trim();
}

/** First characters a TABLE_TITLE_RE match can start with (附表/表/公开/图/附件/单位/部门). */
const TABLE_TITLE_FIRST = "附表公图单部";

/** \s as a JS regex reads it (without the u flag). */
function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
function oldIsTableLine(text: string, next: string | undefined): boolean {
  if (text.includes("\t")) return true;
  if (text.length === 0) return false;
  if (TABLE_TITLE_FIRST.includes(text[0]) && TABLE_TITLE_RE.test(text)) return true;
  let numericOnly = true;
  let hasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      hasDigit = true;
      continue;
    }
    if (isProseChar(c)) return false;
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

/** OLD_PART_RE, OLD_SECTION_RE and ITEM_RES as one alternation: one regex run per line instead of nine. */
const HEADING_START_RE = new RegExp([OLD_PART_RE, OLD_SECTION_RE, ...ITEM_RES].map((re) => `(?:${re.source})`).join("|"));
/** CJK first characters a heading can start with (besides "(", digits and ①-⑳). */
const HEADING_FIRST_CJK = "第一二三四五六七八九十廿说注备";

function isHeadingStart(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  // Only lines whose first character can start one of the patterns reach the regex.
  if (!(c === 0x28 || (c >= 48 && c <= 57) || (c >= 0x2460 && c <= 0x2473) || HEADING_FIRST_CJK.includes(text[0]))) return false;
  return HEADING_START_RE.test(text);
}

const TITLE_END_RE =
  /(?:情况|说明|概况|职能|职责|构成|解释|名词|目标|事项|标题|附件|结果|部分|表|费|费用|经费|支出|收入|预算|决算|\d{4}年度?)$/;

/**
 * A title line carries no sentence of its own: no amount, no clause punctuation, short, and it
 * ends like a title ("…情况", "…经费", "…费"). A wrapped item ("4.文明创建、党建…项目绩效自")
 * ends mid-word and goes on in the next line, so it is not a title.
 */
function isPureTitle(text: string, next: string | undefined): boolean {
  const body = text.replace(/[。.:：]+$/, "");
  if (body.length > 50) return false;
  if (/[，。；,;:：]/.test(body)) return false;
  if (/\d\s*(?:万|元|人|辆|%)/.test(body)) return false;
  if (/\((?:类|款|项)\)/.test(body)) return false;
  if (next === undefined || isHeadingStart(next.trim())) return true;
  return TITLE_END_RE.test(body);
}

/**
 * Joins normalised lines into paragraphs: a paragraph ends at a heading ("一、", "(二)", "1.",
 * "第三部分"), a table line or a table title, and never spans a table. Title-only headings become
 * the `heading`/`section` context of the paragraphs below them instead of paragraphs.
 */
function oldSegmentParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let heading: string | null = null;
  let section: string | null = null;
  let leadIn: string | null = null;

  const close = () => {
    if (!current) return;
    current.text = current.text.trimEnd();
    if (current.text !== "") {
      out.push(current);
      const endsWithColon = /[:：]$/.test(current.text);
      if (endsWithColon) leadIn = current.text;
      else if (!current.isItem) leadIn = null;
    }
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text.trim();
    if (text === "") continue;
    if (oldIsTableLine(text, lines[i + 1]?.text)) {
      close();
      leadIn = null;
      continue;
    }
    const startsHeading = isHeadingStart(text);
    if (startsHeading) {
      close();
      if (isPureTitle(text, lines[i + 1]?.text)) {
        const title = stripEnumerator(text);
        heading = title;
        if (OLD_PART_RE.test(text) || OLD_SECTION_RE.test(text)) section = title;
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
        isItem: startsHeading && !OLD_PART_RE.test(text) && !OLD_SECTION_RE.test(text),
      };
      if (!startsHeading) leadIn = null;
    }
    current.lineStarts.push(current.text.length);
    current.lineNos.push(line.no);
    current.text += text;
  }
  close();
  return out;
}



const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../../data/samples");
const SAMPLE_LINES: Line[][] = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => normalizeText(readFileSync(path.join(SAMPLES_DIR, f), "utf8")));

const PIECES = [
  " ", "\t", "\u3000", "。", "：", ":", "，", "1.", "2、", "(三)", "三、", "(4)", "④", "第二部分", "说明：", "表3", "附表1", "公开 01 表",
  "单位：万元", "情况", "经费", "支出", "(类)", "12.50", "-", "%", "2023 年", "15 万", "6 人", "1,234.56", "万元", "一、收入",
];

type Mutation = { at: number; op: "insert" | "drop" | "duplicate" | "edit"; piece: string; where: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom("insert" as const, "drop" as const, "duplicate" as const, "edit" as const),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
  where: fc.double({ min: 0, max: 1, noNaN: true }),
});

function mutate(lines: Line[], m: Mutation): Line[] {
  const i = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
  if (i < 0) return lines;
  const out = lines.slice();
  if (m.op === "drop") out.splice(i, 1);
  else if (m.op === "duplicate") out.splice(i, 0, out[i]);
  else if (m.op === "insert") out.splice(i, 0, { no: out[i].no, text: m.piece });
  else {
    const text = out[i].text;
    const at = Math.floor(m.where * (text.length + 1));
    out[i] = { no: out[i].no, text: text.slice(0, at) + m.piece + text.slice(at) };
  }
  return out;
}

/** A window of a sample's lines, mutated. */
const sampleLines: fc.Arbitrary<Line[]> = fc
  .record({
    doc: fc.integer({ min: 0, max: SAMPLE_LINES.length - 1 }),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 0, max: 80 }),
    mutations: fc.array(mutation, { maxLength: 12 }),
  })
  .map(({ doc, from, length, mutations }) => {
    const all = SAMPLE_LINES[doc];
    const start = Math.floor(from * all.length);
    let lines = all.slice(start, start + length);
    for (const m of mutations) lines = mutate(lines, m);
    return lines;
  });

describe("segmentParagraphs agrees with the version it replaced", () => {
  it("on the samples as they are", () => {
    for (const lines of SAMPLE_LINES) expect(segmentParagraphs(lines)).toEqual(oldSegmentParagraphs(lines));
  });

  it("isTableLine, on mutated sample lines", () => {
    fc.assert(
      fc.property(sampleLines, (lines) => {
        for (let i = 0; i < lines.length; i++) {
          const text = lines[i].text.trim();
          expect(isTableLine(text, lines[i + 1]?.text)).toBe(oldIsTableLine(text, lines[i + 1]?.text));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("on mutated pieces of the samples", () => {
    fc.assert(
      fc.property(sampleLines, (lines) => {
        expect(segmentParagraphs(lines)).toEqual(oldSegmentParagraphs(lines));
      }),
      { numRuns: 1500 },
    );
  });
});
