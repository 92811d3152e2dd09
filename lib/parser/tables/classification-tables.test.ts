import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEconomicRows, buildFunctionRows, economicSlots, functionSlots, isGroupedEconomicLayout, isPlausibleFunctionRow } from "./classification-tables";
import { linesOf } from "./helpers.test-utils";
import { legacyBuildEconomicRows, legacyBuildFunctionRows, legacyFunctionSlots, legacyIsPlausibleFunctionRow } from "./legacy/classification-tables.test-utils";
import { blockOf, mutatedLine } from "./sample-lines.test-utils";
import { segmentTables } from "./segment-tables";

function block(text: string) {
  const [b] = segmentTables(linesOf(text));
  return b;
}

const pick = (rows: Array<{ code: string; total: string | null; basic?: string | null; project?: string | null }>) =>
  rows.map((r) => [r.code, r.total, r.basic ?? null, r.project ?? null]);

describe("function tables that print last year's budget beside this year's", () => {
  it("reads this year's column as the amount and keeps the rate column out of the names", () => {
    const b = block(
      [
        "表5",
        "一般公共预算支出表",
        "单位:万元",
        "科目编码\t科目名称\t2023年预算数\t2024年预算数\t增减额\t增减率",
        "201\t一般公共服务支出\t800.00\t840.00\t40.00\t5.00%",
        "20105\t统计信息事务\t800.00\t840.00\t40.00\t5.00%",
        "2010501\t行政运行\t680.00\t720.00\t40.00\t5.88%",
        "2010507\t专项普查活动\t120.00\t120.00\t0.00\t0.00%",
      ].join("\n"),
    );
    const rows = buildFunctionRows(b);
    expect(rows.map((r) => [r.code, r.name, r.total])).toEqual([
      ["201", "一般公共服务支出", "840.00"],
      ["20105", "统计信息事务", "840.00"],
      ["2010501", "行政运行", "720.00"],
      ["2010507", "专项普查活动", "120.00"],
    ]);
    const economic = block(
      [
        "表6",
        "一般公共预算基本支出表",
        "单位:万元",
        "科目编码\t科目名称\t上年预算数\t本年预算数\t增减额",
        "301\t工资福利支出\t600.00\t640.00\t40.00",
        "30101\t基本工资\t300.00\t320.00\t20.00",
      ].join("\n"),
    );
    expect(buildEconomicRows(economic).map((r) => [r.code, r.total])).toEqual([
      ["301", "640.00"],
      ["30101", "320.00"],
    ]);
  });
});

describe("gov-fund and state-capital tables with figures", () => {
  it("reads a budget 政府性基金预算支出表's function rows", () => {
    const b = block(
      [
        "表8 某区某局2024年政府性基金预算支出表",
        "单位:万元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 120.00 0.00 120.00",
        "229 其他支出 120.00 0.00 120.00",
        "22960 彩票公益金安排的支出 120.00 0.00 120.00",
        "2296002 用于社会福利的彩票公益金支出 120.00 0.00 120.00",
      ].join("\n"),
    );
    expect(b.kind).toBe("gov-fund");
    expect(pick(buildFunctionRows(b))).toEqual([
      ["229", "120.00", "0.00", "120.00"],
      ["22960", "120.00", "0.00", "120.00"],
      ["2296002", "120.00", "0.00", "120.00"],
    ]);
  });

  it("leaves 基本/项目 open when a blank cell makes them undecidable, but keeps the 合计", () => {
    const b = block("政府性基金预算支出表\n单位:万元\n科目编码 科目名称 合计 基本支出 项目支出\n229 其他支出 120.00 120.00");
    expect(pick(buildFunctionRows(b))).toEqual([["229", "120.00", null, null]]);
  });

  it("reads a 决算 fund table's 本年支出 columns past its 年初结转 and 本年收入 columns", () => {
    const b = block(
      [
        "2023年度政府性基金预算财政拨款收入支出决算表",
        "公开07表",
        "单位:万元",
        "项目 年初结转和结余 本年收入 本年支出 年末结转和结余",
        "功能分类科目编码 科目名称 小计 基本支出 项目支出",
        "类 款 项",
        "栏次 1 2 3 4 5 6",
        "合计 10.00 80.00 85.00 5.00 80.00 5.00",
        "229 其他支出 10.00 80.00 85.00 5.00 80.00 5.00",
        "229 60 其他政府性基金及对应专项债务收入安排的支出 10.00 80.00 85.00 5.00 80.00 5.00",
        "229 60 02 用于社会福利的彩票公益金支出 10.00 80.00 85.00 5.00 80.00 5.00",
        "212 城乡社区支出 40.00 40.00 40.00",
      ].join("\n"),
    );
    expect(pick(buildFunctionRows(b))).toEqual([
      ["229", "85.00", "5.00", "80.00"],
      ["22960", "85.00", "5.00", "80.00"],
      ["2296002", "85.00", "5.00", "80.00"],
      // 本年收入 40 spent on projects, no carry-over: the blank 年初/年末 cells do not shift the columns.
      ["212", "40.00", null, null],
    ]);
  });

  it("reads a 国有资本经营预算支出表 printed in 元", () => {
    const b = block(
      [
        "2024年国有资本经营预算支出表",
        "单位:元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        "223 国有资本经营预算支出 12,345,678.91 12,345,678.91",
        "22301 解决历史遗留问题及改革成本支出 12,345,678.91 12,345,678.91",
      ].join("\n"),
    );
    expect(b.kind).toBe("state-capital");
    expect(buildFunctionRows(b).map((r) => [r.code, r.total])).toEqual([
      ["223", "1234.567891"],
      ["22301", "1234.567891"],
    ]);
  });
});

