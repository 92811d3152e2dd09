import { addAmounts, compareWithSum } from "./amounts";
import type { EconomicRow, Finding, FunctionRow, Money, ParsedDocumentDraft } from "../types";
import { cell, COLUMN_NAMES, ECONOMIC_COLUMNS, FUNCTION_COLUMNS, type AmountColumn } from "./columns";
import { describeCode, describeTable, linesOf, makeAmountFinding, wan } from "./describe";
import { groupChildren, groupRowsByTable } from "./table-groups";

/**
 * children-sum: inside one table, a 类 must equal the sum of its 款 and a 款 the sum of its 项, in
 * every amount column; in the economic classification 301 must equal Σ30101…30199.
 *
 * Why: the classification is a strict tree, so a mismatch means either a row was lost or misread
 * in extraction or the document's own table does not add up. Both are worth showing, but since
 * extraction is the likelier cause the severity is warning. Only checked when the parent and every
 * child print the column (a blank cell is unknown, not zero) and the table lists at least one child.
 */
export function checkChildrenSum(doc: ParsedDocumentDraft): Finding[] {
  return [
    ...checkRows(doc, doc.functionRows, FUNCTION_COLUMNS),
    ...checkRows(doc, doc.economicRows, ECONOMIC_COLUMNS),
  ];
}

function checkRows<R extends FunctionRow | EconomicRow>(
  doc: ParsedDocumentDraft,
  rows: R[],
  columns: AmountColumn[],
): Finding[] {
  const findings: Finding[] = [];
  // Refilled for every sum (the first `count` entries): emptying it with `length = 0` would drop
  // its storage and make every sum allocate a new one.
  const values: Money[] = [];
  for (const group of groupRowsByTable(doc, rows)) {
    const childrenByParent = groupChildren(group.rows);
    if (childrenByParent.size === 0) continue;
    for (const parent of group.rows.values()) {
      const children = childrenByParent.get(parent.code);
      if (!children) continue;
      for (const column of columns) {
        const expected = cell(parent, column);
        if (expected == null) continue;
        let count = 0;
        for (const c of children) {
          const v = cell(c, column);
          if (v == null) break;
          values[count++] = v;
        }
        if (count < children.length) continue;
        // Most sums agree: decide that before building the sum, the message and the line lists.
        const outcome = compareWithSum(expected, values, count);
        if (outcome === "equal") continue;
        const actual = addAmounts(values.slice(0, count));
        const table = describeTable(parent.provenance);
        const finding = makeAmountFinding({
          rule: "children-sum",
          severity: "warning",
          message:
            `${table}中${describeCode(parent.code, parent.name)}的${COLUMN_NAMES[column]}为${wan(expected)}` +
            `（第${parent.provenance.line}行），其下级科目（${children.map((c) => c.code).join("、")}）` +
            `合计为${wan(actual)}，两者不一致`,
          codes: [parent.code, ...children.map((c) => c.code)],
          lines: [...linesOf(parent.provenance), ...children.map((c) => c.provenance.line)],
          expected,
          actual,
          outcome,
        });
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}
