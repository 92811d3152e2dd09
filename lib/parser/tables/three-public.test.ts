import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { legacyReadThreePublic } from "./legacy/three-public.test-utils";
import { blockOf } from "./sample-lines.test-utils";
import { segmentTables } from "./segment-tables";
import type { SummaryReading } from "./summary-figures";
import { placeThreePublic, readThreePublic } from "./three-public";

function read(text: string): Record<string, string> {
  const reading: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
  readThreePublic(segmentTables(linesOf(text)), reading);
  return Object.fromEntries(reading.figures.map((f) => [f.key.replace("threePublic.", ""), f.value]));
}

const FINAL_HEADER = [
  "2023年度财政拨款“三公”经费支出决算表",
  "公开09表",
  "单位:万元",
  "预算数 决算数",
  "合计 因公出国(境)费 公务用车购置及运行维护费 公务接待费 合计 因公出国(境)费 公务用车购置及运行维护费 公务接待费",
  "小计 公务用车购置费 公务用车运行维护费 小计 公务用车购置费 公务用车运行维护费",
  "1 2 3 4 5 6 7 8 9 10 11 12",
];

describe("readThreePublic", () => {
  it("reads a table without the cars' subtotal column (合计 | 出国 | 购置费 | 运行维护费 | 接待), leaving the subtotal unread", () => {
    const text = [
      "一般公共预算“三公”经费支出预算表",
      "单位：万元",
      "合计 因公出国（境）费 公务用车购置费 公务用车运行维护费 公务接待费",
      "15.00 0.00 0.00 12.00 3.00",
    ].join("\n");
    expect(read(text)).toEqual({ total: "15.00", abroad: "0.00", vehiclePurchase: "0.00", vehicleOperation: "12.00", reception: "3.00" });
  });

  it("reads 上海's 机关运行经费 column printed after the six 三公 columns", () => {
    const text = [
      "部门“三公”经费和机关运行经费预算表",
      "单位：万元",
      "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 机关运行经费预算数",
      "小计 购置费 运行费",
      "11.00 0.00 9.80 0.00 9.80 1.20 160.00",
    ].join("\n");
    expect(read(text)).toEqual({ total: "11.00", abroad: "0.00", vehicle: "9.80", vehiclePurchase: "0.00", vehicleOperation: "9.80", reception: "1.20", operatingCost: "160.00" });
  });

  it("reads 上海's row that leaves its blank cells out, the last figure being the 机关运行经费", () => {
    const head = ["部门“三公”经费和机关运行经费预算表", "单位：万元", "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 机关运行经费预算数", "小计 购置费 运行费"];
    // 出国 blank: 合计 | 车辆小计 | 购置 | 运行 | 接待 | 机关运行经费.
    expect(read([...head, "11.00 9.80 2.00 7.80 1.20 160.00"].join("\n"))).toEqual({
      total: "11.00",
      abroad: "0.00",
      vehicle: "9.80",
      vehiclePurchase: "2.00",
      vehicleOperation: "7.80",
      reception: "1.20",
      operatingCost: "160.00",
    });
    // 出国 and one car cell blank (购置 or 运行: the arithmetic cannot tell).
    expect(read([...head, "11.00 9.80 9.80 1.20 160.00"].join("\n"))).toMatchObject({ total: "11.00", vehicle: "9.80", reception: "1.20", operatingCost: "160.00" });
    // One item and the 机关运行经费 (出国 or 接待: the arithmetic cannot tell).
    expect(read([...head, "0.60 0.60 85.30"].join("\n"))).toMatchObject({ total: "0.60", operatingCost: "85.30" });
  });

  it("reads the 机关运行经费 column under the group heads “三公”经费预算数 | 机关运行经费预算数", () => {
    const head = ["2024年部门“三公”经费和机关运行经费预算表", "单位：万元", "“三公”经费预算数 机关运行经费预算数", "合计 因公出国（境）费 公务用车购置及运行费 公务接待费", "小计 购置费 运行费"];
    expect(read([...head, "11.00 0.00 9.80 0.00 9.80 1.20 160.00"].join("\n"))).toEqual({
      total: "11.00",
      abroad: "0.00",
      vehicle: "9.80",
      vehiclePurchase: "0.00",
      vehicleOperation: "9.80",
      reception: "1.20",
      operatingCost: "160.00",
    });
    expect(read([...head, "11.00 9.80 2.00 7.80 1.20 160.00"].join("\n"))).toMatchObject({ total: "11.00", abroad: "0.00", vehiclePurchase: "2.00", operatingCost: "160.00" });
  });

  it("reads the columns in the header's order (北京: 出国 | 接待 | 车辆) and a tab row's blank cells by position", () => {
    const text = [
      "财政拨款“三公”经费支出表",
      "单位：万元",
      "合计\t因公出国（境）费\t公务接待费\t公务用车购置及运行维护费\t\t",
      "\t\t\t小计\t公务用车购置费\t公务用车运行维护费",
      "22.00\t\t2.00\t20.00\t\t20.00",
    ].join("\n");
    expect(read(text)).toEqual({ total: "22.00", abroad: "0.00", reception: "2.00", vehicle: "20.00", vehiclePurchase: "0.00", vehicleOperation: "20.00" });
    // The same figures printed without the blank cells are placed by the table's arithmetic in that order.
    expect(read(text.replace("22.00\t\t2.00\t20.00\t\t20.00", "22.00 0.00 2.00 20.00 0.00 20.00"))).toMatchObject({ abroad: "0.00", reception: "2.00", vehicle: "20.00" });
  });

  it("reads the latest year where a budget prints last year's figures beside this year's", () => {
    const byLine = [
      "一般公共预算“三公”经费支出表",
      "单位:万元",
      "项目\t2023年预算数\t2024年预算数\t增减额",
      "合计\t6.00\t5.00\t-1.00",
      "因公出国(境)费\t0.00\t0.00\t0.00",
      "公务用车购置及运行维护费\t4.00\t3.50\t-0.50",
      "公务接待费\t2.00\t1.50\t-0.50",
    ];
    expect(read(byLine.join("\n"))).toEqual({ total: "5.00", abroad: "0.00", vehicle: "3.50", reception: "1.50" });
    const upperLower = byLine.map((l) => l.replace("2023年预算数", "上年预算数").replace("2024年预算数", "本年预算数"));
    expect(read(upperLower.join("\n"))).toEqual({ total: "5.00", abroad: "0.00", vehicle: "3.50", reception: "1.50" });
    const oneRow = [
      "一般公共预算“三公”经费支出表",
      "单位:万元",
      "2023年预算数\t2024年预算数",
      "合计 因公出国(境)费 公务用车购置及运行维护费 公务用车购置费 公务用车运行维护费 公务接待费 合计 因公出国(境)费 公务用车购置及运行维护费 公务用车购置费 公务用车运行维护费 公务接待费",
      "6.00 0.00 4.00 0.00 4.00 2.00 5.00 0.00 3.50 0.00 3.50 1.50",
    ];
    expect(read(oneRow.join("\n"))).toEqual({ total: "5.00", abroad: "0.00", vehicle: "3.50", vehiclePurchase: "0.00", vehicleOperation: "3.50", reception: "1.50" });
  });

  it("reads a 决算 that lists its items down the page with 预算数 | 决算数, not an item's line as the figure row", () => {
    const got = read(
      [
        "一般公共预算财政拨款“三公”经费支出决算表",
        "单位：元",
        "项目\t预算数\t决算数",
        "合计\t30,000.00\t16,000.00",
        "因公出国（境）费\t0.00\t0.00",
        "公务接待费\t10,000.00\t6,000.00",
        "公务用车购置及运行费\t20,000.00\t10,000.00",
        "其中：公务用车运行维护费\t20,000.00\t10,000.00",
        "公务用车购置\t0.00\t0.00",
      ].join("\n"),
    );
    expect(got).toEqual({ total: "1.60", abroad: "0.00", reception: "0.60", vehicle: "1.00", vehicleOperation: "1.00", vehiclePurchase: "0.00" });
  });

  it("reads Yunnan's 三公 and 机关运行经费 table past its 行次 column and its counts", () => {
    const got = read(
      [
        "“三公”经费、行政参公单位机关运行经费情况表",
        "公开10表",
        "金额单位：万元",
        "项目\t行次\t统计数",
        "一、“三公”经费支出\t\t",
        "（一）支出合计\t1\t9.30",
        "1.因公出国（境）费\t2\t0.00",
        "2.公务用车购置及运维费\t3\t6.80",
        "（1）公务用车购置费\t4\t0.00",
        "（2）公务用车运行维护费\t5\t6.80",
        "3.公务接待费\t6\t2.50",
        "（二）相关统计数\t\t",
        "3.公务用车购置数（辆）\t12\t0",
        "4.公务用车保有量（辆）\t13\t2",
        "二、行政参公单位机关运行经费\t\t",
        "（一）行政单位\t20\t109.60",
      ].join("\n"),
    );
    expect(got).toEqual({ total: "9.30", abroad: "0.00", vehicle: "6.80", vehiclePurchase: "0.00", vehicleOperation: "6.80", reception: "2.50" });
  });

  it("takes the 决算数 group of a 决算's twelve columns, not the 栏次 line", () => {
    const got = read([...FINAL_HEADER, "6.00 1.00 3.00 0.00 3.00 2.00 5.10 0.80 2.90 0.00 2.90 1.40"].join("\n"));
    expect(got).toEqual({ total: "5.10", abroad: "0.80", vehicle: "2.90", vehiclePurchase: "0.00", vehicleOperation: "2.90", reception: "1.40" });
  });

  it("places a 决算 row whose blank cells PDF text left out by the table's arithmetic", () => {
    // 预算数: 3.00 | – | 2.50 | – | 2.50 | 0.50; 决算数: 2.80 | – | 2.40 | – | 2.40 | 0.40.
    const got = read([...FINAL_HEADER, "3.00 2.50 2.50 0.50 2.80 2.40 2.40 0.40"].join("\n"));
    // 购置 vs 运行 cannot be told apart when one of them is blank: those two stay unread.
    expect(got).toEqual({ total: "2.80", abroad: "0.00", vehicle: "2.40", reception: "0.40" });
  });

  it("reads a budget's figures printed on the line after the two header lines, in 元", () => {
    const got = read(
      [
        "表7 某区某局2024年一般公共预算“三公”经费支出表",
        "单位:元",
        "“三公”经费合计 因公出国(境)费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费",
        "52,345.67 0.00 40,000.00 30,000.00 10,000.00 12,345.67",
      ].join("\n"),
    );
    expect(got).toEqual({
      total: "5.234567",
      abroad: "0.00",
      vehicle: "4.00",
      vehiclePurchase: "3.00",
      vehicleOperation: "1.00",
      reception: "1.234567",
    });
  });

  it("reads a budget listing 上年 and 本年 groups: the 本年 one", () => {
    const got = read(
      ["2024年一般公共预算“三公”经费支出表", "单位:万元", "上年预算数 本年预算数", "4.00 0.00 3.00 0.00 3.00 1.00 3.50 0.00 3.00 0.00 3.00 0.50"].join("\n"),
    );
    expect(got.total).toBe("3.50");
    expect(got.reception).toBe("0.50");
  });

  it("reads one item per line, with a figure wrapped onto the next line", () => {
    const got = read(
      ["2024年一般公共预算“三公”经费支出表", "单位:万元", "项目 本年预算数", "合计", "2.50", "1.因公出国(境)费用 0.00", "2.公务用车购置及运行维护费 1.50", "3.公务接待费 1.00"].join("\n"),
    );
    expect(got).toEqual({ total: "2.50", abroad: "0.00", vehicle: "1.50", reception: "1.00" });
  });
});

describe("placeThreePublic", () => {
  it("refuses a row no placement balances", () => {
    expect(placeThreePublic(["9.00", "1.00"], 6)).toBeNull();
  });
});

describe("readThreePublic against the reader it replaced", () => {
  it("reads random and mutated “三公” tables the same way", () => {
    const near = (t: string) => /三公|公务|出国|接待|预算数|决算数|^[\d.,\s\t-]+$/.test(t);
    fc.assert(
      fc.property(blockOf("three-public", ["一般公共预算“三公”经费支出表", "2023年度一般公共预算财政拨款“三公”经费支出决算表"], near, 25), (block) => {
        const fast: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
        const former: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
        readThreePublic([block], fast);
        legacyReadThreePublic([block], former);
        expect(fast).toEqual(former);
      }),
      { numRuns: 1200 },
    );
  });
});
