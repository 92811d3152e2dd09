/**
 * The classification-table reader as it was before the speed work, on the former row reader,
 * number reader and column solver (all under legacy/). Kept only for the property tests in
 * classification-tables.test.ts, which compare whole tables read both ways.
 */
import { latestYearColumn } from "../column-years";
import { isSameMoney } from "../../../money";
import { findFunctionCode, findFunctionCodesByName, isNameOfCode } from "../../reference";
import type { EconomicRow, FunctionLevel, FunctionRow, Money, Provenance, TableKind } from "../../types";
import { legacyToWan as toWan } from "./amounts.test-utils";
import type { CodeRow, CodeScheme } from "../code-rows";
import { legacyReadCodeRows as readCodeRows } from "./code-rows.test-utils";
import type { Assignment, Slot, TreeRow } from "../column-solver";
import { legacyPlaceValues as placeValues, legacyResolveAmbiguousRows as resolveAmbiguousRows } from "./column-solver.test-utils";
import type { TableBlock } from "../segment-tables";
import { placeByCells } from "../cell-columns";
import { rejoinTrailingFigures } from "../whole-figures";
import { budgetGroupCount, hasSingleBudgetColumns, lastGroupValues } from "../budget-groups";
import { namesNoSplitColumn, stackedHeadWords } from "../stacked-heads";
import { finalBesideBudgetSlots, setTableBudgets, tableBudgetReader } from "../classification-tables";

/** Tables whose rows are function-classification codes. */
const FUNCTION_TABLES: TableKind[] = ["income", "expenditure", "general-expenditure", "gov-fund", "state-capital"];

/** A classification row with its columns placed (or left ambiguous). */
interface PlacedRow {
  row: CodeRow;
  candidates: Assignment[];
}

// A block's body joined with spaces, built once per block: the slot readers look at it repeatedly.
const bodyTexts = new WeakMap<TableBlock, string>();

function bodyText(block: TableBlock): string {
  let text = bodyTexts.get(block);
  if (text === undefined) {
    text = block.body.map((l) => l.text).join(" ");
    bodyTexts.set(block, text);
  }
  return text;
}

/** True when the block's rows are keyed by function codes. */
export function legacyIsFunctionTable(block: TableBlock): boolean {
  return FUNCTION_TABLES.includes(block.kind);
}

/**
 * The columns a function table prints, read from its header words (wherever PDF text put them:
 * before or after the rows). 收入 tables carry a 合计 and income sources only.
 */
export function legacyFunctionSlots(block: TableBlock): Slot[] {
  if (block.kind === "income") return ["total"];
  // Added with heads printed over two lines (shared with the reader).
  const body = bodyText(block);
  const text = (namesNoSplitColumn(body) ? body + stackedHeadWords(block.body) : body) + block.title;
  const hasPersonnel = /人员经费/.test(text) && /公用经费/.test(text);
  const hasBasic = /基本支出/.test(text);
  const hasProject = /项目支出/.test(text);
  if (/年初结转/.test(text) && /年末结转/.test(text) && (hasBasic || hasProject)) {
    // A 决算 fund table: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余.
    return /本年收入/.test(text) ? ["carryIn", "income", "total", "basic", "project", "carryOut"] : ["carryIn", "total", "basic", "project", "carryOut"];
  }
  if (hasBasic && hasPersonnel) return ["total", "basic", "personnel", "public", "project"];
  if (hasBasic || hasProject) {
    const extra = ["上缴上级", "经营支出", "对附属单位"].filter((w) => text.includes(w)).length;
    return ["total", "basic", "project", ...Array<Slot>(extra).fill("other")];
  }
  // Added after the speed work: years side by side, this year's is the amount.
  const years = latestYearColumn(block.body);
  if (years !== null) return Array.from({ length: years.width }, (_, k): Slot => (k === years.index ? "total" : "other"));
  // Added with the 决算 tables printing 年初预算数 | 决算数 (shared with the reader).
  return finalBesideBudgetSlots(block) ?? ["total"];
}

