import type { DocumentKind, Money, NarrativeStatement, ProjectRecord, Provenance, SummaryFigure } from "../types";
import { findCountTerm, findMoneyTerm, scopeOfKey, scopeOfTitle, type FigureTerm } from "./figure-terms";
import { type Paragraph, lineAt, splitSentences } from "./paragraphs";
import { findNoneTerms, noneWordOffsets } from "./read-none";
import { clauseBeforeColon, cleanClause, cleanClauseOf, previousClause, readLabel, stripSubjectPrefix, type Label } from "./read-label";
import { readPairedTotals } from "./read-paired-totals";
import { readSelfEvaluation } from "./read-self-evaluation";
import { isNameOfCode } from "../reference";
import { onClearParseMemos } from "../parse-memos";
import { negateMoney, subtractMoney } from "./money-math";
import { resolveItem, resolveMarkedItem } from "./resolve-code";
import { scanTokens, type Token } from "./scan-tokens";

/** What one paragraph yields. */
export interface ParagraphReading {
  statements: NarrativeStatement[];
  figures: SummaryFigure[];
  projects: ProjectRecord[];
}

export interface ReadParagraphOptions {
  kind: DocumentKind | null;
}

const PROJECT_TRIGGER_RE =
  /明细如下|分别是|分别为|具体使用情况如下|具体安排如下|具体情况如下|共涉及\s*\d+\s*个(?:一级)?项目|涉及\s*\d+\s*个(?:一级)?项目|项目支出[^。；;]{0,24}?主要用于|项目名称|项目包括|项目有/;
const FUNCTION_LIST_RE = /功能分类|功能科目/;
/** Words naming a part of a 三公 figure (never a project). */
/** A clause that names an amount without naming what it is for. */
const GENERIC_AMOUNT_NAME_RE = /^(?:共计|合计|总计)?(?:支出|费用|经费|资金|金额)(?:合计|共计)?$/;
const THREE_PUBLIC_PART_RE = /公务接待|外事接待|因公出国|出国\(境\)|公务用车/;
const REASON_RE = /(?:主要)?原因(?:是|为|主要有|如下)?[:：]?/;
/** "决算数与年初预算数的差异主要是由于…" (no 原因 in it). */
const DIFFERENCE_REASON_RE = /差异(?:主要)?(?:是|系)?(?:由于|因为)[:：]?/;
const NAME_LEAD_RE = /^.*(?:项目名称|主要用于|具体明细如下|如下|分别是|分别为|包括)/;
const PROJECT_CODE_RE = /^(\d{6,}[A-Z]\d+|\d{12,})(.+)$/;

interface Draft {
  statement: NarrativeStatement;
  /** Paragraph offsets of the first and last text the statement was read from. */
  from: number;
  to: number;
  isProjectCandidate: boolean;
  listRole: "function" | "project" | null;
  /** The statement's `change` was read against a budget, so a later change against last year replaces it. */
  changeVsBudget?: boolean;
}

function negate(value: Money, sign: 1 | -1): Money {
  return sign === 1 ? value : negateMoney(value);
}

/** A decimal string whose digits are all zeros ("0.00", "-0", ".0"). */
const ZERO_RE = /^[-+]?(?:0+(?:\.0*)?|\.0+)$/;

function isZero(value: Money | null | undefined): boolean {
  return value != null && ZERO_RE.test(value);
}

/**
 * findMoneyTerm(subject, state.text), remembering the last two answers: readLabel asks whether its
 * clause (and the clause without its role words) names a figure, and readParagraph then looks up
 * the subject the label settled on, which is one of those two strings. The answer depends only on
 * the subject and the paragraph, which is fixed for the state, so a remembered answer for an equal
 * string is the answer.
 */
function moneyTermOf(state: ReadState, subject: string): FigureTerm | null {
  if (subject === state.termSubject) return state.term;
  if (subject === state.otherTermSubject) return state.otherTerm;
  const term = findMoneyTerm(subject, state.text);
  state.otherTermSubject = state.termSubject;
  state.otherTerm = state.term;
  state.termSubject = subject;
  state.term = term;
  return term;
}

/** Whether a label names a summary figure (readLabel's isTerm), for the paragraph `state` reads. */
function namesFigure(label: string, state: ReadState): boolean {
  return moneyTermOf(state, label) !== null;
}

/** Whether a shorter subject still names the figure `state.prefixKey` (stripSubjectPrefix's keeps). */
function keepsFigure(name: string, state: ReadState): boolean {
  return moneyTermOf(state, name)?.key === state.prefixKey;
}

/** A subject that can only be a name in a list ("医疗保障政策管理"), not a clause of prose. */
function looksLikeName(subject: string): boolean {
  return subject.length >= 2 && subject.length <= 30 && !NOT_NAME_RE.test(subject);
}

// The patterns below are module constants, not literals in the functions that use them: a regex
// literal makes a new RegExp object each time it is evaluated.
const NOT_NAME_RE = /\d|用于|主要|其中|为|是|的|，|。/;
const ADJUSTED_RE = /全\s*年|调\s*整/;
const SPACES_RE = /\s+/g;
const EXPLANATION_END_RE = /[。；;，,\s]+$/;
const VS_BUDGET_RE = /^(?:年初|全年|调整|预算)/;
/** A year before 年初/全年/调整 预算 in what a change compares with. */
const YEAR_BUDGET_RE = /^\d{4}年度?(?=年初|全年|调整)/;
const VS_INITIAL_RE = /^(?:年初|预算)/;
const VS_ADJUSTED_RE = /^(?:全年|调整)/;
const COMPLETION_RE = /完成/;
/** "，较2023年的" right before an amount: the amount is the item's figure of that year. */
const PRIOR_AMOUNT_RE = /^[，,\s]*(?:较|比|与|同)\s*(\d{4}\s*年\s*度?|上\s*一?\s*年\s*度?|去\s*年)(?:同期)?的?(?:预算数?|决算数?|执行数)?的?$/;
const SPENDING_END_RE = /支出$/;

/**
 * What reading one paragraph carries from token to token. The helpers below take it instead of
 * closing over readParagraph's locals, so no function objects are created per paragraph.
 */
