import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toMoney } from "../../money";
import { negateMoney, subtractMoney } from "./money-math";

/** Money strings as the narrative makes them (toMoney of a decimal), from tiny to absurdly long. */
const money: fc.Arbitrary<string> = fc
  .record({
    negative: fc.boolean(),
    int: fc.oneof(fc.constantFrom("0", "1", "15", "100", "15336"), fc.stringMatching(/^[0-9]{1,25}$/)),
    frac: fc.oneof(fc.constantFrom("", "0", "00", "5", "50", "33", "005"), fc.stringMatching(/^[0-9]{0,8}$/)),
  })
  .map(({ negative, int, frac }) => toMoney(`${negative ? "-" : ""}${int}.${frac}0`));

/** Anything else a caller might pass: the functions must still agree with decimal.js. */
const odd = fc.constantFrom("0.0", "-0.00", "007.10", "1.5", "12.300", "1e3", "-0", ".5");

describe("money-math", () => {
  it("negates exactly as decimal.js does", () => {
    fc.assert(
      fc.property(fc.oneof(money, odd), (value) => {
        expect(negateMoney(value)).toBe(toMoney(new Decimal(value).negated()));
      }),
      { numRuns: 3000 },
    );
  });

  it("subtracts exactly as decimal.js does, its rounding of long results included", () => {
    fc.assert(
      fc.property(fc.oneof(money, odd), fc.oneof(money, odd), (a, b) => {
        expect(subtractMoney(a, b)).toBe(toMoney(new Decimal(a).minus(b)));
        expect(subtractMoney(a, a)).toBe(toMoney(new Decimal(a).minus(a)));
      }),
      { numRuns: 3000 },
    );
    expect(subtractMoney("123456789012345678901.23", "0.01")).toBe("123456789012345678900.00");
    expect(subtractMoney("15391.33", "-12.5")).toBe("15403.83");
    expect(subtractMoney("3.60", "3.6")).toBe("0.00");
  });
});