/** The columns a 基本支出 (economic) table prints. */
export function legacyEconomicSlots(block: TableBlock): Slot[] {
  if (legacyIsGroupedEconomicLayout(block)) return ["total"];
  const body = bodyText(block);
  const text = namesNoSplitColumn(body) ? body + stackedHeadWords(block.body) : body;
  if (block.kind === "economic-expenditure" && /基本支出/.test(text) && /项目支出/.test(text)) {
    return /人员经费/.test(text) && /公用经费/.test(text) ? ["total", "basic", "personnel", "public", "project"] : ["total", "basic", "project"];
  }
  if (/人员经费/.test(text) && /公用经费/.test(text)) return ["total", "personnel", "public"];
  // Added after the speed work: years side by side, this year's is the amount.
  const years = latestYearColumn(block.body);
  if (years !== null) return Array.from({ length: years.width }, (_, k): Slot => (k === years.index ? "total" : "other"));
  // Added with the 决算 tables printing 年初预算数 | 决算数 (shared with the reader).
  return finalBesideBudgetSlots(block) ?? ["total"];
}

/**
 * True when the table prints its 人员经费 and 公用经费 groups side by side, each group a
 * code | name | amount triple (the 决算's 基本支出决算明细表 and some budgets), instead of one row
 * per code with 合计 | 人员经费 | 公用经费 columns. The header then names 科目名称 (or 编码) more
 * than once before the first row.
 */
export function legacyIsGroupedEconomicLayout(block: TableBlock): boolean {
  const header: string[] = [];
  for (const l of block.body) {
    if (/^\s*[35]\d{2}(?:\d{2})?(?:\s|\t)/.test(l.text) || /^(?:合计|总计)(?:\s|\t)/.test(l.text.trim())) break;
    header.push(l.text);
  }
  const text = header.join("").replace(/\s+/g, "");
  if (!/人员经费/.test(text) || !/公用经费/.test(text)) return false;
  return (text.match(/科目名称/g) ?? []).length >= 2 || (text.match(/编码/g) ?? []).length >= 2;
}

/**
 * In a grouped layout a row's one figure belongs to the group the row sits in; the template puts
 * 工资福利支出 (301) and 对个人和家庭的补助 (303) under 人员经费 and every other 类 under 公用经费.
 */
function groupOf(code: string): "personnel" | "public" {
  return /^(?:30[13]|50[19]|50501)/.test(code) ? "personnel" : "public";
}

// The totals and the row lists read the same blocks: each block is read once per scheme and
// column set. Keyed weakly on the block, so nothing outlives the extraction. Callers never
// mutate what they get back.
const placedCache = new WeakMap<TableBlock, Map<string, PlacedRow[]>>();

