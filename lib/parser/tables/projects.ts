import type { Line, Money, ProjectRecord, Provenance } from "../types";
import { findNumbers, hasNumberToken, scanNumbers, toWan, type NumberToken } from "./amounts";
import { splitJurisdiction } from "../department-kind";
import type { TableBlock } from "./segment-tables";

// 42010523040T000000103, 420111240430030000101: long, digits with an optional letter block.
const PROJECT_CODE = /(?:^|[\s\t:])(\d{6,}[A-Z]{0,3}\d{3,})(?=$|[\s\t\u4e00-\u9fa5])/;

// Prose after the table: a sentence ("…万元，支出预算…。", "…；") or a section heading of the
// explanation that follows the tables ("三、2025年部门预算情况说明", "第三部分 …"). A project row is a
// name cell and amount cells; none of these is one, and the table ends at the first of them.
const PROSE_LINE = /[。；]|\d\s*万?元[，,、]|^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、\S*(?:说明|情况))/;
const NOTE_LINE = /^(?:注|说明|备注)\s*[:\d]/;
// A unit row: "040001 某某局本级 863.36 …", or its code and name in tab-separated cells.
const UNIT_ROW = /^\d{3}(?: ?\d{3})?[\s\t]+([\u4e00-\u9fa5()]+?)(?:[\s\t]+本级)?[\s\t]+[\d.,\s\t]+$/;
const UNIT_CELLS = /^\d{3}(?: ?\d{3})?\t([^\t]+)\t/;
const WHITESPACE_RUN = /\s+/g;

/** NOTE_LINE, on a trimmed text: a note opens with 注, 说 or 备 (one character code first). */
function isNoteLine(trimmed: string): boolean {
  const c = trimmed.charCodeAt(0);
  return (c === 0x6ce8 || c === 0x8bf4 || c === 0x5907) && NOTE_LINE.test(trimmed);
}

