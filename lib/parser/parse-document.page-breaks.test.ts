import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

/**
 * PDF text carries each page's furniture into the running text: a sentence that crosses a page
 * break must still give its figure.
 */
describe("parseDocument across page breaks", () => {
  const sentence = (furniture: string) =>
    [
      "某某市某某区某某局2024年部门预算",
      "一、收支预算总体情况",
      "本部门2024年收入预算",
      furniture,
      "1,077.43万元，支出预算1,077.43万元。",
      "本部门2024年项目支出预算",
      furniture,
      "100.00万元，基本支出预算977.43万元。",
    ].join("\n");

  it.each([
    ["a running header (the cover title)", "某某市某某区某某局2024年部门预算"],
    ["a page number with its count", "4/20"],
    ["a page number between dots", "· 4 ·"],
    ["a page number between dashes", "— 4 —"],
  ])("reads the totals through %s", (_, furniture) => {
    const doc = parseDocument(sentence(furniture));
    expect(doc.totals).toMatchObject({ income: "1077.43", expenditure: "1077.43", project: "100.00", basic: "977.43" });
  });
});

describe("a table across a page break (pdftotext -layout)", () => {
  const header = (title: string) =>
    [title, "部门：某某县统计局                                   单位：万元", " 科目编码      科目名称            合计        基本支出      项目支出"].join("\n");
  const text = (again: string) =>
    [
      "某某县统计局2024年部门预算",
      "一、收支预算总体情况",
      "2024年本部门收入预算1,077.43万元，支出预算1,077.43万元。",
      header("                     一般公共预算支出表"),
      " 合计                              1,077.43      977.43        100.00",
      " 201     一般公共服务支出            857.43      757.43        100.00",
      " 2010501 行政运行                    757.43      757.43",
      " 2010505 专项统计业务                100.00                    100.00",
      "                               - 5 -",
      "\f" + header(again),
      " 208     社会保障和就业支出          220.00      220.00",
      " 2080505 机关事业单位基本养老保险缴费支出 220.00 220.00",
    ].join("\n");

  it.each([
    ["the header printed again", ""],
    ["the title and header printed again", "                     一般公共预算支出表"],
    ["the title printed again as 续", "                     一般公共预算支出表（续）"],
  ])("reads one table with %s, every row once and no repeated-page finding", (_, again) => {
    const doc = parseDocument(text(again.replace(/^$/, " 功能分类科目")));
    expect(doc.tables.filter((t) => t.kind === "general-expenditure")).toHaveLength(1);
    expect(doc.functions.map((f) => [f.code, f.total, f.basic, f.project])).toEqual([
      ["201", "857.43", "757.43", "100.00"],
      ["2010501", "757.43", "757.43", "0.00"],
      ["2010505", "100.00", "0.00", "100.00"],
      ["208", "220.00", "220.00", "0.00"],
      ["2080505", "220.00", "220.00", "0.00"],
    ]);
    expect(doc.findings.filter((f) => f.severity !== "info" || f.rule === "repeated-page")).toEqual([]);
  });
});
