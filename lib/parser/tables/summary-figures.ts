import type { Line, Money, Provenance, SummaryFigure, Totals } from "../types";
import { findNumbers, toWan, type NumberToken } from "./amounts";
import type { TableBlock } from "./segment-tables";

/** A labelled amount read from a summary table line. */
export interface LabelledAmount {
  value: Money;
  label: string;
  line: Line;
}

/**
 * Finds the amount printed after a label in a summary table ("本年收入合计 1,077.43",
 * "本年收入合计 27 1,219.14" where 27 is the 行次, "总计 32 1,219." + "14" wrapped). When the
 * table has a 行次 column, an integer right after the label is the row number, never the amount.
 */
export function findLabelledAmount(block: TableBlock, label: RegExp): LabelledAmount | null {
  const hasRowNumbers = block.body.some((l) => /行次|栏次/.test(l.text));
  const body = block.body;
  for (let i = 0; i < body.length; i++) {
    let text = body[i].text.replace(/\t+/g, " ");
    if (/\d\.$/.test(text) && i + 1 < body.length && /^\d{1,2}\b/.test(body[i + 1].text)) {
      text += body[i + 1].text.replace(/\t+/g, " ");
    }
    const m = label.exec(text);
    if (!m) continue;
    const after = text.slice((m.index ?? 0) + m[0].length);
    let nums: NumberToken[] = findNumbers(after);
    // Only figures that come before the next label belong to this one.
    const nextLabel = /[\u4e00-\u9fa5]/.exec(after);
    if (nextLabel) nums = nums.filter((n) => n.index < nextLabel.index);
    if (hasRowNumbers && nums.length > 0 && nums[0].isInteger && nums[0].raw.length <= 2) nums = nums.slice(1);
    if (nums.length === 0 && hasRowNumbers && i + 1 < body.length) {
      // Figures pushed to the next line ("…收入 1" / "1,219.14").
      const next = findNumbers(body[i + 1].text);
      if (next.length > 0 && !/[\u4e00-\u9fa5]/.test(body[i + 1].text.slice(0, next[0].index))) nums = next;
    }
    if (nums.length === 0) continue;
    const value = toWan(nums[0].raw, block.unit);
    if (value !== null) return { value, label: m[0].trim(), line: body[i] };
  }
  return null;
}

function prov(block: TableBlock, line: Line): Provenance {
  return {
    source: "table",
    table: block.kind,
    tableTitle: block.title,
    line: line.no,
    excerpt: line.text.replace(/\t/g, " "),
  };
}

/** What the summary tables say about the document's totals. */
export interface SummaryReading {
  totals: Totals;
  totalsProvenance: Partial<Record<keyof Totals, Provenance>>;
  figures: SummaryFigure[];
}

/** Reads income/expenditure totals from the 收支总表 (本年…合计 first, then …总计). */
export function readIncomeExpenditure(blocks: TableBlock[], into: SummaryReading): void {
  const set = (key: keyof Totals, figureKey: string, block: TableBlock, hit: LabelledAmount | null) => {
    if (!hit || into.totals[key] != null) return;
    into.totals[key] = hit.value;
    into.totalsProvenance[key] = prov(block, hit.line);
    into.figures.push({ key: figureKey, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
  };
  for (const block of blocks.filter((b) => b.kind === "income-expenditure-summary")) {
    set("income", "income.total", block, findLabelledAmount(block, /本年收入合计/) ?? findLabelledAmount(block, /收入总计/));
    set("expenditure", "expenditure.total", block, findLabelledAmount(block, /本年支出合计/) ?? findLabelledAmount(block, /支出总计/));
  }
  for (const block of blocks.filter((b) => b.kind === "fiscal-summary")) {
    for (const [key, re] of [
      ["fiscal.income", /本年收入合计|收入总计/],
      ["fiscal.expenditure", /本年支出合计|支出总计/],
    ] as const) {
      const hit = findLabelledAmount(block, re);
      if (hit && !into.figures.some((f) => f.key === key)) {
        into.figures.push({ key, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
      }
    }
  }
}

const THREE_PUBLIC_KEYS = [
  "threePublic.total",
  "threePublic.abroad",
  "threePublic.vehicle",
  "threePublic.vehiclePurchase",
  "threePublic.vehicleOperation",
  "threePublic.reception",
] as const;

const THREE_PUBLIC_LABELS: Array<[string, RegExp]> = [
  ["threePublic.total", /^(?:“?三公”?经费)?合计/],
  ["threePublic.abroad", /因公出国\(境\)/],
  ["threePublic.vehicle", /公务用车购置及运行/],
  ["threePublic.vehiclePurchase", /公务用车购置(?:费)?$|\(1\)公务用车购置/],
  ["threePublic.vehicleOperation", /公务用车运行/],
  ["threePublic.reception", /公务接待/],
];

/**
 * Reads the “三公”经费 table: either one row of six figures (合计, 出国, 车辆小计, 购置, 运行, 接待;
 * a 决算 prints the budget group first and the actual group second) or one labelled line per item.
 */
export function readThreePublic(blocks: TableBlock[], into: SummaryReading): void {
  for (const block of blocks.filter((b) => b.kind === "three-public")) {
    const isFinal = /决算/.test(block.title);
    for (const l of block.body) {
      const t = l.text.replace(/\t+/g, " ").trim();
      if (!/^[\d.,\s-]+$/.test(t)) continue;
      const nums = findNumbers(t).filter((n) => !n.isInteger || n.raw === "0");
      if (nums.length !== 6 && nums.length !== 12) continue;
      const group = nums.length === 12 && isFinal ? nums.slice(6) : nums.slice(0, 6);
      group.forEach((n, k) => {
        const value = toWan(n.raw, block.unit);
        if (value !== null) {
          into.figures.push({ key: THREE_PUBLIC_KEYS[k], label: THREE_PUBLIC_KEYS[k], value, provenance: prov(block, l) });
        }
      });
      return;
    }
    for (const l of block.body) {
      const t = l.text
        .replace(/\t+/g, " ")
        .trim()
        .replace(/^(?:\d[.、]|其中:)\s*/, "")
        .replace(/^\(\d\)\s*/, "");
      // Figures come after the label; a "(1)" inside it is an item number.
      const nums = findNumbers(t).filter((n) => n.index > 0 && t[n.index - 1] !== "(");
      if (nums.length === 0) continue;
      const label = t.slice(0, nums[0].index).trim();
      const entry = THREE_PUBLIC_LABELS.find(([, re]) => re.test(label));
      if (!entry || into.figures.some((f) => f.key === entry[0])) continue;
      const value = toWan(nums[0].raw, block.unit);
      if (value !== null) into.figures.push({ key: entry[0], label, value, provenance: prov(block, l) });
    }
  }
}