/** The code of the first character of the text once trimmed, or NaN for a blank text. */
function firstVisibleCode(text: string): number {
  const c = text.charCodeAt(0);
  // Not whitespace in the common case: no trim needed.
  if ((c > 0x20 && c !== 0xa0 && c < 0x1680) || (c > 0x3000 && c !== 0xfeff)) return c;
  return text.trim().charCodeAt(0);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function provenance(block: TableBlock, line: number, endLine: number, excerpt: string): Provenance {
  return { source: "table", table: block.kind, tableTitle: block.title, line, endLine, excerpt };
}

function isProjectCode(code: string): boolean {
  return code.length >= 12 && code.length <= 30;
}

/**
 * Reads the project list (项目支出表). Each project row starts at its code; in PDF text its name
 * and executing unit wrap over the following lines and its figures come last, so the unit (learned
 * from the table's own unit rows, "040001 某某局本级 863.36 …") is cut off the end of the name.
 * The amount is the row's first figure (合计).
 */
export function readProjectTable(block: TableBlock): ProjectRecord[] {
  const units = new Set<string>();
  for (const l of block.body) {
    // Both unit rows open with a digit (the second before any trim): most lines are out at once.
    if (!isDigitCode(firstVisibleCode(l.text))) continue;
    const m = UNIT_ROW.exec(l.text.trim());
    if (m) units.add(m[1].replace(WHITESPACE_RUN, ""));
    const m2 = isDigitCode(l.text.charCodeAt(0)) ? UNIT_CELLS.exec(l.text) : null;
    if (m2) units.add(m2[1].replace(WHITESPACE_RUN, ""));
  }
  const out: ProjectRecord[] = [];
  const body = block.body;
  const hasSerial = body.some((l) => l.text.includes("序号"));
  const columns = projectColumns(body);
  // Lines of an uncoded row's name seen since the last row with figures.
  let pending: Line[] = [];
  let seenFigures = false;
  // True while `pending` holds lines gathered under the header, before the first row with figures.
  let tentative = false;
  // One context for the table's uncoded rows (seenFigures and tentative kept up to date before each read).
  const ctx: UncodedContext = { block, units, hasSerial, seenFigures, tentative, columns };
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    const trimmed = text.trim();
    if (isNoteLine(trimmed)) break;
    if (PROSE_LINE.test(trimmed)) {
      if (seenFigures) break;
      // A sentence above the first row (a note under the title) is not a row either.
      pending = [];
      continue;
    }
    const cm = PROJECT_CODE.exec(text);
    if (!cm || !isProjectCode(cm[1]) || (cm.index ?? 0) > 2) {
      ctx.seenFigures = seenFigures;
      ctx.tentative = tentative;
      const uncoded = readUncodedRow(body[i], pending, ctx);
      if (uncoded.kind === "pending") {
        // A numbered row starts its own name: lines gathered under the header before it are not part of it.
        if (tentative && uncoded.tentative !== true) pending = [];
        tentative = uncoded.tentative === true;
        pending.push(uncoded.line ?? body[i]);
      } else {
        pending = [];
        tentative = false;
        if (uncoded.kind === "row") {
          seenFigures = true;
          if (uncoded.project) out.push(uncoded.project);
        }
      }
      continue;
    }
    pending = [];
    tentative = false;
    seenFigures = true;
    const code = cm[1];
    if (text.includes("\t")) {
      const cells = text.split("\t").map((c) => c.trim());
      const at = cells.indexOf(code);
      const name = (cells[at + 1] ?? "").replace(/\s+/g, "");
      const unit = cells[at + 2] && !hasNumberToken(cells[at + 2]) ? cells[at + 2] : null;
      const amountCell = cells.slice(at + 2).find((c) => /^-?[\d,]+(?:\.\d+)?$/.test(c));
      out.push({
        code,
        name,
        amount: amountCell ? toWan(amountCell, block.unit) : null,
        unit,
        provenance: provenance(block, body[i].no, body[i].no, text.replace(/\t/g, " ")),
      });
      continue;
    }
    // PDF text: gather lines until the figures.
    let joined = text.slice((cm.index ?? 0) + cm[0].length);
    let j = i;
    let amount: Money | null = null;
    while (j < body.length) {
      // (Each line is read once here: no memo.)
      const nums = scanNumbers(j === i ? joined : body[j].text);
      const piece = j === i ? joined : body[j].text;
      if (j > i) {
        if ((PROJECT_CODE.test(piece) && isProjectCode(PROJECT_CODE.exec(piece)![1])) || PROSE_LINE.test(piece.trim())) {
          j--;
          break;
        }
      }
      if (nums.length > 0) {
        const before = piece.slice(0, nums[0].index);
        if (j > i) joined += before;
        else joined = before;
        amount = toWan(nums[0].raw, block.unit);
        break;
      }
      if (j > i) joined += piece;
      j++;
    }
    const { name, unit } = splitUnit(joined.replace(/\s+/g, ""), units);
    const endLine = body[Math.min(j, body.length - 1)].no;
    out.push({
      code,
      name,
      amount,
      unit,
      provenance: provenance(block, body[i].no, endLine, `${code} ${joined.trim()}`.slice(0, 200)),
    });
    i = Math.max(i, j);
  }
  // A 项目类型 column ("特定目标类", "其他运转类") prints its cell after the name: not part of it.
  if (out.length > 0 && body.some((l) => l.text.includes("项目类"))) {
    for (let k = 0; k < out.length; k++) out[k].name = withoutProjectType(out[k].name);
  }
  return out;
}

const PROJECT_TYPE_TAIL = /(?:特定目标类|其他运转类|运转类|公用经费类|人员类)(?:项目)?$/;

/** The name without a 项目类型 cell glued to its end, when a name of two characters or more is left. */
function withoutProjectType(name: string): string {
  const m = PROJECT_TYPE_TAIL.exec(name);
  return m !== null && m.index >= 2 ? name.slice(0, m.index) : name;
}

/**
 * Cuts the executing unit off the end of a project's name: one of the table's own unit rows; else a
 * unit under their jurisdiction (a subordinate unit runs the project: "…武汉市某区社会福利院"); else,
 * with no unit rows to learn from, a unit that starts with a two-character city or province, as
 * nearly all do ("武汉市…", "湖北省…"). A name is never cut to fewer than two characters.
 */
