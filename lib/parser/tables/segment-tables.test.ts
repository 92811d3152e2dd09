import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { legacySegmentTables } from "./legacy/segment-tables.test-utils";
import { lineWindow, SAMPLE_DOCUMENTS } from "./sample-lines.test-utils";
import { segmentTables } from "./segment-tables";

describe("segmentTables", () => {
  it("keeps tables that print only their title, as empty", () => {
    const blocks = segmentTables(linesOf("表 1.某局 2023 年部门收支总表\n表 2.某局 2023 年部门收入总表\n第三部分 情况说明"));
    expect(blocks.map((b) => [b.kind, b.isEmpty])).toEqual([
      ["income-expenditure-summary", true],
      ["income", true],
    ]);
  });

  it("does not start a new table at a title repeated after the rows, and reads the unit", () => {
    const blocks = segmentTables(
      linesOf("表 5.某局 2023年一般公共预算支出表\n部门:某局 单位:万元\n合计 10.00 10.00\n一般公共预算支出表\n科目编码 科目名称\n表 6.某局 2023年一般公共预算基本支出表"),
    );
    expect(blocks[0]).toMatchObject({ kind: "general-expenditure", unit: "万元", isEmpty: false, line: 1, endLine: 5 });
    expect(blocks).toHaveLength(2);
  });

  it("reads a unit printed on the line after 单位: and a note that the table is empty", () => {
    const blocks = segmentTables(
      linesOf("附表 8\n### 政府性基金预算支出表\n单位:\n元\n科目编码\t科目名称\n备注:本部门 2025 年没有使用政府性基金预算拨款安排的支出"),
    );
    expect(blocks[0]).toMatchObject({ kind: "gov-fund", number: "附表8", unit: "元", isEmpty: true });
    expect(blocks[0].noneNote).toContain("没有使用政府性基金");
  });

  it("reads 单位：人民币元 and, without a 单位 line, an amount column's header (元)", () => {
    const [rmb] = segmentTables(linesOf("表5 一般公共预算支出表\n金额单位：人民币元\n201 一般公共服务支出 1,000,000.00"));
    expect(rmb.unit).toBe("元");
    const [header] = segmentTables(linesOf("表5 一般公共预算支出表\n科目编码 科目名称 合计(元) 基本支出(元)\n201 一般公共服务支出 1,000,000.00 1,000,000.00"));
    expect(header.unit).toBe("元");
    const [bracketed] = segmentTables(linesOf("表5 一般公共预算支出表\n单位（元）\n201 一般公共服务支出 1,000,000.00"));
    expect(bracketed.unit).toBe("元");
    const [form] = segmentTables(linesOf("表5 一般公共预算支出表\n补助标准 单价(元)\n201 一般公共服务支出 100.00"));
    expect(form.unit).toBeNull();
  });

  it("reads a table in 元 printed without decimals as a table with rows", () => {
    const [block] = segmentTables(linesOf("表5 一般公共预算支出表\n单位：元\n201 一般公共服务支出 1,000,000 600,000 400,000"));
    expect(block.isEmpty).toBe(false);
  });

  it("drops a table-of-contents entry when the same table appears later with rows", () => {
    const blocks = segmentTables(linesOf("一、部门收支总表\n二、部门收入总表\n附表 1\n部门收支总表\n本年收入合计\t5.00\t本年支出合计\t5.00"));
    expect(blocks.map((b) => [b.kind, b.number])).toEqual([
      ["income", null],
      ["income-expenditure-summary", "附表1"],
    ]);
  });
});

describe("segmentTables against the segmenter it replaced", () => {
  it("splits the sample disclosures the same way", () => {
    for (const lines of SAMPLE_DOCUMENTS) expect(segmentTables(lines)).toEqual(legacySegmentTables(lines));
  });

  it("splits random and mutated runs of sample lines the same way", () => {
    fc.assert(
      fc.property(lineWindow((t) => t.includes("表"), 40), (lines) => {
        expect(segmentTables(lines)).toEqual(legacySegmentTables(lines));
      }),
      { numRuns: 2000 },
    );
  });
});
