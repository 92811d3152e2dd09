import type { Finding, ParsedDocumentDraft } from "../types";
import { checkBasicSplit } from "./basic-split";
import { checkChildrenSum } from "./children-sum";
import { checkCrossTable } from "./cross-table";
import { checkIncomeVsExpenditure } from "./income-expenditure";
import { checkNoneVsTable } from "./none-vs-table";
import { checkProjectAmounts } from "./project-amounts";
import { checkProjectsSum } from "./projects-sum";
import { checkRowColumns } from "./row-columns";
import { checkStatementConflict } from "./statement-conflict";
import { checkTableTotal } from "./table-total";
import { checkTextVsTable } from "./text-vs-table";
import { checkThreePublic } from "./three-public";
import { checkTitleOnlyTables } from "./title-only-tables";

type Check = (doc: ParsedDocumentDraft) => Finding[];

/** Every consistency rule, in the order readers meet the problems: tables, then tables vs tables, then prose. */
export const CHECKS: ReadonlyArray<readonly [string, Check]> = [
  ["title-only-table", checkTitleOnlyTables],
  ["children-sum", checkChildrenSum],
  ["row-columns", checkRowColumns],
  ["table-total", checkTableTotal],
  ["income-vs-expenditure", checkIncomeVsExpenditure],
  ["basic-split", checkBasicSplit],
  ["cross-table", checkCrossTable],
  ["three-public", checkThreePublic],
  ["projects-sum", checkProjectsSum],
  ["project-amounts", checkProjectAmounts],
  ["text-vs-table", checkTextVsTable],
  ["statement-conflict", checkStatementConflict],
  ["none-vs-table", checkNoneVsTable],
];

/**
 * Runs every consistency check on a parsed document and returns the checks' own findings. The
 * findings earlier stages already stated (repeated pages found by the table stage, unreadable
 * rows) stay in `doc.findings`: the caller keeps them and appends these (`[...doc.findings,
 * ...runChecks(doc)]`); a check never restates one of them.
 *
 * The same discrepancy is reported once: findings with the same rule, codes and figures are
 * merged (their lines united), which also folds a mismatch that a 表 prints twice into one.
 * A check that throws on some malformed draft is skipped rather than failing the parse: a finding
 * is advice, never a reason to lose the document.
 */
export function runChecks(doc: ParsedDocumentDraft): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Finding>();
  const findings = doc.findings;
  const earlier = findings && findings.length > 0 ? new Set(findings.map(keyOf)) : null;
  // An index loop: `for (const [, check] of CHECKS)` runs the iterator protocol on every pair.
  for (let i = 0; i < CHECKS.length; i++) {
    const check = CHECKS[i][1];
    let produced: Finding[] = [];
    try {
      produced = check(doc);
    } catch {
      continue;
    }
    for (const finding of produced) addFinding(out, seen, earlier, finding);
  }
  return out;
}

/**
 * Adds a copy of a check's finding to `out`, unless an earlier stage stated it; a finding seen
 * before gets the new one's lines. Module-level rather than a closure in runChecks: no function
 * object is made (and named) per document.
 */
function addFinding(out: Finding[], seen: Map<string, Finding>, earlier: Set<string> | null, finding: Finding): void {
  const key = keyOf(finding);
  if (earlier !== null && earlier.has(key)) return;
  const existing = seen.get(key);
  if (existing) {
    const lines = new Set([...(existing.lines ?? []), ...(finding.lines ?? [])]);
    existing.lines = [...lines].sort((a, b) => a - b);
    return;
  }
  const copy = { ...finding, codes: [...finding.codes], lines: finding.lines ? [...finding.lines] : undefined };
  seen.set(key, copy);
  out.push(copy);
}

/** What makes two findings the same discrepancy. */
function keyOf(finding: Finding): string {
  // Built by concatenation; only a finding naming several codes needs a sorted copy of them.
  const codes = finding.codes.length < 2 ? (finding.codes[0] ?? "") : [...finding.codes].sort().join(",");
  return (
    finding.rule + "|" + codes + "|" + (finding.expected ?? "") + "|" + (finding.actual ?? "") + "|" +
    (finding.expected == null && finding.actual == null ? finding.message : "")
  );
}