export function splitUnit(joined: string, units: Set<string>): { name: string; unit: string | null } {
  for (const u of units) {
    if (joined.endsWith(u) && joined.length > u.length) return { name: joined.slice(0, -u.length), unit: u };
  }
  for (const u of units) {
    const place = placeOf(u);
    const at = place === "" ? -1 : joined.lastIndexOf(place);
    if (at >= 2 && isUnitName(joined.slice(at))) return { name: joined.slice(0, at), unit: joined.slice(at) };
  }
  CITY_START.lastIndex = 0;
  for (let m = CITY_START.exec(joined); m !== null; m = CITY_START.exec(joined)) {
    if (m.index >= 2 && isUnitName(joined.slice(m.index))) return { name: joined.slice(0, m.index), unit: joined.slice(m.index) };
    CITY_START.lastIndex = m.index + 1;
  }
  return { name: joined, unit: null };
}

/** "武汉市汉阳区" of "武汉市汉阳区医疗保障局本级"; "" when the unit names no jurisdiction. */
function placeOf(unit: string): string {
  const { province, city, district } = splitJurisdiction(unit);
  return (province ?? "") + (city ?? "") + (district ?? "");
}

const CITY_START = /[\u4e00-\u9fa5]{2}(?:省|市)/g;
const UNIT_BODY = /^[\u4e00-\u9fa5()]+(?:局|中心|委员会|办公室|办事处|院|所|站|队|部|处|馆|校|会|室|政府)(?:本级)?$/;

function isUnitName(text: string): boolean {
  return UNIT_BODY.test(text);
}

const UNIT_NAME = /^[\u4e00-\u9fa5()]{2,}(?:省|市|区|县|州|旗)[\u4e00-\u9fa5()]*(?:局|中心|委员会|办公室|院|所|站|队|部|处|馆|校)(?:本级)?$|本级$/;
// Labels of rows that are not projects: totals, the 本级/下级 category rows, header words.
const NOT_A_PROJECT = /^(?:合计|总计|小计|本级支出项目|下级支出项目|本级项目|[一二三四五六七八九十]+、|其中)|(?:合计|总计)$|项目名称|项目编码|单位名称|预算数|决算数|单位:|部门:/;

interface UncodedContext {
  block: TableBlock;
  units: Set<string>;
  hasSerial: boolean;
  seenFigures: boolean;
  /** True while the pending lines were gathered under the header, before the first row with figures. */
  tentative: boolean;
  columns: ProjectColumns | null;
}

/** Where a tab table's header row puts each project's name, executing unit, code and amount (-1: no such column). */
export interface ProjectColumns {
  name: number;
  unit: number;
  code: number;
  amount: number;
}

/** An amount column's head; 资金性质 and 资金来源 are words, not amounts. */
const AMOUNT_HEAD = /合计|金额|预算数|总计|小计|决算数|执行数|预算$|^本年支出|^本年拨款$/;
const LONG_CODE = /^\d{6,}[A-Z\d]*$/;

/**
 * The columns of a project table copied with tabs, read from its header row ("单位名称 | 项目名称 |
 * 项目类型 | 资金性质 | 功能科目 | 金额"): the first amount column after the name is the project's.
 */
export function projectColumns(body: Line[]): ProjectColumns | null {
  for (const l of body) {
    if (!l.text.includes("\t") || !l.text.includes("项目名称")) continue;
    const cells = l.text.split("\t").map((c) => c.trim());
    const name = cells.findIndex((c) => c.includes("项目名称"));
    let amount = -1;
    for (let k = name + 1; k < cells.length && amount < 0; k++) if (AMOUNT_HEAD.test(cells[k])) amount = k;
    if (amount < 0) return null;
    return {
      name,
      amount,
      unit: cells.findIndex((c, k) => k !== name && c.includes("单位")),
      code: cells.findIndex((c) => /项目(?:编码|代码)/.test(c)),
    };
  }
  return null;
}

/** A tab row read by its table's header columns, or null when the row does not fit them. */
function readByColumns(line: Line, cells: string[], ctx: UncodedContext, columns: ProjectColumns): ProjectRecord | null {
  const amount = cells[columns.amount] ?? "";
  const name = (cells[columns.name] ?? "").replace(WHITESPACE_RUN, "");
  if (!DECIMAL_CELL.test(amount) || !isProjectName(name, ctx.units)) return null;
  const code = columns.code >= 0 && LONG_CODE.test(cells[columns.code] ?? "") ? cells[columns.code] : null;
  return {
    code,
    name,
    amount: toWan(amount, ctx.block.unit),
    unit: columns.unit >= 0 && cells[columns.unit] ? cells[columns.unit] : null,
    provenance: provenance(ctx.block, line.no, line.no, line.text.replace(/\t/g, " ")),
  };
}

