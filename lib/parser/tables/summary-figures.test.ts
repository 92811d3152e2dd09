import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { legacyFindLabelledAmount, legacyReadIncomeExpenditure } from "./legacy/summary-figures.test-utils";
import { blockOf } from "./sample-lines.test-utils";
import { segmentTables } from "./segment-tables";
import { findLabelledAmount, readIncomeExpenditure, readThreePublic, type SummaryReading } from "./summary-figures";

describe("findLabelledAmount", () => {
  it("skips the 行次 number printed between a label and its amount", () => {
    const [block] = segmentTables(linesOf("2023 年度收入支出决算总表\n公开 01 表\n项目 行次 决算数\n本年收入合计 27 1,219.14 本年支出合计 58 1,219.14"));
    expect(findLabelledAmount(block, /本年收入合计/)?.value).toBe("1219.14");
    expect(findLabelledAmount(block, /本年支出合计/)?.value).toBe("1219.14");
  });

  it("reads the first of two columns flattened onto one line", () => {
    const [block] = segmentTables(linesOf("表 1.某局 2023年部门收支总表\n单位:万元\n收 入 总 计 1, 077. 43支 出 总 计 1077. 43"));
    expect(findLabelledAmount(block, /收入总计/)?.value).toBe("1077.43");
    expect(findLabelledAmount(block, /支出总计/)?.value).toBe("1077.43");
  });

  it("reads a table printed one cell per line", () => {
    const [block] = segmentTables(linesOf("表1\n部门收支总表\n单位:万元\n本年收入合计\n1,200.00\n本年支出合计\n1,200.00\n收入总计\n1,200.00"));
    expect(findLabelledAmount(block, /本年收入合计/)?.value).toBe("1200.00");
    expect(findLabelledAmount(block, /收入总计/)?.value).toBe("1200.00");
  });

  it("reads this year's figure where a summary prints last year's beside it, in each half", () => {
    const text = [
      "表1",
      "部门收支总表",
      "单位:万元",
      "项目\t上年预算数\t本年预算数\t项目\t上年预算数\t本年预算数",
      "本年收入合计\t856.20\t900.00\t本年支出合计\t850.00\t900.00",
    ].join("\n");
    const [block] = segmentTables(linesOf(text));
    expect(findLabelledAmount(block, /本年收入合计/)?.value).toBe("900.00");
    expect(findLabelledAmount(block, /本年支出合计/)?.value).toBe("900.00");
    const [years] = segmentTables(linesOf(text.replace(/上年预算数/g, "2023年预算数").replace(/本年预算数/g, "2024年预算数")));
    expect(findLabelledAmount(years, /本年支出合计/)?.value).toBe("900.00");
  });

  it("re-joins an amount wrapped at its decimal point", () => {
    const [block] = segmentTables(linesOf("2023 年度财政拨款收入支出决算总表\n项目 行次\n总计 32 1,219.\n14"));
    expect(findLabelledAmount(block, /总计/)?.value).toBe("1219.14");
  });
});

describe("readThreePublic", () => {
  it("reads the six-figure row of a “三公” table", () => {
    const blocks = segmentTables(linesOf("一般公共预算“三公”经费支出表\n单位:万元\n“三公”经费合计\t因公出国(境)费\n3.00\t0.00\t2.50\t0.00\t2.50\t0.50"));
    const reading: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
    readThreePublic(blocks, reading);
    expect(Object.fromEntries(reading.figures.map((f) => [f.key, f.value]))).toEqual({
      "threePublic.total": "3.00",
      "threePublic.abroad": "0.00",
      "threePublic.vehicle": "2.50",
      "threePublic.vehiclePurchase": "0.00",
      "threePublic.vehicleOperation": "2.50",
      "threePublic.reception": "0.50",
    });
  });

  it("never reads an item number as an amount", () => {
    const blocks = segmentTables(linesOf("2021年一般公共预算“三公”经费支出表\n单位:万元\n合计\n1.因公出国(境)费用\n其中:(1)公务用车购置\n(2)公务用车运行维护费"));
    const reading: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
    readThreePublic(blocks, reading);
    expect(reading.figures).toEqual([]);
  });
});

describe("the summary readers against the ones they replaced", () => {
  const nearTotals = (t: string) => /合计|总计|支出|行次|经费/.test(t);
  const reading = (): SummaryReading => ({ totals: {}, totalsProvenance: {}, figures: [] });

  it.each(["income-expenditure-summary", "fiscal-summary"] as const)("read a %s the same way", (kind) => {
    fc.assert(
      fc.property(blockOf(kind, ["部门收支总表", "2023年度收入支出决算总表"], nearTotals, 40), (block) => {
        const fast = reading();
        const former = reading();
        readIncomeExpenditure([{ ...block }], fast);
        legacyReadIncomeExpenditure([{ ...block }], former);
        expect(fast).toEqual(former);
      }),
      { numRuns: 1500 },
    );
  });

  it("find a label on the lines holding its word as on every line", () => {
    const labels: Array<[RegExp, string]> = [
      [/本年收入合计/, "计"],
      [/^(?:本年)?(?:合计|总计)/, "计"],
      [/本年支出合计|支出总计/, "计"],
      [/人员经费(?:合计)?(?=\s*-?\d)/, "经费"],
      [/公用经费(?:合计)?(?=\s*-?\d)/, "经费"],
    ];
    fc.assert(
      fc.property(blockOf("general-basic", ["基本支出表"], nearTotals, 30), fc.constantFrom(...labels), (block, [label, word]) => {
        expect(findLabelledAmount(block, label, word)).toEqual(legacyFindLabelledAmount(block, label));
        expect(findLabelledAmount(block, label)).toEqual(legacyFindLabelledAmount(block, label));
      }),
      { numRuns: 2000 },
    );
  });
});
