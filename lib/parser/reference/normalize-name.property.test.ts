/**
 * normalize-name.ts is the plain reference normalisation (test-support/reference-normalize-name.ts)
 * made fast: both forms must agree with it on every input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as reference from "../test-support/reference-normalize-name";
import { clearParseMemos } from "../parse-memos";
import { ECONOMIC_CATALOGUE, FUNCTION_CATALOGUE } from "./classification";
import { foldCompatibilityForms, normalizeClassificationName, normalizeClassificationNameLoosely } from "./normalize-name";

const CATALOGUE_NAMES = [...FUNCTION_CATALOGUE.values(), ...ECONOMIC_CATALOGUE.values()].flatMap((e) => [e.name, ...e.aliases]);

const FRAGMENTS = [
  "其中", "其中:", "其中：", "(类)", "（款）", "[项]", "【项】", "〔类〕", "( 款 )", "（医疗保障）", "(室)", " ", "\u3000", "\t", "\u00A0", "\u200B",
  "１２", "ＡＢ", "，", "、", "“", "”", "·", "—", "－", "-", "_", "《", "》", ":", "：", "…", "⼀", "ﬁ", "\u0301", "行政运行", "事务", "支出",
];

const nameArbitrary = fc.oneof(
  fc.constantFrom(...CATALOGUE_NAMES),
  fc
    .tuple(fc.constantFrom(...CATALOGUE_NAMES), fc.nat(), fc.constantFrom(...FRAGMENTS))
    .map(([name, at, fragment]) => {
      const k = at % (name.length + 1);
      return name.slice(0, k) + fragment + name.slice(k);
    }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 16 }),
  fc.string({ unit: "binary", maxLength: 16 }),
);

describe("classification name normalisation against the reference version", () => {
  it("agrees on catalogue names", () => {
    clearParseMemos();
    for (const name of CATALOGUE_NAMES) {
      expect(normalizeClassificationName(name)).toBe(reference.normalizeClassificationName(name));
      expect(normalizeClassificationNameLoosely(name)).toBe(reference.normalizeClassificationNameLoosely(name));
    }
  });

  it("agrees on random and damaged names", () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        clearParseMemos();
        expect(normalizeClassificationName(name)).toBe(reference.normalizeClassificationName(name));
        expect(normalizeClassificationNameLoosely(name)).toBe(reference.normalizeClassificationNameLoosely(name));
      }),
      { numRuns: 20000, seed: 20250321 },
    );
  });

  it("folds compatibility forms exactly as NFKC does", () => {
    fc.assert(
      fc.property(fc.oneof(nameArbitrary, fc.string({ unit: "grapheme", maxLength: 16 })), (name) => {
        expect(foldCompatibilityForms(name)).toBe(name.normalize("NFKC"));
      }),
      { numRuns: 20000, seed: 20250322 },
    );
  });
});