const CJK_CHAR = /[\u4e00-\u9fa5]/;
const CODE_CELL = /^\d{3,}$/;
// Cells of a tab-separated row: a figure with decimals, a number (a code or serial), a serial.
const DECIMAL_CELL = /^-?[\d,]+\.\d+$/;
const NUMBER_CELL = /^\d{1,9}$/;
const SERIAL_CELL = /^\d{1,3}$/;
// A unit or category row's code before its name.
const LEADING_CODE = /^\d{2,6}\s/;

/** `line`, when given, is what the pending line adds to the name (its serial number cut off). */
type UncodedReading = { kind: "pending"; line?: Line; tentative?: boolean } | { kind: "row"; project: ProjectRecord | null } | { kind: "skip" };

/**
 * Reads a project row printed without a code: a name (possibly wrapped over the lines before,
 * in `pending`), an optional executing unit, then the figures. Unit rows ("040001 某局本级"),
 * category rows ("31 本级支出项目"), totals and headers are not projects. Before the first row with
 * figures, text lines are header, except those after the header's last cell (HEADER_CELL) when a line
 * of figures alone follows them: the first project printed one cell per line with no 合计 row above.
 */
function readUncodedRow(line: Line, pending: Line[], ctx: UncodedContext): UncodedReading {
  const { block, units } = ctx;
  if (line.text.includes("\t")) {
    const cells = line.text.split("\t").map((c) => c.trim());
    const byColumns = ctx.columns !== null ? readByColumns(line, cells, ctx, ctx.columns) : null;
    if (byColumns !== null) return { kind: "row", project: byColumns };
    const amountAt = cells.findIndex((c) => DECIMAL_CELL.test(c));
    if (amountAt < 0) return { kind: "skip" };
    const words = cells.slice(0, amountAt).filter((c) => c !== "");
    if (words.length === 0 || NUMBER_CELL.test(words[0]) && !(ctx.hasSerial && words[0].length <= 3)) return { kind: "row", project: null };
    const [rawName, unitCell] = SERIAL_CELL.test(words[0]) ? words.slice(1) : words;
    const name = (rawName ?? "").replace(/\s+/g, "");
    if (!isProjectName(name, units)) return { kind: "row", project: null };
    return {
      kind: "row",
      project: {
        code: null,
        name,
        amount: toWan(cells[amountAt], block.unit),
        // A function code printed beside the name ("2013805 市场秩序执法") is no executing unit.
        unit: unitCell && !CODE_CELL.test(unitCell) ? unitCell : null,
        provenance: provenance(block, line.no, line.no, line.text.replace(/\t/g, " ")),
      },
    };
  }
  const text = line.text.trim();
  // A copy: the leading serial number may be shifted off below.
  const nums = scanNumbers(text).slice();
  if (nums.length === 0) {
    if (NOT_A_PROJECT.test(text) || !CJK_CHAR.test(text)) return { kind: "skip" };
    // Before the first row with figures, a text line is header, unless it follows the header's last
    // cell (one cell per line, no 合计 row above the first project): gathered, tentatively.
    if (!ctx.seenFigures) return isHeaderCell(text) ? { kind: "skip" } : { kind: "pending", tentative: true };
    return { kind: "pending" };
  }
  // Lines gathered under the header are a name only for a line of figures alone.
  if (ctx.tentative && pending.length > 0 && !(nums[0].index === 0 && isWholeFigureLine(text))) pending = NO_LINES;
  let head = text.slice(0, nums[0].index).trim();
  // A leading 3–6 digit code is a unit or category row; a 1–3 digit one under 序号 is a row number.
  if (nums[0].index === 0) {
    const lead = nums[0];
    const serial = ctx.hasSerial && lead.isInteger && lead.raw.length <= 3;
    if (serial && nums.length === 1 && CJK_CHAR.test(text.slice(lead.end))) {
      // "3 统计执法检查" / "经费 80,000.00 …": a numbered row whose name wraps before its figures.
      return { kind: "pending", line: { ...line, text: text.slice(lead.end).trim() } };
    }
    if (!serial || nums.length < 2) {
      // "608001  德江县档案馆  档案数字化加工经费  35.00": a unit's code, the unit, then the project.
      const byUnit = pending.length === 0 && lead.raw.length === 6 && nums.length >= 2
        ? splitLeadingUnit(text.slice(lead.end, nums[1].index), units)
        : null;
      if (byUnit && isProjectName(byUnit.name, units)) {
        return { kind: "row", project: uncodedProject(ctx, line, line, byUnit, nums[1], text) };
      }
      const named = pending.length > 0 && isWholeFigureLine(text) && !(ctx.tentative && isHeaderCell(joinLines(pending)));
      return { kind: "row", project: named ? fromPending(pending, line, lead, ctx) : null };
    }
    head = text.slice(lead.end, nums[1].index).trim();
    nums.shift();
  }
  if (LEADING_CODE.test(head)) return { kind: "row", project: null };
  const byUnit = pending.length === 0 ? splitLeadingUnit(head, units) : null;
  if (byUnit && isProjectName(byUnit.name, units)) return { kind: "row", project: uncodedProject(ctx, line, line, byUnit, nums[0], text) };
  const joined = [...pending.map((l) => l.text.trim()), head].join("").replace(/\s+/g, "");
  const { name, unit } = splitUnit(joined, units);
  if (!isProjectName(name, units)) return { kind: "row", project: null };
  const start = pending[0] ?? line;
  return {
    kind: "row",
    project: {
      code: null,
      name,
      amount: toWan(nums[0].raw, block.unit),
      unit,
      provenance: provenance(block, start.no, line.no, `${joined} ${text.slice(nums[0].index)}`.slice(0, 200)),
    },
  };
}

