/**
 * Field-by-field comparison of the parse CLI's output with a hand-written expected file, shared by the
 * golden test (the samples) and the genre test (composed variants). Returns one readable line per
 * mismatch ("functions.2101301.total: expected "774.16", got "744.16"").
 *
 * Rules: header fields are compared when the expected file has them; amounts are compared as exact
 * decimals; a blank basic/project/personnel/public cell counts as 0.00; names ignore spacing and
 * full-width forms; projects match by code, else by name; when the expected file lists findings, each
 * must be present and any other error or warning is unexpected; figures listed must appear with that value.
 */
import { isSameMoney } from "../../money";

export type Json = Record<string, unknown>;
type Row = Record<string, unknown> & { code: string | null; name: string };

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
const MONEY_FIELDS = ["total", "initialBudget", "amount", "adjustedBudget", "executed", "narrativeAmount"];

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
    if (!a) out.push(`${kind}.${e.code}: missing (expected ${e.name} ${String(e.total)})`);
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
      out.push(`projects.${key}: missing (expected ${String(e.amount)})`);
      continue;
    }
    const [a] = unmatched.splice(index, 1);
    if ((e.code ?? null) !== (a.code ?? null)) out.push(`projects.${key}.code: expected ${show(e.code)}, got ${show(a.code)}`);
    const { name: _name, ...rest } = e;
    compareRow(`projects.${key}`, rest as Row, a, out);
  }
  for (const a of unmatched) out.push(`projects.${a.code ?? a.name}: unexpected (${String(a.amount)})`);
}

interface ExpectedFinding {
  rule: string;
  codes?: string[];
  expected?: string;
  actual?: string;
}

function matchesFinding(e: ExpectedFinding, a: Json): boolean {
  if (a.rule !== e.rule) return false;
  if (e.codes && !e.codes.every((c) => ((a.codes as string[] | undefined) ?? []).includes(c))) return false;
  if (e.expected !== undefined && !sameMoney(e.expected, a.expected, false)) return false;
  if (e.actual !== undefined && !sameMoney(e.actual, a.actual, false)) return false;
  return true;
}

function compareFindings(expected: ExpectedFinding[], actual: Json[], out: string[]): void {
  const matched = new Set<Json>();
  for (const e of expected) {
    const hit = actual.find((a) => !matched.has(a) && matchesFinding(e, a));
    if (hit) matched.add(hit);
    else out.push(`findings.${e.rule}: missing (expected ${JSON.stringify(e)})`);
  }
  for (const a of actual) {
    if (matched.has(a) || (a.severity !== "error" && a.severity !== "warning")) continue;
    out.push(`findings.${String(a.rule)}: unexpected ${String(a.severity)} (${String(a.message).slice(0, 120)})`);
  }
}

function compareFigures(expected: Record<string, string>, actual: Json[], out: string[]): void {
  for (const [key, value] of Object.entries(expected)) {
    const values = actual.filter((f) => f.key === key).map((f) => String(f.value));
    if (!values.some((v) => sameMoney(value, v, false))) {
      out.push(`figures.${key}: expected ${JSON.stringify(value)}, got ${values.length ? JSON.stringify(values) : "absent"}`);
    }
  }
}

const HEADER_FIELDS = ["district", "city", "department", "departmentKind", "parentDepartment", "year", "kind", "unit", "sourceUnit", "encoding"];

export function compareDocument(expected: Json, actual: Json): string[] {
  const out: string[] = [];
  for (const key of HEADER_FIELDS) {
    if (!(key in expected)) continue;
    if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key] ?? null)) {
      out.push(`header.${key}: expected ${show(expected[key])}, got ${show(actual[key])}`);
    }
  }
  const et = (expected.totals ?? {}) as Record<string, string | null>;
  const at = (actual.totals ?? {}) as Record<string, string | null>;
  for (const key of Object.keys(et)) {
    if (!sameMoney(et[key], at[key], false)) out.push(`totals.${key}: expected ${show(et[key])}, got ${show(at[key])}`);
  }
  compareCodedRows("functions", (expected.functions ?? []) as Row[], actual.functions as Row[], out);
  compareCodedRows("economics", (expected.economics ?? []) as Row[], actual.economics as Row[], out);
  compareProjects((expected.projects ?? []) as Row[], actual.projects as Row[], out);
  // The samples' findings are checked by their own test (fixtures/*.findings.json).
  if ("findings" in expected) compareFindings(expected.findings as ExpectedFinding[], actual.findings as Json[], out);
  compareFigures((expected.figures ?? {}) as Record<string, string>, actual.figures as Json[], out);
  return out;
}
