/**
 * identify-document.ts against its earlier version (test-support/reference-identify-document.ts):
 * the shortcuts it has taken since (shorter year windows, …) must not change any header.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifyDocument } from "./identify-document";
import { normalizeText } from "./normalize-text";
import * as reference from "./test-support/reference-identify-document";
import { documentArbitrary, SAMPLE_TEXTS } from "./test-support/text-arbitraries";
import type { Line } from "./types";

/** The same lines without normalizeText's marks: identification then works them out itself. */
function unmarked(lines: Line[]): Line[] {
  return lines.map(({ no, text }) => ({ no, text }));
}

function expectSameHeader(lines: Line[]): void {
  expect(identifyDocument(lines)).toEqual(reference.identifyDocument(lines));
  expect(identifyDocument(unmarked(lines))).toEqual(reference.identifyDocument(unmarked(lines)));
}

// Short alphabets make years, kinds, names and the characters that end a reading meet often.
const yearUnit = fc.constantFrom(
  "2023", "2024", "20", "23", "1", "年", "度", "年度", "部门", "单位", "预算", "决算", "总", "表", "公开", "说明", "报告",
  "收支", "财政拨款", "武汉市", "汉阳区", "医疗保障局", "中心", "学校", "委", "第一部分", "概况", "为", "是", "下属", "所属",
  "部门:", "单位名称：", "（", "）", "(", ")", "：", ":", ",", "，", "。", "；", ";", "、", " ", "\t", "*", "#", "`", "\u3000",
);
const yearLine = fc.array(yearUnit, { minLength: 1, maxLength: 14 }).map((units) => units.join(""));

describe("identifyDocument against the reference version", () => {
  it("agrees on the sample disclosures", () => {
    for (const text of SAMPLE_TEXTS) expectSameHeader(normalizeText(text));
  });

  it("agrees on random documents", () => {
    fc.assert(
      fc.property(documentArbitrary, (text) => expectSameHeader(normalizeText(text))),
      { numRuns: 2000, seed: 20251125 },
    );
  });

  it("agrees on lines of years, kinds and names", () => {
    fc.assert(
      fc.property(fc.array(yearLine, { minLength: 1, maxLength: 8 }), (texts) => {
        const lines = texts.map((text, i) => ({ no: i + 1, text }));
        expect(identifyDocument(lines)).toEqual(reference.identifyDocument(lines));
      }),
      { numRuns: 4000, seed: 20251126 },
    );
  });
});
