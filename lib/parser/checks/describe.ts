import { findEconomicCode, findFunctionCode } from "../reference";
import type { Finding, Money, Provenance, Severity, TableKind } from "../types";
import { compareAmounts, type AmountComparison } from "./amounts";

const TABLE_NAMES: Record<TableKind, string> = {
  "income-expenditure-summary": "收支总表",
  income: "收入总表",
  expenditure: "支出总表",
  "fiscal-summary": "财政拨款收支总表",
  "general-expenditure": "一般公共预算支出表",
  "general-basic": "一般公共预算基本支出表",
  "economic-expenditure": "支出预算表（按经济分类）",
  "three-public": "“三公”经费支出表",
  "gov-fund": "政府性基金预算支出表",
  "state-capital": "国有资本经营预算支出表",
  projects: "项目支出表",
  "performance-overall": "部门整体支出绩效目标表",
  "performance-project": "项目绩效表",
  other: "表格",
};

/** Human name of a table for messages: the printed title when known, else the genre's name. */
export function describeTable(provenance: Provenance): string {
  if (provenance.tableTitle) return `《${provenance.tableTitle}》`;
  return `《${TABLE_NAMES[provenance.table ?? "other"]}》`;
}

/** "《一般公共预算支出表》第226行" or "说明文字第679行": where a reader can check a figure. */
export function describeSource(provenance: Provenance): string {
  if (provenance.source === "sentence") return `说明文字第${provenance.line}行`;
  return `${describeTable(provenance)}第${provenance.line}行`;
}

/** "城乡医疗救助（2101301）", using the printed name, else the national catalogue's. */
export function describeCode(code: string, printedName?: string | null): string {
  const name = printedName?.trim() || findFunctionCode(code)?.name || findEconomicCode(code)?.name;
  return name ? `${name}（${code}）` : code;
}

/** "15211.09万元" */
export function wan(value: Money): string {
  return `${value}万元`;
}

export interface AmountFindingInput {
  rule: string;
  severity: Severity;
  /**
   * Message without the rounding note; should name the item, both figures and both sources.
   * A function builds the text only when the amounts differ; a caller that has decided they do
   * passes the text itself (no closure to make and name).
   */
  message: string | (() => string);
  codes: string[];
  lines: number[];
  expected: Money;
  actual: Money;
  /** Pre-computed comparison (e.g. at a sentence's precision); default compares exactly. */
  outcome?: AmountComparison;
}

/**
 * Builds a finding comparing two amounts; a one-cent difference becomes rule "rounding" with
 * severity info, because documents round each figure separately and that is not an error.
 * Returns null when the amounts are equal.
 */
export function makeAmountFinding(input: AmountFindingInput): Finding | null {
  const outcome = input.outcome ?? compareAmounts(input.expected, input.actual);
  if (outcome === "equal") return null;
  const lines = uniqueSorted(input.lines);
  const message = typeof input.message === "function" ? input.message() : input.message;
  if (outcome === "rounding") {
    return {
      rule: "rounding",
      severity: "info",
      message: `${message}（差额在末位一个单位以内，属四舍五入差异）[${input.rule}]`,
      codes: input.codes,
      lines,
      expected: input.expected,
      actual: input.actual,
    };
  }
  // The input's fields without `outcome`, in the order every caller writes them (no object rest/spread).
  return {
    rule: input.rule,
    severity: input.severity,
    message,
    codes: input.codes,
    lines,
    expected: input.expected,
    actual: input.actual,
  };
}

export function uniqueSorted(values: number[]): number[] {
  return [...new Set(values.filter((v) => Number.isFinite(v) && v > 0))].sort((a, b) => a - b);
}

export function linesOf(provenance: Provenance): number[] {
  return provenance.endLine && provenance.endLine !== provenance.line
    ? [provenance.line, provenance.endLine]
    : [provenance.line];
}
