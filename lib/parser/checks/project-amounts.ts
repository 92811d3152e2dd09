import { compareAmounts } from "./amounts";
import type { Finding, ParsedDocumentDraft } from "../types";
import { describeSource, makeAmountFinding, wan } from "./describe";
import { groupProjects } from "./project-identity";

/**
 * project-amounts: the same project (same code, or same name) printed with different amounts in
 * different tables (项目支出表 vs 项目申报表 vs 绩效目标表).
 *
 * Why: the project's amount is what a reader quotes; two versions in one document mean one is
 * wrong or they measure different things (total vs this year's budget). Warning, because forms
 * print 项目总预算 beside 年度预算 and extraction may pick the wrong one. In a 决算 the amount is
 * compared as executed, so budget-vs-executed differences are never reported here.
 */
export function checkProjectAmounts(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  const tableProjects = doc.projects.filter((p) => p.provenance.source === "table" && p.amount != null);
  for (const group of groupProjects(tableProjects)) {
    const first = group[0];
    const other = group.find((p) => compareAmounts(first.amount!, p.amount!) !== "equal");
    if (!other) continue;
    const all = group.map((p) => `${describeSource(p.provenance)}为${wan(p.amount!)}`).join("，");
    const f = makeAmountFinding({
      rule: "project-amounts",
      severity: "warning",
      message: `项目“${first.name}”在不同表格中金额不一致：${all}`,
      codes: [first.code ?? first.name],
      lines: group.map((p) => p.provenance.line),
      expected: first.amount!,
      actual: other.amount!,
    });
    if (f) findings.push(f);
  }
  return findings;
}
