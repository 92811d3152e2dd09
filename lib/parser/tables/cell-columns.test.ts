import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { linesOf } from "./helpers.test-utils";
import { placeByCells, readHeaderColumns } from "./cell-columns";
import { readCodeRows } from "./code-rows";
import { segmentTables, type TableBlock } from "./segment-tables";

const HEAD = "某县林业局2024年部门预算";

function functionsOf(lines: string[]): Array<[string, string | null, string | null | undefined, string | null | undefined]> {
  return parseDocument([HEAD, ...lines].join("\n")).functions.map((f) => [f.code, f.total, f.basic, f.project]);
}

function rulesOf(lines: string[]): string[] {
  return parseDocument([HEAD, ...lines].join("\n")).findings.map((f) => f.rule);
}

const pipe = (line: string) => `| ${line.split("\t").join(" | ")} |`;

describe("a blank cell of a tab-separated classification table is placed by its position", () => {
  // No 合计 column: a row's figures are its 基本支出 and 项目支出, a blank cell is nothing spent.
  const withoutTotal = [
    "表5 一般公共预算支出表",
    "单位：万元",
    "科目编码\t科目名称\t基本支出\t项目支出",
    "208\t社会保障和就业支出\t20.00\t12.50",
    "20805\t行政事业单位养老支出\t20.00\t12.50",
    "2080501\t行政单位离退休\t\t12.50",
    "2080505\t机关事业单位基本养老保险缴费支出\t20.00\t",
  ];

  it("reads 基本支出 and 项目支出 by column when the header has no 合计 column", () => {
    expect(functionsOf(withoutTotal)).toEqual([
      ["208", "32.50", "20.00", "12.50"],
      ["20805", "32.50", "20.00", "12.50"],
      ["2080501", "12.50", "0.00", "12.50"],
      ["2080505", "20.00", "20.00", "0.00"],
    ]);
    expect(rulesOf(withoutTotal)).toEqual([]);
  });

  it("reads a Markdown pipe table the same way", () => {
    expect(functionsOf(withoutTotal.map((l) => (l.includes("\t") ? pipe(l) : l)))).toEqual(functionsOf(withoutTotal));
  });

  it("settles by position what the arithmetic leaves open (合计 column, equal 基本 and 项目)", () => {
    const lines = [
      "表5 一般公共预算支出表",
      "单位：万元",
      "科目编码\t科目名称\t合计\t基本支出\t项目支出",
      "208\t社会保障和就业支出\t25.00\t12.50\t12.50",
      "20805\t行政事业单位养老支出\t25.00\t12.50\t12.50",
      "2080501\t行政单位离退休\t12.50\t\t12.50",
      "2080505\t机关事业单位基本养老保险缴费支出\t12.50\t12.50",
      "合计\t\t25.00\t12.50\t12.50",
    ];
    expect(functionsOf(lines)).toEqual([
      ["208", "25.00", "12.50", "12.50"],
      ["20805", "25.00", "12.50", "12.50"],
      ["2080501", "12.50", "0.00", "12.50"],
      ["2080505", "12.50", "12.50", "0.00"],
    ]);
  });

  it("reads a two-level header: 基本支出 over 小计 | 人员经费 | 公用经费", () => {
    const doc = parseDocument(
      [
        HEAD,
        "表5 一般公共预算支出表",
        "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出",
        "\t\t\t小计\t人员经费\t公用经费\t",
        "\t合计\t18.00\t6.00\t6.00\t\t12.00",
        "201\t一般公共服务支出\t18.00\t6.00\t6.00\t\t12.00",
        "20105\t统计信息事务\t18.00\t6.00\t6.00\t\t12.00",
        "2010501\t行政运行\t6.00\t6.00\t6.00",
        "2010505\t专项统计业务\t6.00\t\t\t\t6.00",
        "2010507\t专项普查活动\t6.00\t\t\t\t6.00",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic, f.personnel, f.public, f.project])).toEqual([
      ["201", "18.00", "6.00", "6.00", "0.00", "12.00"],
      ["20105", "18.00", "6.00", "6.00", "0.00", "12.00"],
      ["2010501", "6.00", "6.00", "6.00", "0.00", "0.00"],
      ["2010505", "6.00", "0.00", "0.00", "0.00", "6.00"],
      ["2010507", "6.00", "0.00", "0.00", "0.00", "6.00"],
    ]);
    expect(doc.totals).toMatchObject({ expenditure: "18.00", basic: "6.00", project: "12.00", personnel: "6.00", public: "0.00" });
  });

  it("reads an economic row's 人员经费 or 公用经费 by its column, not by its code's usual group", () => {
    const doc = parseDocument(
      [
        HEAD,
        "表6 一般公共预算基本支出表",
        "单位：元",
        "科目编码\t科目名称\t合计\t人员经费\t公用经费",
        "301\t工资福利支出\t52000\t50000\t2000",
        "30101\t基本工资\t50000\t50000",
        "30199\t其他工资福利支出\t2000\t\t2000",
        "合计\t\t52000\t50000\t2000",
      ].join("\n"),
    );
    expect(doc.economics.map((e) => [e.code, e.total, e.personnel, e.public])).toEqual([
      ["301", "5.20", "5.00", "0.20"],
      ["30101", "5.00", "5.00", "0.00"],
      ["30199", "0.20", "0.00", "0.20"],
    ]);
  });

  it("reads a 决算 fund table: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余", () => {
    const doc = parseDocument(
      [
        "某县林业局2023年度部门决算",
        "表9 政府性基金预算财政拨款收入支出决算表",
        "单位：万元",
        "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
        "功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出",
        "212\t城乡社区支出\t5.00\t20.00\t25.00\t\t25.00",
        "21208\t国有土地使用权出让收入安排的支出\t5.00\t20.00\t25.00\t\t25.00",
        "2120801\t征地和拆迁补偿支出\t\t12.50\t12.50\t\t12.50",
        "2120802\t土地开发支出\t5.00\t7.50\t12.50\t\t12.50",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic, f.project])).toEqual([
      ["212", "25.00", "0.00", "25.00"],
      ["21208", "25.00", "0.00", "25.00"],
      ["2120801", "12.50", "0.00", "12.50"],
      ["2120802", "12.50", "0.00", "12.50"],
    ]);
  });

  it("keeps a row that does not add up where its cells are, and reports it", () => {
    const lines = [
      "表5 一般公共预算支出表",
      "单位：万元",
      "科目编码\t科目名称\t合计\t基本支出\t项目支出",
      "2080501\t行政单位离退休\t12.50\t\t10.00",
      "2080505\t机关事业单位基本养老保险缴费支出\t20.00\t20.00\t",
    ];
    expect(functionsOf(lines)[0]).toEqual(["2080501", "12.50", "0.00", "10.00"]);
    expect(rulesOf(lines)).toContain("row-columns");
  });

  it("falls back to the arithmetic when the header's second line lost its leading blank cells", () => {
    const lines = [
      "表5 一般公共预算支出表",
      "单位：万元",
      "科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出",
      "小计\t人员经费\t公用经费",
      "2010501\t行政运行\t6.00\t6.00\t5.00\t1.00\t0.00",
      "2010505\t专项统计业务\t6.00\t0.00\t0.00\t0.00\t6.00",
    ];
    const doc = parseDocument([HEAD, ...lines].join("\n"));
    expect(doc.functions.map((f) => [f.code, f.total, f.basic, f.personnel, f.public, f.project])).toEqual([
      ["2010501", "6.00", "6.00", "5.00", "1.00", "0.00"],
      ["2010505", "6.00", "0.00", "0.00", "0.00", "6.00"],
    ]);
  });

  it("leaves layouts without cell boundaries to the arithmetic", () => {
    const spaced = [
      "表5 一般公共预算支出表",
      "单位：万元",
      "科目编码 科目名称 合计 基本支出 项目支出",
      "208 社会保障和就业支出 32.50 20.00 12.50",
      "20805 行政事业单位养老支出 32.50 20.00 12.50",
      "2080501 行政单位离退休 12.50 12.50",
      "2080505 机关事业单位基本养老保险缴费支出 20.00 20.00",
    ];
    expect(functionsOf(spaced)).toEqual([
      ["208", "32.50", "20.00", "12.50"],
      ["20805", "32.50", "20.00", "12.50"],
      ["2080501", "12.50", "0.00", "12.50"],
      ["2080505", "20.00", "20.00", "0.00"],
    ]);
  });
});

