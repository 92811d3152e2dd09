import { describe, expect, it } from "vitest";
import { figure, inTable, makeDraft } from "./draft-builder";
import { checkIncomeVsExpenditure } from "./income-expenditure";

describe("income-vs-expenditure", () => {
  it("flags an unbalanced budget as an error", () => {
    const doc = makeDraft({
      totals: { income: "1077.43", expenditure: "1070.43" },
      totalsProvenance: { income: inTable("income-expenditure-summary", 70), expenditure: inTable("income-expenditure-summary", 71) },
    });
    expect(checkIncomeVsExpenditure(doc)).toMatchObject([
      { rule: "income-vs-expenditure", severity: "error", expected: "1077.43", actual: "1070.43", lines: [70, 71] },
    ]);
  });

  it("leaves a 决算 alone: carry-over makes income and spending differ", () => {
    const doc = makeDraft({ totals: { income: "1077.43", expenditure: "1000.00" } });
    doc.header.kind = "final";
    expect(checkIncomeVsExpenditure(doc)).toEqual([]);
  });

  it("takes a budget that spends last year's carry-over as balanced", () => {
    const doc = makeDraft({
      totals: { income: "1800.00", expenditure: "1850.00" },
      figures: [figure("income.carryover", "50.00", inTable("income-expenditure-summary", 12))],
    });
    expect(checkIncomeVsExpenditure(doc)).toEqual([]);
    const short = makeDraft({
      totals: { income: "1800.00", expenditure: "1860.00" },
      figures: [figure("income.carryover", "50.00", inTable("income-expenditure-summary", 12))],
    });
    expect(checkIncomeVsExpenditure(short)).toMatchObject([{ expected: "1800.00", actual: "1860.00" }]);
  });

  it("treats an absent figure as unknown", () => {
    expect(checkIncomeVsExpenditure(makeDraft({ totals: { income: "1077.43" } }))).toEqual([]);
  });

  it("checks 财政拨款 income against 财政拨款 spending", () => {
    const doc = makeDraft({
      figures: [
        figure("fiscal.income", "100.00", inTable("fiscal-summary", 5)),
        figure("fiscal.expenditure", "90.00", inTable("fiscal-summary", 6)),
      ],
    });
    expect(checkIncomeVsExpenditure(doc)).toMatchObject([{ codes: ["fiscal.income", "fiscal.expenditure"] }]);
  });
});