interface ReadState {
  paragraph: Paragraph;
  text: string;
  /** Sentence spans, split on first use: most paragraphs emit nothing and never need them. */
  sentences: Array<[number, number]> | null;
  isFinal: boolean;
  drafts: Draft[];
  /** The last draft per figure key; made on the first keyed draft (most paragraphs have none). */
  lastByKey: Map<string, Draft> | null;
  /** The draft the paragraph last named; what follows an amount attaches to it. */
  current: Draft | null;
  scope: string | null;
  /** moneyTermOf's last two look-ups (subject null: none yet). */
  termSubject: string | null;
  term: FigureTerm | null;
  otherTermSubject: string | null;
  otherTerm: FigureTerm | null;
  /** The key termStatement strips a subject's prefix for (keepsFigure). */
  prefixKey: string;
}

/** Index of the sentence holding an offset (binary search: paragraphs can be long). */
function sentenceIndexAt(sentences: Array<[number, number]>, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sentencesOf(state: ReadState): Array<[number, number]> {
  if (state.sentences === null) state.sentences = splitSentences(state.text);
  return state.sentences;
}

function provenanceOf(state: ReadState, from: number, to: number): Provenance {
  const { paragraph, text } = state;
  const sentences = sentencesOf(state);
  if (sentences.length === 0) return { source: "sentence", line: paragraph.lineNos[0] };
  const first = sentences[sentenceIndexAt(sentences, from)];
  const last = sentences[sentenceIndexAt(sentences, Math.max(from, to - 1))];
  const start = first[0];
  const end = Math.max(last[1], first[1]);
  const line = lineAt(paragraph, start);
  const endLine = lineAt(paragraph, Math.max(start, end - 1));
  const excerpt = text.slice(start, end).trim();
  // Two literals instead of a spread: the same keys in the same order, without a temporary object.
  return endLine !== line ? { source: "sentence", line, endLine, excerpt } : { source: "sentence", line, excerpt };
}

/** "与上年持平", "同比无增减变化", "比预算无增减变化": the figure did not change. */
const LEVEL_RE = /持平|无增减|无变化|没有变化|未发生变化/;
const LEVEL_COMPARED_RE = /(?:比|较|与|同)\s*((?:\d{4}\s*年\s*度?|上\s*年\s*度?|去\s*年\s*度?)(?:\s*预\s*算|\s*决\s*算)?)/;
/** "比预算无增减变化", "与(2023年)年初预算持平": unchanged against the budget, not against last year. */
const LEVEL_VS_BUDGET_RE = /(?:比|较|与)\s*(?:\d{4}\s*年\s*度?\s*(?=年\s*初|全\s*年|调\s*整))?(?:年\s*初\s*|全\s*年\s*|调\s*整\s*)?预\s*算/;

/** LEVEL_RE.test(gap); every alternative holds 持平, 变化 or 无增减, so most gaps skip the regex. */
function saysUnchanged(gap: string): boolean {
  return (gap.includes("持平") || gap.includes("变化") || gap.includes("无增减")) && LEVEL_RE.test(gap);
}

/** A kind of post (行政编制, 事业编制, 工勤编制…) whose staff a sentence counts apart. */
const POST_KIND_RE = /(?:行政|事业|参公|参照公务员法管理|工勤|机关)(?:人员)?编制/;

const CLAUSE_END_RE = /[。；;]/g;
const CLAUSE_YEAR_RE = /^\d{4}\s*年度?/;
const CLAUSE_TAIL_RE = /(?:(?:比|较|与|同)(?:\d{4}年度?|上一?年度?|去年)(?:预算|决算)?数?|同比)$/;
const HAS_CJK_RE = /[\u4e00-\u9fa5]/;

/**
 * The item a 持平 in the gap is said of: the current one, unless a new sentence before it names
 * another ("…公务接待费2万元。2024年“三公”经费预算数与上年持平。": the 三公 total, read before), or
 * names one the paragraph has no figure of (then none).
 */
function unchangedItem(state: ReadState, gap: string): Draft | null {
  const at = gap.search(LEVEL_RE);
  let stop = -1;
  CLAUSE_END_RE.lastIndex = 0;
  for (let m = CLAUSE_END_RE.exec(gap); m !== null && m.index < at; m = CLAUSE_END_RE.exec(gap)) stop = m.index;
  if (stop < 0) return state.current;
  const clause = gap.slice(stop + 1, at).trim().replace(CLAUSE_YEAR_RE, "").replace(CLAUSE_TAIL_RE, "");
  if (!HAS_CJK_RE.test(clause)) return state.current;
  const term = findMoneyTerm(clause);
  return term === null ? null : (state.lastByKey?.get(term.key) ?? null);
}

/** A function code printed on its own after an item's amount ("…112.98万元，主要是用于2101502。"). */
const TRAILING_CODE_RE = /(?<![\d.,])(2\d{2}(?:\d{2}){0,2})(?![\d.,%])/;
const SENTENCE_END_RE = /[。；;]/;

/** Gives an item the code printed after its amount, when the catalogue names that code so. */
function readTrailingCode(statement: NarrativeStatement, gap: string): void {
  const stop = gap.search(SENTENCE_END_RE);
  const m = TRAILING_CODE_RE.exec(stop < 0 ? gap : gap.slice(0, stop));
  if (m && isNameOfCode(m[1], statement.subject)) statement.code = m[1];
}

/**
 * Reads the words between two numbers for what they say about the current item (持平, 主要原因…)
 * and returns the offset up to which the text is an explanation, not figures.
 */
function applyGap(state: ReadState, gap: string, gapStart: number): number {
  const { text, current } = state;
  let skipUntil = gapStart + gap.length;
  const unchanged = current !== null && saysUnchanged(gap);
  if (current && unchanged && LEVEL_VS_BUDGET_RE.test(gap)) {
    const st = current.statement;
    if (state.isFinal && st.amount != null) {
      if (ADJUSTED_RE.test(gap)) st.adjustedBudget ??= st.amount;
      else if (st.initialBudget == null) {
        st.initialBudget = st.amount;
        if (st.amountPlaces !== undefined) st.initialBudgetPlaces = st.amountPlaces;
      }
    }
  } else if (current && unchanged) {
    const target = unchangedItem(state, gap);
    if (target !== null) {
      const st = target.statement;
      st.change ??= "0.00";
      st.changeRate ??= "0";
      if (st.amount != null) st.priorYear ??= st.amount;
      const compared = LEVEL_COMPARED_RE.exec(gap);
      st.priorYearLabel ??= compared ? compared[1].replace(SPACES_RE, "") : "上年";
    }
  }
  if (current && current.statement.code === null && current.statement.subjectKind === "function") {
    readTrailingCode(current.statement, gap);
  }
  // Every REASON_RE match holds "原因" (every DIFFERENCE_REASON_RE one "差异"): a gap without it has no reason to read.
  const reason = gap.includes("原因") ? REASON_RE.exec(gap) : gap.includes("差异") ? DIFFERENCE_REASON_RE.exec(gap) : null;
  if (reason) {
    const from = gapStart + reason.index + reason[0].length;
    const stop = text.indexOf("。", from);
    const until = nextItemAfterReason(text, from, stop < 0 ? text.length : stop + 1);
    if (current && current.statement.explanation == null) {
      const explanation = text.slice(from, until).replace(EXPLANATION_END_RE, "").trim();
      if (explanation !== "") {
        current.statement.explanation = explanation;
        current.to = Math.max(current.to, until);
      }
    }
    skipUntil = Math.max(skipUntil, until);
  }
  return skipUntil;
}

/**
 * Where an explanation running to `until` ends: at a "；" after which another item and its amount
 * follow ("…主要原因是减少公务用车出行；公务接待费支出决算为0.70万元，…"), else at `until`. A
 * clause that continues the reasons ("；二是…") does not end it.
 */
function nextItemAfterReason(text: string, from: number, until: number): number {
  for (let i = from; i < until; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff1b && c !== 0x3b) continue;
    const rest = text.slice(i + 1, until);
    if (rest.includes("万元") && !REASON_GOES_ON_RE.test(rest)) return i + 1;
  }
  return until;
}

