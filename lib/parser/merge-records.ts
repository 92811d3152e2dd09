import { compareAmounts, compareStatedAmount, compareWithSum, exactMicros } from "./checks/amounts";
import { cell } from "./checks/columns";
import { findEconomicCode, findFunctionCode, findFunctionCodesByName, normalisedNamesOf, normalizeClassificationName } from "./reference";
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
import { isRegexSpace } from "./regex-space";

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
  // A name printed as the catalogue spells it (the usual case) normalises to one of the
  // catalogue's own normalised names, so it is kept without being normalised.
  if (printed === entry.name || entry.aliases.includes(printed)) return printed;
  if (!printed.trim()) return entry.name;
  const norm = normalizeClassificationName(printed);
  // The catalogue's names, normalised once with the catalogue, in the order [name, ...aliases].
  const normalised = normalisedNamesOf(entry);
  if (normalised.includes(norm)) return printed;
  if (norm.length >= 4) {
    const k = normalised.findIndex((n) => n.startsWith(norm));
    if (k >= 0) return k === 0 ? entry.name : entry.aliases[k - 1];
  }
  return printed;
}

const HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Whether a character can start a HEADING after its leading spaces: 第, a Chinese numeral, or an opening bracket. */
function isHeadingFirst(c: number): boolean {
  switch (c) {
    case 0x7b2c: // 第
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0x28: // (
    case 0xff08: // （
      return true;
    default:
      return false;
  }
}

/** HEADING.test(text), without the regex for a line whose first visible character cannot start one. */
function isHeadingLine(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (i < text.length && isRegexSpace(c)) c = text.charCodeAt(++i);
  return i < text.length && isHeadingFirst(c) && HEADING.test(text);
}

/** Index of the last line printed at or before an original line number (lines are in text order), or -1. */
function lastLineAtOrBefore(lines: Line[], lineNo: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].no <= lineNo) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Heading of the narrative section each of the given lines sits in ("五、一般公共预算支出安排情况"),
 * or "". The lines are visited in order and each section is walked back only to the previous
 * asked line, so the document's other lines (its tables, mostly) are never tested.
 */
function findSectionHeadings(lines: Line[], lineNos: number[]): Map<number, string> {
  const sorted = [...lineNos].sort((a, b) => a - b);
  const out = new Map<number, string>();
  let done = -1;
  let heading = "";
  for (const lineNo of sorted) {
    if (out.has(lineNo)) continue;
    const last = lastLineAtOrBefore(lines, lineNo);
    for (let i = last; i > done; i--) {
      if (isHeadingLine(lines[i].text)) {
        heading = lines[i].text;
        break;
      }
    }
    if (last > done) done = last;
    out.set(lineNo, heading);
  }
  return out;
}

