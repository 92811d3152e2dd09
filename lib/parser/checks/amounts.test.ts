import { describe, expect, it } from "vitest";
import { addAmounts, compareAmounts, compareStatedAmount, compareWithSum, roundLike } from "./amounts";

describe("amount comparison", () => {
  it("treats one cent as rounding and more as a mismatch", () => {
    expect(compareAmounts("758.90", "758.90")).toBe("equal");
    expect(compareAmounts("758.90", "758.91")).toBe("rounding");
    expect(compareAmounts("758.90", "758.92")).toBe("mismatch");
  });

  it("compares a sentence at its own precision", () => {
    expect(compareStatedAmount("15.00", "15")).toBe("equal");
    expect(compareStatedAmount("1234.567891", "1234.57")).toBe("equal");
    expect(compareStatedAmount("43.92", "44.3")).toBe("mismatch");
    expect(compareStatedAmount("44.32", "44.3")).toBe("equal");
    expect(roundLike("43.95", "44.3")).toBe("44.00");
  });
});

describe("exact fast arithmetic", () => {
  it("adds and subtracts without binary floats", async () => {
    const { addAmounts, minusMoney, isGreater } = await import("./amounts");
    expect(addAmounts(["0.1", "0.2"])).toBe("0.30");
    expect(addAmounts(["1234.567891", "0.000009"])).toBe("1234.5679");
    expect(addAmounts(["-1.50", "1.50"])).toBe("0.00");
    expect(minusMoney("112.98", "78.98")).toBe("34.00");
    expect(isGreater("0.01", "-5")).toBe(true);
  });

  it("compares a total with the sum of its parts as adding them up would", () => {
    const cases: Array<[string, string[]]> = [
      ["100.00", ["60.00", "40.00"]],
      ["100.00", ["60.00", "40.01"]],
      ["100.00", ["60.00", "40.02"]],
      ["0.00", []],
      ["-3.5", ["-1.25", "-2.25"]],
      ["12345678901.00", ["12345678900.00", "1.00"]],
      ["1.0000001", ["1", "0.0000001"]],
    ];
    for (const [total, parts] of cases) {
      expect(compareWithSum(total, parts)).toBe(compareAmounts(total, addAmounts(parts)));
    }
  });

  it("rounds a table figure to the sentence's precision for every sign and size", () => {
    expect(compareStatedAmount("-15.004", "-15.00")).toBe("equal");
    expect(compareStatedAmount("1234.567891", "1234.57")).toBe("equal");
    expect(compareStatedAmount("1234.5", "1235")).toBe("equal");
    expect(compareStatedAmount("1234.4", "1235")).toBe("rounding");
    expect(compareStatedAmount("12345678901.5", "12345678902")).toBe("equal");
  });
});
