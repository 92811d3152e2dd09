import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { decodeText } from "../decode-text";
import { parseDocument } from "../parse-document";

/**
 * Every genre fixture whose tables are in 万元, printed again as a district that prints its tables
 * in whole 元 would print it ("单位：万元" becomes "单位：元" and each table figure "1,077.43" becomes
 * "10774300"), and as a spreadsheet's General format prints 万元 ("1,077.4", "200", "0"). The
 * figures read must not change (they are the same amounts), whatever the layout: letter-spaced
 * headers, split numbers, pipes, one cell per line, 行次 columns.
 */
const GENRE_DIR = path.resolve(import.meta.dirname, "../fixtures/genre");

const UNIT_LINE = /单位\s*[:：(（]/;
const YUAN_FIGURE = /\d\s*元/;
const YUAN_UNIT = /单位\s*[:：(（]\s*(?:人民币)?元/;
// A sentence (its punctuation before a word), a rate or an amount in 万元: narrative, left as it is.
const NARRATIVE = /万元|%|％|[，。；：:,][^\d]/;
const FIGURE = /(?<![\d.,])(-?\d{1,3}(?:,\d{3})+|-?\d+)\.(\d{2})(?![\d%])/g;

type Reprint = (whole: string, cents: string) => string;

/** In 元 without decimals. */
const wholeYuan: Reprint = (whole, cents) => new Decimal(`${whole.replace(/,/g, "")}.${cents}`).times(10000).toFixed(0);
/** In 万元 without trailing zeros (a spreadsheet's General format). */
const generalWan: Reprint = (whole, cents) => (cents === "00" ? whole : cents.endsWith("0") ? `${whole}.${cents[0]}` : `${whole}.${cents}`);

function reprint(text: string, figure: Reprint, unit: "元" | "万元"): string {
  return text
    .split(/\r?\n/)
    .map((raw) => {
      // PDF text splits figures ("6, 225. 90"): closed up first, as the parser would.
      const line = raw.replace(/(\d)\. (\d{2})(?!\d)/g, "$1.$2").replace(/(\d), (\d{3})/g, "$1,$2").replace(/\(万元\)/g, `(${unit})`);
      if (UNIT_LINE.test(line)) return line.replace(/万元/g, unit);
      if (NARRATIVE.test(line)) return line;
      return line.replace(FIGURE, (_, whole: string, cents: string) => figure(whole, cents));
    })
    .join("\n");
}

function figuresRead(text: string) {
  const doc = parseDocument(text);
  return {
    totals: doc.totals,
    functions: doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null, f.personnel ?? null, f.public ?? null]),
    economics: doc.economics.map((e) => [e.code, e.total, e.personnel ?? null, e.public ?? null]),
    threePublic: doc.figures
      .filter((f) => f.key.startsWith("threePublic.") && f.provenance.source === "table")
      .map((f) => [f.key, f.value])
      .sort(),
  };
}

const fixtures = readdirSync(GENRE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => [f, decodeText(readFileSync(path.join(GENRE_DIR, f))).text] as const)
  .filter(([, text]) => !YUAN_UNIT.test(text) && !YUAN_FIGURE.test(text));

describe("genre fixtures printed again without decimals", () => {
  it("has fixtures to convert", () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each(fixtures)("%s in whole 元 gives the same figures", (_, text) => {
    expect(figuresRead(reprint(text, wholeYuan, "元"))).toEqual(figuresRead(text));
  });

  it.each(fixtures)("%s in 万元 without trailing zeros gives the same figures", (_, text) => {
    expect(figuresRead(reprint(text, generalWan, "万元"))).toEqual(figuresRead(text));
  });
});
