import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAmount } from "../../money";
import { convertPlainAmount, toWan } from "./amounts";

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
