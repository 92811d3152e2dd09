import { sumMoney } from "../../money";
import type { Line, Money } from "../types";
import { findNumbers } from "./amounts";
import type { CodeRow } from "./code-rows";
import { isConsistent, placeValues, type Assignment, type Slot } from "./column-solver";
import type { TableBlock } from "./segment-tables";
import { isColumnNumbers } from "./whole-figures";

/**
 * Placing a classification row's figures by the cells they stand in. PDF text leaves blank cells
 * out, so the column solver places a short row by the table's arithmetic; a tab-separated (or
 * Markdown pipe) table keeps its blank cells, and the header says which column each cell is:
 * "2080501\t行政单位离退休\t\t12.50" under "科目编码\t科目名称\t基本支出\t项目支出" is 项目支出 12.50.
 *
 * A row is placed by its cells only when they line up with the header: its figures stand in
 * figure columns, in the order and number the row reader found them. The header is trusted only
 * while the rows agree with the table's arithmetic: when a row placed by its cells does not add up
 * but one placed by the solver would, the header is taken to be misaligned (a header row printed
 * without its leading blank cells) and the whole table is placed by arithmetic as before.
 */

/** What a header cell names: a figure column, a label (code, name), a 行次, or an unknown column. */
type CellColumn = Slot | "label" | "rowNumber" | null;

/** A row to place: the row as read and its figures in 万元, in the order printed. */
export interface CellRow {
  row: CodeRow;
  values: Money[];
}

/**
 * Each row's placement by its cells (null for a row whose cells do not line up with the header),
 * or null when the table has no tab-separated header that names its figure columns, or when its
 * rows placed so contradict the table's arithmetic.
 */
export function placeByCells(block: TableBlock, rows: CellRow[], slots: Slot[]): Array<Assignment | null> | null {
  if (slots.length < 2 || !hasTabs(block.body)) return null;
  const columns = readHeaderColumns(block.body);
  if (columns === null || !fitsSlots(columns, slots)) return null;
  const byLine = new Map<number, string>();
  for (const l of block.body) if (l.text.includes("\t")) byLine.set(l.no, l.text);
  const hasTotalColumn = columns.includes("total");
  const out: Array<Assignment | null> = [];
  let placed = 0;
  for (const { row, values } of rows) {
    const text = row.line === row.endLine ? byLine.get(row.line) : undefined;
    const a = text === undefined ? null : placeCells(text, columns, row, values, hasTotalColumn);
    if (a !== null) {
      if (isConsistent(a, slots)) fillBlanks(a, columns);
      else if (placeValues(values, slots).some((c) => isConsistent(c, slots))) return null;
      placed++;
    }
    out.push(a);
  }
  return placed > 0 ? out : null;
}

function hasTabs(body: Line[]): boolean {
  for (let i = 0; i < body.length; i++) if (body[i].text.includes("\t")) return true;
  return false;
}

/** The header names at least two figure columns, each one the table prints. */
function fitsSlots(columns: CellColumn[], slots: Slot[]): boolean {
  let figures = 0;
  for (const c of columns) {
    if (c === null || c === "label" || c === "rowNumber") continue;
    if (!slots.includes(c)) return false;
    figures++;
  }
  return figures >= 2;
}

/**
 * The row's figures placed by the columns of the cells they stand in, or null when the cells do not
 * line up: a figure under no figure column, a cell of other text under one, or figures other than
 * the row reader's. A blank figure cell is 0.00 when the row adds up so; with no 合计 column the
 * row's total is the sum of its parts.
 */
function placeCells(text: string, columns: CellColumn[], row: CodeRow, values: Money[], hasTotalColumn: boolean): Assignment | null {
  // The row reader's figures as printed (its 行次 left out) and in 万元, one for one.
  const printed = row.values;
  if (printed.length === 0 || printed.length !== values.length) return null;
  const a: Assignment = {};
  let k = 0;
  let start = 0;
  for (let c = 0; ; c++) {
    const tab = text.indexOf("\t", start);
    const stop = tab < 0 ? text.length : tab;
    // (A cell past the header's last is read as under an unknown column: blank, or not lined up.)
    const column = c < columns.length ? columns[c] : null;
    if (column !== "label" && column !== "rowNumber") {
      const cell = text.slice(start, stop).trim();
      // A figure cell holds the row's next figure as printed, nothing else; a blank one nothing.
      if (cell !== "" && !isDash(cell)) {
        if (column === null || k >= printed.length || cell !== printed[k]) return null;
        const value = values[k++];
        a[column] = a[column] === undefined ? value : sumMoney([a[column], value]);
      }
    }
    if (tab < 0) break;
    start = tab + 1;
  }
  if (k !== printed.length) return null;
  if (!hasTotalColumn) a.total = sumMoney(partsOf(a, columns));
  return a;
}

