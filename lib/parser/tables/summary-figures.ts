import type { Line, Money, Provenance, SummaryFigure, Totals } from "../types";
import { findNumbers, hasDecimalNumber, scanNumbers, toWan, type NumberToken } from "./amounts";
import { latestYearColumn, type YearColumn } from "./column-years";
import { countFigureCells, holdsRowNumberHeader, printsLoneRowNumbers } from "./whole-figures";
import type { TableBlock } from "./segment-tables";

/** A labelled amount read from a summary table line. */
export interface LabelledAmount {
  value: Money;
  label: string;
  line: Line;
}

export interface LabelTexts {
  /** Each line with tab runs as one space, joined with the next when a figure wraps at its point. */
  texts: string[];
  hasRowNumbers: boolean;
  /** Per word, the indexes of the texts that hold it (see findLabelledAmount's `holds`). */
  holding: Map<string, number[]>;
  /** Where this year's figure stands when the table prints years side by side. */
  yearColumn: YearColumn | null;
  /** Whether the 行次 column is printed one cell per line (see printsLoneRowNumbers); read when needed. */
  printsLoneRowNumbers?: boolean;
}

const ROW_NUMBER_HEADER = /行次|栏次/;
const TAB_RUN = /\t+/g;
const WRAPPED_DECIMALS = /^\d{1,2}\b/;

/** /\d\.$/: the text ends in a digit and a point (a figure cut at its decimal point). */
function endsInCutFigure(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 0x2e) return false;
  const c = text.charCodeAt(n - 2);
  return c >= 0x30 && c <= 0x39;
}

// A block's lines are searched for several labels in turn: their texts are built once per block.
function readLabelTexts(block: TableBlock): LabelTexts {
  if (block.labelTexts !== undefined) return block.labelTexts;
  const body = block.body;
  const texts: string[] = [];
  let hasRowNumbers = false;
  for (let i = 0; i < body.length; i++) {
    if (!hasRowNumbers && ROW_NUMBER_HEADER.test(body[i].text)) hasRowNumbers = true;
    let text = body[i].text.includes("\t") ? body[i].text.replace(TAB_RUN, " ") : body[i].text;
    if (endsInCutFigure(text) && i + 1 < body.length && WRAPPED_DECIMALS.test(body[i + 1].text)) {
      text += body[i + 1].text.replace(TAB_RUN, " ");
    }
    texts.push(text);
  }
  const read: LabelTexts = { texts, hasRowNumbers, holding: new Map(), yearColumn: latestYearColumn(body) };
  block.labelTexts = read;
  return read;
}

/** The indexes of the texts that hold `word`, found once per word. */
function textsHolding(read: LabelTexts, word: string): number[] {
  let at = read.holding.get(word);
  if (at === undefined) {
    at = [];
    for (let i = 0; i < read.texts.length; i++) if (read.texts[i].includes(word)) at.push(i);
    read.holding.set(word, at);
  }
  return at;
}

/**
 * Finds the amount printed after a label in a summary table ("本年收入合计 1,077.43",
 * "本年收入合计 27 1,219.14" where 27 is the 行次, "总计 32 1,219." + "14" wrapped). When the
 * table has a 行次 column, an integer right after the label is the row number, never the amount.
 * `holds`, when given, is a word every match of `label` contains ("计" for 合计/总计 labels):
 * only the lines holding it are read, and a table read for several such labels finds them once.
 */
export function findLabelledAmount(block: TableBlock, label: RegExp, holds?: string): LabelledAmount | null {
  const body = block.body;
  const read = readLabelTexts(block);
  if (holds === undefined) {
    for (let i = 0; i < body.length; i++) {
      const hit = readLabelledAt(block, read, label, i);
      if (hit) return hit;
    }
    return null;
  }
  for (const i of textsHolding(read, holds)) {
    const hit = readLabelledAt(block, read, label, i);
    if (hit) return hit;
  }
  return null;
}

