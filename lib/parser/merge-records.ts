import { isSameMoney, sumMoney } from "../money";
import { compareAmounts, compareStatedAmount } from "./checks/amounts";
import { findEconomicCode, findFunctionCode, findFunctionCodesByName, normalizeClassificationName } from "./reference";
import type {
  EconomicRow,
  FunctionLevel,
  FunctionRow,
  Line,
  Money,
  NarrativeExtraction,
  NarrativeStatement,
  ProjectRecord,
  Provenance,
  SummaryFigure,
  TableExtraction,
  TableKind,
  Totals,
} from "./types";

/**
 * Merging the table stage's and the narrative stage's records into the one-per-item view readers
 * see. Tables win over sentences (they are the document's primary statement); sentences fill
 * what tables do not give (narrative-only documents print their figures in prose).
 */

const FUNCTION_TABLE_RANK: Partial<Record<TableKind, number>> = {
  "general-expenditure": 0,
  expenditure: 1,
};

function levelOfCode(code: string): FunctionLevel {
  return code.length <= 3 ? "类" : code.length <= 5 ? "款" : "项";
}

function hasAmount(row: { total: Money | null; basic?: Money | null; project?: Money | null }): boolean {
  return row.total != null || row.basic != null || row.project != null;
}

/**
 * A row's display name: the printed one, unless PDF extraction cut it at a line end
 * ("机关事业单位基本养老保险缴费支") or it is missing; then the national catalogue's name
 * (current or the older alias the cut name starts with).
 */
export function completeClassificationName(code: string, printed: string, catalogue: "function" | "economic"): string {
  const entry = catalogue === "function" ? findFunctionCode(code) : findEconomicCode(code);
  if (!entry) return printed;
  if (!printed.trim()) return entry.name;
  const norm = normalizeClassificationName(printed);
  const names = [entry.name, ...entry.aliases];
  if (names.some((n) => normalizeClassificationName(n) === norm)) return printed;
  if (norm.length >= 4) {
    const completion = names.find((n) => normalizeClassificationName(n).startsWith(norm));
    if (completion) return completion;
  }
  return printed;
}

/** Heading of the narrative section a line sits in ("五、一般公共预算支出安排情况"), or "". */
function sectionHeadingOf(lineNo: number, headings: Array<{ no: number; text: string }>): string {
  let heading = "";
  for (const h of headings) {
    if (h.no > lineNo) break;
    heading = h.text;
  }
  return heading;
}

const HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
/** Character codes a HEADING can start with after its leading spaces: 第, a Chinese numeral, or an opening bracket. */
const HEADING_FIRST = new Set(Array.from("第一二三四五六七八九十(（", (c) => c.charCodeAt(0)));

/** What `\s` matches in a regex, as a character code test. */
function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The lines HEADING matches, in order; a line whose first visible character cannot start one is skipped without the regex. */
function findHeadingLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const text = l.text;
    let i = 0;
    while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
    if (i >= text.length || !HEADING_FIRST.has(text.charCodeAt(i))) continue;
    if (HEADING.test(text)) out.push(l);
  }
  return out;
}

/** Function statements by code, in document order: rows look up their own statements instead of scanning all. */
function groupStatementsByCode(statements: NarrativeStatement[]): Map<string, NarrativeStatement[]> {
  const byCode = new Map<string, NarrativeStatement[]>();
  for (const s of statements) {
    const code = s.code!;
    const list = byCode.get(code);
    if (list) list.push(s);
    else byCode.set(code, [s]);
  }
  return byCode;
}

/**
 * Which narrative statement of an item's amount to trust when the text states several: the
 * 一般公共预算 section (the prose counterpart of the general-expenditure table) before the
 * 财政拨款 section before the department-wide sections. Sections about 基本支出 state only the
 * basic part of an item, and 三公 sections other figures: never an item's total.
 */
function statementRank(heading: string): number | null {
  if (/基本支出|人员经费|公用经费|三公|机关运行/.test(heading)) return null;
  if (/一般公共预算/.test(heading)) return 0;
  if (/财政拨款/.test(heading)) return 1;
  return 2;
}

/**
 * One function row per code. Table rows win, ranked general-expenditure, expenditure, then any
 * other table in document order; codes no table gives come from narrative statements. A 决算's
 * narrative 年初预算 and explanation are attached to the row of the same code.
 */
