import type { EconomicRow, FunctionRow, Money } from "../../types";

export type AmountColumn = "total" | "basic" | "project" | "personnel" | "public";

export const COLUMN_NAMES: Record<AmountColumn, string> = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
  personnel: "人员经费",
  public: "公用经费",
};

export const FUNCTION_COLUMNS: AmountColumn[] = ["total", "basic", "project", "personnel", "public"];
export const ECONOMIC_COLUMNS: AmountColumn[] = ["total", "personnel", "public"];

/** A row's amount in a column; undefined and null both mean "not printed / unknown". */
export function cell(row: FunctionRow | EconomicRow, column: AmountColumn): Money | null {
  // Named property reads: a read by a computed key is a slow generic lookup, and every check reads cells.
  switch (column) {
    case "total":
      return row.total ?? null;
    case "basic":
      return (row as FunctionRow).basic ?? null;
    case "project":
      return (row as FunctionRow).project ?? null;
    case "personnel":
      return row.personnel ?? null;
    case "public":
      return row.public ?? null;
    default:
      return (row as unknown as Record<string, Money | null | undefined>)[column] ?? null;
  }
}
