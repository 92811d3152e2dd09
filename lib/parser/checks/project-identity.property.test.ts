/**
 * normalizeProjectName is the plain reference version (test-support/reference-project-name.ts)
 * made fast: it must agree with it on every name.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clearParseMemos } from "../parse-memos";
import { normalizeProjectName as reference } from "../test-support/reference-project-name";
import { lineArbitrary } from "../test-support/text-arbitraries";
import { normalizeProjectName } from "./project-identity";

const FRAGMENTS = ["（", "）", "(", ")", "[", "】", "“", "”", "\"", "'", "‘", "、", ",", "，", ".", "。", ":", "：", ";", "；", "·", "-", "—", "－", " ", "\u3000", "\t", "\u00A0", "\uFEFF", "ＡＢ１", "⼀", "ﬁ", "e\u0301", "…", "项目", "经费"];

const nameArbitrary = fc.oneof(
  lineArbitrary,
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 20 }),
);

describe("normalizeProjectName against the reference version", () => {
  it("agrees on random names", () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        clearParseMemos();
        expect(normalizeProjectName(name)).toBe(reference(name));
      }),
      { numRuns: 20000, seed: 20250331 },
    );
  });
});
