import type { EconomicRow, Finding, FunctionRow, Line, ProjectRecord, Provenance, SummaryFigure, TableExtraction, TableRecord, Totals } from "../types";
import {
  buildEconomicRows,
  buildFunctionRows,
  economicSlots,
  functionSlots,
  isFunctionTable,
  readPlacedRows,
  settledValues,
  type PlacedRow,
} from "./classification-tables";
import { mergeFormProjects, readProjectForm, readProjectTable, type FormProject } from "./projects";
import { clearAmountMemo } from "./amounts";
import { clearScaledMemo, isSameSum } from "./exact-sum";
import { inferMissingUnits } from "./missing-units";
import { isSameMoney } from "../../money";
import { findRepeatedPages } from "./repeated-pages";
import { segmentTables, type TableBlock } from "./segment-tables";
import { findLabelledAmount, readIncomeExpenditure, readThreePublic, type SummaryReading } from "./summary-figures";

// A 决算 公开05表 footer "人员经费合计 5,123.45 公用经费合计 629.74" (or "人员经费 X 公用经费 Y"):
// the label straight before a figure, so the header "人员经费 公用经费" is never read.
const PERSONNEL_FOOTER = /人员经费(?:合计)?(?=\s*-?\d)/;
const PUBLIC_FOOTER = /公用经费(?:合计)?(?=\s*-?\d)/;


/**
 * The table stage: finds each table of a budget/final-accounts disclosure by its title and reads
 * its rows into typed records with provenance. Pure and linear in the number of lines.
 */
export function extractTables(lines: Line[]): TableExtraction {
  clearAmountMemo();
  clearScaledMemo();
  const blocks = segmentTables(lines);
  const { findings, repeated } = findRepeatedPages(blocks);
  // The records keep each table's unit as printed; the readers below use the inferred one.
  const tables: TableRecord[] = blocks.map((b) => ({
    kind: b.kind,
    title: b.title,
    number: b.number,
    unit: b.unit,
    line: b.line,
    endLine: b.endLine,
    isEmpty: b.isEmpty,
    noneNote: b.noneNote,
  }));
  for (const f of inferMissingUnits(blocks)) findings.push(f);

  // (Loops that push, not flatMap: flatMap copies through a slow generic path.)
  const functionRows: FunctionRow[] = [];
  const economicRows: EconomicRow[] = [];
  const listed: ProjectRecord[] = [];
  for (const b of blocks) {
    if (isFunctionTable(b) && !b.isEmpty) pushAll(functionRows, buildFunctionRows(b));
    if ((b.kind === "general-basic" || b.kind === "economic-expenditure") && !b.isEmpty) pushAll(economicRows, buildEconomicRows(b));
  }

  const reading: SummaryReading = { totals: {}, totalsProvenance: {}, figures: [] };
  readIncomeExpenditure(blocks, reading);
  readTableTotals(blocks, reading);
  readSummarySplit(blocks, reading);
  readThreePublic(blocks, reading);

  for (const b of blocks) if (b.kind === "projects") pushAll(listed, readProjectTable(b));
  const forms: FormProject[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== "performance-project" || repeated.has(i)) return;
    const f = readProjectForm(b, i);
    if (f) forms.push(f);
  });
  const projects: ProjectRecord[] = mergeFormProjects(listed, forms);

  return {
    tables,
    functionRows,
    economicRows,
    projects,
    figures: reading.figures,
    totals: reading.totals,
    totalsProvenance: reading.totalsProvenance,
    findings: findings as Finding[],
  };
}

