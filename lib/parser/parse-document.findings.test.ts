/**
 * Findings expected on the sample disclosures, written by hand from reading them
 * (lib/parser/fixtures/<sample>.findings.json): each expected finding must be reported (same rule
 * and severity, at least those codes), and no error-level finding may appear that the fixture does
 * not expect — a consistent document must not be accused of inconsistencies.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";
import type { Finding, Severity } from "./types";

interface ExpectedFinding {
  rule: string;
  severity: Severity;
  codes: string[];
}

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");
const SAMPLES = path.resolve(import.meta.dirname, "../../data/samples");
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".findings.json"))
  .map((f) => f.replace(/\.findings\.json$/, ""))
  .sort();

function matches(found: Finding, wanted: ExpectedFinding): boolean {
  return found.rule === wanted.rule && found.severity === wanted.severity && wanted.codes.every((c) => found.codes.includes(c));
}

describe.each(names)("findings on %s", (name) => {
  const fixture = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.findings.json`), "utf8")) as { findings: ExpectedFinding[] };
  const doc = parseDocument(readFileSync(path.join(SAMPLES, `${name}.txt`), "utf8"));
  const summary = doc.findings.map((f) => `${f.severity} ${f.rule} [${f.codes.join(",")}] ${f.message}`);

  it.each(fixture.findings.map((f) => [`${f.severity} ${f.rule} ${f.codes.join(",")}`, f] as const))("reports %s", (_, wanted) => {
    expect(doc.findings.some((f) => matches(f, wanted)), summary.join("\n")).toBe(true);
  });

  it("reports no error the fixture does not expect", () => {
    const unexpected = doc.findings.filter(
      (f) => f.severity === "error" && !fixture.findings.some((w) => w.severity === "error" && matches(f, w)),
    );
    expect(unexpected.map((f) => f.message)).toEqual([]);
  });
});