const REASON_GOES_ON_RE = /^\s*(?:[一二三四五六七八九十]是|其次|另外|此外|同时|再次|最后|\(?\d\)|\d[.、]|[①-⑩])/;

function newDraft(state: ReadState, statement: NarrativeStatement, token: Token, listRole: Draft["listRole"] = null): Draft {
  const draft: Draft = { statement, from: token.start, to: token.end, isProjectCandidate: false, listRole };
  state.drafts.push(draft);
  if (statement.key) (state.lastByKey ??= new Map()).set(statement.key, draft);
  state.current = draft;
  return draft;
}

function termStatement(state: ReadState, term: FigureTerm, subject: string): NarrativeStatement {
  state.prefixKey = term.key;
  const name = subject === "" ? term.label : stripSubjectPrefix(subject, keepsFigure, state);
  return {
    code: null,
    subject: name,
    subjectKind: term.subjectKind,
    amount: null,
    key: term.key,
    scope: scopeOfKey(term.key) === null ? state.scope : null,
    provenance: { source: "sentence", line: state.paragraph.lineNos[0] },
  };
}

function itemStatement(
  state: ReadState,
  code: string | null,
  subject: string,
  subjectKind: "function" | "economic" | "project",
): NarrativeStatement {
  return {
    code,
    subject,
    subjectKind,
    amount: null,
    scope: state.scope,
    provenance: { source: "sentence", line: state.paragraph.lineNos[0] },
  };
}

/** What a change's subject may end with before its verb: "收入较上年(增加)", "支出比2023年预算(减少)". */
const COMPARED_TAIL_RE = /(?:比|较|与)(?:\d{4}年度?|上一?年度?|去年)(?:预算|决算)?数?$/;
/** "收入较上年增加X万元": a bare 收入 or 支出 is the document's total. */
const BARE_TOTALS = new Map<string, FigureTerm>([
  ["收入", { key: "income.total", subjectKind: "total", label: "收入合计" }],
  ["支出", { key: "expenditure.total", subjectKind: "total", label: "支出合计" }],
  ["收支", { key: "incomeExpenditure.total", subjectKind: "total", label: "收支总计" }],
  ["收、支", { key: "incomeExpenditure.total", subjectKind: "total", label: "收支总计" }],
]);

/** The year's own total (本年收入合计, without the carry-overs) of each side's grand total. */
const CURRENT_YEAR_OF = new Map([
  ["income.total", "income.currentYear"],
  ["expenditure.total", "expenditure.currentYear"],
]);

const CLOSE_PAREN = 0x29;

/**
 * "公务用车购置及运行费28万元(公务用车购置费0万元,公务用车运行维护费28万元),较上年无增减": what follows
 * a closing parenthesis is said of the item before it, not of the last one inside. Makes that
 * item current when the current one was named inside the parenthesis closing at `at`, or none is.
 */
function leaveParenthesis(state: ReadState, at: number): void {
  const current = state.current;
  const open = state.text.lastIndexOf("(", at);
  // The current item opened the parenthesis or stands before it: it stays. (None current: the
  // parenthesis held no figure the paragraph reads, "(其中：外事接待0万元)".)
  if (open < 0 || (current !== null && current.from < open)) return;
  const drafts = state.drafts;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.to > open) continue;
    if (!SENTENCE_END_RE.test(state.text.slice(d.to, open))) state.current = d;
    return;
  }
}

/** The department's parts of its spending, which a "其中" after another figure gives of that figure instead. */
const PART_KEYS = new Set(["expenditure.basic", "expenditure.project"]);
const GENERAL_BASIC: FigureTerm = { key: "general.basic", subjectKind: "total", label: "一般公共预算基本支出" };

/**
 * The draft whose parts a "其中" list gives, for an amount at `at`: the one named last before the
 * sentence's "其中", in the same sentence. Null without a "其中" in the sentence before `at`.
 */
function ownerOfParts(state: ReadState, at: number): Draft | null {
  const { text } = state;
  const k = text.lastIndexOf("其中", at);
  if (k < 0) return null;
  const stop = text.lastIndexOf("。", at);
  if (stop > k) return null;
  const drafts = state.drafts;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.to > k) continue;
    return d.from > stop ? d : null;
  }
  return null;
}

/** Income sources a list may name by their bare source ("其中：财政拨款…；单位资金…"), by key. */
const BARE_SOURCES = new Map([
  ["fiscal.income", "财政拨款"],
  ["income.unitFunds", "单位资金"],
]);

/** "支出总计", "支出合计": the other side of a total just named, with nothing of its own before it. */
const BARE_EXPENDITURE_TOTAL_RE = /^支出(?:总计|合计)$/;
const FISCAL_TOTAL: FigureTerm = { key: "fiscal.total", subjectKind: "total", label: "财政拨款收支总计" };
const FISCAL_EXPENDITURE: FigureTerm = { key: "fiscal.expenditure", subjectKind: "total", label: "财政拨款支出" };

