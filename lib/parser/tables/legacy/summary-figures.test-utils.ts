/**
 * The summary-table readers as they were before the speed work (labels looked for only on the
 * lines holding the label's words, headings told by their first character). Kept only for the
 * property tests in summary-figures.test.ts.
 */
import type { Line, Money, Provenance, SummaryFigure, Totals } from "../../types";
import { findNumbers, toWan, type NumberToken } from "../amounts";
import { latestYearColumn } from "../column-years";
import { countFigureCells, holdsRowNumberHeader, printsLoneRowNumbers } from "../whole-figures";
import type { TableBlock } from "../segment-tables";

/** A labelled amount read from a summary table line. */
interface LabelledAmount {
  value: Money;
  label: string;
  line: Line;
}

interface LabelTexts {
  /** Each line with tab runs as one space, joined with the next when a figure wraps at its point. */
  texts: string[];
  hasRowNumbers: boolean;
}

// A block's lines are searched for several labels in turn: their texts are built once per body.
const labelTextsCache = new WeakMap<Line[], LabelTexts>();

function readLabelTexts(body: Line[]): LabelTexts {
  const hit = labelTextsCache.get(body);
  if (hit) return hit;
  const texts: string[] = [];
  let hasRowNumbers = false;
  for (let i = 0; i < body.length; i++) {
    if (!hasRowNumbers && /行次|栏次/.test(body[i].text)) hasRowNumbers = true;
    let text = body[i].text.includes("\t") ? body[i].text.replace(/\t+/g, " ") : body[i].text;
    if (/\d\.$/.test(text) && i + 1 < body.length && /^\d{1,2}\b/.test(body[i + 1].text)) {
      text += body[i + 1].text.replace(/\t+/g, " ");
    }
    texts.push(text);
  }
  const read = { texts, hasRowNumbers };
  labelTextsCache.set(body, read);
  return read;
}

/**
 * Finds the amount printed after a label in a summary table ("本年收入合计 1,077.43",
 * "本年收入合计 27 1,219.14" where 27 is the 行次, "总计 32 1,219." + "14" wrapped). When the
 * table has a 行次 column, an integer right after the label is the row number, never the amount.
 */
export function legacyFindLabelledAmount(block: TableBlock, label: RegExp): LabelledAmount | null {
  const body = block.body;
  const { texts, hasRowNumbers } = readLabelTexts(body);
  for (let i = 0; i < body.length; i++) {
    const text = texts[i];
    const m = label.exec(text);
    if (!m) continue;
    const after = text.slice((m.index ?? 0) + m[0].length);
    let nums: NumberToken[] = findNumbers(after);
    // Only figures that come before the next label belong to this one.
    const nextLabel = /[\u4e00-\u9fa5]/.exec(after);
    if (nextLabel) nums = nums.filter((n) => n.index < nextLabel.index);
    const hadRowNumber = hasRowNumbers && nums.length > 0 && nums[0].isInteger && nums[0].raw.length <= 2;
    if (hadRowNumber) nums = nums.slice(1);
    // Added with the whole-number tables: one cell per line with a 行次 column (label, row number, figure).
    // Added with tables that name a 行次 column but print no row numbers (shared with the reader).
    if (nums.length === 0 && hasRowNumbers && after.trim() === "" && i + 2 < body.length && /^\s*\d{1,3}\s*$/.test(body[i + 1].text) && printsLoneRowNumbers(body)) {
      if (!/^\s*-?\d[\d,]*(?:\.\d+)?\s*$/.test(body[i + 2].text)) continue;
      nums = findNumbers(body[i + 2].text);
    }
    if (nums.length === 0 && hasRowNumbers && i + 1 < body.length) {
      // Figures pushed to the next line ("…收入 1" / "1,219.14").
      let next = findNumbers(body[i + 1].text);
      // Added with the whole-number tables: a label printed alone pushes its row number down with its figure.
      if (!hadRowNumber && next.length > 1 && next[0].isInteger && next[0].raw.length <= 2) next = next.slice(1);
      if (next.length > 0 && !/[\u4e00-\u9fa5]/.test(body[i + 1].text.slice(0, next[0].index))) nums = next;
    }
    // Added with the fast reader (one cell per line): the label's line, then its figure's.
    if (nums.length === 0 && i + 1 < body.length && after.trim() === "" && /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/.test(body[i + 1].text)) {
      nums = findNumbers(body[i + 1].text);
    }
    if (nums.length === 0) continue;
    // Added after the speed work: this year's column when years stand side by side.
    const column = latestYearColumn(body);
    const figure = column !== null && nums.length === column.width ? nums[column.index] : nums[0];
    const value = toWan(figure.raw, block.unit);
    if (value !== null) return { value, label: m[0].trim(), line: body[i] };
  }
  return null;
}

