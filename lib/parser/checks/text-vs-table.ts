import type { Finding, FunctionRow, Money, NarrativeStatement, ParsedDocumentDraft, Provenance } from "../types";
import { compareStatedAmount, distance, isGreater, someEqualsStated, type AmountComparison } from "./amounts";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { scopeStatementList, type StatementScope } from "./statement-scope";
import { codeOf, figureKeyOf } from "./statement-subjects";
import { parseSlot } from "../parse-memos";
import { atPrintedPlaces, roundsToStated } from "./printed-places";
import {
  projectAmounts,
  readEconomicAmounts,
  readFigureAmounts,
  readFunctionAmounts,
  type TableAmount,
} from "./table-evidence";

/** A figure stated in prose, whatever record carried it. */
export interface StatedAmount {
  subject: string;
  code: string | null;
  key: string | null;
  kind: NarrativeStatement["subjectKind"];
  amount: string;
  provenance: Provenance;
  /** Part of the money the sentence covers (see statement-scope). */
  scope: StatementScope;
  /** The budget the sentence's section speaks of ("一般公共预算", "财政拨款"), when the statement says. */
  budget?: string | null;
  /** Decimal places in 万元 the amount was printed with, when fewer than two (NarrativeStatement.amountPlaces). */
  places?: number;
}

const statedCache = parseSlot<ParsedDocumentDraft, StatedAmount[]>();

/** Statements and sentence-sourced figures, as one list of stated amounts (computed once per document). */
export function collectStatedAmounts(doc: ParsedDocumentDraft): StatedAmount[] {
  const cached = statedCache.get(doc);
  if (cached) return cached;
  const out: StatedAmount[] = [];
  statedCache.set(doc, out);
  const statements = doc.statements;
  const keys: Array<string | null> = new Array(statements.length);
  for (let i = 0; i < statements.length; i++) keys[i] = figureKeyOf(statements[i]);
  const scopes = scopeStatementList(statements, keys);
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (s.amount == null || s.isNone) continue;
    const code = codeOf(s);
    out.push({
      subject: s.subject,
      code,
      key: keys[i],
      kind: s.subjectKind,
      amount: s.amount,
      provenance: s.provenance,
      scope: code ? scopes[i] : "whole",
      budget: s.scope ?? null,
      places: s.amountPlaces,
    });
  }
  for (const f of doc.figures) {
    if (f.isCount || f.provenance.source !== "sentence" || f.key.startsWith("prior.")) continue;
    out.push({ subject: f.label, code: null, key: f.key, kind: "figure", amount: f.value, provenance: f.provenance, scope: "whole", places: f.amountPlaces });
  }
  return out;
}

/**
 * The table amounts a stated amount should match (empty when the tables do not print the item).
 * The lists per code and key are built once per document (table-evidence); collectStatedEvidence
 * holds each stated amount's list for the checks that walk them all.
 */
export function tableAmountsFor(doc: ParsedDocumentDraft, stated: StatedAmount): readonly TableAmount[] {
  return findTableAmounts(doc, stated);
}

/** Stated amounts with the table amounts each should match, as parallel lists (computed once per document). */
export interface StatedEvidence {
  stated: StatedAmount[];
  amounts: Array<readonly TableAmount[]>;
}

const statedEvidenceCache = parseSlot<ParsedDocumentDraft, StatedEvidence>();

/**
 * collectStatedAmounts with tableAmountsFor of each: the checks that walk every stated amount
 * (text-vs-table, statement-conflict) read both lists without a lookup per amount.
 */
