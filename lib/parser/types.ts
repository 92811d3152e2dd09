/**
 * The parser's public record types. The parser is pure: text in, these records out.
 *
 * Money is always an exact decimal string in 万元 (a source printed in 元 is divided by 10000
 * exactly, up to six decimals). Never a JS number.
 */

/** Exact decimal string in 万元, e.g. "1077.43" or "1234.567891". */
export type Money = string;

export type DocumentKind = "budget" | "final";
export type SourceUnit = "万元" | "元";
export type Severity = "error" | "warning" | "info";

/** A line of the source after normalisation. `no` is the 1-based line number in the original text. */
export interface Line {
  no: number;
  text: string;
  /**
   * Which characters that document identification reads `text` may hold (LINE_MARK_* in
   * normalize-text.ts), set by normalizeText from the scan that cleans the line: a clear mark
   * promises the character is absent, a set one may be a false alarm. Absent on lines made
   * otherwise; whoever changes a line's text must drop it.
   */
  marks?: number;
}

/**
 * Stable ids for the tables of the genre. Budget documents number them 表1–表12 / 附表N,
 * final accounts 公开01–09表; both map onto these ids by title, not by number.
 */
export type TableKind =
  | "income-expenditure-summary" // 收支总表 / 收入支出决算总表
  | "income" // 收入总表 / 收入决算表
  | "expenditure" // 支出总表 / 支出决算表
  | "fiscal-summary" // 财政拨款收支（预算）总表 / 财政拨款收入支出决算总表
  | "general-expenditure" // 一般公共预算（财政拨款）支出表 / 一般公共预算财政拨款支出决算表
  | "general-basic" // 一般公共预算基本支出表 / …基本支出决算表（经济分类）
  | "economic-expenditure" // 部门支出预算表（按政府预算经济分类） / 一般公共预算支出预算表（按部门预算经济分类）
  | "three-public" // “三公”经费支出表
  | "gov-fund" // 政府性基金预算（财政拨款）支出表
  | "state-capital" // 国有资本经营预算（财政拨款）支出表
  | "projects" // 项目支出表
  | "performance-overall" // 部门整体支出绩效目标表
  | "performance-project" // 项目支出绩效目标表 / 项目绩效自评表
  | "other";

/** Where a figure came from: a table row or a narrative sentence, and the source lines. */
export interface Provenance {
  source: "table" | "sentence";
  /** Table kind when source is "table". */
  table?: TableKind;
  /** The table's title as printed (normalised), when known. */
  tableTitle?: string;
  /** First and last source line (1-based, inclusive) the figure was read from. */
  line: number;
  endLine?: number;
  /** The normalised text the figure was read from (a row or a sentence), for display. */
  excerpt?: string;
}

export interface DocumentHeader {
  /** Jurisdiction the document names: 汉阳区, 某某县, 武汉市, 湖北省 … */
  district: string | null;
  /** City the district belongs to when the document says (武汉市), else null. */
  city: string | null;
  /** Full department or unit name as printed, e.g. 武汉市汉阳区医疗保障局. */
  department: string | null;
  /** Normalised department kind for cross-district matching, e.g. 医疗保障. */
  departmentKind: string | null;
  /** Parent unit when the document is a subordinate unit's (蔡甸: 服务中心 under 医疗保障局). */
  parentDepartment: string | null;
  year: number | null;
  kind: DocumentKind | null;
  provenance: Provenance | null;
}

/** 类 = 3 digits, 款 = 5, 项 = 7. */
export type FunctionLevel = "类" | "款" | "项";

