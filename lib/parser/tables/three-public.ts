import type { Line, Money, Provenance } from "../types";
import { findNumbers, hasDecimalNumber, toWan, type NumberToken } from "./amounts";
import { holdsRowNumberHeader, isRowNumber } from "./whole-figures";
import { isSameScaled, isSameSum, isZeroAmount, toScaled } from "./exact-sum";
import type { TableBlock } from "./segment-tables";
import type { SummaryReading } from "./summary-figures";
import { isRegexSpace } from "../regex-space";
import { columnYears, latestYearColumn } from "./column-years";

const KEYS = [
  "threePublic.total",
  "threePublic.abroad",
  "threePublic.vehicle",
  "threePublic.vehiclePurchase",
  "threePublic.vehicleOperation",
  "threePublic.reception",
] as const;

const LABELS: Array<[string, RegExp]> = [
  ["threePublic.total", /^(?:“?三公”?经费)?(?:支出)?(?:合计|总计)/],
  ["threePublic.abroad", /因公出国\(境\)/],
  ["threePublic.vehicle", /公务用车购置及运(?:行|维)/],
  ["threePublic.vehiclePurchase", /公务用车购置(?:费)?$|\(1\)公务用车购置/],
  ["threePublic.vehicleOperation", /公务用车运行/],
  ["threePublic.reception", /公务接待/],
];

const MAX_PLACEMENTS = 4096;

function prov(block: TableBlock, line: Line): Provenance {
  return { source: "table", table: block.kind, tableTitle: block.title, line: line.no, excerpt: line.text.replace(/\t/g, " ") };
}

/**
 * Reads the “三公”经费 table. Most templates print one row of figures under a two-level header:
 * 合计 | 出国 | 车辆小计 | 购置 | 运行 | 接待 (six columns), and a 决算 prints that group twice,
 * 预算数 then 决算数 (twelve columns, with a 栏次 line "1 2 … 12" above the figures). PDF text leaves
 * blank cells out, so a short row is placed by the table's own arithmetic (合计 = 出国 + 车辆 +
 * 接待, 车辆 = 购置 + 运行) and read only when one placement fits. Other templates print one
 * labelled line per item ("1.因公出国(境)费用 0.50"), the figure sometimes on the next line.
 */
export function readThreePublic(blocks: TableBlock[], into: SummaryReading): void {
  for (const block of blocks) {
    if (block.kind !== "three-public") continue;
    // The body's words, whitespace dropped: both readers look at its header words.
    const header = block.body.map((l) => l.text).join(" ").replace(WHITESPACE_RUN, "");
    if (readFigureRow(block, header, into)) continue;
    readLabelledLines(block, header, into);
  }
}

