import { runChecks } from "./checks";
import { identifyDocument } from "./identify-document";
import { clearParseMemos } from "./parse-memos";
import { mergeEconomics, mergeFigures, mergeFunctions, mergeProjects, mergeTotals } from "./merge-records";
import { extractNarrative } from "./narrative";
import { normalizeText } from "./normalize-text";
import { extractTables } from "./tables";
import { UnrecognisedDocumentError, type ParsedDocument, type ParsedDocumentDraft, type Totals } from "./types";
import { PARSER_VERSION } from "./version";

/**
 * Text of one disclosure in, every record and finding out: normalise → identify → tables →
 * narrative → merge → checks. Pure and deterministic.
 *
 * Throws UnrecognisedDocumentError (and nothing else on purpose) when the text is not a
 * budget/final disclosure: no fiscal year, no 预算/决算 kind, or neither a department name nor
 * any figure. Inconsistent figures are not errors: they come back as findings.
 */
export function parseDocument(text: string): ParsedDocument {
  clearParseMemos();
  const lines = normalizeText(text);
  if (lines.length === 0) throw new UnrecognisedDocumentError("the text is empty");
  const header = identifyDocument(lines);
  if (header.year == null || header.kind == null) {
    throw new UnrecognisedDocumentError(
      "not a budget or final-accounts disclosure: no \"20xx年部门预算/决算\" title or table found",
    );
  }
  const tables = extractTables(lines);
  const narrative = extractNarrative(lines, { header });

  const { totals, totalsProvenance } = mergeTotals(tables, narrative);
  const functions = mergeFunctions(tables.functionRows, narrative.statements, lines);
  const economics = mergeEconomics(tables.economicRows, narrative.statements);
  const projects = mergeProjects(tables.projects, narrative.projects, totals.project);
  if (header.department == null && functions.length === 0 && !hasAnyTotal(totals)) {
    throw new UnrecognisedDocumentError("not a budget or final-accounts disclosure: no department and no figures found");
  }

  const draft: ParsedDocumentDraft = {
    header,
    sourceUnit: tables.tables.find((t) => t.unit != null)?.unit ?? null,
    unit: "万元",
    totals,
    totalsProvenance,
    tables: tables.tables,
    functionRows: tables.functionRows,
    economicRows: tables.economicRows,
    functions,
    economics,
    projects,
    figures: mergeFigures(tables.figures, narrative.figures),
    statements: narrative.statements,
    findings: [...tables.findings, ...narrative.findings],
    parserVersion: PARSER_VERSION,
  };
  // The document is the draft with the checks' findings appended: the same fields in the same
  // order as a copy, without copying them.
  draft.findings = [...draft.findings, ...runChecks(draft)];
  return draft;
}

function hasAnyTotal(totals: Totals): boolean {
  return Object.values(totals).some((v) => v != null);
}
