import { findFunctionCode, findFunctionCodesByName, isNameOfCode } from "../reference";
import type { EconomicRow, FunctionLevel, FunctionRow, Line, Money, Provenance, TableKind } from "../types";
import { toWan } from "./amounts";
import { placeByCells, type CellRow } from "./cell-columns";
import { rejoinTrailingFigures } from "./whole-figures";
import { budgetGroupCount, budgetGroupRoles, cutGroups, hasSingleBudgetColumns, lastGroupValues } from "./budget-groups";
import { readCodeRows, type CodeRow, type CodeScheme } from "./code-rows";
import { isSameScaled, toScaled } from "./exact-sum";
import { placeRow, planColumns, resolveAmbiguousRows, type Assignment, type Slot, type TreeRow } from "./column-solver";
import { latestYearColumn } from "./column-years";
import { namesNoSplitColumn, stackedHeadWords } from "./stacked-heads";
import type { TableBlock } from "./segment-tables";

const ECONOMIC_ROW_START = /^\s*[35]\d{2}(?:\d{2})?(?:\s|\t)/;
const TOTAL_ROW_START = /^(?:合计|总计)(?:\s|\t)/;
// 工资福利支出 (301) and 对个人和家庭的补助 (303); in the 政府预算经济分类 机关工资福利支出 (501),
// 对个人和家庭的补助 (509) and 对事业单位经常性补助's 工资福利支出 (50501).
const PERSONNEL_CODE = /^(?:30[13]|50[19]|50501)/;
const ROW_NUMBER = /^\d{1,3}$/;
const CJK = /[\u4e00-\u9fa5]/;
const ZERO_TEXT = /^-?0(?:\.0+)?$/;
const WHITESPACE_RUN = /\s+/g;

/** Tables whose rows are function-classification codes. */
const FUNCTION_TABLES: TableKind[] = ["income", "expenditure", "general-expenditure", "gov-fund", "state-capital"];

/** A classification row with its columns placed (or left ambiguous). */
export interface PlacedRow extends TreeRow {
  row: CodeRow;
  /** The row's code (row.code), so that the row is a TreeRow of the tree solver as it is. */
  code: string | null;
  candidates: Assignment[];
}

/**
 * What the readers learn about one table block, each part worked out on first use and kept on the
 * block (which belongs to one parse): the totals and the row lists read the same blocks, and the
 * slot readers the same header words.
 */
/** The rows of a block placed by one scheme into one list of columns. */
interface PlacedReading {
  scheme: CodeScheme;
  slots: Slot[];
  rows: PlacedRow[];
}

export interface BlockReading {
  /** The body's lines joined with spaces. */
  bodyText?: string;
  functionSlots?: Slot[];
  economicSlots?: Slot[];
  isGrouped?: boolean;
  /** Placed rows, one reading per scheme and columns read (see readPlacedRows). Callers never mutate them. */
  placed: PlacedReading[];
}

function readingOf(block: TableBlock): BlockReading {
  // Every part declared at once: readings then share one shape whichever part is read first.
  block.reading ??= { bodyText: undefined, functionSlots: undefined, economicSlots: undefined, isGrouped: undefined, placed: [] };
  return block.reading;
}

function bodyText(block: TableBlock): string {
  const reading = readingOf(block);
  reading.bodyText ??= joinTexts(block.body);
  return reading.bodyText;
}

/** The lines' texts joined with spaces (map + join builds an array of the texts first). */
function joinTexts(body: Line[]): string {
  let text = body.length > 0 ? body[0].text : "";
  for (let i = 1; i < body.length; i++) text += " " + body[i].text;
  return text;
}

/** True when the block's rows are keyed by function codes. */
export function isFunctionTable(block: TableBlock): boolean {
  return FUNCTION_TABLES.includes(block.kind);
}

/**
 * The columns a function table prints, read from its header words (wherever PDF text put them:
 * before or after the rows). 收入 tables carry a 合计 and income sources only.
 */
export function functionSlots(block: TableBlock): Slot[] {
  const reading = readingOf(block);
  reading.functionSlots ??= readFunctionSlots(block);
  return reading.functionSlots;
}

