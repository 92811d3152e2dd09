import { describe, expect, it } from "vitest";
import type { Line } from "../types";
import { lineAt, segmentParagraphs } from "./paragraphs";

function toLines(text: string): Line[] {
  return text
    .split("\n")
    .map((t, i) => ({ no: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
}

describe("segmentParagraphs", () => {
  it("joins a sentence wrapped over lines and blank lines, cut inside an amount's unit", () => {
    const [p] = segmentParagraphs(toLines("2023年度一般公共预算财政拨款支出年初预算为1,077.43万\n\n元，支出决算为1,219.14万元。"));
    expect(p.text).toBe("2023年度一般公共预算财政拨款支出年初预算为1,077.43万元，支出决算为1,219.14万元。");
    expect(lineAt(p, p.text.indexOf("支出决算为"))).toBe(3);
  });

  it("keeps a short title ending in 采购 or 资产 out of the sentence below it (北京: \"(二)政府采购\")", () => {
    const ps = segmentParagraphs(toLines("(二)政府采购\n2024年本部门政府采购预算380.00万元。\n(三)国有资产\n本部门共有车辆2辆。"));
    expect(ps.map((p) => [p.text, p.heading])).toEqual([
      ["2024年本部门政府采购预算380.00万元。", "政府采购"],
      ["本部门共有车辆2辆。", "国有资产"],
    ]);
  });

  it("breaks at headings and keeps a title as the heading of the text below it", () => {
    const ps = segmentParagraphs(toLines("一、收支预算总体安排情况\n2023年部门预算数:100万元。\n二、收入安排情况\n总收入100万元。"));
    expect(ps.map((p) => [p.text, p.heading])).toEqual([
      ["2023年部门预算数:100万元。", "收支预算总体安排情况"],
      ["总收入100万元。", "收入安排情况"],
    ]);
  });

  it("does not take a wrapped item for a title", () => {
    const ps = segmentParagraphs(
      toLines("3.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗\n\n(项)年初预算为5.25万元，支出决算为5.25万元。"),
    );
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toContain("行政单位医疗(项)年初预算为");
  });

  it("never joins across a table", () => {
    const ps = segmentParagraphs(toLines("支出包括:基本支出\n合计 1,077.43 214.07 196.65\n项目支出863.36万元。"));
    expect(ps.map((p) => p.text)).toEqual(["支出包括:基本支出", "项目支出863.36万元。"]);
  });

  it("gives list items the lead-in that introduced them", () => {
    const ps = segmentParagraphs(toLines("项目支出 525 万元，具体使用情况如下:\n1. 一般机构运转 10 万元，用于法律顾问。\n2. 医疗救助 500 万元。"));
    expect(ps[1].leadIn).toBe("项目支出 525 万元，具体使用情况如下:");
    expect(ps[2].leadIn).toBe("项目支出 525 万元，具体使用情况如下:");
  });
});
