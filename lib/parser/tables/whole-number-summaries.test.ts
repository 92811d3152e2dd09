import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { linesOf } from "./helpers.test-utils";
import { hasWholeFigures } from "./whole-figures";

// The summary and “三公” tables of a disclosure printed without decimals, in the layouts PDF and web
// text give them: tab-separated, runs of spaces (pdftotext -layout), Markdown pipes, one cell per line.
type Layout = (cells: string[]) => string;
const tabs: Layout = (cells) => cells.join("\t");
const spaces: Layout = (cells) => cells.map((c, k) => (k === 0 ? c.padEnd(24, " ") : c.padStart(14, " "))).join("");
const pipes: Layout = (cells) => `| ${cells.join(" | ")} |`;
const onePerLine: Layout = (cells) => cells.filter((c) => c !== "").join("\n");
const LAYOUTS: Array<[string, Layout]> = [
  ["tab-separated", tabs],
  ["space-aligned", spaces],
  ["Markdown pipe", pipes],
  ["one cell per line", onePerLine],
];

const BUDGET = "某县林业局2024年部门预算";
const FINAL = "某县林业局2023年度部门决算";

function figuresOf(text: string): Record<string, string> {
  const doc = parseDocument(text);
  return Object.fromEntries(doc.figures.filter((f) => f.provenance.source === "table").map((f) => [f.key, f.value]));
}

function rulesOf(text: string): string[] {
  return parseDocument(text).findings.map((f) => f.rule);
}

/** A 收支总表, its 收入 and 支出 halves side by side. */
function summary(layout: Layout, unit: "元" | "万元", [income, forestry, social]: string[]): string {
  return [
    BUDGET,
    "表1 部门收支总表",
    `单位：${unit}`,
    layout(["收入", "", "支出", ""]),
    layout(["项目", "预算数", "项目", "预算数"]),
    layout(["一、一般公共预算拨款收入", income, "一、农林水支出", forestry]),
    layout(["二、政府性基金预算拨款收入", "0", "二、社会保障和就业支出", social]),
    layout(["本年收入合计", income, "本年支出合计", income]),
    layout(["收入总计", income, "支出总计", income]),
  ].join("\n");
}

