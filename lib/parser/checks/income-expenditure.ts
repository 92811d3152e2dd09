import type { Finding, ParsedDocumentDraft } from "../types";
import { addAmounts, compareAmounts } from "./amounts";
import { describeSource, makeAmountFinding, wan } from "./describe";

/**
 * income-vs-expenditure: a budget's total income must equal its total expenditure (收支平衡), and
 * so must 财政拨款 income and expenditure.
 *
 * Why: a 部门预算 is balanced by construction, so a difference is a real inconsistency (error).
 * Not checked for a 决算: there 本年收入 and 本年支出 legitimately differ by the carry-over
 * (年初/年末结转和结余). Unknown (absent) figures are never taken as zero.
 */
export function checkIncomeVsExpenditure(doc: ParsedDocumentDraft): Finding[] {
  if (doc.header.kind !== "budget") return [];
  const findings: Finding[] = [];
  const { income, expenditure } = doc.totals;
  if (income != null && expenditure != null) {
    const pi = doc.totalsProvenance.income;
    const pe = doc.totalsProvenance.expenditure;
    // A balanced budget (the usual case) needs no message.
    let outcome = compareAmounts(income, expenditure);
    if (outcome !== "equal" && spendsCarryOver(doc, income, expenditure)) outcome = "equal";
    const finding = outcome === "equal" ? null : makeAmountFinding({
      rule: "income-vs-expenditure",
      severity: "error",
      message:
        `收入总计${wan(income)}${pi ? `（${describeSource(pi)}）` : ""}与支出总计${wan(expenditure)}` +
        `${pe ? `（${describeSource(pe)}）` : ""}不相等，预算应收支平衡`,
      codes: ["income.total", "expenditure.total"],
      lines: [pi?.line ?? 0, pe?.line ?? 0],
      expected: income,
      actual: expenditure,
      outcome,
    });
    if (finding) findings.push(finding);
  }
  const fiscalIncome = doc.figures.find((f) => f.key === "fiscal.income" && f.provenance.source === "table");
  const fiscalExpenditure = doc.figures.find((f) => f.key === "fiscal.expenditure" && f.provenance.source === "table");
  if (fiscalIncome && fiscalExpenditure) {
    let outcome = compareAmounts(fiscalIncome.value, fiscalExpenditure.value);
    if (outcome !== "equal" && grandTotalsBalance(doc, "fiscal.income.grandTotal", "fiscal.expenditure.grandTotal", fiscalExpenditure.value)) outcome = "equal";
    const finding = outcome === "equal" ? null : makeAmountFinding({
      rule: "income-vs-expenditure",
      severity: "error",
      message:
        `财政拨款收入${wan(fiscalIncome.value)}（${describeSource(fiscalIncome.provenance)}）与财政拨款支出` +
        `${wan(fiscalExpenditure.value)}（${describeSource(fiscalExpenditure.provenance)}）不相等`,
      codes: ["fiscal.income", "fiscal.expenditure"],
      lines: [fiscalIncome.provenance.line, fiscalExpenditure.provenance.line],
      expected: fiscalIncome.value,
      actual: fiscalExpenditure.value,
      outcome,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * True when the year's income and the money carried over from last year (上年结转) add up to the
 * year's spending: "本年收入预算1,800.00万元 … 上年结转50.00万元 … 本年支出预算1,850.00万元" is
 * balanced, its 收入总计 being 1,850.00. Either the text states the carry-over or the 收支总表's
 * 收入总计 includes it.
 */
function spendsCarryOver(doc: ParsedDocumentDraft, income: string, expenditure: string): boolean {
  const carry = doc.figures.find((f) => f.key === "income.carryover" && !f.isCount);
  if (carry !== undefined && compareAmounts(addAmounts([income, carry.value]), expenditure) === "equal") return true;
  // The 收支总表 prints the carry-over in its 收入总计, which then balances its 支出总计.
  return grandTotalsBalance(doc, "income.grandTotal", "expenditure.grandTotal", expenditure);
}

/** Whether a summary table's 收入总计 (read apart from its 本年收入合计) equals its 支出总计, else the year's spending. */
function grandTotalsBalance(doc: ParsedDocumentDraft, incomeKey: string, expenditureKey: string, expenditure: string): boolean {
  const grandIncome = doc.figures.find((f) => f.key === incomeKey && f.provenance.source === "table");
  if (grandIncome === undefined) return false;
  const grandExpenditure = doc.figures.find((f) => f.key === expenditureKey && f.provenance.source === "table");
  return compareAmounts(grandIncome.value, grandExpenditure?.value ?? expenditure) === "equal";
}