function pushAll<T>(into: T[], items: T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

function totalRow(rows: PlacedRow[], label: RegExp = /^(?:合计|总计)$/): PlacedRow | undefined {
  return rows.find((p) => p.row.code === null && label.test(p.row.name) && p.candidates.length === 1);
}

function rowProvenance(block: TableBlock, p: PlacedRow): Provenance {
  return {
    source: "table",
    table: block.kind,
    tableTitle: block.title,
    line: p.row.line,
    endLine: p.row.endLine,
    excerpt: p.row.excerpt,
  };
}

function footerProvenance(block: TableBlock, line: Line): Provenance {
  return { source: "table", table: block.kind, tableTitle: block.title, line: line.no, endLine: line.no, excerpt: line.text.replace(/\t/g, " ") };
}

/** Records a total unless one was read already (a module function: no closure per call). */
function put(into: SummaryReading, key: keyof Totals, figureKey: string, value: string | undefined, label: string, prov: Provenance): void {
  if (value === undefined || into.totals[key] != null) return;
  into.totals[key] = value;
  into.totalsProvenance[key] = prov;
  const figure: SummaryFigure = { key: figureKey, label, value, provenance: prov };
  into.figures.push(figure);
}

/** Records a figure for a total that another table already gave with a different value. */
function alsoFigure(into: SummaryReading, key: keyof Totals, figureKey: string, value: string | undefined, label: string, prov: Provenance): void {
  const given = into.totals[key];
  if (value === undefined || given == null || isSameMoney(given, value)) return;
  into.figures.push({ key: figureKey, label, value, provenance: prov });
}

/**
 * 基本/项目 from the 合计 row of the 支出总表 (else the 一般公共预算支出表), 人员/公用 from the
 * 基本支出表's 合计 row (else its 人员经费合计 / 公用经费合计 lines, else a 支出表 that has those
 * columns). The 支出总表 covers all the unit's money, as the 收支总表's total does: basic and
 * project then add up to that total. The 一般公共预算 table's figures stay as general.* figures
 * (a unit with 事业收入 or a carry-over spends more than its 拨款).
 */
function readTableTotals(blocks: TableBlock[], into: SummaryReading): void {
  const pending: Array<{ block: TableBlock; p: PlacedRow }> = [];
  for (const kind of ["expenditure", "general-expenditure"] as const) {
    for (const block of blocks.filter((b) => b.kind === kind && !b.isEmpty)) {
      const slots = functionSlots(block);
      const p = totalRow(readPlacedRows(block, "function", slots));
      if (!p) continue;
      const a = settledValues(p);
      const prov = rowProvenance(block, p);
      if (kind === "general-expenditure" && a.total !== undefined && !into.figures.some((f) => f.key === "general.expenditure")) {
        into.figures.push({ key: "general.expenditure", label: p.row.name, value: a.total, provenance: prov });
        // The 拨款's own 基本支出, which its 基本支出表's 人员经费 and 公用经费 add up to.
        if (a.basic !== undefined) into.figures.push({ key: "general.basic", label: "一般公共预算基本支出", value: a.basic, provenance: prov });
      }
      const basic = slots.includes("basic") ? (a.basic ?? (p.row.values.length > 1 ? "0.00" : undefined)) : undefined;
      const project = slots.includes("project") ? (a.project ?? (p.row.values.length > 1 ? "0.00" : undefined)) : undefined;
      if (kind === "general-expenditure") {
        // The 支出表 covers all the unit's money: where it has more than the 一般公共预算 table
        // (事业收入, 其他收入), the 一般公共预算 table's split is kept as a figure of its own, the one
        // a sentence about the 拨款 may quote ("其中：基本支出X万元").
        alsoFigure(into, "basic", "expenditure.basic", basic, "基本支出", prov);
        alsoFigure(into, "project", "expenditure.project", project, "项目支出", prov);
      }
      put(into, "basic", "expenditure.basic", basic, "基本支出", prov);
      put(into, "project", "expenditure.project", project, "项目支出", prov);
      if (into.totals.expenditure == null && a.total !== undefined) put(into, "expenditure", "expenditure.total", a.total, p.row.name, prov);
      if (slots.includes("personnel")) {
        // Held back until the 基本支出表 has had its say.
        pending.push({ block, p });
      }
    }
  }
  for (const block of blocks.filter((b) => b.kind === "general-basic" && !b.isEmpty)) {
    const rows = readPlacedRows(block, "economic", economicSlots(block));
    const p = totalRow(rows);
    if (p && p.candidates[0].personnel !== undefined) {
      put(into, "personnel", "expenditure.personnel", p.candidates[0].personnel, "人员经费", rowProvenance(block, p));
      put(into, "public", "expenditure.public", p.candidates[0].public, "公用经费", rowProvenance(block, p));
    }
    const personnel = totalRow(rows, /^人员经费(?:合计)?$/);
    const office = totalRow(rows, /^公用经费(?:合计)?$/);
    if (personnel) put(into, "personnel", "expenditure.personnel", personnel.candidates[0].total, personnel.row.name, rowProvenance(block, personnel));
    if (office) put(into, "public", "expenditure.public", office.candidates[0].total, office.row.name, rowProvenance(block, office));
    // Both footers on one line: the row reader sees one 合计 row with two figures.
    // Both footers hold 经费.
    const personnelFooter = into.totals.personnel == null ? findLabelledAmount(block, PERSONNEL_FOOTER, "经费") : null;
    const publicFooter = into.totals.public == null ? findLabelledAmount(block, PUBLIC_FOOTER, "经费") : null;
    if (personnelFooter) put(into, "personnel", "expenditure.personnel", personnelFooter.value, personnelFooter.label, footerProvenance(block, personnelFooter.line));
    if (publicFooter) put(into, "public", "expenditure.public", publicFooter.value, publicFooter.label, footerProvenance(block, publicFooter.line));
  }
  for (const { block, p } of pending.splice(0)) {
    const a = settledValues(p);
    put(into, "personnel", "expenditure.personnel", a.personnel, "人员经费", rowProvenance(block, p));
    put(into, "public", "expenditure.public", a.public, "公用经费", rowProvenance(block, p));
  }
}

// "一、基本支出 1,210.00" / "二、项目支出 490.00" in a 收支总表 whose 支出 side lists its spending by
// 支出类别 (山东's 收支预算总表); a label straight before a figure, not one inside a longer name.
const SUMMARY_BASIC = /(?<![\u4e00-\u9fa5])基本支出(?=\s*-?\d)/;
const SUMMARY_PROJECT = /(?<![\u4e00-\u9fa5])项目支出(?=\s*-?\d)/;

/**
 * 基本/项目 from the 收支总表 when no 支出 table gave them: read only when the two add up to the
 * 本年支出合计 read from that table (the same scope). Runs once per summary table.
 */
function readSummarySplit(blocks: TableBlock[], into: SummaryReading): void {
  if (into.totals.basic != null || into.totals.project != null) return;
  const total = into.totals.expenditure;
  const totalProv = into.totalsProvenance.expenditure;
  if (total == null || totalProv === undefined) return;
  for (const block of blocks) {
    if (block.kind !== "income-expenditure-summary" || block.isEmpty || totalProv.tableTitle !== block.title) continue;
    const basic = findLabelledAmount(block, SUMMARY_BASIC, "基本支出");
    const project = basic && findLabelledAmount(block, SUMMARY_PROJECT, "项目支出");
    if (!basic || !project || !isSameSum([total], [basic.value, project.value])) continue;
    put(into, "basic", "expenditure.basic", basic.value, basic.label, footerProvenance(block, basic.line));
    put(into, "project", "expenditure.project", project.value, project.label, footerProvenance(block, project.line));
    return;
  }
}