/**
 * "2023年度财政拨款收入总计5,210.30万元，支出总计5,210.30万元": the 支出总计 is the 拨款's, as the
 * 收入总计 just before it in the sentence. Equal, the two are the totals of the 财政拨款收入支出
 * 总表 (fiscal.total, which the 收入总计 becomes too); unequal, the year's income and spending.
 * Null when no 财政拨款 income total precedes it in the sentence.
 */
function fiscalSecondSide(state: ReadState, token: Token & { kind: "money" }): FigureTerm | null {
  const previous = state.current;
  if (!previous || previous.statement.key !== "fiscal.income" || previous.statement.amount == null) return null;
  const between = state.text.slice(previous.to, token.start);
  if (between.includes("。") || !previous.statement.subject.endsWith("收入总计")) return null;
  if (previous.statement.amount !== token.value) return FISCAL_EXPENDITURE;
  previous.statement.key = FISCAL_TOTAL.key;
  state.lastByKey?.set(FISCAL_TOTAL.key, previous);
  return FISCAL_TOTAL;
}

/** The spending figure of each income figure, for a bare "支出" after it. */
const SPENDING_OF_INCOME = new Map<string, FigureTerm>([
  ["income.general", { key: "general.expenditure", subjectKind: "total", label: "一般公共预算支出" }],
  ["fiscal.income", FISCAL_EXPENDITURE],
]);

/**
 * "2023年度一般公共预算财政拨款收入5,150.30万元，较上年…。支出5,180.30万元，较上年…": a bare 支出
 * right after an income figure's sentence is the spending of the same money. Null when the draft
 * named last is not such an income figure.
 */
function spendingOfIncomeNamed(state: ReadState): FigureTerm | null {
  const previous = state.current;
  return previous?.statement.key ? (SPENDING_OF_INCOME.get(previous.statement.key) ?? null) : null;
}

/** "支出决算数为X万元" with nothing before it. */
const BARE_FINAL_SPENDING_RE = /^支出决算数?$/;
const EXPENDITURE_TOTAL: FigureTerm = { key: "expenditure.total", subjectKind: "total", label: "支出合计" };

/**
 * "…局收入决算数为X万元，比2022年度减少…。支出决算数为Y万元" (上海): a bare 支出决算 right after the
 * department's income total is its spending total (after an item's 年初预算 it is the item's).
 */
function finalSpendingAfterIncome(state: ReadState): FigureTerm | null {
  return state.isFinal && state.current?.statement.key === "income.total" ? EXPENDITURE_TOTAL : null;
}

/** A clause that ends with a level marker: "教育支出(类)普通教育(款)高中教育(项)". */
const LEVEL_MARKER_END_RE = /\((?:类|款|项)\)$/;

/**
 * The function item a gap names in the clause before the label ("…(款)高中教育(项)。年初预算为"),
 * or null: only a (类)(款)(项) chain counts, so an ordinary sentence before a role word does not.
 */
function readChainBefore(gap: string, parent: string | null): { code: string | null; name: string } | null {
  let before = previousClause(gap);
  if (before === "" || !LEVEL_MARKER_END_RE.test(before)) before = clauseBeforeColon(gap);
  if (before === "" || !LEVEL_MARKER_END_RE.test(before)) return null;
  const item = resolveItem(before, parent);
  return item && item.kind === "function" ? { code: item.code, name: item.name } : null;
}

function setRoleValue(isFinal: boolean, st: NarrativeStatement, label: Label, token: Token & { kind: "money" }): void {
  const value = token.value;
  if (label.role === "budget-initial") setInitialBudget(st, token);
  else if (label.role === "budget-adjusted") {
    if (isFinal) st.adjustedBudget ??= value;
    else setAmount(st, token);
  } else if (label.role === "budget") {
    if (isFinal) setInitialBudget(st, token);
    else setAmount(st, token);
  } else setAmount(st, token);
}

/** The statement's 年初预算, unless it has one, with its printed places (as setAmount). */
function setInitialBudget(st: NarrativeStatement, token: Token & { kind: "money" }): void {
  if (st.initialBudget != null) return;
  st.initialBudget = token.value;
  const places = printedPlaces(token.raw);
  if (places !== undefined) st.initialBudgetPlaces = places;
}

/** The statement's amount, unless it has one, with the places it was printed with when fewer than two. */
function setAmount(st: NarrativeStatement, token: Token & { kind: "money" }): void {
  if (st.amount != null) return;
  st.amount = token.value;
  const places = printedPlaces(token.raw);
  if (places !== undefined) st.amountPlaces = places;
}

/**
 * The decimal places in 万元 of an amount as printed, when fewer than two: "1,234.6万元" → 1,
 * "15万元" → 0, "0.12亿元" → −2 (a 亿元 is 10,000 万元); undefined for two or more, and for 元.
 */
function printedPlaces(raw: string): number | undefined {
  const dot = raw.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    let i = dot + 1;
    while (i < raw.length && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
    decimals = i - dot - 1;
  }
  const places = raw.includes("亿") ? decimals - 4 : raw.includes("万") || !raw.includes("元") ? decimals : decimals + 4;
  return places < 2 ? places : undefined;
}

function applyChange(draft: Draft, label: Label, token: Token & { kind: "money" }): void {
  const st = draft.statement;
  // "比2023年年初预算数增加": the year's own 年初预算, not last year's figure.
  const compared = label.comparedWith !== null && YEAR_BUDGET_RE.test(label.comparedWith) ? label.comparedWith.replace(YEAR_BUDGET_RE, "") : label.comparedWith;
  const vsBudget = compared != null && VS_BUDGET_RE.test(compared);
  // "比预算增加0万元，比去年增加1.25万元": a change against last year still counts after one against the budget.
  if (st.change != null && !(draft.changeVsBudget && !vsBudget)) {
    // "比上年增加X万元…；决算数大于预算数Y万元": the change kept is last year's, the budget still follows.
    if (vsBudget && !draft.changeVsBudget && st.amount != null) setBudgetFrom(st, compared, subtractMoney(st.amount, negate(token.value, label.sign)), token);
    return;
  }
  const change = negate(token.value, label.sign);
  st.change = change;
  draft.changeVsBudget = vsBudget;
  draft.to = token.end;
  if (st.amount == null) return;
  const other = subtractMoney(st.amount, change);
  if (compared && VS_BUDGET_RE.test(compared)) setBudgetFrom(st, compared, other, token);
  else {
    st.priorYear ??= other;
    st.priorYearLabel ??= compared ?? "上年";
  }
}

