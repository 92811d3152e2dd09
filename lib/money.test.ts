import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWan, moneyFromDigits, parseAmount, sumMoney, toMoney } from "./money";

describe("money", () => {
  it("reads amounts as printed, split by PDF extraction or not", () => {
    expect(parseAmount("1, 077. 43")).toBe("1077.43");
    expect(parseAmount("15")).toBe("15.00");
    expect(parseAmount("-")).toBeNull();
    expect(parseAmount("")).toBeNull();
  });
  it("converts 元 to 万元 exactly", () => {
    expect(parseAmount("12,345,678.91", "元")).toBe("1234.567891");
  });
  it("sums without float error", () => {
    expect(sumMoney(["0.10", "0.20", null])).toBe("0.30");
    expect(toMoney("1.5")).toBe("1.50");
  });
  it("formats with two decimals for zh-CN", () => {
    expect(formatWan("1077.43")).toBe("1,077.43");
    expect(formatWan("1234.567891")).toBe("1,234.57");
  });
});

describe("moneyFromDigits", () => {
  it("gives the same text as parseAmount without decimal.js", () => {
    const cases: Array<[string, string, boolean, boolean]> = [
      ["1077", "43", false, false],
      ["0015", "500", false, false],
      ["12345678", "91", false, true],
      ["0", "00", true, false],
      ["5", "", true, true],
      ["863", "", false, false],
    ];
    for (const [whole, frac, negative, fromYuan] of cases) {
      const printed = `${negative ? "-" : ""}${whole}${frac ? "." + frac : ""}`;
      expect(moneyFromDigits(whole, frac, { negative, fromYuan })).toBe(parseAmount(printed, fromYuan ? "元" : "万元"));
    }
  });
});

/** The value, or the error's message: both versions must fail alike. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

describe("toMoney of a Decimal", () => {
  it("reads a Decimal as its copy would be read", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom("0", "-0", "1e-7", "123456789012345678901234567890.123456789", "-0.000001", "1.10", "Infinity", "-Infinity"),
        ),
        fc.constantFrom("none", "negated", "times", "minus"),
        (value, op) => {
          let d = new Decimal(value);
          if (op === "negated") d = d.negated();
          else if (op === "times") d = d.times(10000);
          else if (op === "minus") d = d.minus("0.005");
          const copy = new Decimal(d);
          expect(outcome(() => toMoney(d))).toBe(outcome(() => copy.toFixed(Math.max(2, copy.decimalPlaces()))));
        },
      ),
      { numRuns: 5000, seed: 20250361 },
    );
  });
});
