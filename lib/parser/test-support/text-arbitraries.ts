/**
 * Random text for the property tests that hold a fast stage against its plain reference version:
 * lines of the sample disclosures as they are, the same lines with a fragment inserted, lines
 * assembled from the fragments the rules react to, and arbitrary strings.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../../data/samples");
const GENRE_DIR = path.resolve(import.meta.dirname, "../fixtures/genre");

function readTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

/** The sample disclosures and the UTF-8 genre fixtures, whole. */
export const SAMPLE_TEXTS: string[] = [...readTexts(SAMPLES_DIR), ...readTexts(GENRE_DIR).filter((t) => !t.includes("\uFFFD"))];

const SAMPLE_LINES = [...new Set(SAMPLE_TEXTS.flatMap((t) => t.split(/\r\n|\r|\n/)).filter((l) => l.trim() !== ""))];

/** Fragments some rule of normalisation or identification reacts to. */
const FRAGMENTS = [
  // spacing, cells and split numbers
  " ", "  ", "\t", "\u3000", "\u00A0", "\u200B", "1, 077. 43", "842.9 3", "12 .5", "0. 00", "项 目", "收 入 总 计", "“ 三公” 经费", "“", "”",
  // full-width forms
  "（", "）", "：", "１２", "．", "％", "＋", "－", "＜", "＞", "ＡＢ", "，", "；",
  // Markdown, HTML, page furniture
  "*", "**", "#", "### ", "`", "|", "| a | b |", "|---|---|", "- ", "> ", "<b>", "</p>", "<br/>", "&amp;", "&#x4e00;", "&#45;", "&#9;", "&#x3000;", "&#xff0b;", "&lt;b&gt;", "&nbsp;", "&mdash;", "— 4 —", "- 12 -", "第 3 页", "第3页 共10页", "12", "\f", "\v",
  // identification
  "年", "度", "2023", "2023年", "2024年度", "20", "部门", "单位", "预算", "决算", "总表", "表", "收支", "部门:", "部门：", "单位名称:", "预算单位：", "部门(单位)名称:",
  "武汉市", "汉阳区", "医疗保障局", "林业局", "服务中心", "街道办事处", "委员会", "第一部分", "概况", "为", "是", "下属", "所属", "二级", "纳入", "本部门", "附表1",
];

const fragmentLine = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));

const mutatedSampleLine = fc
  .tuple(fc.constantFrom(...SAMPLE_LINES), fc.nat(), fc.constantFrom(...FRAGMENTS))
  .map(([line, at, fragment]) => {
    const k = at % (line.length + 1);
    return line.slice(0, k) + fragment + line.slice(k);
  });

/** One line of text (no line break inside). */
export const lineArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAMPLE_LINES) },
  { weight: 3, arbitrary: mutatedSampleLine },
  { weight: 3, arbitrary: fragmentLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
);

/** A document: lines joined by one kind of line break, sometimes with empty lines between. */
export const documentArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 9, arbitrary: lineArbitrary }, { weight: 1, arbitrary: fc.constant("") }), { maxLength: 30 }),
    fc.constantFrom("\n", "\n", "\n", "\r\n", "\r"),
    fc.boolean(),
  )
  .map(([lines, newline, bom]) => (bom ? "\uFEFF" : "") + lines.join(newline));