export function collectStatedEvidence(doc: ParsedDocumentDraft): StatedEvidence {
  const cached = statedEvidenceCache.get(doc);
  if (cached) return cached;
  const stated = collectStatedAmounts(doc);
  const amounts: Array<readonly TableAmount[]> = new Array(stated.length);
  for (let i = 0; i < stated.length; i++) amounts[i] = findTableAmounts(doc, stated[i]);
  const evidence = { stated, amounts };
  statedEvidenceCache.set(doc, evidence);
  return evidence;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function findTableAmounts(doc: ParsedDocumentDraft, stated: StatedAmount): readonly TableAmount[] {
  if (stated.code && isDigits(stated.code)) {
    const fn = stated.kind === "economic" ? null : readFunctionAmounts(doc, stated.code);
    return fn?.length ? fn : readEconomicAmounts(doc, stated.code);
  }
  if (stated.key) return readFigureAmounts(doc, stated.key);
  if (stated.kind === "project") return projectAmounts(doc, stated.subject, stated.code);
  return [];
}

/**
 * text-vs-table: a figure the narrative states (卫生健康支出15266.09万元; 其他医疗保障管理事务支出
 * 支出决算为44.3万元) that no table prints for the same item (same code, same figure key, or same
 * project).
 *
 * Why: readers quote the prose; when it contradicts the tables, one of them is wrong and the
 * document must say which (汉阳 决算: 44.3 in the text, 43.92 in three tables). Compared at the
 * sentence's precision (15万元 matches 15.00; 1234.57 matches 1234.567891 from a 元 table), and
 * against every table and column printing the item, because sentences quote different scopes.
 * Error; off by one unit of the sentence's last decimal is rounding (info).
 */
const FISCAL_BUDGETS = new Set(["一般公共预算", "财政拨款"]);
const FISCAL_TABLES = new Set(["general-expenditure", "fiscal-summary"]);

function isFiscalTableAmount(amount: TableAmount): boolean {
  return FISCAL_TABLES.has(amount.provenance.table ?? "");
}

/** Income the unit has besides its 财政拨款: other sources, and money carried over. */
const OTHER_MONEY_KEYS = new Set([
  "income.business",
  "income.operating",
  "income.superior",
  "income.other",
  "income.carryover",
  // Beijing's 单位资金, Zhejiang's 单位自行组织收入 and 财政专户管理资金收入.
  "income.unitFunds",
  "income.selfRaised",
  "income.specialAccount",
]);

/** True when the document states money the 财政拨款 tables leave out (a non-zero other source). */
function hasOtherThanFiscalMoney(doc: ParsedDocumentDraft): boolean {
  for (const f of doc.figures) {
    if (!f.isCount && OTHER_MONEY_KEYS.has(f.key) && !isZeroAmount(f.value)) return true;
  }
  return false;
}

function isZeroAmount(value: string): boolean {
  return !/[1-9]/.test(value);
}

function rank(outcome: AmountComparison): number {
  return outcome === "rounding" ? 0 : 1;
}

export function checkTextVsTable(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  const evidence = collectStatedEvidence(doc);
  let otherMoney: boolean | null = null;
  for (let n = 0; n < evidence.stated.length; n++) {
    const candidates = evidence.amounts[n];
    if (!candidates.length) continue;
    const stated = evidence.stated[n];
    // "1,234.6万元" agrees with a table's 1234.56: compared at the places the sentence printed.
    const asPrinted = atPrintedPlaces(stated.amount, stated.places);
    // Most sentences match some table amount: decide that before ranking the others (and
    // compare again only for a sentence that matches none).
    if (someEqualsStated(candidates, asPrinted)) continue;
    if (stated.places !== undefined && stated.places < 0 && candidates.some((c) => agreesAsPrinted(c.value, stated))) continue;
    // An item's 一般公共预算 amount against tables of all the unit's money only (支出决算表): when
    // the unit has other money (其他收入, 结转), the two differ without contradicting each other.
    if (stated.code && stated.budget != null && FISCAL_BUDGETS.has(stated.budget) && !candidates.some(isFiscalTableAmount)) {
      otherMoney ??= hasOtherThanFiscalMoney(doc);
      if (otherMoney) continue;
    }
    // A breakdown sentence (the personnel part of 卫生健康支出) can only be held against that
    // column; when the table does not print the column, the sentence cannot be checked.
    let found: { amount: TableAmount; outcome: AmountComparison; diff: string } | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const amount = candidates[i];
      if (stated.scope !== "whole" && amount.column !== stated.scope) continue;
      const c = { amount, outcome: compareStatedAmount(amount.value, asPrinted), diff: distance(amount.value, stated.amount) };
      if (!found || rank(c.outcome) < rank(found.outcome) || (rank(c.outcome) === rank(found.outcome) && isGreater(found.diff, c.diff))) {
        found = c;
      }
    }
    if (!found) continue;
    const best = found;
    const item = stated.code ? describeCode(stated.code) : stated.subject;
    const f = makeAmountFinding({
      rule: "text-vs-table",
      severity: "error",
      message:
        `${item}：${describeSource(stated.provenance)}称${wan(stated.amount)}，` +
        `而${describeSource(best.amount.provenance)}为${wan(best.amount.value)}`,
      codes: [stated.code ?? stated.key ?? stated.subject],
      lines: [stated.provenance.line, best.amount.provenance.line],
      expected: best.amount.value,
      actual: stated.amount,
      outcome: best.outcome,
    });
    if (f) findings.push(f);
  }
  checkInitialBudgets(doc, findings);
  return findings;
}