/**
 * What a change without a subject is said of: the item last named, unless the change opens a new
 * sentence after one that named a figure and then listed its parts ("三公经费预算14.01万元，其中：
 * 因公出国(境)费0万元，公务用车运行维护费14.01万元，公务接待费0万元。与上年相比增长16.75%"): that
 * sentence's subject is the figure, not its last part.
 */
function changeTarget(state: ReadState, current: Draft, gap: string): Draft {
  if (!SENTENCE_END_RE.test(gap)) return current;
  const drafts = state.drafts;
  let k = drafts.lastIndexOf(current);
  if (k <= 0) return current;
  const text = state.text;
  while (k > 0 && !SENTENCE_END_RE.test(text.slice(drafts[k - 1].to, drafts[k].from))) k--;
  const lead = drafts[k];
  if (lead === current || !text.slice(lead.to, drafts[k + 1].from).includes("其中")) return current;
  return lead;
}

/**
 * A budget worked out as amount − change: known to the coarser of the two printed precisions
 * ("195万元…大于预算数12.00万元" gives 183 to whole 万元), kept as initialBudgetPlaces.
 */
function setBudgetFrom(st: NarrativeStatement, compared: string, budget: Money, change: Token & { kind: "money" }): void {
  if (VS_INITIAL_RE.test(compared)) {
    if (st.initialBudget != null) return;
    st.initialBudget = budget;
    const changePlaces = printedPlaces(change.raw);
    const places = st.amountPlaces === undefined ? changePlaces : changePlaces === undefined ? st.amountPlaces : Math.min(st.amountPlaces, changePlaces);
    if (places !== undefined) st.initialBudgetPlaces = places;
  } else if (VS_ADJUSTED_RE.test(compared)) st.adjustedBudget ??= budget;
}

const PART_SCOPES = ["人员经费", "公用经费", "基本支出", "项目支出"];

/** Offset where the last sentence of a text starts (after the last 。；; before its final character). */
function lastSentenceStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b) return i + 1;
  }
  return 0;
}

/**
 * The part of the budget a list item breaks down when its lead-in names one: under "1.人员经费
 * 191.05万元，包括:", "(1)工资福利支出" is personnel spending, whatever the section title says.
 * The lead-in's last sentence says what it goes on to list ("其中:基本支出…;项目支出…。按功能分类
 * 主要用于:" lists functions, no part); failing that, a lead-in item that starts with a part's
 * name ("(二)项目支出112.98万元，…。其中按功能科目分类，主要用于:") lists that part.
 */
function scopeOfLeadIn(leadIn: string | null): string | null {
  if (!leadIn) return null;
  const last = leadIn.slice(lastSentenceStart(leadIn));
  let best: string | null = null;
  let at = -1;
  for (const part of PART_SCOPES) {
    const i = last.lastIndexOf(part);
    if (i > at) {
      at = i;
      best = part;
    }
  }
  if (best !== null) return best;
  const opening = cleanClause(leadIn.slice(0, 12));
  return PART_SCOPES.find((part) => opening.startsWith(part)) ?? null;
}

/**
 * The last paragraph's lead-in, heading and section and the scope they give: the items of a list
 * share all three, so most paragraphs with figures reuse the previous answer. One slot, emptied
 * with the parse's memos so no title outlives its parse.
 */
let scopeSlot: { leadIn: string | null; heading: string | null; section: string | null; scope: string | null } | null = null;
onClearParseMemos(() => {
  scopeSlot = null;
});

/** The scope a paragraph's figures start in: what its lead-in lists, else what its title says. */
function startingScope(paragraph: Paragraph): string | null {
  const { leadIn, heading, section } = paragraph;
  const slot = scopeSlot;
  if (slot !== null && slot.leadIn === leadIn && slot.heading === heading && slot.section === section) return slot.scope;
  const scope = scopeOfLeadIn(leadIn) ?? (heading && heading !== section ? scopeOfTitle(heading) : scopeOfTitle(section));
  scopeSlot = { leadIn, heading, section, scope };
  return scope;
}

/** Where a paragraph's project list and function list start (Infinity: no such list). */
interface ListStarts {
  projectFrom: number;
  functionListFrom: number;
  leadInIsFunctionList: boolean;
}

function listStartsOf(text: string, leadIn: string): ListStarts {
  const trigger = PROJECT_TRIGGER_RE.exec(text);
  const leadInIsFunctionList = FUNCTION_LIST_RE.test(leadIn);
  const projectFrom = trigger
    ? trigger.index + trigger[0].length
    : PROJECT_TRIGGER_RE.test(leadIn) && !leadInIsFunctionList
      ? 0
      : Number.POSITIVE_INFINITY;
  const functionList = FUNCTION_LIST_RE.exec(text);
  return { projectFrom, functionListFrom: functionList ? functionList.index : Number.POSITIVE_INFINITY, leadInIsFunctionList };
}

/** Words that can start a "does not exist" statement; a paragraph without any has none to read. */
const NONE_HINT_RE = /未安排|不安排|没有|无/;
const DIGIT_RE = /\d/;

/**
 * Reads the figures of one paragraph. Each amount is named by the words right before it; what
 * follows it (比…减少X万元，降低Y%；完成年初预算的Z%；主要原因：…) is attached to the item the
 * paragraph last named. Amounts inside an explanation are not read as figures.
 */