/** Blank figure cells of a row that adds up: nothing was spent there. */
function fillBlanks(a: Assignment, columns: CellColumn[]): void {
  for (const c of columns) {
    if (c === null || c === "label" || c === "rowNumber") continue;
    if (a[c] === undefined) a[c] = "0.00";
  }
}

/** The parts a row's total is the sum of: 基本/项目/其他 when the table prints them, else 人员/公用. */
function partsOf(a: Assignment, columns: CellColumn[]): Array<Money | undefined> {
  if (columns.includes("basic") || columns.includes("project")) return [a.basic, a.project, a.other];
  return [a.personnel, a.public];
}

function isDash(cell: string): boolean {
  return cell === "-" || cell === "—" || cell === "－" || cell === "——";
}

/**
 * The columns a tab-separated header names, by cell index: the header lines are the tabbed lines
 * above the first line of figures (a 栏次 line of column numbers aside). A header printed on two
 * levels ("基本支出" over "小计 | 人员经费 | 公用经费") names each column by its lowest cell; a
 * 小计 takes its meaning from the cell above it. Null with no tabbed header.
 */
export function readHeaderColumns(body: Line[]): CellColumn[] | null {
  const header: string[][] = [];
  for (const l of body) {
    if (!l.text.includes("\t")) {
      if (header.length > 0 && findNumbers(l.text).length > 0) break;
      continue;
    }
    const nums = findNumbers(l.text);
    if (nums.length > 0 && !isColumnNumbers(nums)) break;
    if (nums.length > 0) continue;
    header.push(l.text.split("\t").map(cleanWord));
  }
  if (header.length === 0) return null;
  let width = 0;
  for (const cells of header) width = Math.max(width, cells.length);
  const columns: CellColumn[] = [];
  for (let c = 0; c < width; c++) {
    let lowest = -1;
    for (let h = header.length - 1; h >= 0 && lowest < 0; h--) if ((header[h][c] ?? "") !== "") lowest = h;
    columns.push(lowest < 0 ? null : columnOf(header, lowest, c));
  }
  // Cells left of the first figure column hold codes and names, whatever their heads say (a head
  // spanning 编码 and 名称 leaves the second cell unnamed).
  for (let c = 0; c < columns.length && !isFigureColumn(columns[c]); c++) if (columns[c] === null) columns[c] = "label";
  return columns;
}

function isFigureColumn(c: CellColumn): boolean {
  return c !== null && c !== "label" && c !== "rowNumber";
}

/** The column named by header[h][c]; a 小计 is read by the cell above it (nearest to its left). */
function columnOf(header: string[][], h: number, c: number): CellColumn {
  const word = header[h][c];
  if (word !== "小计") return wordColumn(word);
  for (let up = h - 1; up >= 0; up--) {
    for (let k = Math.min(c, header[up].length - 1); k >= 0; k--) {
      const above = header[up][k];
      if (above === "") continue;
      const parent = wordColumn(above);
      return parent === "basic" || parent === "project" ? parent : "total";
    }
  }
  return "total";
}

const UNIT_NOTE = /\((?:万元|元)\)$/;
const WHITESPACE_RUN = /\s+/g;

function cleanWord(cell: string): string {
  return cell.replace(WHITESPACE_RUN, "").replace(UNIT_NOTE, "");
}

const TOTAL_WORD = /^(?:合计|总计|金额|本年支出|本年支出合计|支出合计|本年预算数?|预算数|本年决算数?|决算数)$/;
const LABEL_WORD = /^(?:(?:功能|经济|支出功能|支出经济|部门预算支出经济)?分类)?(?:科目)?(?:编码|名称|代码)$|^(?:类|款|项|科目|项目|单位编码|单位名称|单位代码)$/;

const CARRY_IN = /^年初结转(?:和结余|结余)?$/;
const CARRY_OUT = /^年末结转(?:和结余|结余)?$/;

function wordColumn(word: string): CellColumn {
  if (TOTAL_WORD.test(word)) return "total";
  if (word === "基本支出") return "basic";
  if (word === "项目支出") return "project";
  if (word === "人员经费" || word === "人员支出") return "personnel";
  if (word === "公用经费" || word === "公用支出") return "public";
  if (word === "行次" || word === "栏次") return "rowNumber";
  // A 决算 fund table: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余.
  if (CARRY_IN.test(word)) return "carryIn";
  if (word === "本年收入") return "income";
  if (CARRY_OUT.test(word)) return "carryOut";
  if (word.includes("上缴上级") || word.includes("经营支出") || word.includes("对附属单位")) return "other";
  if (LABEL_WORD.test(word)) return "label";
  return null;
}