describe("readHeaderColumns", () => {
  it("names each column by its lowest header cell, a 小计 by the cell above it", () => {
    const body = linesOf(["科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出\t上缴上级支出", "\t\t\t小计\t人员经费\t公用经费", "栏次\t\t1\t2\t3\t4\t5\t6", "201\t一般公共服务支出\t1.00"].join("\n"));
    expect(readHeaderColumns(body)).toEqual(["label", "label", "total", "basic", "personnel", "public", "project", "other"]);
  });

  it("gives nothing for a table without tabs", () => {
    expect(readHeaderColumns(linesOf("科目编码 科目名称 合计\n201 一般公共服务支出 1.00"))).toBeNull();
  });
});

describe("readHeaderColumns, cells before the figures", () => {
  it("takes unnamed cells left of the first figure column for codes and names", () => {
    const body = linesOf(["功能分类科目\t\t行次\t合计\t基本支出\t项目支出", "2080501\t行政单位离退休\t1\t12.50\t\t12.50"].join("\n"));
    expect(readHeaderColumns(body)).toEqual(["label", "label", "rowNumber", "total", "basic", "project"]);
  });

  it("reads a 决算 table's 行次 column as no figure", () => {
    const doc = parseDocument(
      [
        "某县林业局2023年度部门决算",
        "表5 一般公共预算财政拨款支出决算表",
        "单位：万元",
        "功能分类科目\t\t行次\t合计\t基本支出\t项目支出",
        "208\t社会保障和就业支出\t1\t25.00\t12.50\t12.50",
        "20805\t行政事业单位养老支出\t2\t25.00\t12.50\t12.50",
        "2080501\t行政单位离退休\t3\t12.50\t\t12.50",
        "2080505\t机关事业单位基本养老保险缴费支出\t4\t12.50\t12.50",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic, f.project])).toEqual([
      ["208", "25.00", "12.50", "12.50"],
      ["20805", "25.00", "12.50", "12.50"],
      ["2080501", "12.50", "0.00", "12.50"],
      ["2080505", "12.50", "12.50", "0.00"],
    ]);
  });
});

describe("placeByCells", () => {
  const blockOf = (body: string[]) => segmentTables(linesOf(["表5 一般公共预算支出表", "单位：万元", ...body].join("\n")))[0];
  const rowsOf = (block: TableBlock) => readCodeRows(block.body, "function").map((row) => ({ row, values: row.values }));

  it("places lined-up rows and leaves the others to the solver", () => {
    const block = blockOf(["科目编码\t科目名称\t合计\t基本支出\t项目支出", "2080501\t行政单位离退休\t12.50\t\t12.50", "2080502 事业单位离退休 3.00 3.00"]);
    expect(placeByCells(block, rowsOf(block), ["total", "basic", "project"])).toEqual([{ total: "12.50", basic: "0.00", project: "12.50" }, null]);
  });

  it("distrusts a header its rows do not add up under while the arithmetic places them", () => {
    // The header names 合计 last; the rows print it first.
    const block = blockOf(["科目编码\t科目名称\t基本支出\t项目支出\t合计", "2080501\t行政单位离退休\t12.50\t12.50"]);
    expect(placeByCells(block, rowsOf(block), ["total", "basic", "project"])).toBeNull();
  });
});
