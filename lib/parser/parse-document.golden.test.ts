import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSameMoney } from "../money";
import { formatCliOutput } from "./cli-output";
import { decodeText } from "./decode-text";
import { parseDocument } from "./parse-document";

/**
 * Golden test: the parser's CLI output for each sample against expected files typed BY HAND from
 * the source texts (lib/parser/fixtures/<sample>.expected.json; each file's figures were read off
 * the sample, not off the parser). A mismatch fails, unless it is listed in KNOWN_DEVIATIONS with
 * the reason we accept it; a listed deviation that no longer happens fails too, so the list stays
 * true (as eemeli/yaml's test-suite skip list does).
 *
 * Comparison rules:
 * - header fields, totals and `total` of every row: exact (money compared as decimals; an expected
 *   null means the document does not give the figure, so the parser must not invent one);
 * - basic/project/personnel/public: compared only when the expected row has the key, and a blank
 *   cell (null) equals "0.00", because a PDF table's empty cell is a zero the reader sees as such;
 * - names: after NFKC and whitespace removal (full-width and ASCII brackets are the same name);
 * - explanations: after whitespace and trailing punctuation are stripped;
 * - projects: matched by code, else by name (one containing the other) and amount; every expected
 *   project must be found and no other project may appear.
 */

const SAMPLES = ["hanyang-2023-budget", "caidian-2023-budget", "hongshan-2025-budget", "hanyang-2023-final", "jianghan-2021-budget"];

interface Deviation {
  sample: string;
  /** Mismatch path as reported below, e.g. "functions.2080505.basic" or "economics.30201: missing". */
  path: string;
  reason: string;
}

const KNOWN_DEVIATIONS: Deviation[] = [];

const ROOT = path.resolve(import.meta.dirname, "../..");

type Json = Record<string, unknown>;
type Row = Record<string, unknown> & { code: string | null; name: string };

function loadActual(sample: string): Json {
  const { text, encoding } = decodeText(readFileSync(path.join(ROOT, "data/samples", `${sample}.txt`)));
  return formatCliOutput(parseDocument(text), { encoding }) as Json;
}

function loadExpected(sample: string): Json {
  return JSON.parse(readFileSync(path.join(ROOT, "lib/parser/fixtures", `${sample}.expected.json`), "utf8")) as Json;
}

const normName = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/\s+/g, "");
const normText = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/[。；;，,.]+$/, "");
const show = (v: unknown) => (v === undefined ? "absent" : JSON.stringify(v));

function sameMoney(expected: unknown, actual: unknown, blankIsZero: boolean): boolean {
  const e = expected == null && blankIsZero ? "0" : (expected as string | null);
  const a = actual == null && blankIsZero ? "0" : (actual as string | null | undefined);
  if (e == null || a == null) return e == null && a == null;
  return isSameMoney(e, a);
}

const PART_FIELDS = ["basic", "project", "personnel", "public"];
const MONEY_FIELDS = ["total", "initialBudget", "amount", "adjustedBudget", "executed"];

function compareRow(prefix: string, expected: Row, actual: Row, out: string[]): void {
  for (const [key, value] of Object.entries(expected)) {
    if (key === "code") continue;
    const got = actual[key];
    let ok: boolean;
    if (key === "name") ok = normName(value) === normName(got);
    else if (key === "explanation") ok = normText(value) === normText(got);
    else if (PART_FIELDS.includes(key)) ok = sameMoney(value, got, true);
    else if (MONEY_FIELDS.includes(key)) ok = sameMoney(value, got, false);
    else ok = JSON.stringify(value) === JSON.stringify(got ?? null);
    if (!ok) out.push(`${prefix}.${key}: expected ${show(value)}, got ${show(got)}`);
  }
}

function compareCodedRows(kind: string, expected: Row[], actual: Row[], out: string[]): void {
  const actualByCode = new Map(actual.map((r) => [r.code, r]));
  for (const e of expected) {
    const a = actualByCode.get(e.code);
    if (!a) out.push(`${kind}.${e.code}: missing (expected ${e.name} ${e.total})`);
    else compareRow(`${kind}.${e.code}`, e, a, out);
  }
  const expectedCodes = new Set(expected.map((e) => e.code));
  for (const a of actual) {
    if (!expectedCodes.has(a.code)) out.push(`${kind}.${a.code}: unexpected (${a.name} ${String(a.total)})`);
  }
}

function sameProjectName(a: unknown, b: unknown): boolean {
  const x = normName(a).replace(/[()（）]/g, "");
  const y = normName(b).replace(/[()（）]/g, "");
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function compareProjects(expected: Row[], actual: Row[], out: string[]): void {
  const unmatched = [...actual];
  for (const e of expected) {
    const key = e.code ?? e.name;
    let index = e.code ? unmatched.findIndex((a) => a.code === e.code) : -1;
    if (index < 0) index = unmatched.findIndex((a) => sameProjectName(a.name, e.name) && sameMoney(e.amount, a.amount, false));
    if (index < 0) index = unmatched.findIndex((a) => sameProjectName(a.name, e.name));
    if (index < 0) {
      out.push(`projects.${key}: missing (expected ${e.amount})`);
      continue;
    }
    const [a] = unmatched.splice(index, 1);
    if ((e.code ?? null) !== (a.code ?? null)) out.push(`projects.${key}.code: expected ${show(e.code)}, got ${show(a.code)}`);
    const { name: _name, ...rest } = e;
    compareRow(`projects.${key}`, rest as Row, a, out);
  }
  for (const a of unmatched) out.push(`projects.${a.code ?? a.name}: unexpected (${String(a.amount)})`);
}

const HEADER_FIELDS = ["district", "city", "department", "departmentKind", "parentDepartment", "year", "kind", "unit", "sourceUnit"];

function compareDocument(expected: Json, actual: Json): string[] {
  const out: string[] = [];
  for (const key of HEADER_FIELDS) {
    if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key] ?? null)) {
      out.push(`header.${key}: expected ${show(expected[key])}, got ${show(actual[key])}`);
    }
  }
  const et = expected.totals as Record<string, string | null>;
  const at = (actual.totals ?? {}) as Record<string, string | null>;
  for (const key of Object.keys(et)) {
    if (!sameMoney(et[key], at[key], false)) out.push(`totals.${key}: expected ${show(et[key])}, got ${show(at[key])}`);
  }
  compareCodedRows("functions", expected.functions as Row[], actual.functions as Row[], out);
  compareCodedRows("economics", expected.economics as Row[], actual.economics as Row[], out);
  compareProjects(expected.projects as Row[], actual.projects as Row[], out);
  return out;
}

describe.each(SAMPLES)("golden: %s", (sample) => {
  const mismatches = compareDocument(loadExpected(sample), loadActual(sample));
  const accepted = KNOWN_DEVIATIONS.filter((d) => d.sample === sample);
  const isAccepted = (m: string) => accepted.some((d) => m === d.path || m.startsWith(`${d.path}:`) || m.startsWith(`${d.path} `));

  it("matches the hand-checked expected output", () => {
    expect(mismatches.filter((m) => !isAccepted(m))).toEqual([]);
  });

  it("has no stale known deviations", () => {
    const stale = accepted.filter((d) => !mismatches.some((m) => m === d.path || m.startsWith(`${d.path}:`) || m.startsWith(`${d.path} `)));
    expect(stale.map((d) => d.path)).toEqual([]);
  });
});
