import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Line } from "../types";
import { linesOf } from "./helpers.test-utils";
import { legacyFindRepeatedPages } from "./legacy/repeated-pages.test-utils";
import { findRepeatedPages } from "./repeated-pages";
import { blockOf } from "./sample-lines.test-utils";
import { segmentTables, type TableBlock } from "./segment-tables";

describe("findRepeatedPages", () => {
  it("reports a form printed twice even when its line wrapping differs", () => {
    const form = "2023 年度政府买岗经费项目绩效自评表\n项目名称\n政府买岗经费\n资金总额\n15.8 13.30 86.36%\n";
    const blocks = segmentTables(linesOf(form + form.replace("资金总额", "资金\n总额")));
    const { findings, repeated } = findRepeatedPages(blocks);
    expect(findings).toMatchObject([{ rule: "repeated-page", severity: "warning", lines: [6, 1] }]);
    expect([...repeated]).toEqual([1]);
  });
});

describe("findRepeatedPages against the finder it replaced", () => {
  /** A copy of a block printed again: its lines re-spaced, re-wrapped or (now and then) changed. */
  const reprint = (block: TableBlock, how: number): TableBlock => {
    const texts = block.body.map((l) => l.text);
    const joined = texts.join("");
    let body: string[];
    if (how % 4 === 0) body = texts.map((t) => t.replace(/ /g, "\t"));
    else if (how % 4 === 1) body = joined.length > 2 ? [joined.slice(0, joined.length >> 1), joined.slice(joined.length >> 1)] : [joined];
    else if (how % 4 === 2) body = texts.map((t, i) => (i === how % texts.length ? `${t}改` : t));
    else body = texts.map((t) => ` ${t} `);
    return { ...block, title: how % 5 === 0 ? `${block.title} ` : block.title, body: body.map((text, i): Line => ({ no: block.line + i + 1, text })) };
  };
  const titles = ["2023年度医疗救助经费项目绩效自评表", "项目基本信息表", "项|目表"];
  it("reports the same repeats", () => {
    const blocks = fc.array(fc.tuple(blockOf("performance-project", titles, undefined, 8), fc.array(fc.nat(), { maxLength: 2 })), { minLength: 1, maxLength: 5 }).map((list) =>
      list.flatMap(([block, copies]) => [block, ...copies.map((how) => reprint(block, how))]),
    );
    fc.assert(
      fc.property(blocks, (list) => {
        const fast = findRepeatedPages(list);
        const former = legacyFindRepeatedPages(list);
        expect(fast.findings).toEqual(former.findings);
        expect([...fast.repeated]).toEqual([...former.repeated]);
      }),
      { numRuns: 2000 },
    );
  });
});