function readFunctionSlots(block: TableBlock): Slot[] {
  if (block.kind === "income") return ["total"];
  // The header words, anywhere in the body's text followed by the title. A word holds no space, so
  // it is in that text when it is in the body's (lines joined by spaces) or in the last line
  // followed by the title: the long text is not copied to append the title.
  let body = bodyText(block);
  // "合计 基本 项目" over "支出 支出": the heads put back together.
  if (namesNoSplitColumn(body)) body += stackedHeadWords(block.body);
  const tail = (block.body.length > 0 ? block.body[block.body.length - 1].text : "") + block.title;
  const hasPersonnel = holds(body, tail, "人员经费") && holds(body, tail, "公用经费");
  const hasBasic = holds(body, tail, "基本支出");
  const hasProject = holds(body, tail, "项目支出");
  if (holds(body, tail, "年初结转") && holds(body, tail, "年末结转") && (hasBasic || hasProject)) {
    // A 决算 fund table: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余.
    return holds(body, tail, "本年收入") ? ["carryIn", "income", "total", "basic", "project", "carryOut"] : ["carryIn", "total", "basic", "project", "carryOut"];
  }
  if (hasBasic && hasPersonnel) return ["total", "basic", "personnel", "public", "project"];
  if (hasBasic || hasProject) {
    const slots: Slot[] = ["total", "basic", "project"];
    for (let i = 0; i < OTHER_WORDS.length; i++) if (holds(body, tail, OTHER_WORDS[i])) slots.push("other");
    return slots;
  }
  return yearSlots(block) ?? finalBesideBudgetSlots(block) ?? ["total"];
}

/** A column head that names a budget beside the outturn, or a rate: no total. */
const BUDGET_HEAD = /预算|完成|比例|%|增减/;
const HEAD_SPLIT = /\t+|\s{2,}|\s(?=[^\s])/;

/**
 * "科目编码 | 科目名称 | 年初预算数 | 决算数": a 决算 table that prints each item's budget before
 * its outturn and no 基本/项目 split; the 决算数 is the amount, the budget columns are not. Read from
 * the head line (short, no sentence) that names 决算数 and a budget; null when there is none.
 */
export function finalBesideBudgetSlots(block: TableBlock): Slot[] | null {
  const heads = finalBesideBudgetHeads(block);
  if (heads === null) return null;
  const final = heads.findIndex(isFinalHead);
  return heads.map((_, k): Slot => (k === final ? "total" : "other"));
}

function isFinalHead(h: string): boolean {
  return h.includes("决算数") && !h.includes("预算");
}

/** The figure columns' heads of a "年初预算数 | 决算数" table (see finalBesideBudgetSlots), or null. */
function finalBesideBudgetHeads(block: TableBlock): string[] | null {
  for (const l of block.body) {
    const text = l.text;
    if (FIGURE_IN_HEAD.test(text)) return null;
    if (!text.includes("决算数") || !text.includes("预算") || text.length > 60 || SENTENCE_IN_HEAD.test(text)) continue;
    const heads = text.trim().split(HEAD_SPLIT).filter((h) => h.includes("算") || BUDGET_HEAD.test(h));
    if (!heads.some(isFinalHead) || heads.length < 2) return null;
    return heads;
  }
  return null;
}

/** A function row's budgets as its table prints them beside the 决算数. */
export interface TableBudgets {
  initial?: Money | null;
  adjusted?: Money | null;
}

type BudgetRole = "initial" | "adjusted" | null;

/** A head's budget: 年初预算数, 全年预算数 / 调整(后)预算数, or a bare 预算数 (the 年初预算). */
function budgetRoleOf(head: string): BudgetRole {
  if (!head.includes("预算") || head.includes("决算")) return null;
  if (head.includes("年初")) return "initial";
  if (head.includes("全年") || head.includes("调整")) return "adjusted";
  return BUDGET_HEAD_EXTRA.test(head) ? null : "initial";
}

const BUDGET_HEAD_EXTRA = /完成|比例|%|增减|率/;

/**
 * Reads a function row's 年初预算 and 全年预算 (调整预算) from the columns its 决算 table prints
 * beside the 决算数 (年初预算数 | 全年预算数 | 决算数, each 小计 | 基本支出 | 项目支出 or one
 * column; or 年初预算数 | 决算数 with no split), or null when the table prints no budget. A row's
 * budget is null when its figures cannot be cut into the columns one way only; a budget group the
 * row leaves blank is "0.00" (a blank cell in these tables is nothing). The row's figures are in 万元.
 * Runs once per function table, and per row only for tables that print budgets.
 */
