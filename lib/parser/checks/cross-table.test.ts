import { describe, expect, it } from "vitest";
import { checkCrossTable } from "./cross-table";
import { fnRow, inTable, makeDraft, tableAt } from "./draft-builder";

const tables = [tableAt("expenditure", 10, 30), tableAt("fiscal-summary", 31, 50), tableAt("general-expenditure", 51, 70)];

describe("cross-table", () => {
  it("is silent when the tables agree", () => {
    const doc = makeDraft({
      tables,
      functionRows: [
        fnRow("2101301", "774.16", inTable("expenditure", 11)),
        fnRow("2101301", "774.16", inTable("general-expenditure", 52)),
      ],
    });
    expect(checkCrossTable(doc)).toEqual([]);
  });

  it("accepts a 一般公共预算 figure below the all-funds figure (other funds)", () => {
    const doc = makeDraft({
      tables,
      functionRows: [
        fnRow("210", "15266.09", inTable("expenditure", 11)),
        fnRow("210", "15211.09", inTable("general-expenditure", 52)),
      ],
    });
    expect(checkCrossTable(doc)).toEqual([]);
  });

  it("reports a subset table showing more than the whole, once per code", () => {
    const doc = makeDraft({
      tables,
      functionRows: [
        fnRow("2101599", "43.92", inTable("expenditure", 11), { name: "其他医疗保障管理事务支出" }),
        fnRow("2101599", "44.30", inTable("fiscal-summary", 32)),
        fnRow("2101599", "44.30", inTable("general-expenditure", 52)),
      ],
    });
    const findings = checkCrossTable(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "cross-table", severity: "error", codes: ["2101599"], lines: [11, 32, 52] });
    expect(findings[0].message).toContain("43.92万元");
    expect(findings[0].message).toContain("44.30万元");
  });

  it("ignores income tables, whose per-code amounts are income", () => {
    const doc = makeDraft({
      tables: [...tables, tableAt("income", 80, 90)],
      functionRows: [
        fnRow("210", "100.00", inTable("expenditure", 11)),
        fnRow("210", "120.00", inTable("income", 81)),
      ],
    });
    expect(checkCrossTable(doc)).toEqual([]);
  });
});