/** Reads and places the rows of one classification table, resolving blanks through the tree. */
export function legacyReadPlacedRows(block: TableBlock, scheme: CodeScheme, slots: Slot[]): PlacedRow[] {
  let byKey = placedCache.get(block);
  if (!byKey) {
    byKey = new Map();
    placedCache.set(block, byKey);
  }
  const key = `${scheme}|${slots.join(",")}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const placed = placeRows(block, scheme, slots);
  byKey.set(key, placed);
  return placed;
}

function placeRows(block: TableBlock, scheme: CodeScheme, slots: Slot[]): PlacedRow[] {
  const seen = new Set<string>();
  const placed: PlacedRow[] = [];
  // Older 决算 templates print a 行次 column between the name and the figures.
  const hasRowNumbers = block.body.some((l) => /行次/.test(l.text));
  const kept: Array<{ row: CodeRow; values: Money[] }> = [];
  // Added with side-by-side 年初预算数 | 全年预算数 | 决算数 groups (shared with the reader).
  const isThreeSlots = slots.length === 3 && slots[0] === "total" && slots[1] === "basic" && slots[2] === "project";
  const groups = scheme === "function" && isThreeSlots ? budgetGroupCount(block.body, block.body.map((l) => l.text).join(" ")) : 0;
  for (const row of rejoinTrailingFigures(readCodeRows(block.body, scheme), block.body)) {
    if (scheme === "function" && row.code !== null && !legacyIsPlausibleFunctionRow(row.code, row.name)) continue;
    const key = row.code ?? `total:${row.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (hasRowNumbers && row.values.length > 0 && /^\d{1,3}$/.test(row.values[0])) row.values = row.values.slice(1);
    const values = row.values.map((v) => toWan(v, block.unit)).filter((v): v is Money => v !== null);
    kept.push({ row, values: groups > 0 && values.length > 0 ? (lastGroupValues(values, groups, hasSingleBudgetColumns(block.body)) ?? []) : values });
  }
  // Added with the blank cells of tab-separated tables (shared with the reader): a row whose cells
  // line up with the header is placed by them.
  const byCells = placeByCells(block, kept, slots);
  kept.forEach(({ row, values }, i) => {
    const a = byCells?.[i] ?? null;
    placed.push({ row, candidates: a !== null ? [a] : placeValues(values, slots) });
  });
  const tree: TreeRow[] = placed
    // Added with tables printed one cell per line: a 合计 without figures (the header's) is no parent.
    .filter((p) => p.row.code !== null || (/^合计|^总计/.test(p.row.name) && p.row.values.length > 0))
    .map((p) => ({ code: p.row.code, candidates: p.candidates }));
  resolveAmbiguousRows(tree, slots);
  // resolveAmbiguousRows narrows the candidate arrays of the tree objects; copy them back.
  let t = 0;
  for (const p of placed) {
    if (p.row.code !== null || (/^合计|^总计/.test(p.row.name) && p.row.values.length > 0)) p.candidates = tree[t++].candidates;
  }
  if (scheme === "economic") applyEconomicConvention(placed);
  return placed;
}

/**
 * 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费 and the rest 公用经费 by the
 * national definition; used only to settle a row the table's arithmetic leaves open.
 */
function applyEconomicConvention(placed: PlacedRow[]): void {
  for (const p of placed) {
    if (p.candidates.length < 2 || p.row.code === null) continue;
    const slot: Slot = /^(?:30[13]|50[19]|50501)/.test(p.row.code) ? "personnel" : "public";
    const pick = p.candidates.filter((c) => c[slot] !== undefined && c[slot] === c.total);
    if (pick.length === 1) p.candidates = pick;
  }
}

const UNIT_LIKE = /(?:局|中心|委员会|办公室|学校|医院|本级|单位)$/;

/**
 * Whether a 3/5/7-digit number that opens a row of a function table is a function code. The
 * national reference is evidence, not a gate (it lacks local and newer codes): a row is refused
 * only when it prints no name at all (a 行次 or a stray number), when its name is a unit's
 * ("040 某某局", a unit code) and not the code's catalogue name, or when its 类 is not a 类 of the
 * classification at all and the name is not a known function name either.
 */
export function legacyIsPlausibleFunctionRow(code: string, name: string): boolean {
  if (!/[\u4e00-\u9fa5]/.test(name)) return false;
  if (findFunctionCode(code) && isNameOfCode(code, name)) return true;
  if (UNIT_LIKE.test(name)) return false;
  if (!findFunctionCode(code.slice(0, 3)) && !findFunctionCode(code)) {
    return findFunctionCodesByName(name).length > 0;
  }
  return true;
}