const CELL_GAP = /\s+/;

/**
 * "德江县档案馆 档案数字化加工经费": a row's words when they are the executing unit, then the
 * project's name, two cells (the layout's gap is one space once normalised); null otherwise.
 * Shared with the legacy reader of the tests.
 */
export function splitLeadingUnit(head: string, units: Set<string>): { name: string; unit: string } | null {
  const cells = head.trim().split(CELL_GAP);
  if (cells.length !== 2) return null;
  const unit = cells[0];
  const name = cells[1].replace(WHITESPACE_RUN, "");
  if (!(units.has(unit) || isUnitName(unit)) || units.has(name) || isUnitName(name)) return null;
  return { name, unit };
}

/** The project of an uncoded row read as unit and name, its amount the first figure after them. */
function uncodedProject(
  ctx: UncodedContext,
  start: Line,
  end: Line,
  byUnit: { name: string; unit: string },
  amount: NumberToken,
  text: string,
): ProjectRecord {
  return {
    code: null,
    name: byUnit.name,
    amount: toWan(amount.raw, ctx.block.unit),
    unit: byUnit.unit,
    provenance: provenance(ctx.block, start.no, end.no, text.replace(WHITESPACE_RUN, " ").slice(0, 200)),
  };
}

function isWholeFigureLine(text: string): boolean {
  return /^[-\d.,\s]+$/.test(text);
}

const NO_LINES: Line[] = [];

/** The lines' texts joined without whitespace. */
function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text.trim()).join("").replace(WHITESPACE_RUN, "");
}

// A header cell of a project table, whole or the tail of one wrapped (一般公共预\n算拨款): a money
// source (…拨款, …收入, 上年结转, 单位资金), an amount column or a column's name. A project's name
// ends otherwise (…经费, …项目, …专项资金, …补助).
const HEADER_CELL =
  /^[\u4e00-\u9fa5]{0,12}(?:拨款|收入|结转|结余|预算|预算数|金额|合计|总计|小计|名称|类型|类别|编码|代码|性质|来源|备注|序号|科目|分类|期限|年限|单位|部门|科室|内容|目标|概述|说明|依据)(?:\([\u4e00-\u9fa5]{1,6}\))?$|^(?:[\u4e00-\u9fa5]{0,6}(?:单位|专户|管理|自有|其他)|理)资金$/;

/** True for a line that reads as a header cell (HEADER_CELL, whitespace dropped). */
function isHeaderCell(text: string): boolean {
  return text.length <= 24 && HEADER_CELL.test(text.replace(WHITESPACE_RUN, ""));
}

