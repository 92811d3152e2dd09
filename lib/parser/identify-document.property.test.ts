/**
 * identify-document.ts is the plain reference identification (test-support/reference-identify.ts)
 * made fast: it must return the same header for every input, whether the lines come from
 * normalizeText (with their marks) or are made by hand (raw text, no marks).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifyDocument } from "./identify-document";
import { normalizeText } from "./normalize-text";
import { identifyDocument as referenceIdentify } from "./test-support/reference-identify";
import { documentArbitrary, SAMPLE_TEXTS } from "./test-support/text-arbitraries";
import type { Line } from "./types";

/** Lines as a caller other than normalizeText makes them: raw text, no marks. */
function handMadeLines(text: string): Line[] {
  return text
    .split("\n")
    .map((t, i) => ({ no: i + 1, text: t }))
    .filter((l) => l.text.trim() !== "");
}

function expectSameHeader(lines: Line[]): void {
  expect(identifyDocument(lines)).toEqual(referenceIdentify(lines));
}

describe("identifyDocument against the reference version", () => {
  it("agrees on the sample disclosures", () => {
    for (const text of SAMPLE_TEXTS) {
      expectSameHeader(normalizeText(text));
      expectSameHeader(handMadeLines(text));
    }
  });

  it("agrees on random documents, normalised", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => expectSameHeader(normalizeText(text))),
      { numRuns: 3000, seed: 20250311 },
    );
  });

  it("agrees on random documents, lines made by hand", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => expectSameHeader(handMadeLines(text))),
      { numRuns: 3000, seed: 20250312 },
    );
  });
});
