import { describe, expect, it } from "vitest";
import { figure, fnRow, inSentence, inTable, makeDraft, statement, tableAt } from "./draft-builder";
import { checkTextVsTable } from "./text-vs-table";

const tables = [tableAt("expenditure", 200, 300), tableAt("general-expenditure", 400, 500)];

describe("text-vs-table", () => {
  it("reports a sentence whose amount no table prints for that code", () => {
    const doc = makeDraft({
      tables,
      functionRows: [
        fnRow("2101599", "43.92", inTable("expenditure", 302), { project: "43.92" }),
        fnRow("2101599", "43.92", inTable("general-expenditure", 479)),
      ],
      statements: [statement("其他医疗保障管理事务支出", "44.3", inSentence(1210), { code: "2101599", initialBudget: "70.8" })],
    });
    const [f] = checkTextVsTable(doc);
    expect(f).toMatchObject({ rule: "text-vs-table", severity: "error", codes: ["2101599"], expected: "43.92", actual: "44.3" });
    expect(f.message).toMatch(/其他医疗保障管理事务支出（2101599）：说明文字第1210行称44\.3万元/);
    expect(f.lines).toContain(1210);
  });

  it("accepts a sentence that matches any table or column, at the sentence's precision", () => {
    const doc = makeDraft({
      tables,
      functionRows: [
        fnRow("210", "15266.09", inTable("expenditure", 201)),
        fnRow("210", "15211.09", inTable("general-expenditure", 401), { basic: "700.00" }),
      ],
      statements: [
        statement("卫生健康支出", "15211.09", inSentence(108)),
        statement("卫生健康支出", "15266.1", inSentence(85)),
        statement("卫生健康支出", "700", inSentence(90)),
      ],
    });
    expect(checkTextVsTable(doc)).toEqual([]);
  });

  it("does not hold an item's 一般公共预算 amount against all-funds tables when the unit has other money", () => {
    const stated = statement("一般公共服务支出", "263.30", inSentence(55), { code: "201", scope: "一般公共预算" });
    const rows = [fnRow("201", "268.30", inTable("expenditure", 31))];
    const withOther = makeDraft({
      tables: [tableAt("expenditure", 20, 45)],
      functionRows: rows,
      statements: [stated],
      figures: [figure("income.other", "5.00", inSentence(25))],
    });
    expect(checkTextVsTable(withOther)).toEqual([]);
    // Without other money the two are the same money: a difference is a contradiction.
    const onlyFiscal = makeDraft({ tables: [tableAt("expenditure", 20, 45)], functionRows: rows, statements: [stated] });
    expect(checkTextVsTable(onlyFiscal)).toMatchObject([{ codes: ["201"], expected: "268.30", actual: "263.30" }]);
  });

  it("resolves a subject to its code through the national catalogue", () => {
    const doc = makeDraft({
      tables,
      functionRows: [fnRow("2101301", "774.16", inTable("expenditure", 226))],
      statements: [statement("城乡医疗救助", "744.16", inSentence(679))],
    });
    expect(checkTextVsTable(doc)).toMatchObject([{ codes: ["2101301"], expected: "774.16", actual: "744.16" }]);
  });

  it("compares stated summary figures with the table's figure of the same key", () => {
    const doc = makeDraft({
      figures: [
        figure("threePublic.reception", "1.20", inTable("three-public", 265)),
        figure("threePublic.reception", "1.50", inSentence(700)),
      ],
    });
    expect(checkTextVsTable(doc)).toMatchObject([{ rule: "text-vs-table", codes: ["threePublic.reception"] }]);
  });

  it("calls a last-decimal difference rounding", () => {
    const doc = makeDraft({
      tables,
      functionRows: [fnRow("2101301", "774.16", inTable("expenditure", 226))],
      statements: [statement("城乡医疗救助", "774.17", inSentence(679))],
    });
    expect(checkTextVsTable(doc)).toMatchObject([{ rule: "rounding", severity: "info" }]);
  });

  it("says nothing when no table prints the item", () => {
    const doc = makeDraft({ statements: [statement("卫生健康支出", "15266.09", inSentence(85))] });
    expect(checkTextVsTable(doc)).toEqual([]);
  });
});