const BARE_TOTAL = /^(?:本年)?(?:合计|总计)/;
// The heading row of a summary's expenditure half when the halves are printed one after the other.
const EXPENDITURE_HEADING = /^(?:支出|支出项目|本年支出|项目\(按功能分类\)|按功能分类|功能分类|支出功能分类科目)(?:\s|\t|$)/;

/**
 * A 收支总表 printed as two tables one after the other (收入 rows, then 支出 rows) instead of side
 * by side: the body split at the expenditure half's heading row. With no such heading both halves
 * are empty, so a bare 合计/总计 is never read from a side-by-side table.
 */
function splitStackedHalves(block: TableBlock): [TableBlock, TableBlock] {
  const at = block.body.findIndex((l, i) => i > 0 && EXPENDITURE_HEADING.test(l.text.trim()) && block.body.slice(0, i).some((p) => findNumbers(p.text).some((n) => !n.isInteger) || countFigureCells(p.text, findNumbers(p.text), holdsRowNumberHeader(block.body)) > 0));
  if (at < 0) return [{ ...block, body: [] }, { ...block, body: [] }];
  return [
    { ...block, body: block.body.slice(0, at) },
    { ...block, body: block.body.slice(at) },
  ];
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
interface SummaryReading {
  totals: Totals;
  totalsProvenance: Partial<Record<keyof Totals, Provenance>>;
  figures: SummaryFigure[];
}

/** Reads income/expenditure totals from the 收支总表 (本年…合计 first, then …总计). */
export function legacyReadIncomeExpenditure(blocks: TableBlock[], into: SummaryReading): void {
  const set = (key: keyof Totals, figureKey: string, block: TableBlock, hit: LabelledAmount | null) => {
    if (!hit || into.totals[key] != null) return;
    into.totals[key] = hit.value;
    into.totalsProvenance[key] = prov(block, hit.line);
    into.figures.push({ key: figureKey, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
  };
  for (const block of blocks.filter((b) => b.kind === "income-expenditure-summary")) {
    const [incomeHalf, expenditureHalf] = splitStackedHalves(block);
    const current = legacyFindLabelledAmount(block, /本年收入合计/);
    const grand = legacyFindLabelledAmount(block, /收入总计/);
    // Session 7: 本年收入合计 beside a different 收入总计 is the year's income, the grand total income.total.
    if (current && grand && current.value !== grand.value && into.totals.income == null) {
      set("income", "income.currentYear", block, current);
      into.figures.push({ key: "income.total", label: grand.label, value: grand.value, provenance: prov(block, grand.line) });
    } else set("income", "income.total", block, current ?? grand ?? legacyFindLabelledAmount(incomeHalf, BARE_TOTAL));
    set(
      "expenditure",
      "expenditure.total",
      block,
      legacyFindLabelledAmount(block, /本年支出合计/) ?? legacyFindLabelledAmount(block, /支出总计/) ?? legacyFindLabelledAmount(expenditureHalf, BARE_TOTAL),
    );
  }
  for (const block of blocks.filter((b) => b.kind === "fiscal-summary")) {
    for (const [key, re] of [
      ["fiscal.income", /本年收入合计|收入总计/],
      ["fiscal.expenditure", /本年支出合计|支出总计/],
    ] as const) {
      const hit = legacyFindLabelledAmount(block, re);
      if (hit && !into.figures.some((f) => f.key === key)) {
        into.figures.push({ key, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
      }
    }
  }
}


