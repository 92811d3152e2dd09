import { describe, expect, it } from "vitest";
import type { EconomicRow } from "../types";
import { linesOf } from "./helpers.test-utils";
import { extractTables } from "./index";

/** Tables of spending by economic class (部门预算 301…399 and 政府预算 501…599), composed for these tests. */

function rowsOf(text: string, table: string): Array<[string, string | null, string | null | undefined, string | null | undefined]> {
  return extractTables(linesOf(text))
    .economicRows.filter((r: EconomicRow) => r.provenance.table === table)
    .map((r) => [r.code, r.total, r.personnel, r.public]);
}

describe("tables of spending by economic class", () => {
  it("reads a tab-separated 部门支出预算表（按政府预算经济分类）: the 合计 only, with its row", () => {
    const text = [
      "表3",
      "部门支出预算表（按政府预算经济分类）",
      "部门：某县某中心\t单位：万元",
      "科目编码\t科目名称\t合计\t基本支出\t项目支出",
      "\t合计\t260.00\t210.00\t50.00",
      "501\t机关工资福利支出\t180.00\t180.00\t",
      "50101\t工资奖金津补贴\t180.00\t180.00\t",
      "502\t机关商品和服务支出\t80.00\t30.00\t50.00",
      "50201\t办公经费\t30.00\t30.00\t",
      "50205\t委托业务费\t50.00\t\t50.00",
    ].join("\n");
    expect(rowsOf(text, "economic-expenditure")).toEqual([
      ["501", "180.00", undefined, undefined],
      ["50101", "180.00", undefined, undefined],
      ["502", "80.00", undefined, undefined],
      ["50201", "30.00", undefined, undefined],
      ["50205", "50.00", undefined, undefined],
    ]);
    const r = extractTables(linesOf(text));
    expect(r.functionRows).toEqual([]);
    expect(r.economicRows.find((e) => e.code === "50205")?.provenance).toMatchObject({ tableTitle: "部门支出预算表(按政府预算经济分类)", line: 10 });
  });

  it("reads a 部门预算 one printed with spaces, and leaves the function table after it alone", () => {
    const text = [
      "        2024年一般公共预算支出预算表（按部门预算经济分类）",
      "                                                        单位：万元",
      " 科目编码  科目名称              合计      基本支出      项目支出",
      "           合计                 150.00      120.00        30.00",
      " 301       工资福利支出         110.00      110.00",
      " 30101     基本工资             110.00      110.00",
      " 302       商品和服务支出        40.00       10.00        30.00",
      " 30201     办公费                40.00       10.00        30.00",
      "",
      "        2024年一般公共预算支出表",
      " 科目编码  科目名称              合计      基本支出      项目支出",
      "           合计                 150.00      120.00        30.00",
      " 201       一般公共服务支出     150.00      120.00        30.00",
    ].join("\n");
    const r = extractTables(linesOf(text));
    expect(r.tables.map((t) => t.kind)).toEqual(["economic-expenditure", "general-expenditure"]);
    expect(rowsOf(text, "economic-expenditure").map((x) => x.slice(0, 2))).toEqual([["301", "110.00"], ["30101", "110.00"], ["302", "40.00"], ["30201", "40.00"]]);
    expect(r.functionRows.map((f) => [f.code, f.total, f.basic, f.project])).toEqual([["201", "150.00", "120.00", "30.00"]]);
    // The totals come from the function table, never from the economic one.
    expect(r.totalsProvenance.basic?.table).toBe("general-expenditure");
  });

  it("reads a 一般公共预算基本支出预算表（按政府预算经济分类） printed one cell per line, with 人员/公用经费", () => {
    const cells = [
      "一般公共预算基本支出预算表",
      "（按政府预算经济分类）",
      "单位：万元",
      "科目编码", "科目名称", "合计", "人员经费", "公用经费",
      "合计", "95.00", "80.00", "15.00",
      "501", "机关工资福利支出", "75.00", "75.00",
      "50101", "工资奖金津补贴", "75.00", "75.00",
      "502", "机关商品和服务支出", "15.00", "15.00",
      "50201", "办公经费", "15.00", "15.00",
      "509", "对个人和家庭的补助", "5.00", "5.00",
      "50905", "离退休费", "5.00", "5.00",
    ];
    expect(rowsOf(cells.join("\n"), "general-basic")).toEqual([
      ["501", "75.00", "75.00", "0.00"],
      ["50101", "75.00", "75.00", "0.00"],
      ["502", "15.00", "0.00", "15.00"],
      ["50201", "15.00", "0.00", "15.00"],
      ["509", "5.00", "5.00", "0.00"],
      ["50905", "5.00", "5.00", "0.00"],
    ]);
  });

  it("does not read a whole figure printed alone as a code (one cell per line, no decimals)", () => {
    const cells = [
      "一般公共预算基本支出预算表（按政府预算经济分类）",
      "单位：万元",
      "科目编码", "科目名称", "合计", "人员经费", "公用经费",
      "合计", "420", "380", "40",
      "501", "机关工资福利支出", "380", "380",
      "502", "机关商品和服务支出", "40", "40",
    ];
    expect(rowsOf(cells.join("\n"), "general-basic").map((x) => x.slice(0, 2))).toEqual([["501", "380.00"], ["502", "40.00"]]);
  });
});