describe("a 收支总表 printed in whole numbers", () => {
  it.each(LAYOUTS)("in 元, %s: totals converted exactly, the table not taken for a title alone", (_, layout) => {
    const text = summary(layout, "元", ["8536127", "7236127", "1300000"]);
    expect(parseDocument(text).totals).toMatchObject({ income: "853.6127", expenditure: "853.6127" });
    expect(parseDocument(text).tables.map((t) => t.isEmpty)).toEqual([false]);
    expect(rulesOf(text)).not.toContain("title-only-table");
  });

  it.each(LAYOUTS)("in 万元, %s", (_, layout) => {
    const text = summary(layout, "万元", ["854", "724", "130"]);
    expect(parseDocument(text).totals).toMatchObject({ income: "854.00", expenditure: "854.00" });
    expect(rulesOf(text)).not.toContain("title-only-table");
  });

  it("reads a 决算's 行次 column as row numbers, never as amounts", () => {
    const rows = (layout: Layout, amount: string, unit = "元") =>
      [
        FINAL,
        "表1 收入支出决算总表",
        `单位：${unit}`,
        layout(["项目", "行次", "金额", "项目", "行次", "金额"]),
        layout(["一、一般公共预算财政拨款收入", "1", amount, "一、农林水支出", "32", amount]),
        layout(["本年收入合计", "27", amount, "本年支出合计", "58", amount]),
      ].join("\n");
    for (const [, layout] of LAYOUTS) {
      expect(parseDocument(rows(layout, "6200400")).totals).toMatchObject({ income: "620.04", expenditure: "620.04" });
    }
    // The same table with its amount cells blank: nothing to read, and no figures.
    const blank = parseDocument(rows(tabs, ""));
    expect(blank.totals.income ?? null).toBeNull();
    expect(blank.tables.map((t) => t.isEmpty)).toEqual([true]);
    // One cell per line with a decimal amount: the 行次 line is skipped too.
    expect(parseDocument(rows(onePerLine, "620.04", "万元")).totals).toMatchObject({ income: "620.04", expenditure: "620.04" });
    // A label printed alone, its row number and amount on the line below.
    const wrapped: Layout = (cells) => (cells[1] === "行次" ? cells.join(" ") : `${cells[0]}\n${cells[1]} ${cells[2]}\n${cells[3]}\n${cells[4]} ${cells[5]}`);
    expect(parseDocument(rows(wrapped, "6200400")).totals).toMatchObject({ income: "620.04", expenditure: "620.04" });
    expect(parseDocument(rows(wrapped, "620.04", "万元")).totals).toMatchObject({ income: "620.04", expenditure: "620.04" });
  });

  it("reads a small whole amount under a 行次 header whose table prints no row numbers (one cell per line)", () => {
    const text = [
      FINAL,
      "收入支出决算总表",
      "单位：万元",
      ...["收入", "支出", "项目", "行次", "决算数", "项目", "行次", "决算数"],
      ...["一、一般公共预算财政拨款收入", "80", "一、一般公共服务支出"],
      ...["二、政府性基金预算财政拨款收入", "二、农林水支出", "85"],
      ...["八、其他收入", "5", "三、住房保障支出"],
      ...["本年收入合计", "85", "本年支出合计", "85"],
      ...["年初结转和结余", "年末结转和结余"],
      ...["总计", "85", "总计", "85"],
      "财政拨款收入支出决算总表",
      "单位：万元",
      ...["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
      ...["一、一般公共预算财政拨款", "80", "一、农林水支出", "85", "80", "5"],
      ...["二、政府性基金预算财政拨款", "5"],
      ...["本年收入合计", "85", "本年支出合计", "85", "80", "5"],
    ].join("\n");
    expect(parseDocument(text).totals).toMatchObject({ income: "85.00", expenditure: "85.00" });
    expect(figuresOf(text)).toMatchObject({ "fiscal.income": "85.00", "fiscal.expenditure": "85.00" });
    expect(parseDocument(text).tables.map((t) => t.isEmpty)).toEqual([false, false]);
    // With its row numbers printed (never repeated, in sequence) the same cells are 行次.
    expect(hasWholeFigures(linesOf(["项目", "行次", "决算数", "一、一般公共预算财政拨款收入", "1", "二、上级补助收入", "2", "本年收入合计", "3", "总计", "4"].join("\n")))).toBe(false);
    expect(hasWholeFigures(linesOf(["项目", "行次", "决算数", "一、一般公共预算财政拨款收入", "85", "本年收入合计", "85"].join("\n")))).toBe(true);
  });

  it("reads the halves printed one after the other", () => {
    const text = [BUDGET, "表1 部门收支总表", "单位：元", "收入", "项目\t预算数", "一、一般公共预算拨款收入\t8500000", "合计\t8500000", "支出", "项目\t预算数", "一、农林水支出\t8500000", "合计\t8500000"].join("\n");
    expect(parseDocument(text).totals).toMatchObject({ income: "850.00", expenditure: "850.00" });
  });

  it("reads the 财政拨款收支总表", () => {
    const text = [BUDGET, "表4 财政拨款收支总表", "单位：元", "项目\t预算数\t项目\t预算数", "一、本年收入\t8500000\t一、本年支出\t8500000", "收入总计\t8500000\t支出总计\t8500000"].join("\n");
    expect(figuresOf(text)).toMatchObject({ "fiscal.income": "850.00", "fiscal.expenditure": "850.00" });
    expect(rulesOf(text)).not.toContain("title-only-table");
  });
});

/** A “三公” table: one row of six figures under a two-level header. */
function threePublic(layout: Layout, unit: "元" | "万元", row: string[]): string {
  return [
    BUDGET,
    "表7 一般公共预算“三公”经费支出表",
    `单位：${unit}`,
    layout(["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]),
    layout(["", "", "小计", "公务用车购置费", "公务用车运行费", ""]),
    layout(row),
  ].join("\n");
}

describe("a “三公” table printed in whole numbers", () => {
  it.each(LAYOUTS)("in 元, %s", (_, layout) => {
    const text = threePublic(layout, "元", ["86500", "0", "61500", "0", "61500", "25000"]);
    expect(figuresOf(text)).toEqual({
      "threePublic.total": "8.65",
      "threePublic.abroad": "0.00",
      "threePublic.vehicle": "6.15",
      "threePublic.vehiclePurchase": "0.00",
      "threePublic.vehicleOperation": "6.15",
      "threePublic.reception": "2.50",
    });
    expect(rulesOf(text)).not.toContain("title-only-table");
  });

  it.each(LAYOUTS)("in 万元, %s", (_, layout) => {
    const text = threePublic(layout, "万元", ["9", "0", "6", "0", "6", "3"]);
    expect(figuresOf(text)).toMatchObject({ "threePublic.total": "9.00", "threePublic.vehicleOperation": "6.00", "threePublic.reception": "3.00" });
  });

  it("reads a row printed one cell per line with decimals as one row, not its last zero alone", () => {
    const text = threePublic(onePerLine, "万元", ["8.50", "0.00", "6.00", "0.00", "6.00", "2.50"]);
    expect(figuresOf(text)).toMatchObject({ "threePublic.total": "8.50", "threePublic.vehicle": "6.00", "threePublic.reception": "2.50" });
    // Credited to the row's six lines.
    const total = parseDocument(text).figures.find((f) => f.key === "threePublic.total");
    expect(total?.provenance).toMatchObject({ line: 11, endLine: 16, excerpt: "8.50 0.00 6.00 0.00 6.00 2.50" });
  });

  it.each(LAYOUTS)("lists items down the page, %s", (_, layout) => {
    const text = [
      BUDGET,
      "表7 一般公共预算“三公”经费支出表",
      "单位：元",
      layout(["项目", "预算数"]),
      layout(["合计", "86500"]),
      layout(["1.因公出国（境）费", "0"]),
      layout(["2.公务用车购置及运行费", "61500"]),
      layout(["（1）公务用车购置费", "0"]),
      layout(["（2）公务用车运行费", "61500"]),
      layout(["3.公务接待费", "25000"]),
    ].join("\n");
    expect(figuresOf(text)).toEqual({
      "threePublic.total": "8.65",
      "threePublic.abroad": "0.00",
      "threePublic.vehicle": "6.15",
      "threePublic.vehiclePurchase": "0.00",
      "threePublic.vehicleOperation": "6.15",
      "threePublic.reception": "2.50",
    });
  });

  it.each([
    ["元", ["90000", "85200", "0", "0", "60000", "58000", "30000", "27200"]],
    ["万元", ["9.00", "8.52", "0.00", "0.00", "6.00", "5.80", "3.00", "2.72"]],
  ])("reads a 决算 listing its items one cell per line, 预算数 then 决算数 (in %s): the spent figures", (unit, f) => {
    const text = [FINAL, "表7 一般公共预算财政拨款“三公”经费支出决算表", `单位：${unit}`, "项目", "预算数", "决算数", "合计", f[0], f[1], "1.因公出国（境）费", f[2], f[3], "2.公务用车购置及运行费", f[4], f[5], "3.公务接待费", f[6], f[7]].join("\n");
    expect(figuresOf(text)).toEqual({ "threePublic.total": "8.52", "threePublic.abroad": "0.00", "threePublic.vehicle": "5.80", "threePublic.reception": "2.72" });
  });

  it("reads a 决算's two groups under their 栏次 numbers: the spent figures", () => {
    const text = [
      FINAL,
      "表7 一般公共预算财政拨款“三公”经费支出决算表",
      "单位：元",
      "预算数\t\t\t\t\t\t决算数",
      "合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国(境)费\t公务用车购置及运行费\t\t\t公务接待费",
      "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费",
      "栏次\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12",
      "90000\t0\t60000\t0\t60000\t30000\t85200\t0\t58000\t0\t58000\t27200",
    ].join("\n");
    expect(figuresOf(text)).toMatchObject({ "threePublic.total": "8.52", "threePublic.vehicle": "5.80", "threePublic.reception": "2.72" });
  });
});

describe("hasWholeFigures", () => {
  const body = (...rows: string[]) => linesOf(rows.join("\n"));

  it("finds figures standing as cells after labels, after figures, or alone in a row", () => {
    expect(hasWholeFigures(body("本年收入合计\t8500000\t本年支出合计\t8500000"))).toBe(true);
    expect(hasWholeFigures(body("85000 0 60000 0 60000 25000"))).toBe(true);
    expect(hasWholeFigures(body("2130201 行政运行 8500000 8500000 0"))).toBe(true);
    expect(hasWholeFigures(body("本年收入合计", "8500000", "本年支出合计", "8500000"))).toBe(true);
  });

  it("takes no 行次, 栏次, code, year, item number, count or date for a figure", () => {
    expect(hasWholeFigures(body("项目\t行次\t金额", "本年收入合计\t27\t\t本年支出合计\t58"))).toBe(false);
    expect(hasWholeFigures(body("项目\t行次\t金额", "本年收入合计", "27", "本年支出合计", "58"))).toBe(false);
    expect(hasWholeFigures(body("栏次 1 2 3 4 5 6"))).toBe(false);
    expect(hasWholeFigures(body("208 05 01 行政单位离退休", "2130201 行政运行"))).toBe(false);
    expect(hasWholeFigures(body("项目 2023 2024", "1.因公出国(境)费", "(2)公务用车运行费"))).toBe(false);
    expect(hasWholeFigures(body("编制人数 12人 车辆 3辆", "2024年1月15日"))).toBe(false);
    expect(hasWholeFigures(body("注：本表 2 项为空"))).toBe(false);
    expect(hasWholeFigures(body("名词解释 …… 10", "附件 ........ 12"))).toBe(false);
  });
});

describe("a “三公” row printed one cell per line above a note and a page number", () => {
  it("is read as the row", () => {
    const text = [
      BUDGET,
      "表7 一般公共预算“三公”经费支出表",
      "单位：元",
      ...["合计", "因公出国（境）费", "公务用车购置及运行费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"],
      ...["86500", "0", "61500", "0", "61500", "25000"],
      "注：本表按预算数填列",
      "12",
    ].join("\n");
    expect(figuresOf(text)).toMatchObject({ "threePublic.total": "8.65", "threePublic.vehicle": "6.15", "threePublic.reception": "2.50" });
  });
});
