/**
 * lookup.ts against its known-good version (test-support/reference-lookup.ts): the same codes for
 * catalogue names whole, cut short (the prefix look-up), dressed up and random, with and without
 * a parent or level.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clearParseMemos } from "../parse-memos";
import * as reference from "../test-support/reference-lookup";
import { ECONOMIC_CATALOGUE, FUNCTION_CATALOGUE, levelOf } from "./classification";
import { findEconomicCodesByName, findFunctionCodesByName, isNameOfCode } from "./lookup";

const ENTRIES = [...FUNCTION_CATALOGUE.values(), ...ECONOMIC_CATALOGUE.values()];
const NAMES = ENTRIES.flatMap((e) => [e.name, ...e.aliases]);
const PARENTS = ["", "201", "208", "20805", "210", "21013", "301", "302", "50201"];

const nameArbitrary = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.tuple(fc.constantFrom(...NAMES), fc.nat()).map(([name, n]) => name.slice(0, 2 + (n % Math.max(1, name.length - 1)))),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom("（款）", "(项)", " ", "其中：", "（医疗保障）", "支出", "经费"), fc.boolean())
    .map(([name, extra, front]) => (front ? extra + name : name + extra)),
  fc.string({ maxLength: 10 }),
);

describe("catalogue look-up against the reference version", () => {
  it("finds the same codes", () => {
    fc.assert(
      fc.property(nameArbitrary, fc.constantFrom(...PARENTS), fc.constantFrom(undefined, "类" as const, "款" as const, "项" as const), (name, parent, level) => {
        const options = { ...(parent ? { parent } : {}), ...(level ? { level } : {}) };
        clearParseMemos();
        expect(findFunctionCodesByName(name, options)).toEqual(reference.findFunctionCodesByName(name, options));
        expect(findEconomicCodesByName(name, options)).toEqual(reference.findEconomicCodesByName(name, options));
        expect(findFunctionCodesByName(name)).toEqual(reference.findFunctionCodesByName(name));
        const code = ENTRIES[name.length % ENTRIES.length].code;
        expect(isNameOfCode(code, name)).toBe(reference.isNameOfCode(code, name));
      }),
      { numRuns: 10000, seed: 20250371 },
    );
  });

  it("reads a code's level as the regex version did", () => {
    const regexLevel = (code: string) =>
      !/^\d+$/.test(code) ? null : code.length === 3 ? "类" : code.length === 5 ? "款" : code.length === 7 ? "项" : null;
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,8}$/), fc.string({ maxLength: 8 }), fc.constantFrom("２０８", "208 ", "-208", "")), (code) => {
        expect(levelOf(code)).toBe(regexLevel(code));
      }),
      { numRuns: 5000, seed: 20250372 },
    );
  });
});
