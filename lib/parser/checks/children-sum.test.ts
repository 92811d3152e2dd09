import { describe, expect, it } from "vitest";
import { checkChildrenSum } from "./children-sum";
import { ecoRow, fnRow, inTable, makeDraft, tableAt } from "./draft-builder";

const table = tableAt("general-expenditure", 10, 30);

describe("children-sum", () => {
  it("is silent when every level adds up", () => {
    const doc = makeDraft({
      tables: [table],
      functionRows: [
        fnRow("210", "800.00", inTable("general-expenditure", 11)),
        fnRow("21013", "774.16", inTable("general-expenditure", 12)),
        fnRow("2101301", "774.16", inTable("general-expenditure", 13)),
        fnRow("21015", "25.84", inTable("general-expenditure", 14)),
        fnRow("2101501", "25.84", inTable("general-expenditure", 15)),
      ],
    });
    expect(checkChildrenSum(doc)).toEqual([]);
  });

  it("reports a 款 whose 项 do not add up, naming both figures", () => {
    const doc = makeDraft({
      tables: [table],
      functionRows: [
        fnRow("21015", "254.72", inTable("general-expenditure", 11), { name: "医疗保障管理事务" }),
        fnRow("2101501", "141.74", inTable("general-expenditure", 12)),
        fnRow("2101502", "102.98", inTable("general-expenditure", 13)),
      ],
    });
    const [f] = checkChildrenSum(doc);
    expect(f).toMatchObject({ rule: "children-sum", severity: "warning", expected: "254.72", actual: "244.72" });
    expect(f.codes).toContain("21015");
    expect(f.message).toContain("医疗保障管理事务（21015）");
    expect(f.lines).toEqual([11, 12, 13]);
  });

  it("calls a one-cent difference rounding", () => {
    const doc = makeDraft({
      tables: [table],
      functionRows: [
        fnRow("221", "21.60", inTable("general-expenditure", 11)),
        fnRow("22102", "21.59", inTable("general-expenditure", 12)),
      ],
    });
    expect(checkChildrenSum(doc)).toMatchObject([{ rule: "rounding", severity: "info" }]);
  });

  it("treats a blank child cell as unknown, not zero", () => {
    const doc = makeDraft({
      tables: [table],
      functionRows: [
        fnRow("21013", "774.16", inTable("general-expenditure", 11), { project: "774.16" }),
        fnRow("2101301", "774.16", inTable("general-expenditure", 12), { project: null }),
      ],
    });
    expect(checkChildrenSum(doc)).toEqual([]);
  });

  it("never sums rows of different tables", () => {
    const doc = makeDraft({
      tables: [table, tableAt("expenditure", 40, 60)],
      functionRows: [
        fnRow("21013", "900.00", inTable("expenditure", 41)),
        fnRow("2101301", "774.16", inTable("general-expenditure", 12)),
      ],
    });
    expect(checkChildrenSum(doc)).toEqual([]);
  });

  it("checks economic 类 against their 款", () => {
    const doc = makeDraft({
      tables: [tableAt("general-basic", 10, 30)],
      economicRows: [
        ecoRow("301", "100.00", inTable("general-basic", 11)),
        ecoRow("30101", "60.00", inTable("general-basic", 12)),
        ecoRow("30102", "30.00", inTable("general-basic", 13)),
      ],
    });
    expect(checkChildrenSum(doc)).toMatchObject([{ rule: "children-sum", codes: ["301", "30101", "30102"], expected: "100.00", actual: "90.00" }]);
  });
});