const WHITESPACE_RUN = /\s+/g;
const TAB_RUN = /\t+/g;
const LEADING_LABEL = /^[\u4e00-\u9fa5“”"]{1,10}\s+(?=[-\d])/;
const FIGURES_ONLY = /^[-\d.,\s]+$/;
const DIGIT = /\d/;
const CJK = /[\u4e00-\u9fa5]/;
const ITEM_NUMBER = /^(?:\d[.、]|其中:)\s*/;
const ITEM_SUBNUMBER = /^\((?:\d|[一二三四五六七八九十])\)\s*/;
const NOTE_OPENING = /^(?:注|说明|备注)/;

function readFigureRow(block: TableBlock, header: string, into: SummaryReading): boolean {
  const isFinal = block.title.includes("决算");
  const years = columnYears(block.body);
  const hasTwoGroups =
    (header.includes("预算数") && header.includes("决算数")) ||
    (header.includes("上年") && header.includes("本年")) ||
    (years.length >= 2 && years[years.length - 1] !== years[0]) ||
    block.body.some((l) => {
      const nums = findNumbers(l.text);
      return nums.length === 12 && isColumnNumbers(nums);
    });
  const body = block.body;
  let listsItems: boolean | undefined;
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    // A row of figures ends in one (FIGURES_ONLY below): other lines are out before any string is built.
    if (!endsInFigure(l.text)) continue;
    const whole = l.text.replace(TAB_RUN, " ").trim();
    let t = whole.replace(LEADING_LABEL, "");
    if (!FIGURES_ONLY.test(t) || !DIGIT.test(t)) continue;
    // "合计 30,000.00 16,000.00" in a table listing its items down the page: an item's line, for
    // readLabelledLines.
    if (t !== whole && (listsItems ??= countItemLines(body) >= 3) && isItemLabel(whole.slice(0, whole.length - t.length))) continue;
    let nums = findNumbers(t);
    // How many lines the row takes (more than one when printed one cell per line).
    let run = 1;
    if (nums.length === 1) {
      const lone = readLoneFigureRow(body, i);
      if (lone === "item") continue;
      if (lone !== null) {
        t = lone.text;
        nums = findNumbers(t);
        run = lone.run;
        i += lone.run - 1;
      }
    }
    if (isColumnNumbers(nums)) continue;
    let values = nums.map((n) => toWan(n.raw, block.unit)).filter((v): v is Money => v !== null);
    // 上海: "部门“三公”经费和机关运行经费预算表" prints 机关运行经费 after the six 三公 columns.
    let operatingCost = values.length === 7 && !hasTwoGroups && endsWithOperatingCost(header) ? values[6] : null;
    if (operatingCost !== null) values = values.slice(0, 6);
    const width = values.length > 6 || hasTwoGroups ? 12 : 6;
    if (values.length === 0 || values.length > width) continue;
    const layout = columnLayout(header);
    let placed: Array<Money | null | undefined> | null = run === 1 ? placeTabCells(l.text, width, block, layout) : null;
    // A shorter row of that table leaves blank cells out: its last figure is the 机关运行经费 when
    // the others balance as the 三公 columns and the whole row does not.
    if (placed === null && operatingCost === null && width === 6 && values.length >= 2 && values.length < 7 && endsWithOperatingCost(header)) {
      const rest = values.slice(0, -1);
      const restPlaced = placeThreePublic(rest, 6, layout);
      if (restPlaced !== null && placeThreePublic(values, 6, layout) === null) {
        operatingCost = values[values.length - 1];
        values = rest;
        placed = restPlaced;
      }
    }
    placed ??= placeThreePublic(values, width, layout);
    // No 车辆小计 column (合计 | 出国 | 购置费 | 运行费 | 接待): the five cells read with the cars'
    // subtotal left unknown, since the table does not print it.
    const withoutSubtotal = !placed && width === 6 && values.length === 5 && !header.includes("小计");
    if (withoutSubtotal) placed = placeWithoutSubtotal(values, layout);
    if (!placed) continue;
    // Of a 决算's two groups the second is what was spent; of a budget's 上年 | 本年, the second.
    const useSecond = width === 12 && (isFinal || secondGroupIsCurrent(header) || (years.length >= 2 && years[years.length - 1] > years[0]));
    const group = useSecond ? placed.slice(6) : placed.slice(0, 6);
    const provenance = run > 1 ? runProvenance(block, body, i, run) : prov(block, l);
    group.forEach((value, k) => {
      if (value === undefined) return;
      into.figures.push({ key: KEYS[k], label: KEYS[k], value: value ?? "0.00", provenance });
    });
    if (operatingCost !== null) into.figures.push({ key: "operatingCost", label: "机关运行经费", value: operatingCost, provenance });
    return true;
  }
  return false;
}

/** True when the header names 机关运行经费 after every 三公 column (its last column). */
function endsWithOperatingCost(header: string): boolean {
  const at = header.lastIndexOf("机关运行");
  if (at < 0) return false;
  // "“三公”经费预算数 | 机关运行经费预算数" over "合计 | 因公出国 | …": the group heads come first.
  return (at > header.lastIndexOf("公务接待") && at > header.lastIndexOf("公务用车") && at > header.lastIndexOf("因公出国")) || OPERATING_AFTER_GROUP.test(header);
}

const OPERATING_AFTER_GROUP = /三公”?经费(?:预算数?|决算数?|支出)?机关运行/;

