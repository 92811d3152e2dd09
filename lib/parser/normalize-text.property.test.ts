/**
 * normalize-text.ts is the plain reference normalisation (test-support/reference-normalize.ts)
 * made fast: it must return the same lines for every input, and the marks it puts on each line
 * must never hide a character identification reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineMarksOf, normalizeLine, normalizeText } from "./normalize-text";
import * as reference from "./test-support/reference-normalize";
import { documentArbitrary, lineArbitrary, SAMPLE_TEXTS } from "./test-support/text-arbitraries";
import type { Line } from "./types";

function withoutMarks(lines: Line[]): Line[] {
  return lines.map(({ no, text }) => ({ no, text }));
}

/** Every mark the text really calls for is set (a set mark may be a false alarm, a clear one never). */
function marksCover(lines: Line[]): boolean {
  return lines.every((l) => l.marks !== undefined && (lineMarksOf(l.text) & ~l.marks) === 0);
}

describe("normalizeText against the reference version", () => {
  it("agrees on the sample disclosures, and marks every line it returns", () => {
    for (const text of SAMPLE_TEXTS) {
      const lines = normalizeText(text);
      expect(withoutMarks(lines)).toEqual(reference.normalizeText(text));
      expect(marksCover(lines)).toBe(true);
    }
  });

  it("agrees on random documents", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const lines = normalizeText(text);
        expect(withoutMarks(lines)).toEqual(reference.normalizeText(text));
        expect(marksCover(lines)).toBe(true);
      }),
      { numRuns: 3000, seed: 20250301 },
    );
  });

  it("agrees line by line, also on a line holding a line break", () => {
    fc.assert(
      fc.property(fc.oneof(lineArbitrary, fc.tuple(lineArbitrary, lineArbitrary).map(([a, b]) => `${a}\n${b}`)), (line) => {
        expect(normalizeLine(line)).toBe(reference.normalizeLine(line));
      }),
      { numRuns: 3000, seed: 20250302 },
    );
  });

  it("agrees on lines of split numbers, letter spacing and quotes", () => {
    // Short alphabets make the number and spacing rules meet each other often.
    const unit = fc.constantFrom(
      "1", "12", "123", "1234", ", ", ". ", " .", " ", ",", ".", "-", "中", "国 ", "项", "“", " ”", "（", "）", "\t", "．", "１",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const line = units.join("");
        expect(normalizeLine(line)).toBe(reference.normalizeLine(line));
      }),
      { numRuns: 20000, seed: 20250303 },
    );
  });
});
