import type { Finding, ParsedDocumentDraft } from "../../types";
import { isZeroMoney } from "./amounts";
import { describeCode, describeSource, wan } from "./describe";
import { codeOf, figureKeyOf, noneTableKindOf } from "./statement-subjects";
import { figureAmounts, functionAmounts, projectAmounts, type TableAmount } from "./table-evidence";
import { groupRowsByTable } from "./table-groups";

/**
 * none-vs-table: the narrative says there is no such spending (“本部门无政府性基金预算支出”,
 * “公务接待费为0”) while a table prints a non-zero amount for it.
 *
 * Why: an explicit denial contradicted by the tables is the clearest inconsistency a reader can
 * meet, and it often hides spending (三公) the press asks about. Error.
 */
export function checkNoneVsTable(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  for (const s of doc.statements) {
    if (!s.isNone) continue;
    const code = codeOf(s);
    const key = figureKeyOf(s);
    let evidence: TableAmount[] = [];
    if (code) evidence = functionAmounts(doc, code).filter((a) => a.column === "total");
    else if (key) evidence = figureAmounts(doc, key);
    else if (s.subjectKind === "project") evidence = projectAmounts(doc, s.subject, null);
    else {
      const kind = noneTableKindOf(s);
      if (kind) {
        for (const group of groupRowsByTable(doc, doc.functionRows)) {
          if (group.kind !== kind) continue;
          for (const row of group.rows.values()) {
            if (row.total != null) evidence.push({ value: row.total, provenance: row.provenance });
          }
        }
      }
    }
    const nonZero = evidence.find((a) => !isZeroMoney(a.value));
    if (!nonZero) continue;
    const item = code ? describeCode(code) : s.subject;
    findings.push({
      rule: "none-vs-table",
      severity: "error",
      message: `${item}：${describeSource(s.provenance)}称没有此项支出，而${describeSource(nonZero.provenance)}为${wan(nonZero.value)}`,
      codes: [code ?? key ?? s.subject],
      lines: [s.provenance.line, nonZero.provenance.line],
      expected: "0.00",
      actual: nonZero.value,
    });
  }
  return findings;
}
