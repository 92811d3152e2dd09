import { describe, expect, it } from "vitest";
import { fnRow, ecoRow, inTable, makeDraft } from "./draft-builder";
import { checkRowColumns } from "./row-columns";

describe("row-columns", () => {
  it("accepts rows whose total is basic plus project", () => {
    const doc = makeDraft({
      functionRows: [fnRow("210", "263.72", inTable("expenditure", 5), { basic: "150.74", project: "112.98" })],
    });
    expect(checkRowColumns(doc)).toEqual([]);
  });

  it("flags a row whose columns do not add up", () => {
    const doc = makeDraft({
      functionRows: [fnRow("210", "263.72", inTable("expenditure", 5), { basic: "150.74", project: "102.98" })],
    });
    expect(checkRowColumns(doc)).toMatchObject([{ rule: "row-columns", severity: "warning", expected: "263.72", actual: "253.72", lines: [5] }]);
  });

  it("checks basic = personnel + public, and skips missing parts", () => {
    const doc = makeDraft({
      functionRows: [
        fnRow("2101501", null, inTable("general-basic", 5), { basic: "100.00", personnel: "90.00", public: "9.00" }),
        fnRow("2101502", "50.00", inTable("expenditure", 6), { basic: "50.00", project: null }),
      ],
      economicRows: [ecoRow("302", "12.00", inTable("general-basic", 7), { personnel: null, public: "12.00" })],
    });
    expect(checkRowColumns(doc)).toMatchObject([{ codes: ["2101501"], expected: "100.00", actual: "99.00" }]);
  });
});