/** A name wrapped over the lines before a line of figures only. */
function fromPending(pending: Line[], figures: Line, first: NumberToken, ctx: UncodedContext): ProjectRecord | null {
  const joined = joinLines(pending);
  const { name, unit } = splitUnit(joined, ctx.units);
  if (!isProjectName(name, ctx.units)) return null;
  return {
    code: null,
    name,
    amount: toWan(first.raw, ctx.block.unit),
    unit,
    provenance: provenance(ctx.block, pending[0].no, figures.no, `${joined} ${figures.text}`.slice(0, 200)),
  };
}

function isProjectName(name: string, units: Set<string>): boolean {
  if (name.length < 2 || !CJK_CHAR.test(name)) return false;
  if (NOT_A_PROJECT.test(name)) return false;
  if (units.has(name) || UNIT_NAME.test(name)) return false;
  return true;
}

/** What one per-project form (申报表 / 绩效目标表 / 绩效自评表) says about its project. */
export interface FormProject extends ProjectRecord {
  /** Index of the block the form was read from. */
  blockIndex: number;
}

/** A form's amount labels, in order of preference, each with the reading of its figure. */
const LABEL_AMOUNT: ReadonlyArray<readonly [string, RegExp]> = [
  ["年度预算金额", /年度预算金额\s*:?\s*([\d,]+(?:\.\d+)?)\s*万?/],
  ["项目当年预算", /项目当年预算\s*:?\s*([\d,]+(?:\.\d+)?)/],
  ["当年预算合计", /当年预算合计\s*:?\s*([\d,]+(?:\.\d+)?)/],
  ["项目总预算", /项目总预算\s*:?\s*([\d,]+(?:\.\d+)?)/],
];
// Every label above holds 预算.
const LABEL_WORD = "预算";
const TAB_RUN = /\t+/g;
// Every label readProjectForm reads holds one of these: 项目名称, 项目编码 and 项目代码 hold 项目,
// the execution header 执行数, the amount labels 预算.
const FORM_WORDS = /项目|执行数|预算/;
const INLINE_NAME = /项目名称\s*:?\s*(.+?)(?=\s+(?:项目(?:编码|代码|类别|总预算)|年度预算金额)|项目(?:编码|代码)|$)/;
const NOT_A_NAME = /^(?:项目|单位|合计)/;
const NEXT_LABEL = /^(?:主管部门|项目实施单位|实施单位|项目类别|项目编码|项目代码|预算执行)/;

/**
 * Reads a per-project form: jianghan-style 项目年度绩效目标表 ("项目名称:X 年度预算金额:6万"),
 * 项目申报表 ("项目名称 X … 项目编码 Y", "项目当年预算 525") and, in a 决算, the 项目绩效自评表
 * ("预算数 执行数" or "年初预算数 全年预算数 全年执行数" over the 资金总额 row).
 */
