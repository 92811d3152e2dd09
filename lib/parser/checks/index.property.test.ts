/**
 * runChecks against its known-good version (test-support/reference-checks): the same findings for
 * the sample disclosures' drafts and for drafts damaged at random (rows, statements, figures and
 * projects dropped, repeated or given other amounts, codes and keys).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifyDocument } from "../identify-document";
import { mergeEconomics, mergeFigures, mergeFunctions, mergeProjects, mergeTotals } from "../merge-records";
import { extractNarrative } from "../narrative";
import { normalizeText } from "../normalize-text";
import { clearParseMemos } from "../parse-memos";
import { extractTables } from "../tables";
import { runChecks as referenceRunChecks } from "../test-support/reference-checks";
import { SAMPLE_TEXTS } from "../test-support/text-arbitraries";
import type { ParsedDocumentDraft } from "../types";
import { PARSER_VERSION } from "../version";
import { runChecks } from "./index";

function draftOf(text: string): ParsedDocumentDraft {
  clearParseMemos();
  const lines = normalizeText(text);
  const header = identifyDocument(lines);
  const tables = extractTables(lines);
  const narrative = extractNarrative(lines, { header });
  const { totals, totalsProvenance } = mergeTotals(tables, narrative);
  return {
    header,
    sourceUnit: null,
    unit: "万元",
    totals,
    totalsProvenance,
    tables: tables.tables,
    functionRows: tables.functionRows,
    economicRows: tables.economicRows,
    functions: mergeFunctions(tables.functionRows, narrative.statements, lines),
    economics: mergeEconomics(tables.economicRows, narrative.statements),
    projects: mergeProjects(tables.projects, narrative.projects, totals.project),
    figures: mergeFigures(tables.figures, narrative.figures),
    statements: narrative.statements,
    findings: [...tables.findings, ...narrative.findings],
    parserVersion: PARSER_VERSION,
  };
}

const DRAFTS = SAMPLE_TEXTS.map(draftOf);
const AMOUNTS = ["0.00", "1.00", "1.0", "15266.09", "15211.09", "44.3", "43.92", "1234.567891", "12345678901.5", "0.1234567"];

type Edit = {
  list: "functionRows" | "economicRows" | "statements" | "figures" | "projects";
  at: number;
  op: "drop" | "repeat" | "amount" | "code" | "project";
  pick: number;
};

const edit: fc.Arbitrary<Edit> = fc.record({
  list: fc.constantFrom("functionRows" as const, "economicRows" as const, "statements" as const, "figures" as const, "projects" as const),
  at: fc.nat(),
  op: fc.constantFrom("drop" as const, "repeat" as const, "amount" as const, "code" as const, "project" as const),
  pick: fc.nat(),
});

/** A copy of the draft with the edits applied (records are copied before they are changed). */
function damaged(draft: ParsedDocumentDraft, edits: Edit[]): ParsedDocumentDraft {
  const doc = { ...draft, functionRows: [...draft.functionRows], economicRows: [...draft.economicRows], statements: [...draft.statements], figures: [...draft.figures], projects: [...draft.projects] };
  for (const e of edits) {
    const list = doc[e.list] as unknown as Array<Record<string, unknown>>;
    if (list.length === 0) continue;
    const i = e.at % list.length;
    const other = list[e.pick % list.length];
    if (e.op === "project") {
      // A sentence about a table's project, by its name and perhaps another project's code.
      const projects = doc.projects;
      if (projects.length === 0) continue;
      const named = projects[e.pick % projects.length];
      const coded = projects[(e.pick >> 3) % projects.length];
      doc.statements.splice(e.at % (doc.statements.length + 1), 0, {
        code: e.pick % 2 === 0 ? coded.code : null,
        subject: named.name,
        subjectKind: "project",
        amount: e.pick % 3 === 0 ? named.amount : AMOUNTS[e.pick % AMOUNTS.length],
        provenance: { source: "sentence", line: e.at % 500 },
      });
    } else if (e.op === "drop") list.splice(i, 1);
    else if (e.op === "repeat") list.splice(i, 0, { ...other });
    else if (e.op === "amount") {
      const field = e.list === "figures" ? "value" : e.list === "functionRows" || e.list === "economicRows" ? "total" : "amount";
      list[i] = { ...list[i], [field]: AMOUNTS[e.pick % AMOUNTS.length] };
    } else if (e.list === "figures") list[i] = { ...list[i], key: other.key };
    else list[i] = { ...list[i], code: other.code, ...(e.list === "statements" ? { isNone: e.pick % 5 === 0 } : {}) };
  }
  return doc as ParsedDocumentDraft;
}

describe("runChecks against the reference version", () => {
  it("finds the same in the sample disclosures", () => {
    for (const draft of DRAFTS) {
      clearParseMemos();
      expect(runChecks({ ...draft })).toEqual(referenceRunChecks({ ...draft }));
    }
  });

  it("finds the same in damaged drafts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRAFTS.keys()), fc.array(edit, { maxLength: 12 }), (d, edits) => {
        const doc = damaged(DRAFTS[d], edits);
        clearParseMemos();
        expect(runChecks({ ...doc })).toEqual(referenceRunChecks({ ...doc }));
      }),
      { numRuns: 1500, seed: 20250351 },
    );
  });
});
