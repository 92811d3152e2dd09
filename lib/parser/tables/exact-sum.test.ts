import { describe, expect, it } from "vitest";
import { isSameSum, isZeroAmount, sumScaled, toScaled, isSameScaled } from "./exact-sum";

describe("exact sums for the column solvers", () => {
  it("adds amounts with different decimals exactly and treats blanks as zero", () => {
    expect(isSameSum(["0.1", "0.2"], ["0.3"])).toBe(true);
    expect(isSameSum(["1077.43", undefined, "0.000001"], ["1077.430001"])).toBe(true);
    expect(isSameSum(["863.36", "214.07"], ["1077.44"])).toBe(false);
    expect(isSameScaled(sumScaled(["1.5", "-1.50"]), toScaled("0.00"))).toBe(true);
  });

  it("reads zero in any printed form and exponent text from decimal.js", () => {
    expect(isZeroAmount("-0.00")).toBe(true);
    expect(isZeroAmount(undefined)).toBe(true);
    expect(isZeroAmount("0.01")).toBe(false);
    expect(isSameSum(["1e-8"], ["0.00000001"])).toBe(true);
  });
});
