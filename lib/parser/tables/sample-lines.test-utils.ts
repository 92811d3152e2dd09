/**
 * Random and mutated table-stage input for the property tests that check a fast reader against
 * the reader it replaced (kept under legacy/): lines of the sample disclosures, cut, joined,
 * re-spaced and salted with the characters the table readers look for.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { normalizeText } from "../normalize-text";
import type { Line, SourceUnit, TableKind } from "../types";
import type { TableBlock } from "./segment-tables";

const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../../data/samples");

/** The normalised lines of each sample disclosure. */
export const SAMPLE_DOCUMENTS: Line[][] = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => normalizeText(readFileSync(path.join(SAMPLES_DIR, f), "utf8")));

export const SAMPLE_TEXTS: string[] = SAMPLE_DOCUMENTS.flat().map((l) => l.text);

/** Pieces the table readers react to: labels, codes, figures, punctuation, every kind of space. */
const SALT = [
  "表", "附表", "公开", "公开 0", "表 1", "表1-2", "1-2 ", "、", "一、", "(一)", "(", ")", "/结果", "年", "2023 年", "部门", "区", "局",
  "三公", "基本支出", "项目支出", "一般公共预算", "收支总表", "收入决算表", "绩效", "自评", "详见", "第三部分",
  "合计", "总计", "小计", "本年收入合计", "支出总计", "人员经费", "公用经费", "人员经费合计", "行次", "栏次", "单位:", "万元", "元",
  "注:", "说明", "本部门", "无", "没有", "空表", "未安排", "支出", "收入", "项目名称", "项目编码:", "执行数", "预算数",
  "年度预算金额:", "项目当年预算", "当年预算合计", "项目总预算 ", "资金总额", "年初预算数", "全年预算数", "全年执行数", "序号", "本级",
  "主管部门", "项目实施单位", "某某局本级", "040001", "31 本级支出项目",
  "208", "20805", "2080505", " 05 ", "\t05\t", "301", "30101", "501", "42010523040T000000103",
  "0", "1", "9", "12", "863", "1,219.14", "1,219.", "14", "-", "-0.00", "0.50", "12.3456", "91.82%", "6人", "2023年", "A1", "—",
  "，", "。", "；", ":", "%", "≥", " ", "  ", "\t", "\t\t", "\u3000", "\u00a0", "\u2003", "\ufeff", "\u200b", "“", "”",
];

const sampleText = fc.constantFrom(...SAMPLE_TEXTS);

type Edit =
  | { op: "insert"; at: number; text: string }
  | { op: "delete"; at: number; count: number }
  | { op: "cut"; at: number; keepHead: boolean };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: position, text: fc.oneof(fc.constantFrom(...SALT), fc.string({ maxLength: 4 })) }),
  fc.record({ op: fc.constant("delete" as const), at: position, count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ op: fc.constant("cut" as const), at: position, keepHead: fc.boolean() }),
);

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * (text.length + 1));
  switch (e.op) {
    case "insert":
      return text.slice(0, at) + e.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + e.count);
    case "cut":
      return e.keepHead ? text.slice(0, at) : text.slice(at);
  }
}

/** A sample line, a join of two, a line of salt alone, each with a few random edits. */
export const mutatedLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: sampleText },
      { weight: 1, arbitrary: fc.tuple(sampleText, fc.constantFrom(" ", "\t", ""), sampleText).map(([a, s, b]) => a + s + b) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...SALT), { minLength: 1, maxLength: 8 }).map((a) => a.join("")) },
    ),
    fc.array(edit, { maxLength: 4 }),
  )
  .map(([text, edits]) => edits.reduce(applyEdit, text));

/**
 * A run of consecutive sample lines (some replaced by mutated lines), numbered like normalizeText
 * numbers them. With `near`, half of the runs start a few lines above a line it accepts (a title,
 * a table row), so rare lines are not left to chance.
 */
export function lineWindow(near?: (text: string) => boolean, maxCount = 12): fc.Arbitrary<Line[]> {
  const anchors = SAMPLE_DOCUMENTS.flatMap((lines, doc) => lines.flatMap((l, at) => (near?.(l.text) ? [[doc, at] as const] : [])));
  const start = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: SAMPLE_DOCUMENTS.length - 1 }), position).map(([doc, at]) => [doc, Math.floor(at * SAMPLE_DOCUMENTS[doc].length)] as const),
    ...(anchors.length > 0 ? [fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: 0, max: 3 })).map(([[doc, at], back]) => [doc, Math.max(0, at - back)] as const)] : []),
  );
  return fc
    .tuple(start, fc.integer({ min: 1, max: maxCount }), fc.array(fc.tuple(fc.nat(), mutatedLine), { maxLength: 4 }))
    .map(([[doc, from], count, swaps]) => {
      const texts = SAMPLE_DOCUMENTS[doc].slice(from, from + count).map((l) => l.text);
      for (const [k, text] of swaps) texts[k % (texts.length + 1)] = text;
      return texts.map((text, k) => ({ no: from + k + 1, text }));
    });
}

/** A table block of the given kind over a run of sample lines (see lineWindow), in 万元, 元 or no stated unit. */
export function blockOf(kind: TableKind, titles: string[], near?: (text: string) => boolean, maxCount = 30): fc.Arbitrary<TableBlock> {
  return fc.tuple(lineWindow(near, maxCount), fc.constantFrom(...titles), fc.constantFrom<SourceUnit | null>("万元", "元", null)).map(([body, title, unit]) => ({
    kind,
    title,
    number: null,
    unit,
    titleStart: 0,
    titleEnd: 0,
    body,
    line: body[0]?.no ?? 1,
    endLine: body[body.length - 1]?.no ?? 1,
    isEmpty: false,
    noneNote: null,
  }));
}
