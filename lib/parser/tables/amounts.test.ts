import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAmount } from "../../money";
import { clearAmountMemo, convertPlainAmount, findNumbers, hasDecimalNumber, hasNumberToken, scanNumbers, toWan } from "./amounts";
import { legacyHasNumberToken, legacyScanNumbers, legacyToWan } from "./legacy/amounts.test-utils";
import { mutatedLine } from "./sample-lines.test-utils";

/** Text made of what the number reader reacts to: digits, separators, signs, rates, letters, units. */
const numberish = fc
  .array(fc.constantFrom(..."0123456789", "0", "1", "9", ",", ",", ".", ".", "-", "%", " ", "\t", "A", "T", "z", "年", "人", "个", "万", "元", "合", "计", "，"), { maxLength: 30 })
  .map((a) => a.join(""));

describe("toWan", () => {
  it("reads printed figures in 万元 and 元 exactly", () => {
    expect(toWan("1,219.14", "万元")).toBe("1219.14");
    expect(toWan("863", null)).toBe("863.00");
    expect(toWan("12,345", "元")).toBe("1.2345");
    expect(toWan("-0.00", "万元")).toBe("0.00");
    expect(toWan("1.500", "万元")).toBe("1.50");
  });

  it("gives the same text as parseAmount for any plain figure", () => {
    const digits = fc.stringMatching(/^[0-9]{1,12}$/);
    const figure = fc.tuple(fc.boolean(), digits, fc.option(fc.stringMatching(/^[0-9]{1,8}$/)), fc.boolean()).map(([neg, whole, frac, group]) => {
      const w = group ? Number(whole.slice(0, 9)).toLocaleString("en-US") : whole;
      return `${neg ? "-" : ""}${w}${frac === null ? "" : `.${frac}`}`;
    });
    fc.assert(
      fc.property(figure, fc.boolean(), (raw, isYuan) => {
        const fast = convertPlainAmount(raw, isYuan);
        if (fast !== null) expect(fast).toBe(parseAmount(raw, isYuan ? "元" : "万元"));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("figures run together", () => {
  it("splits figures printed without a space between them after each one's two decimals", () => {
    expect(scanNumbers("201 一般公共服务支出 840.00720.00120.00").map((n) => n.raw)).toEqual(["201", "840.00", "720.00", "120.00"]);
    expect(scanNumbers("合计 1,077.43214.07").map((n) => n.raw)).toEqual(["1,077.43", "214.07"]);
    // Thousands typed with a full-width comma, when they run into decimals; "5，100" may be a list.
    expect(scanNumbers("1，077.43 957.43 5，100").map((n) => n.raw)).toEqual(["1，077.43", "957.43", "5", "100"]);
    expect(toWan("12，345，678.91", "元")).toBe("1234.567891");
    // One point: one figure, however many decimals.
    expect(scanNumbers("3.14159").map((n) => n.raw)).toEqual(["3.14159"]);
  });
});

describe("the number reader against the regex it replaced", () => {
  it("finds the same numbers in random and mutated text", () => {
    fc.assert(
      fc.property(fc.oneof(numberish, mutatedLine), (text) => {
        clearAmountMemo();
        expect(scanNumbers(text)).toEqual(legacyScanNumbers(text));
        expect(hasNumberToken(text)).toBe(legacyHasNumberToken(text));
        expect(hasDecimalNumber(text)).toBe(legacyScanNumbers(text).some((n) => !n.isInteger));
      }),
      { numRuns: 6000 },
    );
  });

  it("converts every figure it finds the same way", () => {
    fc.assert(
      fc.property(fc.oneof(numberish, mutatedLine), fc.constantFrom<"万元" | "元" | null>("万元", "元", null), (text, unit) => {
        clearAmountMemo();
        for (const n of legacyScanNumbers(text)) expect(toWan(n.raw, unit)).toBe(legacyToWan(n.raw, unit));
      }),
      { numRuns: 5000 },
    );
  });

  it("converts figures of every length the same way", () => {
    const figure = fc.stringMatching(/^-?(?:0|[0-9]{1,16}|[0-9]{1,3}(?:,[0-9]{3}){1,4})(?:\.[0-9]{0,4})?$/);
    fc.assert(
      fc.property(figure, fc.constantFrom<"万元" | "元" | null>("万元", "元", null), (raw, unit) => {
        clearAmountMemo();
        expect(toWan(raw, unit)).toBe(legacyToWan(raw, unit));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a block's figure test", () => {
  it("hasDecimalNumber is 'findNumbers finds a figure with a decimal point' (segmentTables reads the latter)", () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ maxLength: 30 })), (text) => {
        clearAmountMemo();
        expect(findNumbers(text).some((n) => !n.isInteger)).toBe(hasDecimalNumber(text));
      }),
      { numRuns: 3000 },
    );
  });
});
