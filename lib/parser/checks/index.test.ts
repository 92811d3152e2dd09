import { describe, expect, it } from "vitest";
import { fnRow, inSentence, inTable, makeDraft, statement, tableAt } from "./draft-builder";
import { runChecks } from "./index";

describe("runChecks", () => {
  it("yields no error on a consistent document", () => {
    const doc = makeDraft({
      tables: [tableAt("expenditure", 10, 30), tableAt("general-expenditure", 31, 50)],
      totals: { income: "800.00", expenditure: "800.00", basic: "25.84", project: "774.16", personnel: "20.00", public: "5.84" },
      functionRows: [
        fnRow("210", "800.00", inTable("expenditure", 11), { basic: "25.84", project: "774.16" }),
        fnRow("21013", "774.16", inTable("expenditure", 12), { basic: "0.00", project: "774.16" }),
        fnRow("2101301", "774.16", inTable("expenditure", 13), { basic: "0.00", project: "774.16" }),
        fnRow("21015", "25.84", inTable("expenditure", 14), { basic: "25.84", project: "0.00" }),
        fnRow("2101501", "25.84", inTable("expenditure", 15), { basic: "25.84", project: "0.00" }),
        fnRow("210", "800.00", inTable("general-expenditure", 32)),
        fnRow("2101301", "774.16", inTable("general-expenditure", 33)),
      ],
      statements: [statement("城乡医疗救助", "774.16", inSentence(679))],
    });
    expect(runChecks(doc).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("leaves the earlier stages' findings to the caller and never restates them", () => {
    const earlier = {
      rule: "cross-table",
      severity: "error" as const,
      message: "stated by the table stage",
      codes: ["210"],
      lines: [11, 32],
      expected: "100.00",
      actual: "120.00",
    };
    const doc = makeDraft({
      tables: [tableAt("expenditure", 10, 30), tableAt("general-expenditure", 31, 50)],
      functionRows: [fnRow("210", "100.00", inTable("expenditure", 11)), fnRow("210", "120.00", inTable("general-expenditure", 32))],
      findings: [earlier],
    });
    expect(runChecks(doc)).toEqual([]);
  });

  it("merges the same mismatch printed in two tables into one finding", () => {
    const doc = makeDraft({
      tables: [tableAt("expenditure", 10, 30), tableAt("general-expenditure", 31, 50)],
      functionRows: [
        fnRow("21015", "254.72", inTable("expenditure", 11)),
        fnRow("2101501", "141.74", inTable("expenditure", 12)),
        fnRow("21015", "254.72", inTable("general-expenditure", 32)),
        fnRow("2101501", "141.74", inTable("general-expenditure", 33)),
      ],
    });
    const findings = runChecks(doc).filter((f) => f.rule === "children-sum");
    expect(findings).toHaveLength(1);
    expect(findings[0].lines).toEqual([11, 12, 32, 33]);
  });
});
