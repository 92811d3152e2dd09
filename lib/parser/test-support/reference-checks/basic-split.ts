import { addAmounts } from "./amounts";
import type { Finding, ParsedDocumentDraft } from "../../types";
import { describeSource, makeAmountFinding, wan } from "./describe";

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
  const where = (key: keyof typeof p) => (p[key] ? `（${describeSource(p[key]!)}）` : "");
  const lines = (...keys: (keyof typeof p)[]) => keys.map((k) => p[k]?.line ?? 0);
  const { basic, personnel, expenditure, project } = t;
  const pub = t.public;
  if (basic != null && personnel != null && pub != null) {
    const actual = addAmounts([personnel, pub]);
    const f = makeAmountFinding({
      rule: "basic-split",
      severity: "warning",
      message: () =>
        `基本支出${wan(basic)}${where("basic")}不等于人员经费${wan(personnel)}${where("personnel")}` +
        `与公用经费${wan(pub)}${where("public")}之和${wan(actual)}`,
      codes: ["expenditure.basic", "expenditure.personnel", "expenditure.public"],
      lines: lines("basic", "personnel", "public"),
      expected: basic,
      actual,
    });
    if (f) findings.push(f);
  }
  if (expenditure != null && basic != null && project != null) {
    const actual = addAmounts([basic, project]);
    const f = makeAmountFinding({
      rule: "basic-split",
      severity: "warning",
      message: () =>
        `支出总计${wan(expenditure)}${where("expenditure")}不等于基本支出${wan(basic)}${where("basic")}` +
        `与项目支出${wan(project)}${where("project")}之和${wan(actual)}`,
      codes: ["expenditure.total", "expenditure.basic", "expenditure.project"],
      lines: lines("expenditure", "basic", "project"),
      expected: expenditure,
      actual,
    });
    if (f) findings.push(f);
  }
  return findings;
}
