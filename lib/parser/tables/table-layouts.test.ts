import { describe, expect, it } from "vitest";
import type { TableExtraction } from "../types";
import { linesOf } from "./helpers.test-utils";
import { extractTables } from "./index";

const extract = (text: string): TableExtraction => extractTables(linesOf(text));
const rows = (r: TableExtraction) => r.functionRows.map((f) => [f.code, f.name, f.total, f.basic, f.project]);

describe("table layouts of the genre beyond the samples", () => {
  it("reads a Markdown pipe table printed in 元 under 金额单位：元, exactly", () => {
    const r = extract(
      [
        "表5 某区某局2024年一般公共预算支出表",
        "金额单位：元",
        "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |",
        "| --- | --- | --- | --- | --- |",
        "| | 合计 | 12,345,678.91 | 2,345,678.91 | 10,000,000.00 |",
        "| 210 | 卫生健康支出 | 12,345,678.91 | 2,345,678.91 | 10,000,000.00 |",
        "| 21015 | 医疗保障管理事务 | 12,345,678.91 | 2,345,678.91 | 10,000,000.00 |",
        "| 2101501 | 行政运行 | 2,345,678.91 | 2,345,678.91 | 0.00 |",
        "| 2101502 | 一般行政管理事务 | 10,000,000.00 | 0.00 | 10,000,000.00 |",
      ].join("\n"),
    );
    expect(r.tables[0].unit).toBe("元");
    expect(rows(r)).toEqual([
      ["210", "卫生健康支出", "1234.567891", "234.567891", "1000.00"],
      ["21015", "医疗保障管理事务", "1234.567891", "234.567891", "1000.00"],
      ["2101501", "行政运行", "234.567891", "234.567891", "0.00"],
      ["2101502", "一般行政管理事务", "1000.00", "0.00", "1000.00"],
    ]);
    expect(r.totals).toMatchObject({ expenditure: "1234.567891", basic: "234.567891", project: "1000.00" });
  });

  it("reads a tab table whose code prints as separate 类 | 款 | 项 columns, in 万元 from 金额单位：万元", () => {
    const r = extract(
      [
        "2024年部门支出总表",
        "金额单位：万元",
        "类\t款\t项\t科目名称\t合计\t基本支出\t项目支出",
        "208\t\t\t社会保障和就业支出\t19.67\t19.67\t0.00",
        "208\t05\t\t行政事业单位养老支出\t19.67\t19.67\t0.00",
        "208\t05\t05\t机关事业单位基本养老保险缴费支出\t19.67\t19.67\t0.00",
      ].join("\n"),
    );
    expect(r.tables[0].unit).toBe("万元");
    expect(rows(r).map((x) => x[0])).toEqual(["208", "20805", "2080505"]);
    expect(rows(r)[2]).toEqual(["2080505", "机关事业单位基本养老保险缴费支出", "19.67", "19.67", "0.00"]);
  });

  it("skips the 行次 a 决算 table prints between name and figures", () => {
    const r = extract(
      [
        "2023年度支出决算表",
        "公开03表",
        "单位:万元",
        "科目编码 科目名称 行次 本年支出合计 基本支出 项目支出",
        "合计 1 120.00 20.00 100.00",
        "210 卫生健康支出 2 120.00 20.00 100.00",
        "2101301 城乡医疗救助 3 100.00 0.00 100.00",
      ].join("\n"),
    );
    expect(rows(r)).toEqual([
      ["210", "卫生健康支出", "120.00", "20.00", "100.00"],
      ["2101301", "城乡医疗救助", "100.00", "0.00", "100.00"],
    ]);
  });

  it("does not take a unit code or a bare number for a function code", () => {
    const r = extract(
      [
        "部门收入总表",
        "单位:万元",
        "科目编码 科目名称 合计 一般公共预算拨款收入",
        "201 某市某区某局 50.00 50.00",
        "210",
        "50.00 50.00",
        "2101301 城乡医疗救助 50.00 50.00",
      ].join("\n"),
    );
    expect(r.functionRows.map((f) => f.code)).toEqual(["2101301"]);
  });

  it("keeps a code the reference lacks when its 类 exists and it prints a name", () => {
    const r = extract("2024年一般公共预算支出表\n单位:万元\n科目编码 科目名称 合计\n2109999 某地方新设科目 5.00");
    expect(r.functionRows.map((f) => [f.code, f.total])).toEqual([["2109999", "5.00"]]);
  });

  it("reads a summary whose income and expenditure halves are printed one after the other", () => {
    const r = extract(
      [
        "表1 某区某局2024年部门收支总表",
        "单位:万元",
        "收入 预算数",
        "一、一般公共预算拨款收入 300.00",
        "二、政府性基金预算拨款收入 20.00",
        "合计 320.00",
        "支出 预算数",
        "一、社会保障和就业支出 40.00",
        "二、卫生健康支出 270.00",
        "合计 310.00",
      ].join("\n"),
    );
    expect(r.totals).toMatchObject({ income: "320.00", expenditure: "310.00" });
  });
});
