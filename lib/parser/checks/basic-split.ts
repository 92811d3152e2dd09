import { addAmounts, compareAmounts } from "./amounts";
import type { Finding, ParsedDocumentDraft } from "../types";
import { describeSource, makeAmountFinding, wan } from "./describe";
import { totalPlaces, withinPrintedRounding } from "./printed-places";

/**
 * basic-split: 基本支出 = 人员经费 + 公用经费, and 总支出 = 基本支出 + 项目支出.
 *
 * Why: these are the definitions of the terms, so the document's headline figures must satisfy
 * them. Warning rather than error because the parts can come from different scopes (the 支出总表's
 * basic covers every fund, a narrative's 人员经费 sometimes only 一般公共预算).
 */
export function checkBasicSplit(doc: ParsedDocumentDraft): Finding[] {
  const t = doc.totals;
  const p = doc.totalsProvenance;
  const findings: Finding[] = [];
  const { basic, personnel, expenditure, project } = t;
  const pub = t.public;
  if (basic != null && personnel != null && pub != null) {
    const actual = addAmounts([personnel, pub]);
    // Most documents add up: decide that before building the message (built only for a finding).
    let outcome = compareAmounts(basic, actual);
    if (outcome !== "equal" && partsOfNarrowerScope(doc, actual, "general.basic")) outcome = "equal";
    if (outcome !== "equal" && partsAgreeAsPrinted(doc, basic, actual, "basic", "personnel", "public")) outcome = "equal";
    const f = outcome === "equal" ? null : makeAmountFinding({
      rule: "basic-split",
      severity: "warning",
      message:
        `基本支出${wan(basic)}${where(p, "basic")}不等于人员经费${wan(personnel)}${where(p, "personnel")}` +
        `与公用经费${wan(pub)}${where(p, "public")}之和${wan(actual)}`,
      codes: ["expenditure.basic", "expenditure.personnel", "expenditure.public"],
      lines: lines(p, "basic", "personnel", "public"),
      expected: basic,
      actual,
      outcome,
    });
    if (f) findings.push(f);
  }
  if (expenditure != null && basic != null && project != null) {
    const actual = addAmounts([basic, project]);
    let outcome = compareAmounts(expenditure, actual);
    if (outcome !== "equal" && partsOfNarrowerScope(doc, actual, "general.expenditure", "fiscal.expenditure")) outcome = "equal";
    if (outcome !== "equal" && partsAgreeAsPrinted(doc, expenditure, actual, "expenditure", "basic", "project")) outcome = "equal";
    const f = outcome === "equal" ? null : makeAmountFinding({
      rule: "basic-split",
      severity: "warning",
      message:
        `支出总计${wan(expenditure)}${where(p, "expenditure")}不等于基本支出${wan(basic)}${where(p, "basic")}` +
        `与项目支出${wan(project)}${where(p, "project")}之和${wan(actual)}`,
      codes: ["expenditure.total", "expenditure.basic", "expenditure.project"],
      lines: lines(p, "expenditure", "basic", "project"),
      expected: expenditure,
      actual,
      outcome,
    });
    if (f) findings.push(f);
  }
  return findings;
}

/**
 * True when the parts add up exactly to a total of a narrower scope the document states ("一般公共预算
 * 支出1,100万元，其中：基本支出700万元，项目支出400万元"): they are that budget's parts, not the
 * department's, and differ from the department's total without contradicting it.
 */
function partsOfNarrowerScope(doc: ParsedDocumentDraft, sum: string, ...keys: string[]): boolean {
  for (const f of doc.figures) {
    if (!f.isCount && keys.includes(f.key) && compareAmounts(f.value, sum) === "equal") return true;
  }
  return false;
}

/** True when the whole and the sum of its parts differ only by the rounding of totals a sentence printed with fewer decimals. */
function partsAgreeAsPrinted(doc: ParsedDocumentDraft, whole: string, sum: string, ...totals: (keyof TotalsProvenance)[]): boolean {
  return withinPrintedRounding(whole, sum, totals.map((t) => totalPlaces(doc, t)));
}

type TotalsProvenance = ParsedDocumentDraft["totalsProvenance"];

/** "（《…》第12行）" for a total's source, or "" when unknown (module-level: no closure per document). */
function where(p: TotalsProvenance, key: keyof TotalsProvenance): string {
  const provenance = p[key];
  return provenance ? `（${describeSource(provenance)}）` : "";
}

/** The lines of the totals' sources (0 when unknown). */
function lines(p: TotalsProvenance, ...keys: (keyof TotalsProvenance)[]): number[] {
  return keys.map((k) => p[k]?.line ?? 0);
}