describe("text-vs-table with breakdown sentences", () => {
  it("does not mistake a function list after '其中：基本支出…项目支出…' for a project breakdown", () => {
    const doc = makeDraft({
      tables,
      functionRows: [fnRow("210", "263.72", inTable("expenditure", 522), { basic: "150.74", project: "112.98" })],
      statements: [
        statement("部门预算支出", "294.64", inSentence(77), { subjectKind: "total", key: "expenditure.total" }),
        statement("基本支出", "181.66", inSentence(77), { subjectKind: "total", key: "expenditure.basic" }),
        statement("项目支出", "112.98", inSentence(79), { subjectKind: "total", key: "expenditure.project" }),
        statement("卫生健康支出", "263.72", inSentence(89)),
      ],
    });
    expect(checkTextVsTable(doc)).toEqual([]);
  });

  it("holds a personnel-breakdown sentence against the personnel column only", () => {
    const doc = makeDraft({
      tables,
      functionRows: [fnRow("210", "15211.09", inTable("general-expenditure", 401), { basic: "633.66", personnel: "572.44", public: "61.22" })],
      statements: [
        statement("人员经费", "697.68", inSentence(132), { subjectKind: "total", key: "expenditure.personnel" }),
        statement("卫生健康支出", "570.44", inSentence(134)),
      ],
    });
    expect(checkTextVsTable(doc)).toMatchObject([{ expected: "572.44", actual: "570.44" }]);
  });
});

describe("text-vs-table: a 决算's 年初预算", () => {
  const budgetTables = [tableAt("general-expenditure", 100, 130)];
  const row = fnRow("2070104", "195.30", inTable("general-expenditure", 110), { initialBudget: "183.30" });

  it("reports a 年初预算 the narrative states differently from the table's, naming both", () => {
    const doc = makeDraft({
      tables: budgetTables,
      functionRows: [row],
      statements: [statement("图书馆", "195.30", inSentence(16), { code: "2070104", initialBudget: "180.00" })],
    });
    const [f] = checkTextVsTable(doc);
    expect(f).toMatchObject({ rule: "text-vs-table", severity: "error", codes: ["2070104"], expected: "183.30", actual: "180.00" });
    expect(f.message).toMatch(/称年初预算180(\.00)?万元/);
    expect(f.message).toMatch(/年初预算为183\.3/);
    expect(f.lines).toEqual([16, 110]);
  });

  it("accepts the table's budget at the places the sentence printed, and calls a last-place slip rounding", () => {
    const rounded = makeDraft({
      tables: budgetTables,
      functionRows: [fnRow("2070104", "195.30", inTable("general-expenditure", 110), { initialBudget: "183.27" })],
      statements: [
        statement("图书馆", "195.30", inSentence(16), { code: "2070104", initialBudget: "183.30", initialBudgetPlaces: 1 }),
        statement("图书馆", "195.30", inSentence(18), { code: "2070104", initialBudget: "183.00", initialBudgetPlaces: 0 }),
      ],
    });
    expect(checkTextVsTable(rounded)).toEqual([]);
    const slip = makeDraft({
      tables: budgetTables,
      functionRows: [row],
      statements: [statement("图书馆", "195.30", inSentence(16), { code: "2070104", initialBudget: "183.29" })],
    });
    expect(checkTextVsTable(slip)).toMatchObject([{ rule: "rounding", severity: "info", expected: "183.30", actual: "183.29" }]);
  });

  it("says nothing when the tables print no 年初预算 for the item", () => {
    const doc = makeDraft({
      tables: budgetTables,
      functionRows: [fnRow("2070104", "195.30", inTable("general-expenditure", 110))],
      statements: [statement("图书馆", "195.30", inSentence(16), { code: "2070104", initialBudget: "180.00" })],
    });
    expect(checkTextVsTable(doc)).toEqual([]);
  });
});
