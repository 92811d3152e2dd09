import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { linesOf } from "./helpers.test-utils";
import { legacyClassifyTitle, legacyIsTableNumberLine, legacyMatchTitle } from "./legacy/table-titles.test-utils";
import { lineWindow, mutatedLine } from "./sample-lines.test-utils";
import { classifyTitle, isTableNumberLine, matchTitle } from "./table-titles";

describe("classifyTitle", () => {
  it.each([
    ["表1.某局2023年部门收支总表", "income-expenditure-summary"],
    ["2023年度收入支出决算总表", "income-expenditure-summary"],
    ["2023年度收入决算表", "income"],
    ["部门支出总表", "expenditure"],
    ["2024年部门收支总体情况表", "income-expenditure-summary"],
    ["部门收入总体情况表", "income"],
    ["部门支出总体情况表", "expenditure"],
    ["一般公共预算支出情况表", "general-expenditure"],
    ["2023年度财政拨款收入支出决算总表", "fiscal-summary"],
    ["2023年度一般公共预算财政拨款支出决算表", "general-expenditure"],
    ["2023年度一般公共预算财政拨款基本支出决算明细表", "general-basic"],
    ["一般公共预算“三公”经费支出表", "three-public"],
    ["政府性基金预算支出表", "gov-fund"],
    ["国有资本经营预算支出表", "state-capital"],
    ["项目支出表", "projects"],
    // Guizhou's 项目支出预算总表 lists projects: it is no 支出总表; nor are the other names of the list.
    ["项目支出预算总表", "projects"],
    ["某局2024年项目支出预算明细表", "projects"],
    ["项目支出情况表", "projects"],
    // The 收支预算总表 template's 收入预算表 and 支出预算表 (山东).
    ["2024年收入预算表", "income"],
    ["部门支出预算表", "expenditure"],
    ["财政拨款支出预算表", null],
    // Yunnan's 公开01表 drops the 总; its 财政拨款 and 政府性基金 siblings keep their own kinds.
    ["收入支出决算表", "income-expenditure-summary"],
    ["财政拨款收入支出决算表", "fiscal-summary"],
    // …and its 一般公共预算 sibling lists function rows with carry-over columns, like the 政府性基金 one.
    ["一般公共预算财政拨款收入支出决算表", "general-expenditure"],
    ["2024年度一般公共预算财政拨款收支决算表", "general-expenditure"],
    ["政府性基金预算财政拨款收入支出决算表", "gov-fund"],
    ["部门整体支出绩效目标申报表", "performance-overall"],
    ["2023年度医保基金监管经费项目绩效自评表", "performance-project"],
    // Spending by economic class: the 基本支出 one stays general-basic, the others are not function tables.
    ["一般公共预算基本支出预算表(按政府预算经济分类)", "general-basic"],
    ["部门支出预算表(按政府预算经济分类)", "economic-expenditure"],
    ["一般公共预算支出预算表(按政府预算经济分类)", "economic-expenditure"],
    ["部门支出预算表(按部门预算经济分类)", "economic-expenditure"],
    ["一般公共预算支出预算表", "general-expenditure"],
    ["一般公共预算支出表(按功能分类和经济分类)", "general-expenditure"],
  ])("%s → %s", (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });
});

describe("matchTitle", () => {
  it("joins a title wrapped onto the next line and reads its number", () => {
    const lines = linesOf("表 4.某区某局 2023年财政拨款收支预算总\n表\n部门:某局 单位:万元");
    expect(matchTitle(lines, 0)).toMatchObject({ kind: "fiscal-summary", number: "表4", end: 1, isStrong: true });
  });

  it("takes the number from the line after a 决算 title", () => {
    const lines = linesOf("2023 年度收入决算表\n公开 02 表");
    expect(matchTitle(lines, 0)).toMatchObject({ kind: "income", number: "公开02表" });
  });

  it("ignores sentences that mention a table", () => {
    expect(matchTitle(linesOf("2021 年一般公共预算安排支出 294.64 万元(按功能分类到项级详见公开表 5)"), 0)).toBeNull();
    expect(matchTitle(linesOf("满意度指标 监管工作 满意度 70% 2021年底前完成\n项目基本信息表"), 0)).toBeNull();
  });

  it("reads a title with its (按…经济分类) bracket, on the line or wrapped under it", () => {
    expect(matchTitle(linesOf("表3\n部门支出预算表（按政府预算经济分类）"), 1)).toMatchObject({ kind: "economic-expenditure", number: "表3", end: 1 });
    expect(matchTitle(linesOf("  2025年一般公共预算支出预算表 （按部门预算经济分类）"), 0)).toMatchObject({ kind: "economic-expenditure", isStrong: true });
    const wrapped = linesOf("一般公共预算支出预算表\n（按政府预算经济分类）\n单位：万元");
    expect(matchTitle(wrapped, 0)).toMatchObject({ kind: "economic-expenditure", title: "一般公共预算支出预算表(按政府预算经济分类)", end: 1 });
    // Any other bracket under a title is not part of it.
    expect(matchTitle(linesOf("一般公共预算支出表\n（按功能分类）"), 0)).toMatchObject({ kind: "general-expenditure", end: 0 });
  });

  it("marks a bare repeated title as weak (page furniture)", () => {
    expect(matchTitle(linesOf("一般公共预算支出表"), 0)).toMatchObject({ isStrong: false });
  });
});

describe("matchTitle against the reader it replaced", () => {
  it("gives the same match on random and mutated sample lines", () => {
    fc.assert(
      fc.property(lineWindow((t) => t.includes("表")), (lines) => {
        for (let i = 0; i < lines.length; i++) expect(matchTitle(lines, i)).toEqual(legacyMatchTitle(lines, i));
      }),
      { numRuns: 3000 },
    );
  });

  it("classifies and spots number lines the same way", () => {
    fc.assert(
      fc.property(mutatedLine, (text) => {
        expect(classifyTitle(text)).toBe(legacyClassifyTitle(text));
        expect(isTableNumberLine(text)).toBe(legacyIsTableNumberLine(text));
      }),
      { numRuns: 4000 },
    );
  });
});