describe("基本支出 tables printing 人员经费 and 公用经费 groups side by side", () => {
  const text = [
    "2023年度一般公共预算财政拨款基本支出决算明细表",
    "公开06表",
    "单位:万元",
    "人员经费 公用经费",
    "经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数 经济分类科目编码 科目名称 决算数",
    "301 工资福利支出 50.00 302 商品和服务支出 8.00 310 资本性支出 2.00",
    "30101 基本工资 50.00 30201 办公费 8.00 31002 办公设备购置 2.00",
    "303 对个人和家庭的补助 1.00 30202 印刷费 31003 专用设备购置",
    "30302 退休费 1.00 30299 其他商品和服务支出",
    "人员经费合计 51.00 公用经费合计 10.00",
  ].join("\n");

  it("recognises the grouped layout but not the one-row-per-code layout", () => {
    expect(isGroupedEconomicLayout(block(text))).toBe(true);
    expect(isGroupedEconomicLayout(block("一般公共预算基本支出表\n单位:万元\n科目编码 科目名称 合计 人员经费 公用经费\n301 工资福利支出 5.00 5.00"))).toBe(false);
  });

  it("reads each row's one figure as its group's amount", () => {
    const rows = buildEconomicRows(block(text)).map((r) => [r.code, r.total, r.personnel ?? null, r.public ?? null]);
    expect(rows).toEqual([
      ["301", "50.00", "50.00", null],
      ["302", "8.00", null, "8.00"],
      ["310", "2.00", null, "2.00"],
      ["30101", "50.00", "50.00", null],
      ["30201", "8.00", null, "8.00"],
      ["31002", "2.00", null, "2.00"],
      ["303", "1.00", "1.00", null],
      ["30302", "1.00", "1.00", null],
    ]);
  });

  it("reads the same layout from a tab-separated table", () => {
    const tabbed = block(
      "一般公共预算基本支出表\n单位:万元\n人员经费\t\t\t公用经费\n科目编码\t科目名称\t金额\t科目编码\t科目名称\t金额\n301\t工资福利支出\t5.00\t302\t商品和服务支出\t1.20",
    );
    expect(buildEconomicRows(tabbed).map((r) => [r.code, r.personnel ?? null, r.public ?? null])).toEqual([
      ["301", "5.00", null],
      ["302", null, "1.20"],
    ]);
  });
});

describe("a function table printed one cell per line", () => {
  it("settles a 类 row's 基本/项目 by the 合计 row, not by the header's 合计 cell", () => {
    const b = block(
      ["表5", "一般公共预算支出表", "单位：万元", "科目编码", "科目名称", "合计", "基本支出", "项目支出", "合计", "50.00", "30.00", "20.00",
        "201", "一般公共服", "务支出", "20.00", "20.00", "210", "卫生健康支", "出", "30.00", "30.00"].join("\n"),
    );
    expect(pick(buildFunctionRows(b))).toEqual([
      ["201", "20.00", "0.00", "20.00"],
      ["210", "30.00", "30.00", "0.00"],
    ]);
  });
});

