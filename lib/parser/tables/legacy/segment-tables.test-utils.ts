/**
 * The table segmenter as it was before the speed work (titles looked for only on lines that end
 * like one, number lines told by their first character). Kept only for the property test in
 * segment-tables.test.ts.
 */
import type { Line, SourceUnit, TableKind } from "../../types";
import { findNumbers } from "../amounts";
import { hasWholeFigures } from "../whole-figures";
import { legacyIsTableNumberLine, legacyMatchTitle, type LegacyTitleMatch as TitleMatch } from "./table-titles.test-utils";

/** One table of the document: its title and the lines printed under it. */
interface TableBlock {
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
}

// Leading whitespace allowed: the same as testing the trimmed line.
const PART_HEADING = /^\s*第[一二三四五六七八九十]{1,2}部分/;
const NONE_NOTE = /(?:未安排|没有|无|未编制|不涉及|为空)[^，。]{0,30}(?:收入|支出|经费|预算|项目|空表)|空表/;

/**
 * Splits the document into tables by their titles. A title without a number, a year or a 部门
 * prefix that repeats the current table's kind is page furniture (PDF text often prints the
 * title again after the rows) and does not start a new table. Titles that appear twice with no
 * rows the first time (a table of contents, a heading above "附表 1") are merged away by
 * `dropEmptyDuplicates`.
 */
export function legacySegmentTables(lines: Line[]): TableBlock[] {
  const titles: TitleMatch[] = [];
  // A title (or a table number line) contains 表: one test per line, read twice below.
  const hasBiao = new Uint8Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) if (lines[i].text.includes("表")) hasBiao[i] = 1;
  for (let i = 0; i < lines.length; i++) {
    // legacyMatchTitle needs 表 in this line or the next: most lines are out without the call.
    if (hasBiao[i] === 0 && hasBiao[i + 1] === 0) continue;
    const m = legacyMatchTitle(lines, i);
    if (!m) continue;
    const current = titles[titles.length - 1];
    const isFurniture =
      current !== undefined && !m.isStrong && m.kind === current.kind && m.kind !== "performance-project";
    if (!isFurniture) titles.push(m);
    i = m.end;
  }
  const blocks: TableBlock[] = [];
  for (let t = 0; t < titles.length; t++) {
    const title = titles[t];
    const stop = t + 1 < titles.length ? titles[t + 1].start : lines.length;
    const body: Line[] = [];
    for (let i = title.end + 1; i < stop; i++) {
      const text = lines[i].text;
      // A part heading opens with 第 once trimmed: one character code, not a scan of the line.
      if (firstVisibleCode(text) === 0x7b2c && PART_HEADING.test(text)) break;
      // A table number belongs to a title (this one or the next), never to a row.
      if (hasBiao[i] === 1 && legacyIsTableNumberLine(text)) continue;
      body.push(lines[i]);
    }
    const lastLine = body.length > 0 ? body[body.length - 1].no : lines[title.end].no;
    blocks.push({
      kind: title.kind,
      title: title.title,
      number: title.number,
      unit: findUnit(body.slice(0, 8), lines[title.start].text),
      titleStart: title.start,
      titleEnd: title.end,
      body,
      line: lines[title.start].no,
      endLine: lastLine,
      isEmpty: !hasFigures(body, title.kind),
      noneNote: findNoneNote(body),
    });
  }
  return dropEmptyDuplicates(blocks);
}

/** Reads "单位：万元" / "单位：元" (possibly split over two lines) near a table's title. */
function findUnit(head: Line[], titleText = ""): SourceUnit | null {
  const texts = [titleText, ...head.map((l) => l.text)];
  for (let i = 0; i < texts.length; i++) {
    // Every reading below needs "单位:" (perhaps spaced): a text without 位 is out at once.
    if (!texts[i].includes("位")) continue;
    const t = texts[i].replace(/\s+/g, "");
    // 人民币 added with the fast reader: "金额单位：人民币元".
    const m = /单位[:(](?:人民币)?(万元|元)(?![\u4e00-\u9fa5])/.exec(t) ?? /单位:(?:人民币)?(万元|元)$/.exec(t);
    if (m) return m[1] as SourceUnit;
    if (/单位:$/.test(t) && i + 1 < texts.length) {
      const next = texts[i + 1].replace(/\s+/g, "");
      const n = /^(?:人民币)?(万元|元)(?![\u4e00-\u9fa5])/.exec(next);
      if (n) return n[1] as SourceUnit;
    }
  }
  // Added with the fast reader: a header cell that carries the unit, "预算数(元)".
  for (const text of texts) {
    const h = /(?:合计|预算数|决算数|金额|支出|收入)\((?:人民币)?(万元|元)\)/.exec(text);
    if (h) return h[1] as SourceUnit;
  }
  return null;
}

function hasFigures(body: Line[], kind: TableKind): boolean {
  // Added with the whole-number tables: whole figures standing as cells count too (shared reader),
  // outside the performance forms.
  return hasDecimalFigures(body) || (!kind.startsWith("performance") && hasWholeFigures(body));
}

function hasDecimalFigures(body: Line[]): boolean {
  return body.some((l) => {
    // Only a figure with a decimal point counts (added with the fast reader: or a thousands comma).
    if (!l.text.includes(".") && !l.text.includes(",")) return false;
    if (/^(?:注|说明|备注)/.test(l.text)) return false;
    return findNumbers(l.text).some((n) => !n.isInteger || n.raw.includes(","));
  });
}

function findNoneNote(body: Line[]): string | null {
  for (const l of body) {
    // A note opens with 注/说明/备注/本…/我…/a year (tested below on the trimmed text): most
    // lines are out on their first character.
    if (!isNoteStart(firstVisibleCode(l.text))) continue;
    // Tabs and the line's ends never take part in a NONE_NOTE match: test the raw text first.
    if (!NONE_NOTE.test(l.text)) continue;
    const t = l.text.replace(/\t/g, " ").trim();
    if (t.length > 120) continue;
    if (NONE_NOTE.test(t) && /^(?:注|说明|备注|本部门|本单位|我单位|我部门|本表|\d{4}\s*年)/.test(t)) {
      return t.replace(/^(?:注|说明|备注)\s*:?\s*/, "");
    }
  }
  return null;
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
