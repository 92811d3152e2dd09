/**
 * The project readers as they were before the speed work (form amounts read from the lines that
 * hold their label instead of the whole form joined). Kept only for the property tests in
 * projects.test.ts.
 */
import { projectColumns, type ProjectColumns } from "../projects";
import type { Line, Money, ProjectRecord, Provenance } from "../../types";
import { findNumbers, toWan, type NumberToken } from "../amounts";
import type { TableBlock } from "../segment-tables";
// Cutting the unit off a name changed on purpose after this copy was made; both use the current
// rule, as for a unit printed before the name (splitLeadingUnit).
import { splitLeadingUnit, splitUnit } from "../projects";

// 42010523040T000000103, 420111240430030000101: long, digits with an optional letter block.
const PROJECT_CODE = /(?:^|[\s\t:])(\d{6,}[A-Z]{0,3}\d{3,})(?=$|[\s\t\u4e00-\u9fa5])/;

// Prose after the table: a sentence ("…万元，支出预算…。", "…；") or a section heading of the
// explanation that follows the tables ("三、2025年部门预算情况说明", "第三部分 …"). A project row is a
// name cell and amount cells; none of these is one, and the table ends at the first of them.
const PROSE_LINE = /[。；]|\d\s*万?元[，,、]|^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、\S*(?:说明|情况))/;
const NOTE_LINE = /^(?:注|说明|备注)\s*[:\d]/;

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
export function legacyReadProjectTable(block: TableBlock): ProjectRecord[] {
  const units = new Set<string>();
  for (const l of block.body) {
    const m = /^\d{3}(?: ?\d{3})?[\s\t]+([\u4e00-\u9fa5()]+?)(?:[\s\t]+本级)?[\s\t]+[\d.,\s\t]+$/.exec(l.text.trim());
    if (m) units.add(m[1].replace(/\s+/g, ""));
    const m2 = /^\d{3}(?: ?\d{3})?\t([^\t]+)\t/.exec(l.text);
    if (m2) units.add(m2[1].replace(/\s+/g, ""));
  }
  const out: ProjectRecord[] = [];
  const body = block.body;
  const hasSerial = body.some((l) => /序号/.test(l.text));
  const columns = projectColumns(body);
  // Lines of an uncoded row's name seen since the last row with figures.
  let pending: Line[] = [];
  let seenFigures = false;
  let tentative = false;
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    const trimmed = text.trim();
    if (NOTE_LINE.test(trimmed)) break;
    if (PROSE_LINE.test(trimmed)) {
      if (seenFigures) break;
      // A sentence above the first row (a note under the title) is not a row either.
      pending = [];
      continue;
    }
    const cm = PROJECT_CODE.exec(text);
    if (!cm || !isProjectCode(cm[1]) || (cm.index ?? 0) > 2) {
      const uncoded = readUncodedRow(body[i], pending, { block, units, hasSerial, seenFigures, tentative, columns });
      if (uncoded.kind === "pending") {
        if (tentative && !uncoded.tentative) pending = [];
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
      const unit = cells[at + 2] && !findNumbers(cells[at + 2]).length ? cells[at + 2] : null;
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
      const nums = findNumbers(j === i ? joined : body[j].text);
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
  return out;
}

/** Cuts the executing unit (learned from the table's unit rows, or shaped like one) off a name. */

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

/** A tab row read by its header's columns (the rule added after the speed work), written plainly. */
function readByHeader(line: Line, cells: string[], ctx: UncodedContext, columns: ProjectColumns): ProjectRecord | null {
  const amount = cells[columns.amount] ?? "";
  const name = (cells[columns.name] ?? "").replace(/\s+/g, "");
  if (!/^-?[\d,]+\.\d+$/.test(amount) || !isProjectName(name, ctx.units)) return null;
  const codeCell = columns.code >= 0 ? (cells[columns.code] ?? "") : "";
  return {
    code: /^\d{6,}[A-Z\d]*$/.test(codeCell) ? codeCell : null,
    name,
    amount: toWan(amount, ctx.block.unit),
    unit: columns.unit >= 0 && cells[columns.unit] ? cells[columns.unit] : null,
    provenance: provenance(ctx.block, line.no, line.no, line.text.replace(/\t/g, " ")),
  };
}

const CJK_CHAR = /[\u4e00-\u9fa5]/;

/** `line`, when given, is what the pending line adds to the name (its serial number cut off). */
type UncodedReading = { kind: "pending"; line?: Line; tentative?: boolean } | { kind: "row"; project: ProjectRecord | null } | { kind: "skip" };

/**
 * Reads a project row printed without a code: a name (possibly wrapped over the lines before,
 * in `pending`), an optional executing unit, then the figures. Unit rows ("040001 某局本级"),
 * category rows ("31 本级支出项目"), totals and headers are not projects. Before the first row with
 * figures, text lines are header, so a wrapped name is only gathered after it.
 */
function readUncodedRow(line: Line, pending: Line[], ctx: UncodedContext): UncodedReading {
  const { block, units } = ctx;
  if (line.text.includes("\t")) {
    const cells = line.text.split("\t").map((c) => c.trim());
    // Added after the speed work: a row read by the header's columns, as the reader does.
    const byColumns = ctx.columns !== null ? readByHeader(line, cells, ctx, ctx.columns) : null;
    if (byColumns !== null) return { kind: "row", project: byColumns };
    const amountAt = cells.findIndex((c) => /^-?[\d,]+\.\d+$/.test(c));
    if (amountAt < 0) return { kind: "skip" };
    const words = cells.slice(0, amountAt).filter((c) => c !== "");
    if (words.length === 0 || /^\d{1,9}$/.test(words[0]) && !(ctx.hasSerial && words[0].length <= 3)) return { kind: "row", project: null };
    const [rawName, unitCell] = /^\d{1,3}$/.test(words[0]) ? words.slice(1) : words;
    const name = (rawName ?? "").replace(/\s+/g, "");
    if (!isProjectName(name, units)) return { kind: "row", project: null };
    return {
      kind: "row",
      project: {
        code: null,
        name,
        amount: toWan(cells[amountAt], block.unit),
        // Added with the project tables that print a function code beside the name (shared rule).
        unit: unitCell && !/^\d{3,}$/.test(unitCell) ? unitCell : null,
        provenance: provenance(block, line.no, line.no, line.text.replace(/\t/g, " ")),
      },
    };
  }
  const text = line.text.trim();
  // A copy: the leading serial number may be shifted off below.
  const nums = findNumbers(text).slice();
  if (nums.length === 0) {
    if (NOT_A_PROJECT.test(text) || !/[\u4e00-\u9fa5]/.test(text)) return { kind: "skip" };
    // Added in session 7: before the first figures, lines after the header's last cell are gathered.
    if (!ctx.seenFigures) return legacyIsHeaderCell(text) ? { kind: "skip" } : { kind: "pending", tentative: true };
    return { kind: "pending" };
  }
  const tentative = ctx.tentative;
  if (tentative && pending.length > 0 && !(nums[0].index === 0 && isWholeFigureLine(text))) pending = [];
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
      const byUnit = pending.length === 0 && lead.raw.length === 6 && nums.length >= 2
        ? splitLeadingUnit(text.slice(lead.end, nums[1].index), units)
        : null;
      if (byUnit && isProjectName(byUnit.name, units)) {
        return { kind: "row", project: leadingUnitProject(block, line, byUnit, nums[1], text) };
      }
      const named = pending.length > 0 && isWholeFigureLine(text) && !(tentative && legacyIsHeaderCell(pending.map((l) => l.text.trim()).join("")));
      return { kind: "row", project: named ? fromPending(pending, line, lead, ctx) : null };
    }
    head = text.slice(lead.end, nums[1].index).trim();
    nums.shift();
  }
  if (/^\d{2,6}\s/.test(head)) return { kind: "row", project: null };
  const byUnit = pending.length === 0 ? splitLeadingUnit(head, units) : null;
  if (byUnit && isProjectName(byUnit.name, units)) return { kind: "row", project: leadingUnitProject(block, line, byUnit, nums[0], text) };
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

function leadingUnitProject(block: TableBlock, line: Line, byUnit: { name: string; unit: string }, amount: NumberToken, text: string): ProjectRecord {
  return {
    code: null,
    name: byUnit.name,
    amount: toWan(amount.raw, block.unit),
    unit: byUnit.unit,
    provenance: provenance(block, line.no, line.no, text.replace(/\s+/g, " ").slice(0, 200)),
  };
}

function legacyIsHeaderCell(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (text.length > 24) return false;
  return (
    /^[\u4e00-\u9fa5]{0,12}(?:拨款|收入|结转|结余|预算|预算数|金额|合计|总计|小计|名称|类型|类别|编码|代码|性质|来源|备注|序号|科目|分类|期限|年限|单位|部门|科室|内容|目标|概述|说明|依据)(?:\([\u4e00-\u9fa5]{1,6}\))?$/.test(t) ||
    /^(?:[\u4e00-\u9fa5]{0,6}(?:单位|专户|管理|自有|其他)|理)资金$/.test(t)
  );
}

function isWholeFigureLine(text: string): boolean {
  return /^[-\d.,\s]+$/.test(text);
}

/** A name wrapped over the lines before a line of figures only. */
function fromPending(pending: Line[], figures: Line, first: NumberToken, ctx: UncodedContext): ProjectRecord | null {
  const joined = pending.map((l) => l.text.trim()).join("").replace(/\s+/g, "");
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
  if (name.length < 2 || !/[\u4e00-\u9fa5]/.test(name)) return false;
  if (NOT_A_PROJECT.test(name)) return false;
  if (units.has(name) || UNIT_NAME.test(name)) return false;
  return true;
}

/** What one per-project form (申报表 / 绩效目标表 / 绩效自评表) says about its project. */
interface FormProject extends ProjectRecord {
  /** Index of the block the form was read from. */
  blockIndex: number;
}

const LABEL_AMOUNT = [
  /年度预算金额\s*:?\s*([\d,]+(?:\.\d+)?)\s*万?/,
  /项目当年预算\s*:?\s*([\d,]+(?:\.\d+)?)/,
  /当年预算合计\s*:?\s*([\d,]+(?:\.\d+)?)/,
  /项目总预算\s*:?\s*([\d,]+(?:\.\d+)?)/,
];

/**
 * Reads a per-project form: jianghan-style 项目年度绩效目标表 ("项目名称:X 年度预算金额:6万"),
 * 项目申报表 ("项目名称 X … 项目编码 Y", "项目当年预算 525") and, in a 决算, the 项目绩效自评表
 * ("预算数 执行数" or "年初预算数 全年预算数 全年执行数" over the 资金总额 row).
 */
export function legacyReadProjectForm(block: TableBlock, blockIndex: number): FormProject | null {
  const lines = block.body;
  let name: string | null = null;
  let nameLine = lines[0]?.no ?? block.line;
  for (let i = 0; i < lines.length && !name; i++) {
    // Both readings below need the label itself.
    if (!lines[i].text.includes("项目名称")) continue;
    const t = lines[i].text.replace(/\t+/g, " ").trim();
    const inline = /项目名称\s*:?\s*(.+?)(?=\s+(?:项目(?:编码|代码|类别|总预算)|年度预算金额)|项目(?:编码|代码)|$)/.exec(t);
    if (inline && inline[1].trim() && !/^(?:项目|单位|合计)/.test(inline[1].trim())) {
      name = inline[1].trim();
      nameLine = lines[i].no;
    } else if (/^项目名称$/.test(t) && i + 1 < lines.length) {
      // The name may wrap over lines until the next label (主管部门, 项目实施单位 …).
      let k = i + 1;
      let joined = "";
      while (k < lines.length && k <= i + 3 && !/^(?:主管部门|项目实施单位|实施单位|项目类别|项目编码|项目代码|预算执行)/.test(lines[k].text.trim())) {
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
  // One pass over the form's lines for the two labels read below (one includes() per label).
  let hasCode = false;
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (!hasCode && text.includes("项目") && hasCodeLabel(lines[i])) hasCode = true;
    if (header < 0 && text.includes("执行数") && text.includes("预算数")) header = i;
    if (hasCode && header >= 0) break;
  }
  const code = hasCode ? findFormCode(lines) : null;
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
    record.provenance = { ...record.provenance, line: execution.line, endLine: execution.line, excerpt: execution.excerpt };
    return record;
  }
  const text = joinForm(lines);
  for (const re of LABEL_AMOUNT) {
    const m = re.exec(text);
    if (!m) continue;
    record.amount = toWan(m[1], block.unit);
    const hit = lines.find((l) => re.test(l.text.replace(/\t+/g, " ")));
    if (hit) record.provenance = { ...record.provenance, line: hit.no, endLine: hit.no, excerpt: hit.text.replace(/\t/g, " ") };
    break;
  }
  return record;
}

const FORM_CODE = /项目(?:编码|代码)\s*:?\s*(\d{6,}[A-Z]{0,3}\d{3,})/;

/**
 * The first "项目编码: …" of the form, as FORM_CODE finds it in the joined form: a match opens on a
 * line with the label and can run on only over blank lines to the next line with text, so each
 * label line is read with just those lines instead of joining the whole form.
 */
function findFormCode(lines: Line[]): string | null {
  for (let k = 0; k < lines.length; k++) {
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

/** The form's lines as one text, tab runs read as spaces. */
function joinForm(lines: Line[]): string {
  return lines.map((l) => l.text.replace(/\t+/g, " ")).join("\n");
}

function hasCodeLabel(l: Line): boolean {
  return l.text.includes("项目编码") || l.text.includes("项目代码");
}

interface Execution {
  values: Pick<ProjectRecord, "initialBudget" | "adjustedBudget" | "executed">;
  line: number;
  excerpt: string;
}

/** The figures under the form's "预算数 … 执行数" header line (lines[header]). */
function readExecution(lines: Line[], header: number, block: TableBlock): Execution | null {
  const h = lines[header].text.replace(/\s+/g, "");
  const columns: Array<"initialBudget" | "adjustedBudget" | "executed" | null> = [];
  for (const m of h.matchAll(/年初预算数|全年预算数|预算数|全年执行数|执行数|分值|执行率|得分/g)) {
    const w = m[0];
    columns.push(w === "年初预算数" ? "initialBudget" : w === "全年预算数" || w === "预算数" ? "adjustedBudget" : /执行数/.test(w) ? "executed" : null);
  }
  for (let i = header + 1; i < Math.min(lines.length, header + 8); i++) {
    if (!/资金总额|^[\d.,\s%]+$/.test(lines[i].text.trim()) && !/资金总额/.test(lines[i - 1]?.text ?? "")) continue;
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