describe("classification tables against the reader they replaced", () => {
  const nearRows = (t: string) => /^\s*[235]\d{2}|合计|总计|\t\d{2}\t|基本支出|人员经费|行次/.test(t);
  const titles = ["一般公共预算支出表", "2023年度支出决算表", "部门收入总表", "政府性基金预算财政拨款收入支出决算表", "人员经费", "支出表 项目支出", "基本支出"];

  it.each(["expenditure", "general-expenditure", "income", "gov-fund", "state-capital"] as const)("reads %s tables the same way", (kind) => {
    fc.assert(
      fc.property(blockOf(kind, titles, nearRows, 40), (block) => {
        expect(functionSlots({ ...block })).toEqual(legacyFunctionSlots({ ...block }));
        expect(buildFunctionRows({ ...block })).toEqual(legacyBuildFunctionRows({ ...block }));
      }),
      { numRuns: 400 },
    );
  });

  it("reads a header word split between the last line and the title as the former reader did", () => {
    const body = [
      { no: 2, text: "合计 30.00 10.00 20.00 基本支出 人员" },
      { no: 3, text: "公用经费 2080101 行政运行 10.00 10.00" },
    ];
    const block = { kind: "expenditure" as const, title: "经费支出表", number: null, unit: null, titleStart: 0, titleEnd: 0, body, line: 1, endLine: 3, isEmpty: false, noneNote: null };
    expect(functionSlots({ ...block })).toEqual(legacyFunctionSlots({ ...block }));
    expect(functionSlots({ ...block, body: body.slice().reverse() })).toEqual(legacyFunctionSlots({ ...block, body: body.slice().reverse() }));
  });

  it("reads 基本支出 tables the same way", () => {
    fc.assert(
      fc.property(blockOf("general-basic", titles, nearRows, 40), (block) => {
        expect(buildEconomicRows({ ...block })).toEqual(legacyBuildEconomicRows({ ...block }));
      }),
      { numRuns: 1200 },
    );
  });
});

describe("isPlausibleFunctionRow against the test it replaced", () => {
  it("accepts and refuses the same rows", () => {
    const codes = fc.oneof(fc.constantFrom("208", "20805", "2080505", "2101301", "201", "299", "230", "2089999", "21013", "040", "2990101"), fc.stringMatching(/^2[0-3][0-9](?:[0-9]{2}){0,2}$/));
    const names = fc.oneof(
      mutatedLine,
      fc.constantFrom("城乡医疗救助", "行政运行", "某某区医疗保障局", "医疗保障局", "机关服务中心", "本级", "单位", "社会保障和就业支出", "一般行政管理事务", "某某学校", "人民医院", "办公室", "", "123"),
    );
    fc.assert(
      fc.property(codes, names, (code, name) => {
        expect(isPlausibleFunctionRow(code, name)).toBe(legacyIsPlausibleFunctionRow(code, name));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("column heads printed over two lines (pdftotext -layout)", () => {
  it("reads 基本 / 支出 and 项目 / 支出 as the 基本支出 and 项目支出 columns", () => {
    const [b] = segmentTables(
      linesOf(
        [
          "一般公共预算支出表",
          "单位：万元",
          "科目编码 科目名称 合计 基本 项目",
          "支出 支出",
          "合计 1,077.43 977.43 100.00",
          "201 一般公共服务支出 857.43 757.43 100.00",
          "2010501 行政运行 757.43 757.43",
          "2010505 专项统计业务 100.00 100.00",
          "208 社会保障和就业支出 220.00 220.00",
        ].join("\n"),
      ),
    );
    expect(functionSlots(b)).toEqual(["total", "basic", "project"]);
    expect(buildFunctionRows(b).map((r) => [r.code, r.total, r.basic, r.project])).toEqual([
      ["201", "857.43", "757.43", "100.00"],
      ["2010501", "757.43", "757.43", "0.00"],
      ["2010505", "100.00", "0.00", "100.00"],
      ["208", "220.00", "220.00", "0.00"],
    ]);
  });

  it("reads 人员 / 经费 and 公用 / 经费 in a 基本支出 table", () => {
    const [b] = segmentTables(
      linesOf(["一般公共预算基本支出表", "单位：万元", "经济分类科目编码 科目名称 合计 人员 公用", "经费 经费", "合计 300.00 250.00 50.00", "301 工资福利支出 250.00 250.00", "302 商品和服务支出 50.00 50.00"].join("\n")),
    );
    expect(economicSlots(b)).toEqual(["total", "personnel", "public"]);
  });
});
