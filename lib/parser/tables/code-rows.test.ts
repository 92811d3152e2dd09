import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCodes, readCodeRows } from "./code-rows";
import { linesOf } from "./helpers.test-utils";
import { legacyFindCodeTokens, legacyReadCodeRows } from "./legacy/code-rows.test-utils";
import { lineWindow, mutatedLine } from "./sample-lines.test-utils";

describe("readCodeRows", () => {
  it("does not take a running header with a long identifier (监督索引号…) for a row's tail or figures", () => {
    const rows = readCodeRows(
      linesOf(["221\t住房保障支出\t96.50\t96.50\t", "监督索引号53252400000000000", "22102\t住房改革支出\t96.50\t96.50\t"].join("\n")),
      "function",
    );
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      ["221", "住房保障支出", ["96.50", "96.50"]],
      ["22102", "住房改革支出", ["96.50", "96.50"]],
    ]);
  });

  it("reads a whole figure printed alone that looks like a code as the row's figure (one cell per line)", () => {
    const rows = readCodeRows(linesOf(["213", "农林水支出", "270", "220", "50", "", "2130104", "事业运行", "220", "220", "", "2130106", "科技推广", "50", "", "50"].join("\n")), "function");
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      ["213", "农林水支出", ["270", "220", "50"]],
      ["2130104", "事业运行", ["220", "220"]],
      ["2130106", "科技推广", ["50", "50"]],
    ]);
  });

  it("reads a row's last whole figure that looks like a 类 code as the figure: before a row printed on one line or the table's end", () => {
    const read = (cells: string[]) => readCodeRows(linesOf(cells.join("\n")), "function").map((r) => [r.code, r.name, r.values]);
    expect(read(["2101101", "行政单位医疗", "208", "208", "2210201 住房公积金 30 30"])).toEqual([
      ["2101101", "行政单位医疗", ["208", "208"]],
      ["2210201", "住房公积金", ["30", "30"]],
    ]);
    expect(read(["210", "卫生健康支出", "300", "300", "", "2101101", "行政单位医疗", "208", "", "208", ""])).toEqual([
      ["210", "卫生健康支出", ["300", "300"]],
      ["2101101", "行政单位医疗", ["208", "208"]],
    ]);
    // A code alone with its name under it is still a code.
    expect(read(["合计", "300", "208", "社会保障和就业支出", "300"])).toEqual([
      [null, "合计", ["300"]],
      ["208", "社会保障和就业支出", ["300"]],
    ]);
  });

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

  it("joins economic codes printed as separate 类 | 款 columns, keeping the 类 row apart", () => {
    const rows = readCodeRows(linesOf("合计 570.00 520.00 50.00\n301 工资福利支出 520.00 520.00\n301 01 基本工资 200.00 200.00\n301 02 津贴补贴 320.00 320.00\n302 商品和服务支出 50.00 50.00\n302 99 其他商品和服务支出 50.00 50.00"), "economic");
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      [null, "合计", ["570.00", "520.00", "50.00"]],
      ["301", "工资福利支出", ["520.00", "520.00"]],
      ["30101", "基本工资", ["200.00", "200.00"]],
      ["30102", "津贴补贴", ["320.00", "320.00"]],
      ["302", "商品和服务支出", ["50.00", "50.00"]],
      ["30299", "其他商品和服务支出", ["50.00", "50.00"]],
    ]);
  });

  it("carries the 类 and 款 down to rows that print only their own level in a tab layout", () => {
    const text = [
      "科目编码\t\t\t科目名称\t合计",
      "类\t款\t项\t\t",
      "208\t\t\t社会保障和就业支出\t70.00",
      "\t05\t\t行政事业单位养老支出\t70.00",
      "\t\t05\t机关事业单位基本养老保险缴费支出\t60.00",
      "\t\t06\t机关事业单位职业年金缴费支出\t10.00",
      "210\t\t\t卫生健康支出\t5.00",
      "\t11\t01\t行政单位医疗\t5.00",
    ].join("\n");
    const rows = readCodeRows(linesOf(text), "function");
    expect(rows.map((r) => [r.code, r.name, r.values])).toEqual([
      ["208", "社会保障和就业支出", ["70.00"]],
      ["20805", "行政事业单位养老支出", ["70.00"]],
      ["2080505", "机关事业单位基本养老保险缴费支出", ["60.00"]],
      ["2080506", "机关事业单位职业年金缴费支出", ["10.00"]],
      ["210", "卫生健康支出", ["5.00"]],
      ["2101101", "行政单位医疗", ["5.00"]],
    ]);
    const economic = readCodeRows(linesOf("301\t\t工资福利支出\t520.00\n\t01\t基本工资\t200.00"), "economic");
    expect(economic.map((r) => r.code)).toEqual(["301", "30101"]);
  });
});