/**
 * A 决算's 年初预算 for an item, stated in the prose ("年初预算为183.3万元") and printed by a table
 * beside the 决算数 (一般公共预算财政拨款支出决算表's 年初预算 column, FunctionRow.initialBudget).
 * The merge keeps the table's figure; a different figure in the prose would vanish silently, so it
 * is reported here: error, or rounding (info) when it differs only below the places it was printed
 * with. Only statements with a 年初预算 and a code are looked at, and the rows printing a budget
 * are indexed once, on the first such statement.
 */
function checkInitialBudgets(doc: ParsedDocumentDraft, findings: Finding[]): void {
  const statements = doc.statements;
  let rowsByCode: Map<string, FunctionRow[]> | null = null;
  let otherMoney: boolean | null = null;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const stated = s.initialBudget;
    if (stated == null || s.subjectKind !== "function") continue;
    const code = codeOf(s);
    if (code === null || !isDigits(code)) continue;
    rowsByCode ??= functionRowsWithBudget(doc);
    if (rowsByCode.size === 0) return;
    const rows = rowsByCode.get(code);
    if (rows === undefined) continue;
    const places = s.initialBudgetPlaces;
    const asPrinted = atPrintedPlaces(stated, places);
    let best: { row: FunctionRow; outcome: AmountComparison; diff: string } | null = null;
    let agrees = false;
    for (let k = 0; k < rows.length && !agrees; k++) {
      const value = rows[k].initialBudget!;
      if (roundsToStated(value, stated, places)) {
        agrees = true;
        break;
      }
      const c = { row: rows[k], outcome: compareStatedAmount(value, asPrinted), diff: distance(value, stated) };
      if (!best || rank(c.outcome) < rank(best.outcome) || (rank(c.outcome) === rank(best.outcome) && isGreater(best.diff, c.diff))) best = c;
    }
    if (agrees || best === null) continue;
    // The 一般公共预算 budget against an all-funds table's, when the unit has other money: not the same figure.
    if (s.scope != null && FISCAL_BUDGETS.has(s.scope) && !rows.some(isFiscalRow)) {
      otherMoney ??= hasOtherThanFiscalMoney(doc);
      if (otherMoney) continue;
    }
    const table = best.row.initialBudget!;
    const f = makeAmountFinding({
      rule: "text-vs-table",
      severity: "error",
      message:
        `${describeCode(code)}：${describeSource(s.provenance)}称年初预算${wan(stated)}，` +
        `而${describeSource(best.row.provenance)}的年初预算为${wan(table)}`,
      codes: [code],
      lines: [s.provenance.line, best.row.provenance.line],
      expected: table,
      actual: stated,
      outcome: best.outcome,
    });
    if (f) findings.push(f);
  }
}

function isFiscalRow(row: FunctionRow): boolean {
  return FISCAL_TABLES.has(row.provenance.table ?? "");
}

/** The table rows that print a 年初预算, by code. */
function functionRowsWithBudget(doc: ParsedDocumentDraft): Map<string, FunctionRow[]> {
  const out = new Map<string, FunctionRow[]>();
  const rows = doc.functionRows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.initialBudget == null) continue;
    const list = out.get(r.code);
    if (list) list.push(r);
    else out.set(r.code, [r]);
  }
  return out;
}

/** Whether an exact amount rounds to a stated one as the sentence printed it. */
export function agreesAsPrinted(value: Money, stated: StatedAmount): boolean {
  return roundsToStated(value, stated.amount, stated.places);
}