/** The one placement of a row, or only its 合计 when the columns stay ambiguous. */
export function legacySettledValues(p: PlacedRow): Assignment {
  if (p.candidates.length === 1) return p.candidates[0];
  // A column every placement agrees on is read (a 决算 fund table's blank 年初结转 or 本年收入
  // leaves the 本年支出 columns known); the others stay open.
  const agreed: Assignment = {};
  const first = p.candidates[0] ?? {};
  for (const slot of Object.keys(first) as Slot[]) {
    const v = first[slot];
    if (v !== undefined && p.candidates.every((c) => c[slot] !== undefined && isSameMoney(c[slot], v))) agreed[slot] = v;
  }
  return agreed;
}

function provenance(block: TableBlock, row: CodeRow): Provenance {
  return {
    source: "table",
    table: block.kind,
    tableTitle: block.title,
    line: row.line,
    endLine: row.endLine,
    excerpt: row.excerpt,
  };
}

function levelOf(code: string): FunctionLevel {
  return code.length === 3 ? "类" : code.length === 5 ? "款" : "项";
}

/** Function rows of one table, with the columns the table prints. */
export function legacyBuildFunctionRows(block: TableBlock): FunctionRow[] {
  const slots = legacyFunctionSlots(block);
  const out: FunctionRow[] = [];
  // Added with the budgets a 决算 table prints beside the 决算数 (shared with the reader).
  const budgets = tableBudgetReader(block, slots);
  for (const p of legacyReadPlacedRows(block, "function", slots)) {
    if (p.row.code === null) continue;
    const a = legacySettledValues(p);
    const row: FunctionRow = {
      code: p.row.code,
      level: levelOf(p.row.code),
      name: p.row.name,
      total: a.total ?? null,
      basic: slotValue(a, slots, "basic", p),
      project: slotValue(a, slots, "project", p),
      provenance: provenance(block, p.row),
    };
    if (slots.includes("personnel")) {
      row.personnel = slotValue(a, slots, "personnel", p);
      row.public = slotValue(a, slots, "public", p);
    }
    if (budgets !== null) setTableBudgets(row, budgets(p.row.values.map((v) => toWan(v, block.unit)).filter((v): v is Money => v !== null)));
    out.push(row);
  }
  return out;
}

/** Economic rows of one 基本支出 table. */
export function legacyBuildEconomicRows(block: TableBlock): EconomicRow[] {
  const slots = legacyEconomicSlots(block);
  const isGrouped = legacyIsGroupedEconomicLayout(block);
  const out: EconomicRow[] = [];
  for (const p of legacyReadPlacedRows(block, "economic", slots)) {
    // A 决算 prints the whole economic template; rows with no figure carry nothing.
    if (p.row.code === null || p.row.values.length === 0) continue;
    const a = legacySettledValues(p);
    const row: EconomicRow = {
      code: p.row.code,
      level: p.row.code.length === 3 ? "类" : "款",
      name: p.row.name,
      total: a.total ?? null,
      provenance: provenance(block, p.row),
    };
    if (slots.includes("personnel") && !slots.includes("project")) {
      row.personnel = slotValue(a, slots, "personnel", p);
      row.public = slotValue(a, slots, "public", p);
    } else if (isGrouped) {
      const group = groupOf(p.row.code);
      row.personnel = group === "personnel" ? row.total : null;
      row.public = group === "public" ? row.total : null;
    }
    out.push(row);
  }
  return out;
}

/**
 * A column's value: printed, or "0.00" when the row is settled and the cell was blank (a blank
 * cell in these tables means nothing was spent), or null when the row is not settled or printed
 * fewer figures than it needs to be read.
 */
function slotValue(a: Assignment, slots: Slot[], slot: Slot, p: PlacedRow): Money | null {
  if (!slots.includes(slot)) return null;
  if (a[slot] !== undefined) return a[slot] ?? null;
  if (p.candidates.length !== 1 || a.total === undefined) return null;
  return p.row.values.length > 1 || isZero(a.total) ? "0.00" : null;
}

function isZero(v: Money): boolean {
  return /^-?0(?:\.0+)?$/.test(v);
}
