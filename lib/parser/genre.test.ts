import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocument, type Json } from "./test-support/compare-output";
import { formatCliOutput } from "./cli-output";
import { decodeText } from "./decode-text";
import { parseDocument } from "./parse-document";

/**
 * Genre test: the parser against disclosures it was NOT built from. Each file in fixtures/genre/ is
 * a variant of the national 部门预算/部门决算 公开 template written for this test (other provinces,
 * cities, departments and years; 元 tables, tab and Markdown pipe tables, letter-spaced headers,
 * split numbers, 类/款/项 split codes, bracketed and dashed codes, tables printed one cell per line,
 * a development zone's department, a year in Chinese numerals, narrative only, the national
 * 决算 and 预算 template wordings, item chains joined by dashes, a unit that says 本单位收入, tables
 * by 政府预算经济分类 beside the 部门预算 ones, Yunnan's 一般公共预算财政拨款收入支出决算表, a GBK
 * file, a UTF-16LE file, planted contradictions). Its <name>.expected.json holds the figures the document was designed with, not
 * the parser's output.
 *
 * A mismatch fails unless KNOWN_GAPS lists it with the stage believed at fault; a listed gap that
 * no longer happens fails too ("has no stale known gaps"), so fixing the parser forces the list to
 * shrink. Comparison rules follow parse-document.golden.test.ts, plus:
 * - header fields are compared only when the expected file has the key;
 * - findings: every expected finding (rule, and codes/expected/actual when given) must be present,
 *   and any other finding of severity error or warning is reported as unexpected;
 * - figures: every expected key must appear among the parser's figures with that value.
 */

const GENRE_DIR = path.resolve(import.meta.dirname, "fixtures/genre");

interface Gap {
  /** Fixture name without extension. */
  file: string;
  /** Mismatch path as reported, e.g. "projects.社区治理专项经费" or "totals.personnel". */
  field: string;
  /** Why it fails, and the stage believed at fault. */
  why: string;
}

const KNOWN_GAPS: Gap[] = [];


function listFixtures(): string[] {
  return readdirSync(GENRE_DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, ""))
    .sort();
}

function loadActual(name: string): Json {
  const { text, encoding } = decodeText(readFileSync(path.join(GENRE_DIR, `${name}.txt`)));
  return formatCliOutput(parseDocument(text), { encoding }) as Json;
}

function loadExpected(name: string): Json {
  return JSON.parse(readFileSync(path.join(GENRE_DIR, `${name}.expected.json`), "utf8")) as Json;
}

const covers = (gap: Gap, mismatch: string) =>
  mismatch === gap.field || mismatch.startsWith(`${gap.field}:`) || mismatch.startsWith(`${gap.field} `);

describe("genre fixtures", () => {
  it("has a fixture for every known gap", () => {
    const names = new Set(listFixtures());
    expect(KNOWN_GAPS.filter((g) => !names.has(g.file)).map((g) => g.file)).toEqual([]);
  });
});

describe.each(listFixtures())("genre: %s", (name) => {
  const mismatches = compareDocument(loadExpected(name), loadActual(name));
  const gaps = KNOWN_GAPS.filter((g) => g.file === name);

  it("matches the designed figures, except the listed known gaps", () => {
    expect(mismatches.filter((m) => !gaps.some((g) => covers(g, m)))).toEqual([]);
  });

  it("has no stale known gaps (a fixed gap must be removed from KNOWN_GAPS)", () => {
    expect(gaps.filter((g) => !mismatches.some((m) => covers(g, m))).map((g) => g.field)).toEqual([]);
  });
});
