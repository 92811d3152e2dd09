import { describe, expect, it } from "vitest";
import { fnRow, inSentence, inTable, makeDraft, statement } from "./draft-builder";
import { checkStatementConflict } from "./statement-conflict";

describe("statement-conflict", () => {
  it("reports two sentences disagreeing about one item when no table exists, once", () => {
    const doc = makeDraft({
      statements: [
        statement("卫生健康支出", "15266.09", inSentence(85)),
        statement("卫生健康支出", "15266.09", inSentence(96)),
        statement("卫生健康支出", "15211.09", inSentence(108)),
        statement("卫生健康支出", "15211.09", inSentence(118)),
        statement("社会保障和就业支出", "49.16", inSentence(85)),
        statement("社会保障和就业支出", "49.16", inSentence(108)),
      ],
    });
    const findings = checkStatementConflict(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "statement-conflict",
      severity: "warning",
      codes: ["210"],
      expected: "15266.09",
      actual: "15211.09",
      lines: [85, 96, 108, 118],
    });
    expect(findings[0].message).toContain("卫生健康支出（210）");
  });

  it("compares a breakdown's parts only within that breakdown", () => {
    const doc = makeDraft({
      statements: [
        statement("卫生健康支出", "15211.09", inSentence(118)),
        statement("人员经费", "697.68", inSentence(132), { subjectKind: "total", key: "expenditure.personnel" }),
        statement("卫生健康支出", "572.44", inSentence(134)),
        statement("公用经费", "61.23", inSentence(141), { subjectKind: "total", key: "expenditure.public" }),
        statement("卫生健康支出", "61.22", inSentence(143)),
      ],
    });
    expect(checkStatementConflict(doc)).toEqual([]);
  });

  it("leaves the item to text-vs-table when a table prints it", () => {
    const doc = makeDraft({
      functionRows: [fnRow("210", "15266.09", inTable("expenditure", 20))],
      statements: [statement("卫生健康支出", "15266.09", inSentence(85)), statement("卫生健康支出", "15211.09", inSentence(108))],
    });
    expect(checkStatementConflict(doc)).toEqual([]);
  });

  it("does not call 15 and 15.00 a conflict", () => {
    const doc = makeDraft({
      statements: [
        statement("上级补助收入", "15", inSentence(80), { subjectKind: "income" }),
        statement("上级补助收入", "15.00", inSentence(90), { subjectKind: "income" }),
      ],
    });
    expect(checkStatementConflict(doc)).toEqual([]);
  });
});
