import { describe, expect, it } from "vitest";
import { readPairedTotals } from "./read-paired-totals";

describe("readPairedTotals", () => {
  it("reads 收、支总计各是X,Y万元 as the income then the expenditure total, with each one's change", () => {
    const text = "2022年度收、支总计各是2,130.40,2,156.90万元。与2021年相比，收、支总计各减少310.25,405.10万元，各下降12.71%、15.81%。主要变动原因是项目完工。";
    const [pair] = readPairedTotals(text);
    expect(pair.income).toEqual({
      key: "income.total",
      subject: "收入总计",
      amount: "2130.40",
      change: "-310.25",
      priorYear: "2440.65",
      priorYearLabel: "2021年",
      changeRate: "-12.71",
    });
    expect(pair.expenditure).toMatchObject({ key: "expenditure.total", amount: "2156.90", change: "-405.10", priorYear: "2562.00", changeRate: "-15.81" });
    expect(text.slice(pair.end)).toBe("。主要变动原因是项目完工。");
  });

  it("reads the 财政拨款 pair, a unit after each amount and a pair without a change", () => {
    const [pair] = readPairedTotals("2022年财政拨款收、支总计各为100.00万元、98.50万元。");
    expect(pair.income).toEqual({ key: "fiscal.income", subject: "财政拨款收入总计", amount: "100.00" });
    expect(pair.expenditure).toEqual({ key: "fiscal.expenditure", subject: "财政拨款支出总计", amount: "98.50" });
  });

  it("reads the 分别为 wording, with 收入、支出 spelled out", () => {
    const [pair] = readPairedTotals(
      "2023年度收入、支出决算总计分别为860.00万元、850.00万元。与2022年相比，收入、支出决算总计分别增加40.00万元、30.00万元，增长4.88%、3.66%。",
    );
    expect(pair.income).toMatchObject({ key: "income.total", amount: "860.00", priorYear: "820.00", changeRate: "4.88" });
    expect(pair.expenditure).toMatchObject({ key: "expenditure.total", amount: "850.00", priorYear: "820.00", changeRate: "3.66" });
  });

  it("reads equal 财政拨款 sides as the 财政拨款 totals", () => {
    const [pair] = readPairedTotals("2023年度财政拨款收、支总计各是486.30,486.30万元。");
    expect([pair.income.key, pair.expenditure.key]).toEqual(["fiscal.total", "fiscal.total"]);
  });

  it("reads nothing from one figure for both sides", () => {
    expect(readPairedTotals("2024年度收、支总计均为1523.26万元。")).toEqual([]);
    expect(readPairedTotals("收、支总计各增加35.40万元，增长4.31%。")).toEqual([]);
  });
});
