/**
 * Narratives round: "1,234.6万元", "约0.12亿元", "15万元" for a table's 1234.56 or 15.30. A sentence
 * agrees with a table figure that rounds to what it printed; only a figure that does not is a
 * contradiction.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

function documentWith(sentence: string): string {
  return [
    "武汉市江夏区统计局2024年部门预算",
    "一、收支预算总体情况",
    sentence,
    "表1 收支总表",
    "单位：万元",
    "收入\t支出",
    "项目\t预算数\t项目\t预算数",
    "一般公共预算拨款收入\t1234.56\t一般公共服务支出\t1234.56",
    "本年收入合计\t1234.56\t本年支出合计\t1234.56",
    "收入总计\t1234.56\t支出总计\t1234.56",
  ].join("\n");
}

const accusations = (sentence: string) =>
  parseDocument(documentWith(sentence))
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.rule}: ${f.message}`);

describe("sentences that round the tables' figures", () => {
  it("agree with the table at the places they print", () => {
    expect(accusations("2024年收入总计1,234.6万元，支出总计1235万元。")).toEqual([]);
    expect(accusations("2024年收入总计约0.12亿元。")).toEqual([]);
  });

  it("keep the places printed beside the exact amount", () => {
    const doc = parseDocument(documentWith("2024年收入总计1,234.6万元，支出总计约0.12亿元。"));
    const stated = doc.figures.filter((f) => f.provenance.source === "sentence").map((f) => [f.key, f.value, f.amountPlaces]);
    expect(stated).toEqual([
      ["income.total", "1234.60", 1],
      ["expenditure.total", "1200.00", -2],
    ]);
  });

  it("still contradict it when the table's figure does not round to them", () => {
    expect(accusations("2024年收入总计1,236.6万元。").some((f) => f.startsWith("error text-vs-table"))).toBe(true);
    expect(accusations("2024年收入总计约0.13亿元。").some((f) => f.startsWith("error text-vs-table"))).toBe(true);
    expect(accusations("2024年收入总计1,234.50万元。").some((f) => f.startsWith("error text-vs-table"))).toBe(true);
  });

  it("agree with each other when one rounds the other, and not when neither does", () => {
    const twice = (first: string) =>
      parseDocument(
        ["某县某局2024年部门预算", "一、支出预算情况说明", `卫生健康支出${first}万元，主要用于医疗保障。`, "二、一般公共预算支出情况", "卫生健康支出1,234.56万元，主要用于医疗保障。"].join("\n"),
      ).findings.map((f) => f.rule);
    expect(twice("1,234.6")).toEqual([]);
    expect(twice("1,236.6")).toEqual(["statement-conflict"]);
  });
});