/** Function statements by code, in document order: rows look up their own statements instead of scanning all. */
function groupStatementsByCode(statements: NarrativeStatement[], codes: string[]): Map<string, NarrativeStatement[]> {
  const byCode = new Map<string, NarrativeStatement[]>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const code = codes[i];
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
function statementRank(line: string): number | null {
  // An item line ("（一）农林水支出(类)水利(款)行政运行(项)。年初预算为…主要原因是人员经费增加") is
  // ranked by its title, not by the words of its explanation.
  const cut = line.search(/[。；;，,]/);
  const heading = cut < 0 ? line : line.slice(0, cut);
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
  // Function statements and their codes (the statement's own, else the catalogue's), as parallel lists.
  const functionStatements: NarrativeStatement[] = [];
  const statementCodes: string[] = [];
  for (const s of statements) {
    if (s.subjectKind !== "function") continue;
    const code = s.code || resolveFunctionCode(s.subject);
    if (!code) continue;
    functionStatements.push(s);
    statementCodes.push(code);
  }
  // Section headings are only needed to rank a stated amount: found for those statements' lines only.
  const statedLines: number[] = [];
  for (const s of functionStatements) if (s.amount != null && !s.isNone) statedLines.push(s.provenance.line);
  const headings = statedLines.length ? findSectionHeadings(lines, statedLines) : null;
  // A section's statements share its heading: each heading is ranked once (its regexes run once).
  const ranks = new Map<string, number | null>();
  for (let i = 0; i < functionStatements.length; i++) {
    const s = functionStatements[i];
    if (s.amount == null || s.isNone) continue;
    const code = statementCodes[i];
    const heading = headings!.get(s.provenance.line)!;
    let base = ranks.get(heading);
    if (base === undefined) {
      base = statementRank(heading);
      ranks.set(heading, base);
    }
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
  const byStatedCode = groupStatementsByCode(functionStatements, statementCodes);
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
    if (!statementsByCode.has(r.code)) continue;
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
      // One agreeing cell settles the statement: the rest need not be compared.
      for (let k = 0; k < sameCode.length && !agrees; k++) {
        for (const c of columns) {
          const v = cell(sameCode[k], c);
          if (v == null) continue;
          held = true;
          if (compareStatedAmount(v, s.amount) !== "mismatch") {
            agrees = true;
            break;
          }
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
  if (statements === undefined) return;
  // "教育支出1595.95万元，…完成年初预算100%，主要原因：…" states the rate and reason without the budget.
  const s = firstWithBudget(statements);
  if (!s) return;
  // A budget the row's table prints beside the 决算数 stands; the narrative's fills a gap.
  row.initialBudget = row.initialBudget ?? s.initialBudget ?? null;
  // "全年预算数为300万元，决算数为290万元，完成全年预算数的96.67%": the rate is against this budget.
  if (s.adjustedBudget != null && row.adjustedBudget == null) row.adjustedBudget = s.adjustedBudget;
  if (s.explanation) row.explanation = s.explanation;
  if (s.completionRate) row.completionRate = s.completionRate;
  if (s.amount != null && row.total != null && !isSameAmount(s.amount, row.total)) row.narrativeAmount = s.amount;
}

/**
 * The first statement stating an initial budget, else an adjusted one, else a completion rate:
 * two index loops rather than two `find` closures made per row.
 */
function firstWithBudget(statements: NarrativeStatement[]): NarrativeStatement | undefined {
  for (let i = 0; i < statements.length; i++) if (statements[i].initialBudget != null) return statements[i];
  for (let i = 0; i < statements.length; i++) if (statements[i].adjustedBudget != null) return statements[i];
  for (let i = 0; i < statements.length; i++) if (statements[i].completionRate != null) return statements[i];
  return undefined;
}

/** Codes in tree order: 208, 20805, 2080505, 20811, 210 … */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One economic row per code, all from one source so the figures share one scope: the basic
 * expenditure table (the genre's economic table; one scheme of it, see oneScheme) when present,
 * else the first table printing economic rows, else narrative statements ("工资福利支出196.65万元").
 */
export function mergeEconomics(tableRows: EconomicRow[], statements: NarrativeStatement[]): EconomicRow[] {
  const withAmount = tableRows.filter((r) => r.total != null || r.personnel != null || r.public != null);
  let chosen: EconomicRow[] = oneScheme(withAmount.filter((r) => r.provenance.table === "general-basic"));
  if (chosen.length === 0 && withAmount.length > 0) {
    const firstTitle = withAmount[0].provenance.tableTitle ?? withAmount[0].provenance.table;
    chosen = withAmount.filter((r) => (r.provenance.tableTitle ?? r.provenance.table) === firstTitle);
  }
  if (chosen.length === 0) {
    const stated = statements.filter((s) => s.subjectKind === "economic" && s.code && s.amount != null && !s.isNone);
    // A text may break down its basic spending and then its project spending by the same classes
    // ("工资福利支出…占基本支出…；项目支出…其中：工资福利支出…"): one breakdown only, the basic one
    // when there is one (as in the genre's economic table), so no row mixes the two.
    const family = stated.some((s) => scopeFamily(s.scope) === "basic") ? "basic" : scopeFamily(stated[0]?.scope);
    chosen = stated
      .filter((s) => scopeFamily(s.scope) === family)
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

/**
 * One classification of the basic spending: a budget may print its 基本支出 by the 部门预算经济分类
 * (301…399) and again by the 政府预算经济分类 (501…599). Both are the same money, so the merged
 * view keeps the 部门预算 rows (the breakdown the narrative, 人员/公用经费 and 三公 use); the 5xx
 * rows stay in economicRows with their table. A table of one scheme only is kept as it is.
 */
function oneScheme(rows: EconomicRow[]): EconomicRow[] {
  let departmental = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].code.charCodeAt(0) === 0x33) departmental++;
  return departmental === 0 || departmental === rows.length ? rows : rows.filter((r) => r.code.charCodeAt(0) === 0x33);
}

/** 人员经费 and 公用经费 are the two parts of 基本支出: their items are one breakdown with its own. */
function scopeFamily(scope: string | null | undefined): string {
  if (scope === "基本支出" || scope === "人员经费" || scope === "公用经费") return "basic";
  return scope ?? "";
}

/** The figure keys each total is read from, preferred first: 本年收入/支出合计 before 收入/支出总计, as the tables do. */
const TOTAL_FIGURE_KEYS: Record<keyof Totals, string[]> = {
  income: ["income.currentYear", "income.total"],
  expenditure: ["expenditure.currentYear", "expenditure.total"],
  basic: ["expenditure.basic"],
  project: ["expenditure.project"],
  personnel: ["expenditure.personnel"],
  public: ["expenditure.public"],
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
  // Each source's first amount figure per key, indexed on the first total the tables lack.
  let tableFigures: Map<string, SummaryFigure> | null = null;
  let narrativeFigures: Map<string, SummaryFigure> | null = null;
  for (const key of TOTAL_KEYS) {
    const fromTable = tables.totals[key];
    if (fromTable != null) {
      totals[key] = fromTable;
      const p = tables.totalsProvenance[key];
      if (p) totalsProvenance[key] = p;
      continue;
    }
    tableFigures ??= firstFigureByKey(tables.figures);
    narrativeFigures ??= firstFigureByKey(narrative.figures);
    const fallback = FALLBACK_FIGURE_KEYS[key];
    let figure: SummaryFigure | undefined;
    for (const figureKey of TOTAL_FIGURE_KEYS[key]) {
      figure = tableFigures.get(figureKey) ?? narrativeFigures.get(figureKey);
      if (figure) break;
    }
    figure ??= fallback ? (tableFigures.get(fallback) ?? narrativeFigures.get(fallback)) : undefined;
    if (figure) {
      totals[key] = figure.value;
      totalsProvenance[key] = figure.provenance;
    }
  }
  return { totals, totalsProvenance };
}

const TOTAL_KEYS = Object.keys(TOTAL_FIGURE_KEYS) as Array<keyof Totals>;

/**
 * The first amount figure (not a count) of each key, in the list's order: what a `find` by key
 * returns, for every key at once instead of one scan of the list per key asked.
 */
function firstFigureByKey(figures: SummaryFigure[]): Map<string, SummaryFigure> {
  const byKey = new Map<string, SummaryFigure>();
  for (const f of figures) if (!f.isCount && !byKey.has(f.key)) byKey.set(f.key, f);
  return byKey;
}

/** Bigram overlap (Dice) of two names: 1 for equal names, near 0 for unrelated ones. */
function nameSimilarity(a: string, b: string): number {
  const x = normalizeClassificationName(a);
  const y = normalizeClassificationName(b);
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  // Bigrams as numbers (two UTF-16 units), so no substring is allocated per pair of names compared.
  const gy = new Map<number, number>();
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.charCodeAt(i) * 0x10000 + y.charCodeAt(i + 1);
    gy.set(g, (gy.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.charCodeAt(i) * 0x10000 + x.charCodeAt(i + 1);
    const n = gy.get(g) ?? 0;
    if (n > 0) {
      common++;
      gy.set(g, n - 1);
    }
  }
  return (2 * common) / (Math.max(0, x.length - 1) + Math.max(0, y.length - 1) || 1);
}

/**
 * A project with the fields the pairwise comparisons read, read once: records from tables and
 * from sentences come in many shapes, so every read on them is a slow generic one, and dedupe and
 * enrich compare every pair. The amount is also held as exact millionths (NaN when too large or
 * precise for that, null without an amount).
 */
interface KeyedProject {
  project: ProjectRecord;
  code: string | null | undefined;
  amount: Money | null;
  micros: number | null;
}

function keyed(project: ProjectRecord): KeyedProject {
  const amount = project.amount;
  return { project, code: project.code, amount, micros: amount == null ? null : (exactMicros(amount) ?? NaN) };
}

/** isSameAmount of the two projects' amounts, by their millionths when both have them. */
function isSameProjectAmount(a: KeyedProject, b: KeyedProject): boolean {
  const x = a.amount;
  const y = b.amount;
  if (x == null || y == null) return x == y;
  if (a.micros !== null && b.micros !== null && !Number.isNaN(a.micros) && !Number.isNaN(b.micros)) return a.micros === b.micros;
  return isSameAmount(x, y);
}

/** Two records of one project: same code, or no conflicting code, the same amount and a similar name. */
function isSameProject(a: KeyedProject, b: KeyedProject, aCode: string | null | undefined = a.code): boolean {
  if (aCode && b.code) return aCode === b.code && isSameProjectAmount(a, b);
  return a.amount != null && isSameProjectAmount(a, b) && nameSimilarity(a.project.name, b.project.name) >= 0.6;
}

const detailCount = (p: ProjectRecord) =>
  [p.code, p.initialBudget, p.adjustedBudget, p.executed].filter((v) => v != null).length;

/**
 * Drops repeated pages and the same project stated twice (a list and a self-evaluation summary
 * name it slightly differently); the record with more details (code, budget figures) is kept.
 */
function dedupeProjects(projects: KeyedProject[]): KeyedProject[] {
  const out: KeyedProject[] = [];
  for (const p of projects) {
    let i = 0;
    while (i < out.length && !isSameProject(out[i], p)) i++;
    if (i === out.length) out.push(p);
    else if (detailCount(p.project) > detailCount(out[i].project)) out[i] = p;
  }
  return out;
}

/** Fills a chosen project's missing code and budget figures from the other source's record of it. */
function enrichProjects(chosen: KeyedProject[], other: KeyedProject[]): ProjectRecord[] {
  const out: ProjectRecord[] = [];
  for (let n = 0; n < chosen.length; n++) {
    const k = chosen[n];
    const p = k.project;
    let q: ProjectRecord | undefined;
    for (let i = 0; i < other.length; i++) {
      const o = other[i];
      if (isSameProject(k, o, k.code ?? o.code)) {
        q = o.project;
        break;
      }
    }
    out.push(q ? enriched(p, q) : p);
  }
  return out;
}

/** The chosen record with what it lacks taken from the other source's record of the project. */
function enriched(p: ProjectRecord, q: ProjectRecord): ProjectRecord {
  return {
    ...p,
    code: p.code ?? q.code ?? null,
    initialBudget: p.initialBudget ?? q.initialBudget,
    adjustedBudget: p.adjustedBudget ?? q.adjustedBudget,
    executed: p.executed ?? q.executed,
    unit: p.unit ?? q.unit,
  };
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
  const fromTables = dedupeProjects(tableProjects.filter((p) => !isSentenceRow(p)).map(keyed));
  const fromNarrative = dedupeProjects(narrativeProjects.map(keyed));
  if (fromTables.length === 0) return fromNarrative.map((k) => k.project);
  if (fromNarrative.length === 0 || projectTotal == null) return fromTables.map((k) => k.project);
  if (!addsUpTo(fromTables, projectTotal) && addsUpTo(fromNarrative, projectTotal)) return enrichProjects(fromNarrative, fromTables);
  return enrichProjects(fromTables, fromNarrative);
}

/** Whether the projects' amounts (blanks skipped) sum exactly to the total, without decimal.js in the usual case. */
function addsUpTo(list: KeyedProject[], total: Money): boolean {
  const amounts: Money[] = [];
  for (const { project } of list) if (project.amount) amounts.push(project.amount);
  return compareWithSum(total, amounts) === "equal";
}

/** All summary figures, tables' first; the same key with the same value is kept once. */
export function mergeFigures(tableFigures: SummaryFigure[], narrativeFigures: SummaryFigure[]): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  // Only figures of the same key can repeat each other: compare within a key, not with all. Most
  // keys keep one figure, held as itself; a list is made for a key that keeps a second.
  const keptByKey = new Map<string, SummaryFigure | SummaryFigure[]>();
  for (const f of tableFigures) keepFigure(out, keptByKey, f);
  for (const f of narrativeFigures) keepFigure(out, keptByKey, f);
  return out;
}

function keepFigure(out: SummaryFigure[], keptByKey: Map<string, SummaryFigure | SummaryFigure[]>, f: SummaryFigure): void {
  const kept = keptByKey.get(f.key);
  if (kept === undefined) keptByKey.set(f.key, f);
  else if (Array.isArray(kept)) {
    for (const o of kept) if (isSameAmount(o.value, f.value)) return;
    kept.push(f);
  } else {
    if (isSameAmount(kept.value, f.value)) return;
    keptByKey.set(f.key, [kept, f]);
  }
  out.push(f);
}

/** isSameMoney, without decimal.js for the usual case of two identical strings or small amounts. */
function isSameAmount(a: Money | null | undefined, b: Money | null | undefined): boolean {
  if (a == null || b == null) return a == b;
  return a === b || compareAmounts(a, b) === "equal";
}