export function readParagraph(paragraph: Paragraph, options: ReadParagraphOptions): ParagraphReading {
  const reading: ParagraphReading = { statements: [], figures: [], projects: [] };
  const text = paragraph.text;
  // Without a digit there is no amount, count or self-evaluation to read: at most a "does not
  // exist" sentence, and without a none word not even that. Most prose paragraphs end here.
  const hasDigit = DIGIT_RE.test(text);
  if (!hasDigit && !NONE_HINT_RE.test(text)) return reading;
  const isFinal = options.kind === "final";
  const state: ReadState = {
    paragraph,
    text,
    sentences: null,
    isFinal,
    drafts: [],
    lastByKey: null,
    current: null,
    scope: null,
    termSubject: null,
    term: null,
    otherTermSubject: null,
    otherTerm: null,
    prefixKey: "",
  };
  if (!hasDigit) {
    readNoneStatements(state, reading);
    return reading;
  }
  const selfEvaluation = readSelfEvaluation(text);
  if (selfEvaluation) {
    const provenance = provenanceOf(state, selfEvaluation.start, selfEvaluation.end);
    reading.projects.push({
      code: selfEvaluation.code,
      name: selfEvaluation.name,
      amount: selfEvaluation.executed,
      initialBudget: selfEvaluation.initialBudget,
      adjustedBudget: selfEvaluation.adjustedBudget,
      executed: selfEvaluation.executed,
      provenance,
    });
    reading.statements.push({
      code: selfEvaluation.code,
      subject: selfEvaluation.name,
      subjectKind: "project",
      amount: selfEvaluation.executed,
      initialBudget: selfEvaluation.initialBudget,
      adjustedBudget: selfEvaluation.adjustedBudget,
      completionRate: selfEvaluation.completionRate,
      provenance,
    });
    return reading;
  }

  // A digit that is no amount, count or percentage ("2023年", "第3条") leaves nothing to read but
  // "does not exist" sentences: skip the list, scope and label work for such paragraphs.
  let tokens = scanTokens(text);
  if (tokens.length === 0) {
    if (NONE_HINT_RE.test(text)) readNoneStatements(state, reading);
    return reading;
  }
  state.scope = startingScope(paragraph);
  // "收、支总计各是X,Y万元", "收入、支出决算总计分别为X万元、Y万元": two totals in one clause, read
  // before the amounts one by one.
  if (text.includes("总计各") || text.includes("总计分别")) tokens = readPairs(state, tokens);

  const leadIn = paragraph.leadIn ?? "";
  // Where lists start is only needed for amounts that name no figure: found on first need.
  let lists: ListStarts | null = null;

  const drafts = state.drafts;
  /** Count figures already read, by key; made on the first one. */
  let countKeys: Set<string> | null = null;
  /** The paragraph's 实有人数 figure, and where its count stands (and, once added to, ends). */
  let staffActual: { figure: SummaryFigure; start: number; end: number } | null = null;
  let lastFunctionParent: string | null = null;
  let prevEnd = 0;

  for (const token of tokens) {
    if (token.start < prevEnd) continue;
    const gap = text.slice(prevEnd, token.start);
    if (gap.charCodeAt(0) === CLOSE_PAREN) leaveParenthesis(state, prevEnd);
    const skipUntil = applyGap(state, gap, prevEnd);
    if (token.start < skipUntil) {
      prevEnd = Math.max(prevEnd, skipUntil);
      continue;
    }
    prevEnd = token.end;

    if (token.kind === "percent") {
      // A percentage only adds to the item last named: without one its label is not needed.
      if (!state.current) continue;
      const label = readLabel(gap);
      if (label.role === "change") {
        const target = label.subject.replace(COMPARED_TAIL_RE, "") === "" ? changeTarget(state, state.current, gap) : state.current;
        target.statement.changeRate ??= label.sign === -1 && !token.value.startsWith("-") ? `-${token.value}` : token.value;
        target.to = Math.max(target.to, token.end);
      } else if (COMPLETION_RE.test(label.text)) {
        state.current.statement.completionRate ??= token.value;
        state.current.to = token.end;
      }
      continue;
    }

    if (token.kind === "count") {
      // Only the label's text names a count: readLabel's text, without reading a role from it.
      const labelText = cleanClauseOf(gap);
      const term = findCountTerm(labelText);
      if (!term) continue;
      if (countKeys?.has(term.key)) {
        // "行政编制62人，实有人数58人；事业编制40人，实有人数37人": each kind of post's staff, added up.
        if (term.key === "staff.actual" && staffActual !== null && token.unit === "人") {
          const between = text.slice(staffActual.end, token.start);
          if (POST_KIND_RE.test(between) && POST_KIND_RE.test(text.slice(0, staffActual.start))) {
            const f = staffActual.figure;
            f.value = String(Number(f.value) + Number(token.value));
            f.provenance = provenanceOf(state, staffActual.start, token.end);
            staffActual.end = token.end;
          }
        }
        continue;
      }
      if ((term.key.startsWith("staff.") && token.unit !== "人") || (term.key.startsWith("assets.") && token.unit !== "辆")) continue;
      (countKeys ??= new Set()).add(term.key);
      const figure: SummaryFigure = {
        key: term.key,
        label: labelText,
        value: token.value,
        isCount: true,
        provenance: provenanceOf(state, token.start, token.end),
      };
      reading.figures.push(figure);
      if (term.key === "staff.actual") staffActual = { figure, start: token.start, end: token.end };
      continue;
    }

    // "“三公”经费预算总额为19.69万元，较2023年的21.90万元减少2.21万元": last year's figure itself.
    if (state.current !== null && gap.length <= 16) {
      const prior = PRIOR_AMOUNT_RE.exec(gap);
      if (prior) {
        const st = state.current.statement;
        if (st.amount != null && st.priorYear == null) {
          st.priorYear = token.value;
          st.priorYearLabel ??= prior[1].replace(SPACES_RE, "");
          state.current.to = token.end;
        }
        continue;
      }
    }

    const label = readLabel(gap, namesFigure, state);

    if (label.role === "change") {
      const subject = label.subject.replace(COMPARED_TAIL_RE, "");
      const named = subject ? moneyTermOf(state, subject) : null;
      const subjectTerm = named ?? (subject ? (BARE_TOTALS.get(subject) ?? null) : null);
      let target: Draft | null = subject === "" && state.current !== null ? changeTarget(state, state.current, gap) : state.current;
      // "收入合计X万元，与上年相比，收入合计增加Y万元": a bare 收入 changes the total just named,
      // the year's (收入合计) as well as the grand one (收入总计).
      const sameSide = named === null && target !== null && target.statement.key === CURRENT_YEAR_OF.get(subjectTerm?.key ?? "");
      if (subjectTerm && !sameSide && target?.statement.key !== subjectTerm.key) {
        const lastByKey = state.lastByKey;
        target = lastByKey?.get(subjectTerm.key) ?? null;
        // "收入总计X万元，支出总计Y万元。与上年相比，收、支总计各增加Z万元": both totals changed by Z.
        if (target === null && subjectTerm.key === "incomeExpenditure.total") {
          const income = lastByKey?.get("income.total");
          if (income) applyChange(income, label, token);
          // "财政拨款收入总计X万元，支出总计X万元。收支较上年决算数减少Z万元": the 拨款's totals.
          target = lastByKey?.get("expenditure.total") ?? (income ? null : (lastByKey?.get("fiscal.total") ?? null));
        }
      }
      if (target) applyChange(target, label, token);
      continue;
    }

    if (label.role !== null && label.subject === "") {
      // "…行政运行(项)。年初预算为X万元": the item was named in the sentence before the figures.
      const named = readChainBefore(gap, lastFunctionParent);
      if (named) {
        if (named.code && named.code.length <= 5) lastFunctionParent = named.code;
        const draft = newDraft(state, itemStatement(state, named.code, named.name, "function"), token);
        draft.from = token.start - gap.length;
        setRoleValue(isFinal, draft.statement, label, token);
        continue;
      }
      if (label.role === "actual" && state.current !== null && BARE_FINAL_SPENDING_RE.test(label.text)) {
        const spending = finalSpendingAfterIncome(state);
        if (spending) {
          const draft = newDraft(state, termStatement(state, spending, label.text), token);
          draft.from = token.start - gap.length;
          draft.statement.amount = token.value;
          continue;
        }
      }
      if (state.current) {
        setRoleValue(isFinal, state.current.statement, label, token);
        state.current.to = token.end;
        continue;
      }
      const heading = paragraph.heading ? cleanClause(paragraph.heading) : null;
      const headingTerm = heading !== null ? moneyTermOf(state, heading) : null;
      if (heading === null || !headingTerm) continue;
      const draft = newDraft(state, termStatement(state, headingTerm, heading), token);
      setRoleValue(isFinal, draft.statement, label, token);
      continue;
    }

    const subject = label.subject;
    if (subject === "") {
      state.current = null;
      continue;
    }
    let term = moneyTermOf(state, subject) ?? (subject === "支出" ? spendingOfIncomeNamed(state) : null);
    let termSubject = subject;
    if (term) {
      if (token.isUnitless && term.subjectKind === "figure") {
        state.current = null;
        continue;
      }
      if (PART_KEYS.has(term.key)) {
        const owner = ownerOfParts(state, token.start);
        // "初中教育支出X元，其中：基本支出Y元，项目支出0元": the item's parts, not the department's.
        if (owner && owner.statement.subjectKind === "function") continue;
        // "一般公共预算拨款支出X元，其中：基本支出Y元，项目支出0元": the general budget's parts.
        if (owner && owner.statement.key === "general.expenditure") {
          if (term.key !== "expenditure.basic") continue;
          term = GENERAL_BASIC;
        }
      }
      if (BARE_SOURCES.has(term.key) && BARE_SOURCES.get(term.key) === subject) {
        // "支出预算4,850.60万元，其中：财政拨款4,820.60万元，…；单位资金30.00万元" (北京): the
        // spending of each source, not its income, though the paragraph speaks of 收入预算 too.
        const owner = ownerOfParts(state, token.start);
        if (owner?.statement.key?.startsWith("expenditure.")) {
          if (term.key !== "fiscal.income") {
            state.current = null;
            continue;
          }
          term = FISCAL_EXPENDITURE;
        }
      }
      const fiscalSide = BARE_EXPENDITURE_TOTAL_RE.test(subject) ? fiscalSecondSide(state, token) : null;
      if (fiscalSide) {
        term = fiscalSide;
        termSubject = `财政拨款${subject}`;
      }
      const statement = termStatement(state, term, termSubject);
      // In a list of economic items ("…福利费10.53万元、公务用车运行维护费3.60万元"), a 三公 term is
      // also the economic 款 of the same name: keep its code so it stays a row of the breakdown.
      if (term.subjectKind === "figure" && state.current?.statement.subjectKind === "economic") {
        const item = resolveItem(subject, null, "economic");
        if (item && item.kind === "economic" && item.code) {
          statement.code = item.code;
          statement.subjectKind = "economic";
          statement.scope = state.scope;
        }
      }
      const draft = newDraft(state, statement, token);
      setRoleValue(isFinal, draft.statement, label, token);
      const newScope = scopeOfKey(term.key);
      if (newScope) state.scope = newScope;
      continue;
    }
    if (token.isUnitless) {
      state.current = null;
      continue;
    }

    lists ??= listStartsOf(text, leadIn);
    const inProjectList = token.start >= lists.projectFrom;
    // "具体情况如下：…国内公务接待支出X万元；外事接待支出Y万元" in a 三公 section: parts of a 三公
    // figure, not projects.
    if (inProjectList && THREE_PUBLIC_PART_RE.test(subject)) {
      state.current = null;
      continue;
    }
    const prefer = state.current?.statement.subjectKind === "economic" ? "economic" : "function";
    // In a project list only a marked item counts, unless the subject ends in 支出 (below): the
    // catalogue lookups of a plainly written name are skipped there.
    const item =
      inProjectList && !SPENDING_END_RE.test(subject)
        ? resolveMarkedItem(subject)
        : resolveItem(subject, prefer === "function" ? lastFunctionParent : null, prefer);
    const previous = drafts.length > 0 ? drafts[drafts.length - 1] : null;
    let kind: "function" | "economic" | "project" | null = null;
    let code: string | null = null;
    let name = subject;
    if (inProjectList) {
      if (item && (item.isMarked || (item.kind === "function" && SPENDING_END_RE.test(subject)))) {
        kind = item.kind;
        code = item.code;
        name = item.name;
      } else {
        kind = "project";
        name = label.text.replace(NAME_LEAD_RE, "");
        // "…6批次，42人次，共计支出X万元": a bare 支出 names no project.
        if (GENERIC_AMOUNT_NAME_RE.test(name)) name = "";
        const coded = PROJECT_CODE_RE.exec(name);
        if (coded) {
          code = coded[1];
          name = coded[2].trim();
        }
      }
    } else if (item) {
      kind = item.kind;
      code = item.code;
      name = item.name;
    } else if (SPENDING_END_RE.test(subject) && looksLikeName(subject) && (previous !== null || leadIn !== "")) {
      kind = "function";
    } else if (looksLikeName(subject) && (lists.leadInIsFunctionList || lists.functionListFrom < token.start)) {
      kind = "function";
    } else if (
      looksLikeName(subject) &&
      state.current !== null &&
      (state.current.statement.subjectKind === "function" || state.current.statement.subjectKind === "economic")
    ) {
      kind = state.current.statement.subjectKind;
    }
    if (kind === null || name === "") {
      state.current = null;
      continue;
    }
    if (kind === "function" && code && code.length <= 5) lastFunctionParent = code;
    const statement = itemStatement(state, code, name, kind);
    const draft = newDraft(state, statement, token, inProjectList ? (kind === "project" ? "project" : "function") : null);
    draft.isProjectCandidate = inProjectList && kind === "project";
    setRoleValue(isFinal, statement, label, token);
  }
  if (text.charCodeAt(prevEnd) === CLOSE_PAREN) leaveParenthesis(state, prevEnd);
  applyGap(state, text.slice(prevEnd), prevEnd);

  // A "project list" whose items are mostly classification items is a list of items.
  let listed = 0;
  let functionItems = 0;
  for (const d of drafts) {
    if (d.listRole !== null) listed++;
    if (d.listRole === "function") functionItems++;
  }
  if (functionItems > 0 && functionItems >= listed - functionItems) {
    for (const d of drafts) {
      // Only listed drafts are project candidates.
      if (!d.isProjectCandidate) continue;
      const item = resolveItem(d.statement.subject);
      d.statement.subjectKind = item?.kind ?? "function";
      d.statement.code = item?.code ?? null;
      d.isProjectCandidate = false;
    }
  }

  for (const d of drafts) if (CURRENT_YEAR_KEYS.has(d.statement.key ?? "")) keyGrandTotal(state, d);

  for (const d of drafts) {
    const st = d.statement;
    st.provenance = provenanceOf(state, d.from, d.to);
    if (isZero(st.amount)) st.isNone = true;
    if (st.scope === undefined) delete st.scope;
    reading.statements.push(st);
    if (d.isProjectCandidate) {
      reading.projects.push({
        code: st.code,
        name: st.subject,
        amount: st.amount,
        ...(isFinal ? { executed: st.amount } : {}),
        provenance: st.provenance,
      });
    }
    if (st.key && st.amount != null) {
      const figure: SummaryFigure = { key: st.key, label: st.subject, value: st.amount, provenance: st.provenance };
      if (st.amountPlaces !== undefined) figure.amountPlaces = st.amountPlaces;
      reading.figures.push(figure);
      if (st.priorYear != null) {
        reading.figures.push({ key: `prior.${st.key}`, label: `${st.subject}(${st.priorYearLabel ?? "上年"})`, value: st.priorYear, provenance: st.provenance });
      }
    }
  }

  if (NONE_HINT_RE.test(text)) readNoneStatements(state, reading);
  return reading;
}

