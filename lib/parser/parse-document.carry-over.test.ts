/**
 * A budget that spends money carried over from last year: its 收入总计 (with the carry-over) and
 * 本年收入合计 (without) differ, and the narrative may state either. Neither is a contradiction.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

const TABLE = [
  "表1 收支总表",
  "单位：万元",
  "收入\t支出",
  "项目\t预算数\t项目\t预算数",
  "一般公共预算拨款收入\t1000.00\t一般公共服务支出\t1200.00",
  "本年收入合计\t1000.00\t本年支出合计\t1200.00",
  "上年结转\t200.00",
  "收入总计\t1200.00\t支出总计\t1200.00",
];

function documentWith(sentence: string): string {
  return ["某市某区统计局2024年部门预算", "一、收支预算总体情况", sentence, ...TABLE].join("\n");
}

function accusations(text: string): string[] {
  return parseDocument(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.rule}: ${f.message}`);
}

describe("a budget with a carry-over", () => {
  it("accepts a stated 收入总计 that includes the carry-over", () => {
    expect(accusations(documentWith("2024年收入总计1200.00万元，其中：本年收入1000.00万元，上年结转200.00万元。"))).toEqual([]);
  });

  it("reads a 收入合计 whose parts include the carry-over as the grand total", () => {
    const doc = parseDocument(documentWith("2024年收入合计1200.00万元，其中：本年收入1000.00万元，上年结转200.00万元。"));
    const stated = doc.figures.filter((f) => f.provenance.source === "sentence").map((f) => [f.key, f.value]);
    expect(stated).toEqual([
      ["income.total", "1200.00"],
      ["income.currentYear", "1000.00"],
      ["income.carryover", "200.00"],
    ]);
    expect(doc.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("keeps a 收入合计 without carry-over parts as the year's own total", () => {
    const doc = parseDocument(documentWith("2024年收入合计1000.00万元，其中：一般公共预算拨款收入1000.00万元。"));
    expect(doc.figures.find((f) => f.provenance.source === "sentence")).toMatchObject({ key: "income.currentYear", value: "1000.00" });
  });

  it("gives the table's 收入总计 as its own figure", () => {
    const doc = parseDocument(documentWith("本部门2024年收入预算1200.00万元。"));
    expect(doc.figures.find((f) => f.key === "income.grandTotal")).toMatchObject({ value: "1200.00", label: "收入总计" });
    expect(doc.totals.income).toBe("1000.00");
  });

  it("holds a stated 本年收入合计 against the table's, not against its 收入总计", () => {
    expect(accusations(documentWith("2024年本年收入合计1000.00万元。"))).toEqual([]);
    const found = accusations(documentWith("2024年本年收入合计1200.00万元。"));
    expect(found.some((f) => f.startsWith("error text-vs-table") && f.includes("1200.00") && f.includes("1000.00"))).toBe(true);
  });

  it("is balanced when only the table prints the carry-over, and unbalanced when its 总计 differ", () => {
    expect(accusations(documentWith("本部门2024年部门预算已经区人大审议通过。"))).toEqual([]);
    const unbalanced = documentWith("本部门2024年部门预算已经区人大审议通过。").replace("收入总计\t1200.00", "收入总计\t1150.00");
    expect(accusations(unbalanced).some((f) => f.startsWith("error income-vs-expenditure"))).toBe(true);
  });

  it("still finds a stated total that matches neither table figure", () => {
    const found = accusations(documentWith("2024年收入总计1300.00万元，其中：本年收入1000.00万元，上年结转200.00万元。"));
    expect(found.some((f) => f.startsWith("error text-vs-table") && f.includes("1300.00"))).toBe(true);
  });

  describe("a 决算 whose 收支总表 ends in the template's bare 总计 row", () => {
    const finalWith = (sentence: string) =>
      [
        "某市某区统计局2023年度部门决算",
        "一、收入支出决算总体情况说明",
        sentence,
        "表1 收入支出决算总表",
        "单位：万元",
        "项目\t行次\t决算数\t项目\t行次\t决算数",
        "一般公共预算财政拨款收入\t1\t1100.00\t一般公共服务支出\t32\t1150.00",
        "本年收入合计\t28\t1100.00\t本年支出合计\t58\t1150.00",
        "年初结转和结余\t29\t200.00\t年末结转和结余\t59\t150.00",
        "总计\t31\t1300.00\t总计\t61\t1300.00",
      ].join("\n");

    it("reads each half's 总计 past its 行次", () => {
      const doc = parseDocument(finalWith("2023年度收、支总计各为1300.00万元。"));
      expect(doc.figures.filter((f) => f.key.endsWith("grandTotal")).map((f) => [f.key, f.value])).toEqual([
        ["income.grandTotal", "1300.00"],
        ["expenditure.grandTotal", "1300.00"],
      ]);
      expect(accusations(finalWith("2023年度收、支总计各为1300.00万元。"))).toEqual([]);
    });

    it("holds a stated 收、支总计 against it", () => {
      const found = accusations(finalWith("2023年度收、支总计各为1400.00万元。"));
      expect(found.some((f) => f.startsWith("error text-vs-table") && f.includes("1400.00") && f.includes("1300.00"))).toBe(true);
    });
  });

  describe("a 财政拨款收支总表 whose 拨款 spends a carry-over", () => {
    const fiscalWith = (sentence: string, grandIncome = "1200.00") =>
      [
        "某市某区统计局2024年部门预算",
        "四、财政拨款收支预算总体情况",
        sentence,
        "表3 财政拨款收支总表",
        "单位：万元",
        "收入\t支出",
        "项目\t预算数\t项目\t预算数",
        "本年收入合计\t1000.00\t本年支出合计\t1200.00",
        "一般公共预算拨款\t1000.00\t一般公共服务支出\t1200.00",
        "上年结转\t200.00",
        `收入总计\t${grandIncome}\t支出总计\t1200.00`,
      ].join("\n");

    it("is balanced at its 总计 rows", () => {
      expect(accusations(fiscalWith("2024年财政拨款收支总预算1200.00万元。"))).toEqual([]);
      const unbalanced = accusations(fiscalWith("2024年财政拨款收支总预算1200.00万元。", "1150.00"));
      expect(unbalanced.some((f) => f.startsWith("error income-vs-expenditure") && f.includes("财政拨款"))).toBe(true);
    });

    it("holds a stated 财政拨款收支总预算 against it", () => {
      const found = accusations(fiscalWith("2024年财政拨款收支总预算1250.00万元。"));
      expect(found.some((f) => f.startsWith("error text-vs-table") && f.includes("1250.00"))).toBe(true);
    });
  });
});
