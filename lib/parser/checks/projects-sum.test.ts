import { describe, expect, it } from "vitest";
import { inSentence, inTable, makeDraft, project } from "./draft-builder";
import { checkProjectsSum } from "./projects-sum";

describe("projects-sum", () => {
  const totals = { project: "112.98" };

  it("finds a project list that covers only part of 项目支出, each project counted once", () => {
    const doc = makeDraft({
      totals,
      totalsProvenance: { project: inTable("general-expenditure", 510) },
      projects: [
        project("党建、结对共建，文明创建", "6.00", inTable("performance-project", 1070)),
        project("党建、结对共建，文明创建", "6.00", inTable("performance-project", 1186)),
        project("行政运转", "19.50", inTable("performance-project", 1237)),
        project("两定医药机构监管", "37.48", inTable("performance-project", 1397)),
        project("医疗保障宣传经费", "16.00", inTable("performance-project", 1635)),
      ],
    });
    const [f] = checkProjectsSum(doc);
    expect(f).toMatchObject({ rule: "projects-sum", expected: "112.98", actual: "78.98" });
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("34.00万元未列明");
  });

  it("is an error when a 项目支出表 does not add up in a budget", () => {
    const doc = makeDraft({
      totals,
      projects: [project("医疗救助经费", "100.00", inTable("projects", 300), "42010523040T000000103")],
    });
    expect(checkProjectsSum(doc)).toMatchObject([{ severity: "error" }]);
  });

  it("is silent when the projects add up", () => {
    const doc = makeDraft({
      totals,
      projects: [project("甲", "100.00", inTable("projects", 300)), project("乙", "12.98", inTable("projects", 301))],
    });
    expect(checkProjectsSum(doc)).toEqual([]);
  });

  it("does not count projects named only in sentences, nor guess unknown amounts", () => {
    expect(checkProjectsSum(makeDraft({ totals, projects: [project("甲", "1.00", inSentence(9))] }))).toEqual([]);
    expect(checkProjectsSum(makeDraft({ totals, projects: [project("甲", null, inTable("projects", 300))] }))).toEqual([]);
  });
});