export function mergeFunctions(
  tableRows: FunctionRow[],
  statements: NarrativeStatement[],
  lines: Line[],
): FunctionRow[] {
  const byCode = new Map<string, { row: FunctionRow; rank: number }>();
  for (const row of tableRows) {
    if (!hasAmount(row)) continue;
    const rank = FUNCTION_TABLE_RANK[row.provenance.table ?? "other"] ?? 2;
    const current = byCode.get(row.code);
    if (!current || rank < current.rank) byCode.set(row.code, { row, rank });
  }
  const functionStatements: NarrativeStatement[] = [];
  for (const s of statements) {
    if (s.subjectKind !== "function") continue;
    const resolved = s.code ? s : { ...s, code: resolveFunctionCode(s.subject) };
    if (resolved.code) functionStatements.push(resolved);
  }
  // Section headings are only needed to rank a stated amount; most documents state few, so the lines are scanned once, on demand.
  let headings: Line[] | null = null;
  for (const s of functionStatements) {
    if (s.amount == null || s.isNone) continue;
    const code = s.code!;
    headings ??= findHeadingLines(lines);
    const base = statementRank(sectionHeadingOf(s.provenance.line, headings));
    if (base == null) continue;
    const rank = 10 + base;
    const current = byCode.get(code);
    if (current && current.rank <= rank) continue;
    byCode.set(code, {
      rank,
      row: {
        code,
        level: levelOfCode(code),
        name: s.subject,
        total: s.amount,
        basic: null,
        project: null,
        provenance: s.provenance,
      },
    });
  }
  const rows = [...byCode.values()].map(({ row }) => ({
    ...row,
    name: completeClassificationName(row.code, row.name, "function"),
  }));
  const byStatedCode = groupStatementsByCode(functionStatements);
  for (const row of rows) attachBudgetComparison(row, byStatedCode.get(row.code));
  attachNarrativeAmounts(rows, tableRows, byStatedCode);
  return rows.sort((a, b) => compareCodes(a.code, b.code));
}

type AmountColumn = "total" | "basic" | "project" | "personnel" | "public";
const WHOLE_COLUMNS: AmountColumn[] = ["total", "basic", "project"];
/** The column a statement's scope is held against; a scope not listed states the whole item. */
const SCOPE_COLUMNS: Record<string, AmountColumn[]> = {
  基本支出: ["basic"],
  项目支出: ["project"],
  人员经费: ["personnel"],
  公用经费: ["public"],
};

/**
 * Keeps the narrative's figure on a table row when no table prints it for that code: yuelu's text
 * says 卫生健康支出 1,950.00 where every table says 1,905.00, and readers of the row should see both.
 * A statement about one part (the 项目支出 share of an item) is held against that column only.
 */
function attachNarrativeAmounts(rows: FunctionRow[], tableRows: FunctionRow[], statementsByCode: Map<string, NarrativeStatement[]>): void {
  if (statementsByCode.size === 0) return;
  const printed = new Map<string, FunctionRow[]>();
  for (const r of tableRows) {
    const list = printed.get(r.code);
    if (list) list.push(r);
    else printed.set(r.code, [r]);
  }
  for (const row of rows) {
    if (row.narrativeAmount != null || row.provenance.source !== "table") continue;
    const sameCode = printed.get(row.code);
    if (!sameCode) continue;
    const statements = statementsByCode.get(row.code);
    if (!statements) continue;
    for (const s of statements) {
      if (s.amount == null || s.isNone) continue;
      const columns = SCOPE_COLUMNS[s.scope ?? ""] ?? WHOLE_COLUMNS;
      let held = false;
      let agrees = false;
      for (const r of sameCode) {
        for (const c of columns) {
          const v = r[c];
          if (v == null) continue;
          held = true;
          if (compareStatedAmount(v, s.amount) !== "mismatch") agrees = true;
        }
      }
      if (held && !agrees) {
        row.narrativeAmount = s.amount;
        break;
      }
    }
  }
}

/** A statement's code when the narrative stage could not name one: the catalogue's, if unique. */
function resolveFunctionCode(subject: string): string | null {
  const name = subject.replace(/[(（][类款项][)）]$/, "");
  const hits = findFunctionCodesByName(name);
  return hits.length === 1 ? hits[0] : null;
}

function attachBudgetComparison(row: FunctionRow, statements: NarrativeStatement[] | undefined): void {
  const s = statements?.find((st) => st.initialBudget != null);
  if (!s) return;
  row.initialBudget = s.initialBudget ?? null;
  if (s.explanation) row.explanation = s.explanation;
  if (s.completionRate) row.completionRate = s.completionRate;
  if (s.amount != null && row.total != null && !isSameMoney(s.amount, row.total)) row.narrativeAmount = s.amount;
}