export function readProjectForm(block: TableBlock, blockIndex: number): FormProject | null {
  const lines = block.body;
  // The lines that hold a label word (FORM_WORDS), in order: the only lines whose labels are read.
  const worded: number[] = [];
  for (let i = 0; i < lines.length; i++) if (FORM_WORDS.test(lines[i].text)) worded.push(i);
  let name: string | null = null;
  let nameLine = lines[0]?.no ?? block.line;
  for (const i of worded) {
    if (name) break;
    // Both readings below need the label itself.
    if (!lines[i].text.includes("项目名称")) continue;
    const t = lines[i].text.replace(TAB_RUN, " ").trim();
    const inline = INLINE_NAME.exec(t);
    if (inline && inline[1].trim() && !NOT_A_NAME.test(inline[1].trim())) {
      name = inline[1].trim();
      nameLine = lines[i].no;
    } else if (t === "项目名称" && i + 1 < lines.length) {
      // The name may wrap over lines until the next label (主管部门, 项目实施单位 …).
      let k = i + 1;
      let joined = "";
      while (k < lines.length && k <= i + 3 && !NEXT_LABEL.test(lines[k].text.trim())) {
        joined += lines[k].text.trim();
        k++;
      }
      name = joined || null;
      nameLine = lines[i + 1].no;
    }
  }
  if (name) name = name.replace(/\s+/g, "").replace(/[:：]$/, "");
  if (!name) {
    const m = /^(?:\d{4}年度?)?(.+?)项目(?:绩效)?(?:自评|申报|年度绩效目标|基本信息|预算资金投入)/.exec(block.title);
    const candidate = m ? m[1].replace(/^[一二三四五六七八九十]{1,3}、/, "").replace(/^\d{4}年度?/, "") : "";
    if (candidate.length >= 2 && !/部门$|年度?$/.test(candidate)) name = candidate;
  }
  if (!name) return null;
  // The label is needed before the joined text is: a form without one never builds it.
  let hasCode = false;
  let header = -1;
  for (const i of worded) {
    const text = lines[i].text;
    if (!hasCode && text.includes("项目") && hasCodeLabel(lines[i])) hasCode = true;
    if (header < 0 && text.includes("执行数") && text.includes("预算数")) header = i;
    if (hasCode && header >= 0) break;
  }
  const code = hasCode ? findFormCode(lines, worded) : null;
  const record: FormProject = {
    code,
    name,
    amount: null,
    provenance: { source: "table", table: block.kind, tableTitle: block.title, line: nameLine, excerpt: name },
    blockIndex,
  };
  const execution = header < 0 ? null : readExecution(lines, header, block);
  if (execution) {
    Object.assign(record, execution.values);
    record.amount = execution.values.executed ?? null;
    record.provenance = lineProvenance(block, execution.line, execution.excerpt);
    return record;
  }
  // The lines that may hold an amount label: the only ones read below.
  const labelled = worded.filter((i) => lines[i].text.includes(LABEL_WORD));
  if (labelled.length === 0) return record;
  for (const [label, re] of LABEL_AMOUNT) {
    const figure = findLabelledFigure(lines, labelled, label, re);
    if (figure === null) continue;
    record.amount = toWan(figure, block.unit);
    const hit = findLabelLine(lines, labelled, label, re);
    if (hit) record.provenance = lineProvenance(block, hit.no, hit.text.replace(/\t/g, " "));
    break;
  }
  return record;
}

/** The first of the `labelled` lines that holds `label` and, tab runs as spaces, matches `re`. */
function findLabelLine(lines: Line[], labelled: number[], label: string, re: RegExp): Line | undefined {
  for (let w = 0; w < labelled.length; w++) {
    const l = lines[labelled[w]];
    if (l.text.includes(label) && re.test(l.text.replace(TAB_RUN, " "))) return l;
  }
  return undefined;
}

/**
 * The figure `re` reads in the form's lines joined (tab runs as spaces, lines by "\n"), without
 * joining them: a match opens at its label and runs on over whitespace and a colon only, so it
 * ends by the first line after the label's that holds anything else. Each line with the label
 * (`labelled` lists those that may, in order) is read with the lines up to that one; the first
 * match that opens on it is the joined text's first.
 */
function findLabelledFigure(lines: Line[], labelled: number[], label: string, re: RegExp): string | null {
  for (const k of labelled) {
    if (!lines[k].text.includes(label)) continue;
    let local = lines[k].text.replace(TAB_RUN, " ");
    const firstLength = local.length;
    for (let j = k + 1; j < lines.length; j++) {
      const t = lines[j].text.replace(TAB_RUN, " ");
      local += "\n" + t;
      if (!isSpacesAndColons(t)) break;
    }
    const m = re.exec(local);
    if (m && m.index < firstLength) return m[1];
  }
  return null;
}

/** True when the text holds nothing but whitespace (as \s sees it) and ":". */
function isSpacesAndColons(text: string): boolean {
  return SPACES_AND_COLONS.test(text);
}

const SPACES_AND_COLONS = /^[\s:]*$/;

/**
 * A form's provenance moved to one line: what { ...provenance, line, endLine: line, excerpt } gives
 * for the provenance readProjectForm starts from (its keys in that order, endLine last). Spelled
 * out: V8 builds a spread that adds a key through a slow path, microseconds each.
 */
function lineProvenance(block: TableBlock, line: number, excerpt: string): Provenance {
  return { source: "table", table: block.kind, tableTitle: block.title, line, excerpt, endLine: line };
}

const FORM_CODE = /项目(?:编码|代码)\s*:?\s*(\d{6,}[A-Z]{0,3}\d{3,})/;

/**
 * The first "项目编码: …" of the form, as FORM_CODE finds it in the joined form: a match opens on a
 * line with the label and can run on only over blank lines to the next line with text, so each
 * label line is read with just those lines instead of joining the whole form. `worded` lists the
 * lines that may hold the label, in order.
 */
