import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { readProjectTable } from "./projects";
import { segmentTables } from "./segment-tables";

/**
 * The executing unit printed after a wrapped project name is not always one of the table's own
 * unit rows: a subordinate unit runs a project, or the unit rows are missing. The name must still
 * be the project's whole name, never cut after its first character.
 */
function read(body: string) {
  const [block] = segmentTables(linesOf(`表 10.某区某局 2024年项目支出表\n单位:万元\n${body}`));
  return readProjectTable(block).map((p) => ({ name: p.name, unit: p.unit, amount: p.amount }));
}

describe("readProjectTable: the executing unit after a wrapped name", () => {
  it("cuts a subordinate unit that is not among the unit rows", () => {
    expect(
      read(
        "040001 武汉市江岸区民政局本级 120.00 120.00\n42010224040T000000101 老年福利经费\n武汉市江岸区社会福利\n院\n100.00 100.00 0.00\n42010224040T000000102 婚姻登记经费\n武汉市江岸区民政局本\n级\n20.00 20.00 0.00",
      ),
    ).toEqual([
      { name: "老年福利经费", unit: "武汉市江岸区社会福利院", amount: "100.00" },
      { name: "婚姻登记经费", unit: "武汉市江岸区民政局本级", amount: "20.00" },
    ]);
  });

  it("cuts the unit when the table prints no unit rows", () => {
    expect(
      read("42010224040T000000101 医保基金监管经费\n武汉市江岸区医疗保障\n局本级\n10.00 10.00 0.00\n42010224040T000000102 政府买岗经费\n武汉市江岸区医疗保障\n局本级\n15.80 15.80 0.00"),
    ).toEqual([
      { name: "医保基金监管经费", unit: "武汉市江岸区医疗保障局本级", amount: "10.00" },
      { name: "政府买岗经费", unit: "武汉市江岸区医疗保障局本级", amount: "15.80" },
    ]);
  });

  it("keeps place words that belong to the project's own name", () => {
    expect(
      read("42010224040T000000103 2023年省级城乡医疗救助补助资金\n武汉市江岸区医疗保障\n局本级\n21.00 21.00 0.00"),
    ).toEqual([{ name: "2023年省级城乡医疗救助补助资金", unit: "武汉市江岸区医疗保障局本级", amount: "21.00" }]);
  });
});

describe("readProjectTable: numbered rows without codes", () => {
  it("joins a numbered row's name wrapped before its figures, without the row number", () => {
    const [block] = segmentTables(
      linesOf(
        "表9 项目支出表\n单位:元\n序号 项目名称 合计 一般公共预算拨款\n1 经济普查\n经费 1,200,000.00 1,200,000.00\n2 统计调查经费 350,500.00 350,500.00\n3 统计执法检查\n经费 80,000.00 80,000.00",
      ),
    );
    expect(readProjectTable(block).map((p) => [p.name, p.amount])).toEqual([
      ["经济普查经费", "120.00"],
      ["统计调查经费", "35.05"],
      ["统计执法检查经费", "8.00"],
    ]);
  });
});
