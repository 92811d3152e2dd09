/**
 * merge-records.ts against its known-good version (test-support/reference-merge-records.ts): the
 * same merged records for the sample disclosures, for random project lists and for random names
 * to complete.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifyDocument } from "./identify-document";
import * as merge from "./merge-records";
import { extractNarrative } from "./narrative";
import { normalizeText } from "./normalize-text";
import { clearParseMemos } from "./parse-memos";
import { ECONOMIC_CATALOGUE, FUNCTION_CATALOGUE } from "./reference";
import { extractTables } from "./tables";
import * as reference from "./test-support/reference-merge-records";
import { SAMPLE_TEXTS } from "./test-support/text-arbitraries";
import type { ProjectRecord } from "./types";

describe("merge against the reference version", () => {
  it("merges the sample disclosures' records alike", () => {
    for (const text of SAMPLE_TEXTS) {
      clearParseMemos();
      const lines = normalizeText(text);
      const header = identifyDocument(lines);
      const tables = extractTables(lines);
      const narrative = extractNarrative(lines, { header });
      const totals = merge.mergeTotals(tables, narrative);
      expect(totals).toEqual(reference.mergeTotals(tables, narrative));
      expect(merge.mergeFunctions(tables.functionRows, narrative.statements, lines)).toEqual(
        reference.mergeFunctions(tables.functionRows, narrative.statements, lines),
      );
      expect(merge.mergeEconomics(tables.economicRows, narrative.statements)).toEqual(
        reference.mergeEconomics(tables.economicRows, narrative.statements),
      );
      expect(merge.mergeProjects(tables.projects, narrative.projects, totals.totals.project)).toEqual(
        reference.mergeProjects(tables.projects, narrative.projects, totals.totals.project),
      );
      expect(merge.mergeFigures(tables.figures, narrative.figures)).toEqual(reference.mergeFigures(tables.figures, narrative.figures));
    }
  });

  const amount = fc.constantFrom(null, "1.00", "1.0", "1", "100.50", "100.5", "-0.00", "0.00", "12.345678", "0.1234567", "1234567890.12", "1234567890.120");
  const project: fc.Arbitrary<ProjectRecord> = fc.record({
    code: fc.constantFrom(null, "P1", "P2", ""),
    name: fc.constantFrom("社区治理专项经费", "社区治理专项", "医疗救助资金", "医疗 救助资金（区级）", "信息化建设", "信息化建设项目。", "其他"),
    amount,
    initialBudget: fc.constantFrom(undefined, null, "5.00"),
    executed: fc.constantFrom(undefined, "4.00"),
    provenance: fc.record({
      source: fc.constantFrom("table" as const, "sentence" as const),
      line: fc.nat(50),
      excerpt: fc.constantFrom(undefined, "项目 1.00", "2020年收入预算2,525.60万元，支出预算。"),
    }),
  });

  it("merges random project lists alike", () => {
    fc.assert(
      fc.property(fc.array(project, { maxLength: 8 }), fc.array(project, { maxLength: 8 }), amount, (fromTables, fromNarrative, total) => {
        clearParseMemos();
        expect(merge.mergeProjects(fromTables, fromNarrative, total)).toEqual(reference.mergeProjects(fromTables, fromNarrative, total));
      }),
      { numRuns: 5000, seed: 20250341 },
    );
  });

  const entries = [...FUNCTION_CATALOGUE.values(), ...ECONOMIC_CATALOGUE.values()];
  it("completes random printed names alike", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.constantFrom(...entries),
        fc.nat(),
        fc.constantFrom("", " ", "（款）", "(项)", "其中：", "x"),
        fc.constantFrom("function" as const, "economic" as const),
        (entry, other, cut, extra, catalogue) => {
          const names = [entry.name, ...entry.aliases, other.name];
          const name = names[cut % names.length];
          const printed = (cut % 3 === 0 ? extra : "") + name.slice(0, 1 + (cut % name.length)) + (cut % 3 === 1 ? extra : "");
          clearParseMemos();
          expect(merge.completeClassificationName(entry.code, printed, catalogue)).toBe(
            reference.completeClassificationName(entry.code, printed, catalogue),
          );
        },
      ),
      { numRuns: 5000, seed: 20250342 },
    );
  });
});