describe("readCodeRows against the reader it replaced", () => {
  const nearRows = (t: string) => /^\s*[235]\d{2}|合计|总计|\t\d{2}\t/.test(t);
  it.each(["function", "economic"] as const)("reads the same %s rows from random and mutated sample lines", (scheme) => {
    fc.assert(
      fc.property(lineWindow(nearRows, 25), (body) => {
        expect(readCodeRows(body, scheme)).toEqual(legacyReadCodeRows(body, scheme));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("findCodes against the regexes it replaced", () => {
  // Text made of what the code reader reacts to: code digits, spaces of every kind, CJK, "(".
  const codeish = fc
    .array(fc.constantFrom("2", "0", "8", "3", "5", "1", "9", "208", "20805", "2080505", "301", "30101", "501", " ", " ", "\t", "\u3000", "名", "称", "(", ")", "a", "-", ".", "05"), { maxLength: 16 })
    .map((a) => a.join(""));
  it.each(["function", "economic"] as const)("finds the same %s codes", (scheme) => {
    fc.assert(
      fc.property(fc.oneof(codeish, mutatedLine), (text) => {
        expect(findCodes(text, scheme)).toEqual(legacyFindCodeTokens(text, scheme));
      }),
      { numRuns: 6000 },
    );
  });
});

describe("readCodeRows on a split code whose blank 类/款 cells are left out", () => {
  it("builds each row's code from the rows above (pdftotext -layout, spaces collapsed)", () => {
    const body = linesOf(
      [
        "类 款 项 科目名称 合计 基本支出 项目支出",
        "201 一般公共服务支出 857.43 757.43 100.00",
        "05 统计信息事务 857.43 757.43 100.00",
        "01 行政运行 757.43 757.43",
        "05 专项统计业务 100.00 100.00",
        "208 社会保障和就业支出 120.00 120.00",
        "05 行政事业单位养老支出 120.00 120.00",
        "05 机关事业单位基本养老保险缴费支出 80.00 80.00",
        "06 机关事业单位职业年金缴费支出 40.00 40.00",
        "08 抚恤 10.00 10.00",
        "01 死亡抚恤 10.00 10.00",
      ].join("\n"),
    );
    expect(readCodeRows(body, "function").map((r) => [r.code, r.values.join(" ")])).toEqual([
      ["201", "857.43 757.43 100.00"],
      ["20105", "857.43 757.43 100.00"],
      ["2010501", "757.43 757.43"],
      ["2010505", "100.00 100.00"],
      ["208", "120.00 120.00"],
      ["20805", "120.00 120.00"],
      ["2080505", "80.00 80.00"],
      ["2080506", "40.00 40.00"],
      // A 款 after 项 rows: the catalogue names 20808 抚恤, not 2080508.
      ["20808", "10.00 10.00"],
      ["2080801", "10.00 10.00"],
    ]);
  });

  it("reads 款 and 项 printed with the 类 blank, and economic 款 rows under their 类", () => {
    const fn = linesOf(["201 05 01 行政运行 757.43 757.43", "05 05 专项统计业务 100.00 100.00", "06 机关事业单位职业年金缴费支出 40.00 40.00"].join("\n"));
    expect(readCodeRows(fn, "function").map((r) => r.code)).toEqual(["2010501", "2010505", "2010506"]);
    const eco = linesOf(["301 工资福利支出 300.00", "01 基本工资 200.00", "02 津贴补贴 100.00"].join("\n"));
    expect(readCodeRows(eco, "economic").map((r) => [r.code, r.values.join(" ")])).toEqual([
      ["301", "300.00"],
      ["30101", "200.00"],
      ["30102", "100.00"],
    ]);
  });
});