/** Five printed cells of a table without the cars' subtotal, in the standard order with it unknown; null unless they add up. */
function placeWithoutSubtotal(values: Money[], layout: readonly number[]): Array<Money | null | undefined> | null {
  // Printed: 合计, 出国, then 接待 after or before 购置 and 运行.
  const [total, abroad] = values;
  const [purchase, operation, reception] = layout === STANDARD_LAYOUT ? [values[2], values[3], values[4]] : [values[3], values[4], values[2]];
  if (!isSameSum([total], [abroad, purchase, operation, reception])) return null;
  return [total, abroad, undefined, purchase, operation, reception];
}

/** The provenance of a row printed one cell per line: its `run` lines up to line `last`. */
export function runProvenance(block: TableBlock, body: Line[], last: number, run: number): Provenance {
  const first = last - run + 1;
  return { source: "table", table: block.kind, tableTitle: block.title, line: body[first].no, endLine: body[last].no, excerpt: joinedTexts(body, first, run) };
}

/**
 * Line i of a “三公” table holds one figure alone. Printed one cell per line, a run of lone figures
 * is the row: their texts joined, and how many lines they take. A lone figure after a text line is
 * an item's, as a table listing items one cell per line prints it ("合计" / "2.50"): "item". Null
 * when the line is to be read as it is.
 */
export function readLoneFigureRow(body: Line[], i: number): { text: string; run: number } | "item" | null {
  const run = loneFigureRun(body, i);
  const after = i + run;
  // Another label with its figures below it: items listed one cell per line, each with its
  // 预算数 and 决算数 ("合计" / "9.00" / "8.52" / "1.因公出国(境)费" / …).
  if (after + 1 < body.length && isItemLabel(body[after].text) && isLoneFigure(body[after + 1].text)) return "item";
  if (run > 1) return { text: joinedTexts(body, i, run), run };
  return i > 0 && CJK.test(body[i - 1].text) ? "item" : null;
}

/** How many lines open with a label naming one of the table's items and hold figures after it. */
export function countItemLines(body: Line[]): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const t = body[i].text.replace(TAB_RUN, " ").trim().replace(ITEM_NUMBER, "").replace(ITEM_SUBNUMBER, "");
    const nums = findNumbers(t);
    if (nums.length === 0 || nums[0].index === 0) continue;
    const label = t.slice(0, nums[0].index).trim();
    if (LABELS.some(([, re]) => re.test(label))) n++;
  }
  return n;
}

/** A line naming one of the table's items ("1.因公出国(境)费", "(2)公务用车运行费"), nothing else. */
export function isItemLabel(text: string): boolean {
  if (!CJK.test(text)) return false;
  const t = text.replace(TAB_RUN, " ").trim().replace(ITEM_NUMBER, "").replace(ITEM_SUBNUMBER, "");
  return !DIGIT.test(t) && LABELS.some(([, re]) => re.test(t));
}

/** How many lines from i on hold one figure alone (at most 12, a 决算's two groups). */
function loneFigureRun(body: Line[], i: number): number {
  let k = i;
  while (k < body.length && k - i < 12 && isLoneFigure(body[k].text)) k++;
  return k - i;
}

function isLoneFigure(text: string): boolean {
  return LONE_FIGURE.test(text) && findNumbers(text).length === 1;
}

const LONE_FIGURE = /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/;

/** The texts of `count` lines from i, joined by spaces. */
function joinedTexts(body: Line[], i: number, count: number): string {
  let t = body[i].text.trim();
  for (let k = i + 1; k < i + count; k++) t += " " + body[k].text.trim();
  return t;
}

/** True when the last character of the text that is not whitespace is a digit, "-", "." or ",". */
function endsInFigure(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isRegexSpace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2c;
}

/** "1 2 3 … 12": the 栏次 line of a 决算 table, not figures. */
function isColumnNumbers(nums: NumberToken[]): boolean {
  return nums.length >= 3 && nums.every((n, i) => n.raw === String(i + 1));
}

function secondGroupIsCurrent(header: string): boolean {
  const last = header.indexOf("上年");
  const current = header.indexOf("本年");
  return last >= 0 && current > last;
}

/**
 * Places `values` into `width` (6 or 12) columns keeping their order and the table's arithmetic,
 * blank cells read as zero. A column is read when every fitting placement gives it the same value
 * (a lone 2.50 under 车辆 may be 购置 or 运行: 车辆小计 is still known); columns the placements
 * disagree on are undefined. Null when no placement fits.
 */
