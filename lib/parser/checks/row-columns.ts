import { addAmounts, compareWithSum } from "./amounts";
import type { EconomicRow, Finding, FunctionRow, Money, ParsedDocumentDraft } from "../types";
import { cell, COLUMN_NAMES, type AmountColumn } from "./columns";
import { describeCode, describeSource, linesOf, makeAmountFinding, wan } from "./describe";

/**
 * row-columns: across one printed row, 合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费
 * (economic rows: 合计 = 人员经费 + 公用经费).
 *
 * Why: a column shifted during PDF extraction (a blank cell swallowed, two numbers glued) shows up
 * first as a row whose parts no longer add up; real tables always satisfy these identities.
 * Warning, because extraction is the usual cause. Skipped when any part is not printed.
 */
export function checkRowColumns(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  // The two parts of the row being checked, refilled for each row.
  const pair: Money[] = ["", ""];
  for (const row of doc.functionRows) {
    pushIdentity(findings, row, "total", WHOLE_PARTS, pair);
    if (cell(row, "personnel") != null || cell(row, "public") != null) {
      pushIdentity(findings, row, cell(row, "basic") != null ? "basic" : "total", BASIC_PARTS, pair);
    }
  }
  for (const row of doc.economicRows) pushIdentity(findings, row, "total", BASIC_PARTS, pair);
  return findings;
}

type Parts = readonly [AmountColumn, AmountColumn];
const WHOLE_PARTS: Parts = ["basic", "project"];
const BASIC_PARTS: Parts = ["personnel", "public"];

function pushIdentity(findings: Finding[], row: FunctionRow | EconomicRow, whole: AmountColumn, parts: Parts, pair: Money[]): void {
  // Every row is checked: its cells are read one by one, with no list built for a row that lacks one.
  const expected = cell(row, whole);
  if (expected == null) return;
  const first = cell(row, parts[0]);
  if (first == null) return;
  const second = cell(row, parts[1]);
  if (second == null) return;
  pair[0] = first;
  pair[1] = second;
  // Most rows add up: decide that before building the sum, the message and the line lists.
  const outcome = compareWithSum(expected, pair);
  if (outcome === "equal") return;
  const values = [first, second];
  const actual = addAmounts(values);
  const finding = makeAmountFinding({
    rule: "row-columns",
    severity: "warning",
    message:
      `${describeSource(row.provenance)}${describeCode(row.code, row.name)}：${COLUMN_NAMES[whole]}${wan(expected)}，` +
      `但${parts.map((p, i) => `${COLUMN_NAMES[p]}${values[i]}`).join(" + ")} = ${wan(actual)}`,
    codes: [row.code],
    lines: linesOf(row.provenance),
    expected,
    actual,
    outcome,
  });
  if (finding) findings.push(finding);
}
