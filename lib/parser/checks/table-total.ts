import { addAmounts, compareWithSum } from "./amounts";
import type { Finding, Money, ParsedDocumentDraft, Provenance, SummaryFigure, Totals } from "../types";
import { cell, COLUMN_NAMES, type AmountColumn } from "./columns";
import { describeSource, describeTable, makeAmountFinding, wan } from "./describe";
import { groupRowsByTable } from "./table-groups";

/** Figure keys that state a table's expenditure total per column. */
const KEYS_FOR_COLUMN: Record<AmountColumn, (key: string) => boolean> = {
  total: (k) => !k.startsWith("prior.") && (k === "expenditure.total" || /(?:^|\.)expenditure$/.test(k)),
  basic: (k) => k === "expenditure.basic",
  project: (k) => k === "expenditure.project",
  personnel: (k) => k === "expenditure.personnel",
  public: (k) => k === "expenditure.public",
};

const COLUMNS = Object.keys(KEYS_FOR_COLUMN) as AmountColumn[];

const TOTALS_FOR_COLUMN: Record<AmountColumn, keyof Totals> = {
  total: "expenditure",
  basic: "basic",
  project: "project",
  personnel: "personnel",
  public: "public",
};

interface TableTotal {
  value: Money;
  provenance: Provenance;
}

/**
 * table-total: the 合计 row of a function-classification table must equal the sum of its 类 rows,
 * in each column.
 *
 * Why: a 类 dropped or misread in extraction, or a table whose total does not add up, makes every
 * downstream figure doubtful. The table's 合计 is taken from the figures (or totals) the table
 * stage read inside the same table's lines, so the 支出总表's total is never compared with the
 * 一般公共预算支出表's 类. Warning: extraction is the likelier cause.
 */
export function checkTableTotal(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupRowsByTable(doc, doc.functionRows)) {
    const table = group.table;
    if (!table) continue;
    const classes = [...group.rows.values()].filter((r) => r.code.length === 3);
    if (!classes.length) continue;
    // The figures read inside this table, in printed order: each column's total is among them.
    const inTable = doc.figures.filter((f) => isWithin(f.provenance, table.line, table.endLine));
    for (const column of COLUMNS) {
      const total = findTableTotal(doc, inTable, table.line, table.endLine, column);
      if (!total) continue;
      const values = classes.map((r) => cell(r, column));
      if (values.some((v) => v == null)) continue;
      // Most totals agree: decide that before building the sum and the message.
      const outcome = compareWithSum(total.value, values as string[]);
      if (outcome === "equal") continue;
      const actual = addAmounts(values as string[]);
      const finding = makeAmountFinding({
        rule: "table-total",
        severity: "warning",
        message:
          `${describeTable(classes[0].provenance)}合计行的${column === "total" ? "金额" : COLUMN_NAMES[column]}为${wan(total.value)}` +
          `（${describeSource(total.provenance)}），各类科目（${classes.map((c) => c.code).join("、")}）` +
          `相加为${wan(actual)}`,
        codes: classes.map((c) => c.code),
        lines: [total.provenance.line, ...classes.map((c) => c.provenance.line)],
        expected: total.value,
        actual,
        outcome,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function isWithin(p: Provenance | undefined, from: number, to: number): boolean {
  return !!p && p.source === "table" && p.line >= from && p.line <= to;
}

/** The first figure read inside the table (`inTable`) that states the column's total, else the document's total when read there. */
function findTableTotal(
  doc: ParsedDocumentDraft,
  inTable: readonly SummaryFigure[],
  from: number,
  to: number,
  column: AmountColumn,
): TableTotal | null {
  for (const figure of inTable) {
    if (!figure.isCount && KEYS_FOR_COLUMN[column](figure.key)) return { value: figure.value, provenance: figure.provenance };
  }
  const key = TOTALS_FOR_COLUMN[column];
  const value = doc.totals[key];
  const provenance = doc.totalsProvenance[key];
  if (value != null && provenance && isWithin(provenance, from, to)) return { value, provenance };
  return null;
}