export function tableBudgetReader(block: TableBlock, slots: Slot[]): ((values: Money[]) => TableBudgets) | null {
  if (isSameSlots(slots, BUDGET_GROUP_SLOTS)) {
    const groups = budgetGroupCount(block.body, bodyText(block));
    if (groups < 2) return null;
    const roles = budgetGroupRoles(block.body);
    if (roles.length !== groups - 1) return null;
    const single = hasSingleBudgetColumns(block.body);
    return (values) => {
      const out: TableBudgets = {};
      const cut = values.length > 0 ? cutGroups(values, groups, single) : null;
      for (let k = 0; k < roles.length; k++) {
        const group = cut !== null && cut.sure ? cut.groups[k] : null;
        out[roles[k]] = group === null ? null : group.length > 0 ? group[0] : "0.00";
      }
      return out;
    };
  }
  if (slots.includes("basic") || !slots.includes("other") || !slots.includes("total")) return null;
  const heads = finalBesideBudgetHeads(block);
  if (heads === null || heads.length !== slots.length) return null;
  const roles = heads.map(budgetRoleOf);
  if (!roles.some((r) => r !== null)) return null;
  return (values) => {
    const out: TableBudgets = {};
    for (let k = 0; k < roles.length; k++) {
      const role = roles[k];
      // Blank cells are left out of the text: a row with fewer figures than heads cannot be placed.
      if (role !== null && out[role] === undefined) out[role] = values.length === heads.length ? values[k] : null;
    }
    return out;
  };
}

const FIGURE_IN_HEAD = /\d\.\d/;
const SENTENCE_IN_HEAD = /[，。；：,;:]/;

/** "2023年预算数 | 2024年预算数 | 增减额": the amount is this year's; the other years are not. */
function yearSlots(block: TableBlock): Slot[] | null {
  const years = latestYearColumn(block.body);
  return years === null ? null : Array.from({ length: years.width }, (_, k): Slot => (k === years.index ? "total" : "other"));
}

/** The headers of the columns read as "other". */
const OTHER_WORDS = ["上缴上级", "经营支出", "对附属单位"];

/** Whether a header word is in the body's text followed by the title (see readFunctionSlots). */
function holds(body: string, tail: string, word: string): boolean {
  return body.includes(word) || tail.includes(word);
}

/** The columns a 基本支出 (economic) table prints. */
export function economicSlots(block: TableBlock): Slot[] {
  const reading = readingOf(block);
  reading.economicSlots ??= readEconomicSlots(block);
  return reading.economicSlots;
}

function readEconomicSlots(block: TableBlock): Slot[] {
  if (isGroupedEconomicLayout(block)) return ["total"];
  let text = bodyText(block);
  if (namesNoSplitColumn(text)) text += stackedHeadWords(block.body);
  // A whole-spending table by economic class: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出.
  if (block.kind === "economic-expenditure" && text.includes("基本支出") && text.includes("项目支出")) {
    return text.includes("人员经费") && text.includes("公用经费") ? ["total", "basic", "personnel", "public", "project"] : ["total", "basic", "project"];
  }
  if (text.includes("人员经费") && text.includes("公用经费")) return ["total", "personnel", "public"];
  return yearSlots(block) ?? finalBesideBudgetSlots(block) ?? ["total"];
}



/**
 * True when the table prints its 人员经费 and 公用经费 groups side by side, each group a
 * code | name | amount triple (the 决算's 基本支出决算明细表 and some budgets), instead of one row
 * per code with 合计 | 人员经费 | 公用经费 columns. The header then names 科目名称 (or 编码) more
 * than once before the first row.
 */
export function isGroupedEconomicLayout(block: TableBlock): boolean {
  const reading = readingOf(block);
  reading.isGrouped ??= readGroupedLayout(block);
  return reading.isGrouped;
}