function findFormCode(lines: Line[], worded: number[]): string | null {
  for (const k of worded) {
    if (!hasCodeLabel(lines[k])) continue;
    let local = lines[k].text.replace(/\t+/g, " ");
    const firstLength = local.length;
    for (let j = k + 1; j < lines.length; j++) {
      const t = lines[j].text.replace(/\t+/g, " ");
      local += "\n" + t;
      if (t.trim() !== "") break;
    }
    const m = FORM_CODE.exec(local);
    if (m && m.index < firstLength) return m[1];
  }
  return null;
}

function hasCodeLabel(l: Line): boolean {
  return l.text.includes("项目编码") || l.text.includes("项目代码");
}

const EXECUTION_COLUMN = /年初预算数|全年预算数|预算数|全年执行数|执行数|分值|执行率|得分/g;
// The 资金总额 row, or a line of figures only.
const FUNDS_ROW = /资金总额|^[\d.,\s%]+$/;

interface Execution {
  values: Pick<ProjectRecord, "initialBudget" | "adjustedBudget" | "executed">;
  line: number;
  excerpt: string;
}

/** The figures under the form's "预算数 … 执行数" header line (lines[header]). */
function readExecution(lines: Line[], header: number, block: TableBlock): Execution | null {
  const h = lines[header].text.replace(WHITESPACE_RUN, "");
  const columns: Array<"initialBudget" | "adjustedBudget" | "executed" | null> = [];
  // (An exec loop, not matchAll: matchAll copies the regex on every call.)
  EXECUTION_COLUMN.lastIndex = 0;
  for (let m = EXECUTION_COLUMN.exec(h); m !== null; m = EXECUTION_COLUMN.exec(h)) {
    const w = m[0];
    columns.push(w === "年初预算数" ? "initialBudget" : w === "全年预算数" || w === "预算数" ? "adjustedBudget" : w.includes("执行数") ? "executed" : null);
  }
  for (let i = header + 1; i < Math.min(lines.length, header + 8); i++) {
    if (!FUNDS_ROW.test(lines[i].text.trim()) && !(lines[i - 1]?.text ?? "").includes("资金总额")) continue;
    const nums = findNumbers(lines[i].text);
    if (nums.length < 2) continue;
    const values: Execution["values"] = {};
    nums.forEach((n, k) => {
      const col = columns[k];
      if (col && values[col] === undefined) values[col] = toWan(n.raw, block.unit);
    });
    return { values, line: lines[i].no, excerpt: lines[i].text.replace(/\t/g, " ") };
  }
  return null;
}

/**
 * Merges what the forms say into the project list: a form whose code or name matches a listed
 * project fills that project's missing figures; when the document has no list at all, each
 * project named by a form becomes a project (its several forms merged by name).
 */
export function mergeFormProjects(listed: ProjectRecord[], forms: FormProject[]): ProjectRecord[] {
  const out = listed.map((p) => ({ ...p }));
  const hadList = listed.length > 0;
  for (const f of forms) {
    const form = withoutBlockIndex(f);
    const match = out.find((p) => (form.code && p.code === form.code) || (p.name === form.name && isSameAmount(p, form)));
    if (match) {
      if (match.amount == null && form.amount != null) {
        match.amount = form.amount;
        match.provenance = form.provenance;
      }
      match.code ??= form.code;
      for (const k of ["initialBudget", "adjustedBudget", "executed"] as const) {
        if (form[k] !== undefined && match[k] == null) match[k] = form[k];
      }
      continue;
    }
    if (!hadList) out.push(form);
  }
  return out;
}

/** Whether a listed project and a form agree on the amount (either may have none). */
function isSameAmount(p: ProjectRecord, form: ProjectRecord): boolean {
  return p.amount == null || form.amount == null || p.amount === form.amount;
}

/** The form as a project: its own keys in order, blockIndex left out (as `const { blockIndex, ...form } = f`). */
function withoutBlockIndex(f: FormProject): ProjectRecord {
  const form: Record<string, unknown> = {};
  for (const key of Object.keys(f)) if (key !== "blockIndex") form[key] = f[key as keyof FormProject];
  return form as unknown as ProjectRecord;
}
