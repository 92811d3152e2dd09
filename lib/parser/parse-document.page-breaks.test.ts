import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

/**
 * PDF text carries each page's furniture into the running text: a sentence that crosses a page
 * break must still give its figure.
 */
describe("parseDocument across page breaks", () => {
  const sentence = (furniture: string) =>
    [
      "某某市某某区某某局2024年部门预算",
      "一、收支预算总体情况",
      "本部门2024年收入预算",
      furniture,
      "1,077.43万元，支出预算1,077.43万元。",
      "本部门2024年项目支出预算",
      furniture,
      "100.00万元，基本支出预算977.43万元。",
    ].join("\n");

  it.each([
    ["a running header (the cover title)", "某某市某某区某某局2024年部门预算"],
    ["a page number with its count", "4/20"],
    ["a page number between dots", "· 4 ·"],
    ["a page number between dashes", "— 4 —"],
  ])("reads the totals through %s", (_, furniture) => {
    const doc = parseDocument(sentence(furniture));
    expect(doc.totals).toMatchObject({ income: "1077.43", expenditure: "1077.43", project: "100.00", basic: "977.43" });
  });
});