function readGroupedLayout(block: TableBlock): boolean {
  const header: string[] = [];
  for (const l of block.body) {
    if (ECONOMIC_ROW_START.test(l.text) || TOTAL_ROW_START.test(l.text.trim())) break;
    header.push(l.text);
  }
  const text = header.join("").replace(WHITESPACE_RUN, "");
  if (!text.includes("人员经费") || !text.includes("公用经费")) return false;
  return (text.match(/科目名称/g) ?? []).length >= 2 || (text.match(/编码/g) ?? []).length >= 2;
}

/**
 * In a grouped layout a row's one figure belongs to the group the row sits in; the template puts
 * 工资福利支出 (301) and 对个人和家庭的补助 (303) under 人员经费 and every other 类 under 公用经费.
 */
function groupOf(code: string): "personnel" | "public" {
  return PERSONNEL_CODE.test(code) ? "personnel" : "public";
}

/** Reads and places the rows of one classification table, resolving blanks through the tree. */
export function readPlacedRows(block: TableBlock, scheme: CodeScheme, slots: Slot[]): PlacedRow[] {
  // Each block is read once per scheme and column set (a list: a block is read one way or two).
  const readings = readingOf(block).placed;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (r.scheme === scheme && isSameSlots(r.slots, slots)) return r.rows;
  }
  const rows = placeRows(block, scheme, slots);
  // (The slots lists come from functionSlots / economicSlots, kept on the block, never changed.)
  readings.push({ scheme, slots, rows });
  return rows;
}

