import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { findRepeatedPages } from "./repeated-pages";
import { segmentTables } from "./segment-tables";

describe("findRepeatedPages", () => {
  it("reports a form printed twice even when its line wrapping differs", () => {
    const form = "2023 年度政府买岗经费项目绩效自评表\n项目名称\n政府买岗经费\n资金总额\n15.8 13.30 86.36%\n";
    const blocks = segmentTables(linesOf(form + form.replace("资金总额", "资金\n总额")));
    const { findings, repeated } = findRepeatedPages(blocks);
    expect(findings).toMatchObject([{ rule: "repeated-page", severity: "warning", lines: [6, 1] }]);
    expect([...repeated]).toEqual([1]);
  });
});