/** Codes in tree order: 208, 20805, 2080505, 20811, 210 … */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One economic row per code, all from one source so the figures share one scope: the basic
 * expenditure table (the genre's economic table) when present, else the first table printing
 * economic rows, else narrative statements ("工资福利支出196.65万元").
 */
export function mergeEconomics(tableRows: EconomicRow[], statements: NarrativeStatement[]): EconomicRow[] {
  const withAmount = tableRows.filter((r) => r.total != null || r.personnel != null || r.public != null);
  const basic = withAmount.filter((r) => r.provenance.table === "general-basic");
  let chosen: EconomicRow[] = basic;
  if (chosen.length === 0 && withAmount.length > 0) {
    const firstTitle = withAmount[0].provenance.tableTitle ?? withAmount[0].provenance.table;
    chosen = withAmount.filter((r) => (r.provenance.tableTitle ?? r.provenance.table) === firstTitle);
  }
  if (chosen.length === 0) {
    chosen = statements
      .filter((s) => s.subjectKind === "economic" && s.code && s.amount != null && !s.isNone)
      .map((s) => ({
        code: s.code!,
        level: s.code!.length <= 3 ? ("类" as const) : ("款" as const),
        name: s.subject,
        total: s.amount,
        provenance: s.provenance,
      }));
  }
  const byCode = new Map<string, EconomicRow>();
  for (const r of chosen) {
    if (!byCode.has(r.code)) byCode.set(r.code, { ...r, name: completeClassificationName(r.code, r.name, "economic") });
  }
  return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}

const TOTAL_FIGURE_KEYS: Record<keyof Totals, string> = {
  income: "income.total",
  expenditure: "expenditure.total",
  basic: "expenditure.basic",
  project: "expenditure.project",
  personnel: "expenditure.personnel",
  public: "expenditure.public",
};

/**
 * What stands in for a total nothing states by its own name: the general budget's basic
 * expenditure ("一般公共预算基本支出") for the department's, and the budget's 收支总计
 * ("部门收支总预算2,000.00万元", one figure for both sides) for income and expenditure.
 */
const FALLBACK_FIGURE_KEYS: Partial<Record<keyof Totals, string>> = {
  basic: "general.basic",
  income: "incomeExpenditure.total",
  expenditure: "incomeExpenditure.total",
};

/**
 * Totals from the tables; each one a table does not give is taken from the figures (tables' then
 * narrative's), then from the figure that stands in for it (FALLBACK_FIGURE_KEYS): it is the
 * figure readers compare.
 */
export function mergeTotals(
  tables: TableExtraction,
  narrative: NarrativeExtraction,
): { totals: Totals; totalsProvenance: Partial<Record<keyof Totals, Provenance>> } {
  const totals: Totals = {};
  const totalsProvenance: Partial<Record<keyof Totals, Provenance>> = {};
  for (const key of Object.keys(TOTAL_FIGURE_KEYS) as Array<keyof Totals>) {
    const fromTable = tables.totals[key];
    if (fromTable != null) {
      totals[key] = fromTable;
      const p = tables.totalsProvenance[key];
      if (p) totalsProvenance[key] = p;
      continue;
    }
    const fallback = FALLBACK_FIGURE_KEYS[key];
    const figure = findTotalFigure(tables.figures, narrative.figures, TOTAL_FIGURE_KEYS[key]) ??
      (fallback ? findTotalFigure(tables.figures, narrative.figures, fallback) : undefined);
    if (figure) {
      totals[key] = figure.value;
      totalsProvenance[key] = figure.provenance;
    }
  }
  return { totals, totalsProvenance };
}

function findTotalFigure(tableFigures: SummaryFigure[], narrativeFigures: SummaryFigure[], key: string): SummaryFigure | undefined {
  return (
    tableFigures.find((f) => f.key === key && !f.isCount) ?? narrativeFigures.find((f) => f.key === key && !f.isCount)
  );
}

/** Bigram overlap (Dice) of two names: 1 for equal names, near 0 for unrelated ones. */
function nameSimilarity(a: string, b: string): number {
  const x = normalizeClassificationName(a);
  const y = normalizeClassificationName(b);
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  const grams = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  const gx = grams(x);
  const gy = new Map<string, number>();
  for (const g of grams(y)) gy.set(g, (gy.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of gx) {
    const n = gy.get(g) ?? 0;
    if (n > 0) {
      common++;
      gy.set(g, n - 1);
    }
  }
  return (2 * common) / (gx.length + Math.max(0, y.length - 1) || 1);
}

/** Two records of one project: same code, or no conflicting code, the same amount and a similar name. */
function isSameProject(a: ProjectRecord, b: ProjectRecord): boolean {
  if (a.code && b.code) return a.code === b.code && isSameAmount(a.amount, b.amount);
  return a.amount != null && isSameAmount(a.amount, b.amount) && nameSimilarity(a.name, b.name) >= 0.6;
}

const detailCount = (p: ProjectRecord) =>
  [p.code, p.initialBudget, p.adjustedBudget, p.executed].filter((v) => v != null).length;

/**
 * Drops repeated pages and the same project stated twice (a list and a self-evaluation summary
 * name it slightly differently); the record with more details (code, budget figures) is kept.
 */
function dedupeProjects(projects: ProjectRecord[]): ProjectRecord[] {
  const out: ProjectRecord[] = [];
  for (const p of projects) {
    const i = out.findIndex((o) => isSameProject(o, p));
    if (i < 0) out.push(p);
    else if (detailCount(p) > detailCount(out[i])) out[i] = p;
  }
  return out;
}

/** Fills a chosen project's missing code and budget figures from the other source's record of it. */
function enrichProjects(chosen: ProjectRecord[], other: ProjectRecord[]): ProjectRecord[] {
  return chosen.map((p) => {
    const q = other.find((o) => isSameProject({ ...p, code: p.code ?? o.code }, o));
    if (!q) return p;
    return {
      ...p,
      code: p.code ?? q.code ?? null,
      initialBudget: p.initialBudget ?? q.initialBudget,
      adjustedBudget: p.adjustedBudget ?? q.adjustedBudget,
      executed: p.executed ?? q.executed,
      unit: p.unit ?? q.unit,
    };
  });
}

/** A full stop, or an amount with 万元 and a comma after it: prose, not a table cell. */
const SENTENCE_ROW_RE = /[。；;]|万元[，,]/;

/**
 * A "row" of a project table that is really the prose after the table ("2020年收入预算2,525.60
 * 万元，支出预算…。"), read on when the table had no end marker: a summary figure, not a project.
 */
function isSentenceRow(project: ProjectRecord): boolean {
  return SENTENCE_ROW_RE.test(project.provenance.excerpt ?? project.name);
}

/**
 * Projects from the tables, else from the narrative. When both give a list, the one whose amounts
 * add up to the project total wins (a 决算's narrative often lists every project while its
 * self-evaluation forms cover only some); a tie goes to the tables. Repeated pages are dropped.
 */
export function mergeProjects(
  tableProjects: ProjectRecord[],
  narrativeProjects: ProjectRecord[],
  projectTotal: Money | null | undefined,
): ProjectRecord[] {
  const fromTables = dedupeProjects(tableProjects.filter((p) => !isSentenceRow(p)));
  const fromNarrative = dedupeProjects(narrativeProjects);
  if (fromTables.length === 0) return fromNarrative;
  if (fromNarrative.length === 0 || projectTotal == null) return fromTables;
  const adds = (list: ProjectRecord[]) => isSameMoney(sumMoney(list.map((p) => p.amount)), projectTotal);
  if (!adds(fromTables) && adds(fromNarrative)) return enrichProjects(fromNarrative, fromTables);
  return enrichProjects(fromTables, fromNarrative);
}

/** All summary figures, tables' first; the same key with the same value is kept once. */
export function mergeFigures(tableFigures: SummaryFigure[], narrativeFigures: SummaryFigure[]): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  // Only figures of the same key can repeat each other: compare within a key, not with all.
  const keptByKey = new Map<string, SummaryFigure[]>();
  for (const f of [...tableFigures, ...narrativeFigures]) {
    const kept = keptByKey.get(f.key);
    if (kept?.some((o) => isSameAmount(o.value, f.value))) continue;
    if (kept) kept.push(f);
    else keptByKey.set(f.key, [f]);
    out.push(f);
  }
  return out;
}

/** isSameMoney, without decimal.js for the usual case of two identical strings or small amounts. */
function isSameAmount(a: Money | null | undefined, b: Money | null | undefined): boolean {
  if (a == null || b == null) return a == b;
  return a === b || compareAmounts(a, b) === "equal";
}