export function placeThreePublic(values: Money[], width: number, layout: readonly number[] = STANDARD_LAYOUT): Array<Money | null | undefined> | null {
  if (values.length === width) {
    const row = inStandardOrder(values, width, layout);
    return isBalanced(row, width) || values.every(isZero) ? row : null;
  }
  let agreed: Array<Money | null | undefined> | null = null;
  let count = 0;
  for (const positions of choose(width, values.length)) {
    if (++count > MAX_PLACEMENTS) return null;
    const printed: Array<Money | null> = Array<Money | null>(width).fill(null);
    positions.forEach((p, k) => (printed[p] = values[k]));
    const row = inStandardOrder(printed, width, layout);
    if (!isBalanced(row, width)) continue;
    if (!agreed) agreed = row;
    else agreed = agreed.map((v, i) => (v !== undefined && isSameScaled(toScaled(v), toScaled(row[i])) ? v : undefined));
  }
  return agreed;
}

/** Where each column of the standard order (合计, 出国, 车辆, 购置, 运行, 接待) is printed. */
const STANDARD_LAYOUT: readonly number[] = [0, 1, 2, 3, 4, 5];
// 合计 | 出国 | 接待 | 车辆 (购置, 运行): 接待 printed before the cars (北京).
const RECEPTION_SECOND_LAYOUT: readonly number[] = [0, 1, 3, 4, 5, 2];

/** The table's column order, read from where its header names 公务接待 and 公务用车. */
function columnLayout(header: string): readonly number[] {
  const reception = header.indexOf("公务接待");
  const vehicle = header.indexOf("公务用车");
  return reception >= 0 && vehicle > reception ? RECEPTION_SECOND_LAYOUT : STANDARD_LAYOUT;
}

/** A printed row's cells put in the standard order (each group of six alike). */
function inStandardOrder<T>(printed: T[], width: number, layout: readonly number[]): T[] {
  if (layout === STANDARD_LAYOUT) return printed;
  const row = printed.slice();
  for (let g = 0; g < width; g += 6) for (let k = 0; k < 6; k++) row[g + k] = printed[g + layout[k]];
  return row;
}

const FIGURE_CELL = /^-?[\d,]+(?:\.\d+)?$/;

/**
 * A tab row with exactly one cell per column, blanks included: each figure's column is where it
 * stands, when the row then adds up (blanks read as zero). Null otherwise.
 */
function placeTabCells(raw: string, width: number, block: TableBlock, layout: readonly number[]): Array<Money | null> | null {
  if (!raw.includes("\t")) return null;
  const cells = raw.trim().split("\t");
  if (cells.length !== width) return null;
  const printed: Array<Money | null> = [];
  for (const c of cells) {
    const t = c.trim();
    if (t === "") printed.push(null);
    else if (FIGURE_CELL.test(t)) printed.push(toWan(t, block.unit));
    else return null;
  }
  const row = inStandardOrder(printed, width, layout);
  return isBalanced(row, width) ? row : null;
}

function isBalanced(row: Array<Money | null>, width: number): boolean {
  for (let g = 0; g < width; g += 6) {
    const [total, abroad, vehicle, purchase, operation, reception] = [0, 1, 2, 3, 4, 5].map((k) => row[g + k]);
    if (!isSameSum([total], [abroad, vehicle, reception])) return false;
    if (!isSameSum([vehicle], [purchase, operation])) return false;
  }
  return true;
}

function isZero(v: Money): boolean {
  return isZeroAmount(v);
}

/** k-element subsets of 0…n-1, in lexicographic order. */
function* choose(n: number, k: number): Generator<number[]> {
  if (k > n) return;
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield idx.slice();
    let j = k - 1;
    while (j >= 0 && idx[j] === n - k + j) j--;
    if (j < 0) return;
    idx[j]++;
    for (let t = j + 1; t < k; t++) idx[t] = idx[t - 1] + 1;
  }
}

/**
 * Which figure of a labelled line to read. A 决算 listing items down the page prints 预算数 then
 * 决算数: the spent figure is the second. A budget that puts years side by side ("2023年预算数 |
 * 2024年预算数 | 增减额", "上年预算数 | 本年预算数") states the latest year's. Else the first.
 */
