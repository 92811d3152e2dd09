import { describe, expect, it } from "vitest";
import { figure, fnRow, inSentence, inTable, makeDraft, statement, tableAt } from "./draft-builder";
import { checkNoneVsTable } from "./none-vs-table";

describe("none-vs-table", () => {
  it("reports 'no 政府性基金 spending' against a non-zero 政府性基金 table", () => {
    const doc = makeDraft({
      tables: [tableAt("gov-fund", 270, 290)],
      functionRows: [fnRow("2296002", "30.00", inTable("gov-fund", 280))],
      statements: [statement("政府性基金预算支出", null, inSentence(700), { subjectKind: "total", isNone: true })],
    });
    expect(checkNoneVsTable(doc)).toMatchObject([{ rule: "none-vs-table", severity: "error", expected: "0.00", actual: "30.00", lines: [700, 280] }]);
  });

  it("reports a denied 三公 item the 三公 table shows", () => {
    const doc = makeDraft({
      figures: [figure("threePublic.reception", "0.80", inTable("three-public", 265))],
      statements: [statement("公务接待费", null, inSentence(720), { subjectKind: "figure", isNone: true })],
    });
    expect(checkNoneVsTable(doc)).toMatchObject([{ codes: ["threePublic.reception"], actual: "0.80" }]);
  });

  it("is silent when the table agrees there is none", () => {
    const doc = makeDraft({
      figures: [figure("threePublic.abroad", "0.00", inTable("three-public", 265))],
      statements: [statement("因公出国（境）费", "0", inSentence(720), { subjectKind: "figure", isNone: true })],
    });
    expect(checkNoneVsTable(doc)).toEqual([]);
  });
});