/** The amount after `label` on line i of the block, or null. */
function readLabelledAt(block: TableBlock, read: LabelTexts, label: RegExp, i: number): LabelledAmount | null {
  const body = block.body;
  const { texts, hasRowNumbers } = read;
  const text = texts[i];
  const m = label.exec(text);
  if (!m) return null;
  const after = text.slice((m.index ?? 0) + m[0].length);
  // (A piece of a line, read once: no memo.)
  let nums: NumberToken[] = scanNumbers(after);
  // Only figures that come before the next label belong to this one.
  const nextLabel = CJK.exec(after);
  if (nextLabel) nums = nums.filter((n) => n.index < nextLabel.index);
  const hadRowNumber = hasRowNumbers && nums.length > 0 && nums[0].isInteger && nums[0].raw.length <= 2;
  if (hadRowNumber) nums = nums.slice(1);
  const isBareLabel = after.trim() === "";
  if (nums.length === 0 && hasRowNumbers && isBareLabel && i + 2 < body.length && isLoneRowNumber(body[i + 1].text) && (read.printsLoneRowNumbers ??= printsLoneRowNumbers(body))) {
    // One cell per line with a 行次 column: the label's line, its row number's, then its figure's
    // (or the next label's when the cell is blank). The row number is never the amount.
    return LONE_FIGURE.test(body[i + 2].text) ? labelledValue(block, read, findNumbers(body[i + 2].text), m[0], body[i]) : null;
  }
  if (nums.length === 0 && hasRowNumbers && i + 1 < body.length) {
    // Figures pushed to the next line ("…收入 1" / "1,219.14").
    let next = findNumbers(body[i + 1].text);
    // "本年收入合计" / "27 1,219.14": a label printed alone pushes its row number down with its figure.
    if (!hadRowNumber && next.length > 1 && next[0].isInteger && next[0].raw.length <= 2) next = next.slice(1);
    if (next.length > 0 && !CJK.test(body[i + 1].text.slice(0, next[0].index))) nums = next;
  }
  if (nums.length === 0 && i + 1 < body.length && isBareLabel && LONE_FIGURE.test(body[i + 1].text)) {
    // One cell per line, as some PDF extractions print a table: the label's line, then its figure's.
    nums = findNumbers(body[i + 1].text);
  }
  if (nums.length === 0) return null;
  return labelledValue(block, read, nums, m[0], body[i]);
}

/** The amount among a label's figures, with the label and the line it is credited to. */
function labelledValue(block: TableBlock, read: LabelTexts, nums: NumberToken[], label: string, line: Line): LabelledAmount | null {
  // "本年收入合计 856.20 900.00" under "上年预算数 | 本年预算数": this year's is the second.
  const column = read.yearColumn;
  const figure = column !== null && nums.length === column.width ? nums[column.index] : nums[0];
  const value = toWan(figure.raw, block.unit);
  return value !== null ? { value, label: label.trim(), line } : null;
}

/** A line holding a 行次 alone ("27"). */
function isLoneRowNumber(text: string): boolean {
  return LONE_ROW_NUMBER.test(text);
}

const LONE_ROW_NUMBER = /^\s*\d{1,3}\s*$/;


const CJK = /[\u4e00-\u9fa5]/;
const LONE_FIGURE = /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/;

const BARE_TOTAL = /^(?:本年)?(?:合计|总计)/;
// The heading row of a summary's expenditure half when the halves are printed one after the other.
const EXPENDITURE_HEADING = /^(?:支出|支出项目|本年支出|项目\(按功能分类\)|按功能分类|功能分类|支出功能分类科目)(?:\s|\t|$)/;
const HEADING_STARTS = [..."支本项按功"].map((c) => c.charCodeAt(0));

/** The code of the first character of the text once trimmed, or NaN for a blank text. */
function firstVisibleCode(text: string): number {
  const c = text.charCodeAt(0);
  // Not whitespace in the common case: no trim needed.
  if ((c > 0x20 && c !== 0xa0 && c < 0x1680) || (c > 0x3000 && c !== 0xfeff)) return c;
  return text.trim().charCodeAt(0);
}

/**
 * A 收支总表 printed as two tables one after the other (收入 rows, then 支出 rows) instead of side
 * by side: the body split at the expenditure half's heading row. With no such heading both halves
 * are empty, so a bare 合计/总计 is never read from a side-by-side table.
 */
