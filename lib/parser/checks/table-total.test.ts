import { describe, expect, it } from "vitest";
import { figure, fnRow, inTable, makeDraft, tableAt } from "./draft-builder";
import { checkTableTotal } from "./table-total";

describe("table-total", () => {
  const tables = [tableAt("general-expenditure", 10, 30)];

  it("is silent when the 合计 equals the sum of 类", () => {
    const doc = makeDraft({
      tables,
      figures: [figure("general.expenditure", "294.64", inTable("general-expenditure", 11))],
      functionRows: [
        fnRow("208", "9.33", inTable("general-expenditure", 12)),
        fnRow("210", "263.72", inTable("general-expenditure", 13)),
        fnRow("221", "21.59", inTable("general-expenditure", 14)),
      ],
    });
    expect(checkTableTotal(doc)).toEqual([]);
  });

  it("reports a 合计 the 类 do not reach", () => {
    const doc = makeDraft({
      tables,
      figures: [figure("general.expenditure", "294.64", inTable("general-expenditure", 11))],
      functionRows: [
        fnRow("208", "9.33", inTable("general-expenditure", 12)),
        fnRow("210", "263.72", inTable("general-expenditure", 13)),
      ],
    });
    expect(checkTableTotal(doc)).toMatchObject([{ rule: "table-total", expected: "294.64", actual: "273.05" }]);
  });

  it("uses a totals figure only when it was read inside the same table", () => {
    const doc = makeDraft({
      tables,
      totals: { expenditure: "500.00" },
      totalsProvenance: { expenditure: inTable("expenditure", 50) },
      functionRows: [fnRow("210", "263.72", inTable("general-expenditure", 13))],
    });
    expect(checkTableTotal(doc)).toEqual([]);
  });
});