/** One function-classification row as printed in one table. */
export interface FunctionRow {
  code: string;
  level: FunctionLevel;
  name: string;
  total: Money | null;
  basic: Money | null;
  project: Money | null;
  personnel?: Money | null;
  public?: Money | null;
  /** In a 决算: the 年初预算 the narrative quotes for this code (set by the merge). */
  initialBudget?: Money | null;
  /** In a 决算: the 全年预算/调整预算 the narrative quotes for this code, when it gives one (set by the merge). */
  adjustedBudget?: Money | null;
  /** The document's own explanation of the variance (主要原因：…), from the narrative. */
  explanation?: string | null;
  /** Completion rate the narrative states (完成年初预算的Z%), percent as printed. */
  completionRate?: string | null;
  /** The narrative's figure for this code when it differs from the table's (kept, not hidden). */
  narrativeAmount?: Money | null;
  provenance: Provenance;
}

/** One economic-classification row (301, 30101 …) as printed in one table. */
export interface EconomicRow {
  code: string;
  level: "类" | "款";
  name: string;
  total: Money | null;
  personnel?: Money | null;
  public?: Money | null;
  provenance: Provenance;
}

export interface ProjectRecord {
  /** Printed project code, or null when printed without one. */
  code: string | null;
  name: string;
  /** The budget amount (预算) or, in a 决算, the executed amount. */
  amount: Money | null;
  /** In a 决算 self-evaluation: 年初预算数 / 全年预算数 / 全年执行数. */
  initialBudget?: Money | null;
  adjustedBudget?: Money | null;
  executed?: Money | null;
  /** Executing unit when printed. */
  unit?: string | null;
  provenance: Provenance;
}

/**
 * A named summary figure. Keys in use (add more, keep these):
 * income.total, expenditure.total, expenditure.basic, expenditure.project, expenditure.personnel,
 * expenditure.public, fiscal.income, fiscal.expenditure, general.expenditure,
 * threePublic.total, threePublic.abroad, threePublic.vehicle, threePublic.vehiclePurchase,
 * threePublic.vehicleOperation, threePublic.reception, operatingCost (机关运行经费),
 * procurement.total, procurement.goods, procurement.works, procurement.services,
 * purchasedServices (政府购买服务), staff.authorized, staff.actual, staff.retired,
 * prior.<any key above> (the prior-year figure a narrative states).
 */
export interface SummaryFigure {
  key: string;
  /** Label as printed. */
  label: string;
  /** Money in 万元, or a count (people, vehicles) when `isCount`. */
  value: string;
  isCount?: boolean;
  /** For a sentence's amount printed with fewer than two decimals in 万元: the places it had (see NarrativeStatement). */
  amountPlaces?: number;
  provenance: Provenance;
}

/**
 * A figure stated in a narrative sentence about an item: "卫生健康支出15266.09万元",
 * "比2022年预算减少193.11万元，降低15.2%", "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%…主要原因：…".
 */
export interface NarrativeStatement {
  /** Function or economic code when the sentence names one or the name resolves to one. */
  code: string | null;
  /** The item's name as written (卫生健康支出, 城乡医疗救助, 一般公共预算拨款收入, 医疗救助经费 …). */
  subject: string;
  /** What kind of item: a function code, an economic code, a project, a total, an income source, other. */
  subjectKind: "function" | "economic" | "project" | "total" | "income" | "figure" | "other";
  /** The current-year amount stated (budget amount in a 预算, final amount in a 决算). */
  amount: Money | null;
  /**
   * The decimal places in 万元 the amount was printed with, when fewer than two: 1 for "1,234.6万元",
   * 0 for "15万元", −2 for "0.12亿元". A table figure that rounds to it agrees with it.
   */
  amountPlaces?: number;
  /** 年初预算 quoted in a 决算. */
  initialBudget?: Money | null;
  /** The places in 万元 initialBudget was printed with, when fewer than two (as amountPlaces). */
  initialBudgetPlaces?: number;
  /** Prior-year figure when stated or derivable from the stated change. */
  priorYear?: Money | null;
  priorYearLabel?: string | null;
  /** Stated change (signed) and rate (percent, signed) versus prior year or versus budget. */
  change?: Money | null;
  changeRate?: string | null;
  /** Completion rate stated in a 决算 (完成年初预算的Z%). */
  completionRate?: string | null;
  /** The document's own explanation (主要原因：…). */
  explanation?: string | null;
  /** True when the sentence says there is no such spending (未安排 / 无 / 为0). */
  isNone?: boolean;
  /**
   * SummaryFigure key (expenditure.basic, threePublic.reception …) when the statement is about a
   * summary figure rather than a code; lets checks compare it with the table's figure.
   */
  key?: string | null;
  /** 全年预算 (adjusted budget) quoted in a 决算. */
  adjustedBudget?: Money | null;
  /**
   * The part of the budget the sentence breaks down (部门, 财政拨款, 一般公共预算, 基本支出, 人员经费,
   * 公用经费, 项目支出): "人员经费697.68万元。社会保障和就业支出49.15万元" states 208's personnel
   * share, not its total.
   */
  scope?: string | null;
  provenance: Provenance;
}

