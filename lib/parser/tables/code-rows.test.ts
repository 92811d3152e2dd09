import { describe, expect, it } from "vitest";
import { readCodeRows } from "./code-rows";
import { linesOf } from "./helpers.test-utils";

describe("readCodeRows", () => {
  it("joins a name wrapped over lines with the figures that follow it", () => {
    const rows = readCodeRows(linesOf("合计 1,219.14 1,219.14\n208\n社会保障\n和就业支\n出\n21.34 21.34\n2101301 城乡医疗 956.8 956.8\n救助"), "function");
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      [null, "合计", ["1,219.14", "1,219.14"]],
      ["208", "社会保障和就业支出", ["21.34", "21.34"]],
      ["2101301", "城乡医疗救助", ["956.8", "956.8"]],
    ]);
    expect(rows[1].line).toBe(2);
    expect(rows[1].endLine).toBe(6);
  });

  it("reads indented and tab-separated rows and codes printed as separate 类/款/项 columns", () => {
    const rows = readCodeRows(linesOf("    2101501     行政运行(医疗保障) 141.74 141.74\n2101301\t城乡医疗救助\t500.00\n208 05 05 机关事业单位基本养老保险缴费支出 9.33"), "function");
    expect(rows.map((r) => r.code)).toEqual(["2101501", "2101301", "2080505"]);
  });

  it("splits a line that holds rows of several column groups (决算 基本支出 明细表)", () => {
    const rows = readCodeRows(linesOf("301 工资福利支出 185.88 302 商品和服务支出 7.73 310 资本性支出\n30108\n机关事业单位基\n本养老保险缴费 11.72 30206 电费"), "economic");
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      ["301", "工资福利支出", ["185.88"]],
      ["302", "商品和服务支出", ["7.73"]],
      ["310", "资本性支出", []],
      ["30108", "机关事业单位基本养老保险缴费", ["11.72"]],
      ["30206", "电费", []],
    ]);
  });

  it("does not take headers printed after the rows into the last name, nor unit codes as function codes", () => {
    const rows = readCodeRows(linesOf("2210202 提租补贴 2.93 2.93\n一般公共预算支出表\n科目编码 科目名称 合计\n043 武汉市某区医疗保障局 842.93"), "function");
    expect(rows.map((r) => r.name)).toEqual(["提租补贴"]);
  });
});
