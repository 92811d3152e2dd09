/**
 * The “三公” reader as it was before the speed work. Kept only for the property tests in
 * three-public.test.ts.
 */
import type { Line, Money, Provenance } from "../../types";
import { findNumbers, toWan } from "../amounts";
import { isSameScaled, isSameSum, isZeroAmount, toScaled } from "../exact-sum";
import type { TableBlock } from "../segment-tables";
import type { SummaryReading } from "../summary-figures";
import { columnYears } from "../column-years";
import { isRowNumber } from "../whole-figures";
import { countItemLines, isItemLabel, labelledColumn, readLoneFigureRow, runProvenance, readNextLineFigure, type WholeTable } from "../three-public";

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
export function legacyReadThreePublic(blocks: TableBlock[], into: SummaryReading): void {
  for (const block of blocks.filter((b) => b.kind === "three-public")) {
    if (readFigureRow(block, into)) continue;
    readLabelledLines(block, into);
  }
}

function readFigureRow(block: TableBlock, into: SummaryReading): boolean {
  const header = block.body.map((l) => l.text).join(" ").replace(/\s+/g, "");
  const isFinal = /决算/.test(block.title);
  // Column years: the rule added after the speed work, shared with the reader.
  const years = columnYears(block.body);
  const hasTwoGroups =
    (/预算数/.test(header) && /决算数/.test(header)) ||
    (/上年/.test(header) && /本年/.test(header)) ||
    (years.length >= 2 && years[years.length - 1] !== years[0]) ||
    block.body.some((l) => isColumnNumberLine(findNumbers(l.text).map((n) => n.raw)) && findNumbers(l.text).length === 12);
  for (let i = 0; i < block.body.length; i++) {
    const l = block.body[i];
    const whole = l.text.replace(/\t+/g, " ").trim();
    let t = whole.replace(/^[\u4e00-\u9fa5“”"]{1,10}\s+(?=[-\d])/, "");
    if (!/^[-\d.,\s]+$/.test(t) || !/\d/.test(t)) continue;
    // Added with the tables listing items down the page (shared with the reader): an item's line.
    if (t !== whole && countItemLines(block.body) >= 3 && isItemLabel(whole.slice(0, whole.length - t.length))) continue;
    let nums = findNumbers(t);
    // How many lines the row takes (more than one when printed one cell per line).
    let run = 1;
    // Added with the whole-number tables (shared with the reader): a row printed one cell per line.
    if (nums.length === 1) {
      const lone = readLoneFigureRow(block.body, i);
      if (lone === "item") continue;
      if (lone !== null) {
        t = lone.text;
        nums = findNumbers(t);
        run = lone.run;
        i += lone.run - 1;
      }
    }
    if (isColumnNumberLine(nums.map((n) => n.raw))) continue;
    let values = nums.map((n) => toWan(n.raw, block.unit)).filter((v): v is Money => v !== null);
    // Session 7: 上海's 机关运行经费 printed after the six 三公 columns.
    const op = header.lastIndexOf("机关运行");
    // Session 7: also under the group heads "“三公”经费预算数 | 机关运行经费预算数".
    const endsWithOperating =
      op >= 0 && ((op > header.lastIndexOf("公务接待") && op > header.lastIndexOf("公务用车") && op > header.lastIndexOf("因公出国")) || /三公”?经费(?:预算数?|决算数?|支出)?机关运行/.test(header));
    let operatingCost =
      values.length === 7 && !hasTwoGroups && endsWithOperating
        ? values[6]
        : null;
    if (operatingCost !== null) values = values.slice(0, 6);
    const width = values.length > 6 || hasTwoGroups ? 12 : 6;
    if (values.length === 0 || values.length > width) continue;
    // Session 7: the header's column order (北京: 出国 | 接待 | 车辆), a tab row's cells by position,
    // and a table without the cars' subtotal.
    const receptionFirst = header.indexOf("公务接待") >= 0 && header.indexOf("公务用车") > header.indexOf("公务接待");
    const toStandard = <T,>(printed: T[]): T[] =>
      receptionFirst ? printed.map((_, k) => printed[Math.floor(k / 6) * 6 + [0, 1, 3, 4, 5, 2][k % 6]]) : printed;
    let placed: Array<Money | null | undefined> | null = null;
    const cells = l.text.includes("\t") && run === 1 ? l.text.trim().split("\t").map((c) => c.trim()) : [];
    if (cells.length === width && cells.every((c) => c === "" || /^-?[\d,]+(?:\.\d+)?$/.test(c))) {
      const row = toStandard(cells.map((c) => (c === "" ? null : toWan(c, block.unit))));
      if (isBalanced(row, width)) placed = row;
    }
    // Session 7: a shorter 上海 row leaves blank cells out; its last figure is the 机关运行经费 when
    // the others balance as the 三公 columns and the whole row does not.
    if (!placed && operatingCost === null && width === 6 && values.length >= 2 && values.length < 7 && endsWithOperating) {
      const rest = values.slice(0, -1);
      if (placeInOrder(rest, 6, toStandard) !== null && placeInOrder(values, 6, toStandard) === null) {
        operatingCost = values[values.length - 1];
        values = rest;
      }
    }
    placed ??= placeInOrder(values, width, toStandard);
    if (!placed && width === 6 && values.length === 5 && !header.includes("小计")) {
      const [total, abroad] = values;
      const [purchase, operation, reception] = receptionFirst ? [values[3], values[4], values[2]] : [values[2], values[3], values[4]];
      if (isSameSum([total], [abroad, purchase, operation, reception])) placed = [total, abroad, undefined, purchase, operation, reception];
    }
    if (!placed) continue;
    // Of a 决算's two groups the second is what was spent; of a budget's 上年 | 本年, the second.
    const useSecond = width === 12 && (isFinal || secondGroupIsCurrent(header) || (years.length >= 2 && years[years.length - 1] > years[0]));
    const group = useSecond ? placed.slice(6) : placed.slice(0, 6);
    group.forEach((value, k) => {
      if (value === undefined) return;
      into.figures.push({ key: KEYS[k], label: KEYS[k], value: value ?? "0.00", provenance: run > 1 ? runProvenance(block, block.body, i, run) : prov(block, l) });
    });
    if (operatingCost !== null) {
      into.figures.push({ key: "operatingCost", label: "机关运行经费", value: operatingCost, provenance: run > 1 ? runProvenance(block, block.body, i, run) : prov(block, l) });
    }
    return true;
  }
  return false;
}

/** "1 2 3 … 12": the 栏次 line of a 决算 table, not figures. */
function isColumnNumberLine(raws: string[]): boolean {
  return raws.length >= 3 && raws.every((r, i) => r === String(i + 1));
}

function secondGroupIsCurrent(header: string): boolean {
  const last = header.indexOf("上年");
  const current = header.indexOf("本年");
  return last >= 0 && current > last;
}


/**
 * Places `values` into `width` (6 or 12) columns keeping their order and the table's arithmetic,
 * blank cells read as zero, the columns put in the standard order by `toStandard` (session 7: the
 * header's order). A column is read when every fitting placement agrees on it. Null when none fits.
 */
function placeInOrder(values: Money[], width: number, toStandard: <T>(printed: T[]) => T[]): Array<Money | null | undefined> | null {
  if (values.length === width) {
    const row = toStandard(values);
    return isBalanced(row, width) || values.every(isZero) ? row : null;
  }
  let agreed: Array<Money | null | undefined> | null = null;
  let count = 0;
  for (const positions of choose(width, values.length)) {
    if (++count > MAX_PLACEMENTS) return null;
    const printed: Array<Money | null> = Array<Money | null>(width).fill(null);
    positions.forEach((p, k) => (printed[p] = values[k]));
    const row = toStandard(printed);
    if (!isBalanced(row, width)) continue;
    if (!agreed) agreed = row;
    else agreed = agreed.map((v, i) => (v !== undefined && isSameScaled(toScaled(v), toScaled(row[i])) ? v : undefined));
  }
  return agreed;
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

function readLabelledLines(block: TableBlock, into: SummaryReading): void {
  const body = block.body;
  const header = body.map((l) => l.text).join(" ").replace(/\s+/g, "");
  // A 决算 listing items down the page prints 预算数 then 决算数: the spent figure is the second.
  const pick = labelledColumn(block, header);
  const table: WholeTable = { isWhole: undefined, hasRowNumbers: undefined };
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    const t = l.text
      .replace(/\t+/g, " ")
      .trim()
      .replace(/^(?:\d[.、]|其中:)\s*/, "")
      .replace(/^\((?:\d|[一二三四五六七八九十])\)\s*/, "");
    if (/^(?:注|说明|备注)/.test(t)) break;
    // Figures come after the label; a "(1)" inside it is an item number.
    let nums = findNumbers(t).filter((n) => n.index > 0 && t[n.index - 1] !== "(");
    // Added with the 行次 column of Yunnan's 三公 table (shared with the reader).
    const rowNumber = header.includes("行次") && nums.length >= 2 && isRowNumber(nums[0]) ? nums[0] : null;
    if (rowNumber) nums = nums.slice(1);
    let source = l;
    let label = nums.length > 0 ? t.slice(0, (rowNumber ?? nums[0]).index).trim() : t;
    let raw = (nums[pick] ?? nums[0])?.raw;
    if (nums.length === 0) {
      // The figure printed on the line after its label.
      // Whole figures added with the whole-number tables (shared with the reader).
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