export function splitStackedHalves(block: TableBlock): [TableBlock, TableBlock] {
  // A heading opens with 支, 本, 项, 按 or 功 once trimmed (EXPENDITURE_HEADING): one character code first.
  let hasRowNumbers: boolean | undefined;
  const at = block.body.findIndex(
    (l, i) =>
      i > 0 &&
      HEADING_STARTS.includes(firstVisibleCode(l.text)) &&
      EXPENDITURE_HEADING.test(l.text.trim()) &&
      block.body.slice(0, i).some((p) => hasDecimalNumber(p.text) || countFigureCells(p.text, findNumbers(p.text), (hasRowNumbers ??= holdsRowNumberHeader(block.body))) > 0),
  );
  if (at < 0) return [withBody(block, []), withBody(block, [])];
  return [withBody(block, block.body.slice(0, at)), withBody(block, block.body.slice(at))];
}

/**
 * The block with another body ({ ...block, body } spelled out: V8 builds a spread that then sets
 * a key through a slow path, microseconds each).
 */
function withBody(block: TableBlock, body: Line[]): TableBlock {
  return {
    kind: block.kind,
    title: block.title,
    number: block.number,
    unit: block.unit,
    titleStart: block.titleStart,
    titleEnd: block.titleEnd,
    body,
    line: block.line,
    endLine: block.endLine,
    isEmpty: block.isEmpty,
    noneNote: block.noneNote,
    // What was read of the block's body is not the new body's.
    reading: undefined,
    labelTexts: undefined,
  };
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
  for (const block of blocks) {
    if (block.kind !== "income-expenditure-summary") continue;
    // Every label below ends in 计. The stacked halves are split only when both labels are missing.
    let halves: [TableBlock, TableBlock] | null = null;
    const current = findLabelledAmount(block, INCOME_TOTAL, "计");
    const grand = findLabelledAmount(block, INCOME_GRAND_TOTAL, "计");
    let income = current ?? grand;
    if (income === null) {
      halves = splitStackedHalves(block);
      income = findLabelledAmount(halves[0], BARE_TOTAL, "计");
    }
    if (current !== null && grand !== null && current.value !== grand.value && into.totals.income == null) {
      // 本年收入合计 and a 收入总计 that adds the money carried over: the year's income is the total,
      // and the sentences' 收入预算/收入总计 is the grand total.
      setTotal(into, "income", "income.currentYear", block, current);
      into.figures.push({ key: "income.total", label: grand.label, value: grand.value, provenance: prov(block, grand.line) });
    } else setTotal(into, "income", "income.total", block, income);
    let expenditure = findLabelledAmount(block, EXPENDITURE_TOTAL, "计") ?? findLabelledAmount(block, EXPENDITURE_GRAND_TOTAL, "计");
    if (expenditure === null) {
      halves ??= splitStackedHalves(block);
      expenditure = findLabelledAmount(halves[1], BARE_TOTAL, "计");
    }
    setTotal(into, "expenditure", "expenditure.total", block, expenditure);
  }
  for (const block of blocks) {
    if (block.kind !== "fiscal-summary") continue;
    for (const [key, re] of FISCAL_LABELS) {
      const hit = findLabelledAmount(block, re, "计");
      if (hit && !into.figures.some((f) => f.key === key)) {
        into.figures.push({ key, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
      }
    }
  }
}

const INCOME_TOTAL = /本年收入合计/;
const INCOME_GRAND_TOTAL = /收入总计/;
const EXPENDITURE_TOTAL = /本年支出合计/;
const EXPENDITURE_GRAND_TOTAL = /支出总计/;
const FISCAL_LABELS = [
  ["fiscal.income", /本年收入合计|收入总计/],
  ["fiscal.expenditure", /本年支出合计|支出总计/],
] as const;

/** Records a total read from a summary table, unless one was read already. */
function setTotal(into: SummaryReading, key: keyof Totals, figureKey: string, block: TableBlock, hit: LabelledAmount | null): void {
  if (!hit || into.totals[key] != null) return;
  into.totals[key] = hit.value;
  into.totalsProvenance[key] = prov(block, hit.line);
  into.figures.push({ key: figureKey, label: hit.label, value: hit.value, provenance: prov(block, hit.line) });
}

export { readThreePublic } from "./three-public";