const CURRENT_YEAR_KEYS = new Set(["income.currentYear", "expenditure.currentYear"]);
/** 其中 and a carry-over of the same side, before the sentence ends: "其中：本年收入…，上年结转…". */
const INCOME_CARRY_PARTS_RE = /^[^。；;]*?其中[^。；;]*?(?:上年结转|年初结转|上年结余)/;
const SPENDING_CARRY_PARTS_RE = /^[^。；;]*?其中[^。；;]*?(?:结转下年|年末结转|结余分配)/;

/**
 * "收入合计1,200万元，其中：本年收入1,000万元，上年结转200万元": a 收入合计 (or 支出合计) whose
 * parts include the carry-over is the grand total (收入总计), not the year's own total, which on the
 * 收支总表 it names. A 本年收入合计 is always the year's own.
 */
function keyGrandTotal(state: ReadState, draft: Draft): void {
  const st = draft.statement;
  if (st.subject.includes("本年")) return;
  const isIncome = st.key === "income.currentYear";
  const rest = state.text.slice(draft.to);
  if (!(isIncome ? INCOME_CARRY_PARTS_RE : SPENDING_CARRY_PARTS_RE).test(rest)) return;
  st.key = isIncome ? "income.total" : "expenditure.total";
}

/**
 * Drafts for the paired totals of the paragraph ("收、支总计各是X,Y万元。与上年相比，收、支总计各减少
 * a,b万元"), and the tokens left for the reading one by one: those the pairs did not use.
 */