function isSameSlots(a: Slot[], b: Slot[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const BUDGET_GROUP_SLOTS: Slot[] = ["total", "basic", "project"];

function placeRows(block: TableBlock, scheme: CodeScheme, slots: Slot[]): PlacedRow[] {
  const seen = new Set<string>();
  const placed: PlacedRow[] = [];
  const plan = planColumns(slots);
  // Older 决算 templates print a 行次 column between the name and the figures.
  // (A word holds no space: it is in a line when it is in the lines joined by spaces.)
  const hasRowNumbers = bodyText(block).includes("行次");
  const rows = rejoinTrailingFigures(readCodeRows(block.body, scheme), block.body);
  // 年初预算数 | 全年预算数 | 决算数 side by side: a row is read from its 决算数 group.
  const groups = scheme === "function" && isSameSlots(slots, BUDGET_GROUP_SLOTS) ? budgetGroupCount(block.body, bodyText(block)) : 0;
  const singleBudgets = groups > 0 && hasSingleBudgetColumns(block.body);
  const kept: CellRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (scheme === "function" && row.code !== null && !isPlausibleFunctionRow(row.code, row.name)) continue;
    // (One lookup: the set grows only when the key is new.)
    const size = seen.size;
    if (seen.add(row.code ?? `total:${row.name}`).size === size) continue;
    if (hasRowNumbers && row.values.length > 0 && ROW_NUMBER.test(row.values[0])) row.values = row.values.slice(1);
    const values: Money[] = [];
    for (let k = 0; k < row.values.length; k++) {
      const v = row.values[k];
      const wan = toWan(v, block.unit);
      if (wan !== null) values.push(wan);
    }
    if (groups > 0 && values.length > 0) {
      kept.push({ row, values: lastGroupValues(values, groups, singleBudgets) ?? [] });
      continue;
    }
    kept.push({ row, values });
  }
  // A tab-separated table places a row by its cells when they line up with the header; other rows
  // (and layouts without cell boundaries) by the table's arithmetic.
  const byCells = placeByCells(block, kept, slots);
  for (let i = 0; i < kept.length; i++) {
    const { row, values } = kept[i];
    const a = byCells === null ? null : byCells[i];
    placed.push({ row, code: row.code, candidates: a !== null ? [a] : placeRow(values, plan) });
  }
  // The classification tree: the coded rows and the table's 合计/总计 row. With no row left
  // ambiguous there is nothing to choose (resolveAmbiguousRows would return at once).
  if (placed.some((p) => p.candidates.length > 1)) {
    resolveAmbiguousRows(
      // (A 合计 without figures is the header's "合计 基本支出 项目支出" printed one cell per line.)
      placed.filter((p) => p.code !== null || ((p.row.name.startsWith("合计") || p.row.name.startsWith("总计")) && p.row.values.length > 0)),
      slots,
    );
  }
  if (scheme === "economic") applyEconomicConvention(placed);
  return placed;
}

/**
 * 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费 and the rest 公用经费 by the
 * national definition; used only to settle a row the table's arithmetic leaves open.
 */
function applyEconomicConvention(placed: PlacedRow[]): void {
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (p.candidates.length < 2 || p.row.code === null) continue;
    const slot: Slot = PERSONNEL_CODE.test(p.row.code) ? "personnel" : "public";
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
export function isPlausibleFunctionRow(code: string, name: string): boolean {
  if (!CJK.test(name)) return false;
  const isKnownCode = findFunctionCode(code) !== undefined;
  // A unit's name is refused unless it is the code's own catalogue name; any other name is the
  // code's or a plausible one, so the catalogue name is compared only for a unit's name.
  if (isUnitLike(name)) return isKnownCode && isNameOfCode(code, name);
  if (!isKnownCode && !findFunctionCode(code.slice(0, 3))) return findFunctionCodesByName(name).length > 0;
  return true;
}

/** UNIT_LIKE, which needs the name to end in 局, 心, 会, 室, 校, 院, 级 or 位: one character code first. */
function isUnitLike(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return UNIT_ENDINGS.includes(last) && UNIT_LIKE.test(name);
}

const UNIT_ENDINGS = [..."局心会室校院级位"].map((c) => c.charCodeAt(0));

/** The one placement of a row, or only its 合计 when the columns stay ambiguous. */
export function settledValues(p: PlacedRow): Assignment {
  if (p.candidates.length === 1) return p.candidates[0];
  // A column every placement agrees on is read (a 决算 fund table's blank 年初结转 or 本年收入
  // leaves the 本年支出 columns known); the others stay open.
  const agreed: Assignment = {};
  const first = p.candidates[0] ?? {};
  for (const slot of Object.keys(first) as Slot[]) {
    const v = first[slot];
    if (v !== undefined && p.candidates.every((c) => c[slot] !== undefined && isSameScaled(toScaled(c[slot]), toScaled(v)))) agreed[slot] = v;
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
export function buildFunctionRows(block: TableBlock): FunctionRow[] {
  const slots = functionSlots(block);
  const out: FunctionRow[] = [];
  const placed = readPlacedRows(block, "function", slots);
  const budgets = tableBudgetReader(block, slots);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (p.row.code === null) continue;
    const a = settledValues(p);
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
    if (budgets !== null) setTableBudgets(row, budgets(wanValues(p.row.values, block.unit)));
    out.push(row);
  }
  return out;
}

/** The row's figures in 万元 (a figure that is no amount left out, as the row reader does). */
export function wanValues(texts: string[], unit: TableBlock["unit"]): Money[] {
  const values: Money[] = [];
  for (let k = 0; k < texts.length; k++) {
    const wan = toWan(texts[k], unit);
    if (wan !== null) values.push(wan);
  }
  return values;
}

/** Puts the table's budgets on the row: only the ones the table prints. */
export function setTableBudgets(row: FunctionRow, b: TableBudgets): void {
  if (b.initial !== undefined) row.initialBudget = b.initial;
  if (b.adjusted !== undefined) row.adjustedBudget = b.adjusted;
}

/** Economic rows of one 基本支出 table or one whole-spending table by economic class. */
export function buildEconomicRows(block: TableBlock): EconomicRow[] {
  const slots = economicSlots(block);
  const isGrouped = isGroupedEconomicLayout(block);
  const out: EconomicRow[] = [];
  const placed = readPlacedRows(block, "economic", slots);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    // A 决算 prints the whole economic template; rows with no figure carry nothing.
    if (p.row.code === null || p.row.values.length === 0) continue;
    const a = settledValues(p);
    const row: EconomicRow = {
      code: p.row.code,
      level: p.row.code.length === 3 ? "类" : "款",
      name: p.row.name,
      total: a.total ?? null,
      provenance: provenance(block, p.row),
    };
    // An EconomicRow's 合计 is 人员经费 + 公用经费: a table whose 合计 holds 项目支出 too gives its
    // 合计 only (its basic and project columns only place the row's figures). A grouped layout
    // reads one 合计 column (see readEconomicSlots).
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
  return ZERO_TEXT.test(v);
}