export function labelledColumn(block: TableBlock, header: string): number {
  if (/决算/.test(block.title) && header.indexOf("预算数") >= 0 && header.indexOf("决算数") > header.indexOf("预算数")) return 1;
  return latestYearColumn(block.body)?.index ?? 0;
}

function readLabelledLines(block: TableBlock, header: string, into: SummaryReading): void {
  const body = block.body;
  const pick = labelledColumn(block, header);
  const table: WholeTable = { isWhole: undefined, hasRowNumbers: undefined };
  const rowNumbers = header.includes("行次");
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    const t = l.text.replace(TAB_RUN, " ").trim().replace(ITEM_NUMBER, "").replace(ITEM_SUBNUMBER, "");
    if (NOTE_OPENING.test(t)) break;
    // Figures come after the label; a "(1)" inside it is an item number.
    let nums = findNumbers(t).filter((n) => n.index > 0 && t[n.index - 1] !== "(");
    // "(一)支出合计 1 9.30": a 行次 column before the figure.
    const rowNumber = rowNumbers && nums.length >= 2 && isRowNumber(nums[0]) ? nums[0] : null;
    if (rowNumber) nums = nums.slice(1);
    let source = l;
    let label = nums.length > 0 ? t.slice(0, (rowNumber ?? nums[0]).index).trim() : t;
    let raw = (nums[pick] ?? nums[0])?.raw;
    if (nums.length === 0) {
      // The figure printed on the line after its label.
      const next = readNextLineFigure(body, i, table);
      if (next === null) continue;
      nums = next.nums;
      const k = pick < nums.length ? pick : 0;
      raw = nums[k].raw;
      source = body[next.at[k]];
      label = t;
    }
    const entry = LABELS.find(([, re]) => re.test(label));
    if (!entry || raw === undefined || into.figures.some((f) => f.key === entry[0])) continue;
    const value = toWan(raw, block.unit);
    if (value !== null) into.figures.push({ key: entry[0], label, value, provenance: prov(block, source) });
  }
}

/** What readNextLineFigure learns of a table, worked out when an item's figure stands on the next line. */
export interface WholeTable {
  isWhole: boolean | undefined;
  hasRowNumbers: boolean | undefined;
}

/**
 * The figures printed on the lines after a label's line i, or null: figures alone on the next line,
 * not a whole number — unless the table prints no decimals at all, where a lone whole figure is the
 * item's (after its 行次 on a line of its own, if the table has that column). A lone figure is
 * followed by the item's other columns one per line (its 决算数 after its 预算数), at most three.
 * `at` holds the line index of each figure.
 */
export function readNextLineFigure(body: Line[], i: number, table: WholeTable): { at: number[]; nums: NumberToken[] } | null {
  const next = body[i + 1]?.text.replace(TAB_RUN, " ").trim() ?? "";
  const n = findNumbers(next);
  if (!FIGURES_ONLY.test(next) || n.length === 0) return null;
  if (!n[0].isInteger) return withFollowingFigures(body, i + 1, n);
  if (n.length !== 1 || !LONE_FIGURE.test(next) || !(table.isWhole ??= !body.some((b) => hasDecimalNumber(b.text)))) return null;
  if (!((table.hasRowNumbers ??= holdsRowNumberHeader(body)) && isRowNumber(n[0]))) return withFollowingFigures(body, i + 1, n);
  const after = body[i + 2]?.text.replace(TAB_RUN, " ").trim() ?? "";
  const m = findNumbers(after);
  return m.length === 1 && LONE_FIGURE.test(after) ? withFollowingFigures(body, i + 2, m) : null;
}

/** The figures of line `at`, and when it holds one alone, those of the lone figures below it. */
function withFollowingFigures(body: Line[], at: number, nums: NumberToken[]): { at: number[]; nums: NumberToken[] } {
  if (nums.length !== 1 || !isLoneFigure(body[at].text)) return { at: nums.map(() => at), nums };
  const lines = [at];
  const all = [nums[0]];
  for (let k = at + 1; k < body.length && lines.length < 3 && isLoneFigure(body[k].text); k++) {
    lines.push(k);
    all.push(findNumbers(body[k].text)[0]);
  }
  return { at: lines, nums: all };
}