export interface Finding {
  /** Rule id, e.g. "children-sum", "income-vs-expenditure", "text-vs-table", "rounding". */
  rule: string;
  severity: Severity;
  message: string;
  /** Codes (function/economic/project) or figure keys involved. */
  codes: string[];
  /** Source lines involved. */
  lines?: number[];
  /** Expected and actual figures when the finding compares two amounts. */
  expected?: Money | null;
  actual?: Money | null;
}

export interface TableRecord {
  kind: TableKind;
  title: string;
  /** Number as printed (表5, 附表5, 公开05表) when present. */
  number: string | null;
  unit: SourceUnit | null;
  /** Source lines spanned. */
  line: number;
  endLine: number;
  /** True when the document prints only the title (no data rows). */
  isEmpty: boolean;
  /** Statement that the table has no content this year ("本部门未安排…"), when printed. */
  noneNote?: string | null;
}

export interface Totals {
  income?: Money | null;
  expenditure?: Money | null;
  basic?: Money | null;
  project?: Money | null;
  personnel?: Money | null;
  public?: Money | null;
}

export interface ParsedDocument {
  header: DocumentHeader;
  /** Unit the tables printed (the first table unit found), and the output unit (always 万元). */
  sourceUnit: SourceUnit | null;
  unit: "万元";
  totals: Totals;
  /** Provenance per totals key. */
  totalsProvenance: Partial<Record<keyof Totals, Provenance>>;
  tables: TableRecord[];
  /** Every function row of every table (a code appears once per table). */
  functionRows: FunctionRow[];
  /** Every economic row of every table. */
  economicRows: EconomicRow[];
  /** The merged, one-per-code view (preferred table: general-expenditure, then expenditure, then narrative). */
  functions: FunctionRow[];
  economics: EconomicRow[];
  projects: ProjectRecord[];
  figures: SummaryFigure[];
  statements: NarrativeStatement[];
  findings: Finding[];
  parserVersion: string;
}

/** Thrown (the only thing the parser throws) when the text is not a budget/final disclosure. */
export class UnrecognisedDocumentError extends Error {
  readonly code = "UNRECOGNISED_DOCUMENT" as const;
  constructor(message: string) {
    super(message);
    this.name = "UnrecognisedDocumentError";
  }
}

/** What the table stage (lib/parser/tables) returns. */
export interface TableExtraction {
  tables: TableRecord[];
  functionRows: FunctionRow[];
  economicRows: EconomicRow[];
  projects: ProjectRecord[];
  figures: SummaryFigure[];
  totals: Totals;
  totalsProvenance: Partial<Record<keyof Totals, Provenance>>;
  /** Findings the table stage itself can state (repeated pages, unreadable rows). */
  findings: Finding[];
}

/** What the narrative stage (lib/parser/narrative) returns. */
export interface NarrativeExtraction {
  statements: NarrativeStatement[];
  figures: SummaryFigure[];
  /** Projects listed in sentences ("医疗救助经费774.16万元、…"). */
  projects: ProjectRecord[];
  findings: Finding[];
}

/** A document before the checks stage ran. */
export type ParsedDocumentDraft = Omit<ParsedDocument, "findings"> & { findings: Finding[] };