function readPairs(state: ReadState, tokens: Token[]): Token[] {
  const pairs = readPairedTotals(state.text);
  if (pairs.length === 0) return tokens;
  for (const pair of pairs) {
    const span = { kind: "money", start: pair.start, end: pair.end, raw: "", value: pair.income.amount, isUnitless: false } as const;
    for (const side of [pair.income, pair.expenditure]) {
      const { key, subject, ...figures } = side;
      newDraft(state, { code: null, subject, subjectKind: "total", key, scope: null, provenance: { source: "sentence", line: state.paragraph.lineNos[0] }, ...figures }, span);
    }
  }
  return tokens.filter((t) => !pairs.some((p) => t.start >= p.start && t.start < p.end));
}

/** The paragraph's drafts that name a figure, by the sentences they were read from. */
function keyedDraftsBySentence(state: ReadState): Map<number, Draft[]> {
  const bySentence = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    if (!d.statement.key) continue;
    const sentences = sentencesOf(state);
    for (let i = sentenceIndexAt(sentences, d.from), last = sentenceIndexAt(sentences, Math.max(d.from, d.to - 1)); i <= last; i++) {
      const list = bySentence.get(i);
      if (list) list.push(d);
      else bySentence.set(i, [d]);
    }
  }
  return bySentence;
}

/** Adds the figures the paragraph's sentences say do not exist (or marks the drafts that state them). */
function readNoneStatements(state: ReadState, reading: ParagraphReading): void {
  const { text } = state;
  const offsets = noneWordOffsets(text);
  if (offsets.length === 0) return;
  let draftsBySentence: Map<number, Draft[]> | null = null;
  const sentences = sentencesOf(state);
  let next = 0;
  for (let index = 0; index < sentences.length && next < offsets.length; index++) {
    const [start, end] = sentences[index];
    // Only sentences with a none word in them can say that something does not exist.
    if (offsets[next] >= end) continue;
    while (next < offsets.length && offsets[next] < end) next++;
    const sentence = text.slice(start, end);
    for (const term of findNoneTerms(sentence)) {
      draftsBySentence ??= keyedDraftsBySentence(state);
      const existing = draftsBySentence.get(index)?.find((d) => d.statement.key === term.key);
      if (existing) {
        existing.statement.isNone = true;
        continue;
      }
      const provenance = provenanceOf(state, start, end);
      reading.statements.push({
        code: null,
        subject: term.label,
        subjectKind: term.subjectKind,
        amount: "0.00",
        key: term.key,
        isNone: true,
        provenance,
      });
      reading.figures.push({ key: term.key, label: term.label, value: "0.00", provenance });
    }
  }
}
