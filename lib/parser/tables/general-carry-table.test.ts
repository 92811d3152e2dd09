import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { linesOf } from "./helpers.test-utils";
import { extractTables } from "./index";

/** Yunnan's 一般公共预算财政拨款收入支出决算表 (composed for these tests): function rows with carry-over columns. */

const SPACED = [
  "                 一般公共预算财政拨款收入支出决算表",
  "                                                                  公开05表",
  "部门：某县某局                                                     金额单位：万元",
  "            项目                   年初结转   本年收入          本年支出               年末结转",
  " 支出功能分类   科目名称            和结余                小计    基本支出   项目支出   和结余",
  "               合计                  8.00     120.00    126.00    100.00     26.00     2.00",
  " 201           一般公共服务支出      8.00     120.00    126.00    100.00     26.00     2.00",
  " 20103         政府办公厅（室）及相关机构事务  8.00  120.00  126.00  100.00  26.00  2.00",
  " 2010301       行政运行                       100.00    100.00    100.00",
  " 2010350       事业运行              8.00      20.00     26.00               26.00     2.00",
].join("\n");

describe("一般公共预算财政拨款收入支出决算表", () => {
  it("reads its function rows (本年支出 as the total) from a layout that drops blank cells", () => {
    const r = extractTables(linesOf(SPACED));
    expect(r.tables.map((t) => [t.kind, t.number])).toEqual([["general-expenditure", "公开05表"]]);
    expect(r.functionRows.map((f) => [f.code, f.total, f.basic, f.project])).toEqual([
      ["201", "126.00", "100.00", "26.00"],
      ["20103", "126.00", "100.00", "26.00"],
      ["2010301", "100.00", "100.00", "0.00"],
      ["2010350", "26.00", "0.00", "26.00"],
    ]);
    expect(r.functionRows[3].provenance).toMatchObject({ tableTitle: "一般公共预算财政拨款收入支出决算表", line: 10 });
  });

  it("stands beside the 财政拨款 summary and the 一般公共预算 spending table without a finding", () => {
    const text = [
      "某县某局2024年度部门决算",
      "",
      "财政拨款收入支出决算表",
      "公开04表",
      "单位：万元",
      "本年收入 本年支出",
      "一、一般公共预算财政拨款 120.00 一、一般公共服务支出 146.00",
      "二、政府性基金预算财政拨款 20.00",
      "本年收入合计 140.00 本年支出合计 146.00",
      "",
      SPACED,
      "",
      "一般公共预算财政拨款支出决算表",
      "公开06表",
      "单位：万元",
      " 科目编码      科目名称              本年支出合计   基本支出    项目支出",
      "               合计                  126.00        100.00      26.00",
      " 201           一般公共服务支出      126.00        100.00      26.00",
      " 20103         政府办公厅（室）及相关机构事务  126.00  100.00  26.00",
      " 2010301       行政运行              100.00        100.00",
      " 2010350       事业运行               26.00                     26.00",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const figure = (key: string) => doc.figures.find((f) => f.key === key)?.value;
    expect([figure("fiscal.income"), figure("fiscal.expenditure"), figure("general.expenditure")]).toEqual(["140.00", "146.00", "126.00"]);
    expect(doc.functions.map((f) => [f.code, f.total])).toEqual([["201", "126.00"], ["20103", "126.00"], ["2010301", "100.00"], ["2010350", "26.00"]]);
  });
});
