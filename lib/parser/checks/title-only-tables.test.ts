import { describe, expect, it } from "vitest";
import { makeDraft, tableAt } from "./draft-builder";
import { checkTitleOnlyTables } from "./title-only-tables";

describe("checkTitleOnlyTables", () => {
  it("reports tables printed as a title only, once per document", () => {
    const doc = makeDraft({
      tables: [
        { ...tableAt("income-expenditure-summary", 10, 10, "部门收支总表"), isEmpty: true },
        { ...tableAt("projects", 11, 11, "项目支出表"), isEmpty: true },
      ],
    });
    const findings = checkTitleOnlyTables(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "title-only-table", severity: "warning", lines: [10, 11] });
    expect(findings[0].message).toContain("《部门收支总表》、《项目支出表》");
    expect(findings[0].message).toContain("只能取自说明文字");
  });

  it("accepts an empty table that says it has nothing this year, and tables with rows", () => {
    const doc = makeDraft({
      tables: [
        { ...tableAt("three-public", 10, 12, "“三公”经费支出表"), isEmpty: true, noneNote: "本部门未安排“三公”经费" },
        tableAt("general-expenditure", 20, 40, "一般公共预算支出表"),
      ],
    });
    expect(checkTitleOnlyTables(doc)).toEqual([]);
  });
});

describe("checkTitleOnlyTables with headings", () => {
  it("ignores a contents entry or heading when the same kind of table is printed with rows", () => {
    const doc = makeDraft({
      tables: [
        { ...tableAt("performance-overall", 30, 30, "十一、整体支出绩效目标表"), isEmpty: true },
        tableAt("performance-overall", 368, 400, "部门整体支出绩效目标申报表"),
      ],
    });
    expect(checkTitleOnlyTables(doc)).toEqual([]);
  });
});
