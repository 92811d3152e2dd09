import { describe, expect, it } from "vitest";
import { figure, fnRow, inSentence, inTable, makeDraft, project } from "./draft-builder";
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

  it("is a warning, not an error, when the list exceeds a 项目支出 read from a 一般公共预算 table only", () => {
    const listed = [
      project("拥军优属专项经费", "20.00", inTable("projects", 300)),
      project("退役军人服务保障经费", "18.00", inTable("projects", 301)),
    ];
    const fiscal = makeDraft({ totals: { project: "33.00" }, totalsProvenance: { project: inTable("general-expenditure", 306) }, projects: listed });
    const [f] = checkProjectsSum(fiscal);
    expect(f).toMatchObject({ rule: "projects-sum", severity: "warning", expected: "33.00", actual: "38.00" });
    expect(f.message).toContain("只含一般公共预算");
    // Against the department's own 项目支出 (支出总表) the same list is an error.
    const whole = makeDraft({ totals: { project: "33.00" }, totalsProvenance: { project: inTable("expenditure", 200) }, projects: listed });
    expect(checkProjectsSum(whole)).toMatchObject([{ severity: "error" }]);
  });

  it("is silent when a list above the 一般公共预算 项目支出 adds up to the 支出总表's", () => {
    const listed = [project("拥军优属专项经费", "38.00", inTable("projects", 300))];
    const functionRows = [
      fnRow("208", "33.00", inTable("expenditure", 120), { project: "33.00" }),
      fnRow("221", "5.00", inTable("expenditure", 130), { project: "5.00" }),
      fnRow("208", "28.00", inTable("general-expenditure", 306), { project: "28.00" }),
    ];
    const doc = makeDraft({ totals: { project: "33.00" }, totalsProvenance: { project: inTable("general-expenditure", 306) }, projects: listed, functionRows });
    expect(checkProjectsSum(doc)).toEqual([]);
    // A 支出总表 that does not add up to the list leaves the warning.
    functionRows[1] = fnRow("221", "4.00", inTable("expenditure", 130), { project: "4.00" });
    expect(checkProjectsSum(makeDraft({ ...doc, functionRows }))).toMatchObject([{ severity: "warning" }]);
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

  it("accepts a 项目支出表 of this year's money short of 项目支出 by exactly the 上年结转; short by less is a warning", () => {
    const parts = {
      totals: { project: "1990.00" },
      totalsProvenance: { project: inTable("expenditure", 98) },
      projects: [project("一般行政管理事务经费", "330.00", inTable("projects", 127)), project("城市精细化管理经费", "1560.00", inTable("projects", 130))],
    };
    expect(checkProjectsSum(makeDraft({ ...parts, figures: [figure("income.carryover", "100.00", inTable("expenditure", 64))] }))).toEqual([]);
    expect(checkProjectsSum(makeDraft({ ...parts, figures: [figure("income.carryover", "150.00", inTable("expenditure", 64))] }))).toMatchObject([
      { rule: "projects-sum", severity: "warning" },
    ]);
    expect(checkProjectsSum(makeDraft(parts))).toMatchObject([{ rule: "projects-sum", severity: "error" }]);
  });

  it("accepts a list that agrees with a 项目支出 a sentence printed in whole 万元", () => {
    const doc = makeDraft({
      totals: { project: "52.00" },
      totalsProvenance: { project: inSentence(26) },
      figures: [{ ...figure("expenditure.project", "52.00", inSentence(26)), amountPlaces: 0 }],
      projects: [project("档案数字化", "30.00", inTable("projects", 40)), project("档案保护", "21.70", inTable("projects", 41))],
    });
    expect(checkProjectsSum(doc)).toEqual([]);
  });
});
