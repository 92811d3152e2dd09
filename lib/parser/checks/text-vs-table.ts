import type { Finding, NarrativeStatement, ParsedDocumentDraft, Provenance } from "../types";
import { compareStatedAmount, distance, isGreater, type AmountComparison } from "./amounts";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { scopeStatements, type StatementScope } from "./statement-scope";
import { codeOf, figureKeyOf } from "./statement-subjects";
import {
  economicAmounts,
  figureAmounts,
  functionAmounts,
  projectAmounts,
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
}

const statedCache = new WeakMap<ParsedDocumentDraft, StatedAmount[]>();

/** Statements and sentence-sourced figures, as one list of stated amounts (computed once per document). */
export function collectStatedAmounts(doc: ParsedDocumentDraft): StatedAmount[] {
  const cached = statedCache.get(doc);
  if (cached) return cached;
  const out: StatedAmount[] = [];
  statedCache.set(doc, out);
  const scopes = scopeStatements(doc.statements);
  for (const s of doc.statements) {
    if (s.amount == null || s.isNone) continue;
    const code = codeOf(s);
    out.push({
      subject: s.subject,
      code,
      key: figureKeyOf(s),
      kind: s.subjectKind,
      amount: s.amount,
      provenance: s.provenance,
      scope: code ? (scopes.get(s) ?? "whole") : "whole",
    });
  }
  for (const f of doc.figures) {
    if (f.isCount || f.provenance.source !== "sentence" || f.key.startsWith("prior.")) continue;
    out.push({ subject: f.label, code: null, key: f.key, kind: "figure", amount: f.value, provenance: f.provenance, scope: "whole" });
  }
  return out;
}

/** tableAmountsFor per stated amount: text-vs-table and statement-conflict both ask for each one. */
// One weak entry per document and a plain Map inside it: a weak entry per stated amount costs the
// garbage collector far more than the lookups it saves.
const tableAmountsCache = new WeakMap<ParsedDocumentDraft, Map<StatedAmount, TableAmount[]>>();

/** The table amounts a stated amount should match (empty when the tables do not print the item). */
export function tableAmountsFor(doc: ParsedDocumentDraft, stated: StatedAmount): TableAmount[] {
  let byStated = tableAmountsCache.get(doc);
  if (byStated === undefined) {
    byStated = new Map();
    tableAmountsCache.set(doc, byStated);
  }
  const cached = byStated.get(stated);
  if (cached) return cached;
  const found = findTableAmounts(doc, stated);
  byStated.set(stated, found);
  return found;
}

function findTableAmounts(doc: ParsedDocumentDraft, stated: StatedAmount): TableAmount[] {
  if (stated.code && /^\d+$/.test(stated.code)) {
    const fn = stated.kind === "economic" ? [] : functionAmounts(doc, stated.code);
    return fn.length ? fn : economicAmounts(doc, stated.code);
  }
  if (stated.key) return figureAmounts(doc, stated.key);
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
export function checkTextVsTable(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  for (const stated of collectStatedAmounts(doc)) {
    const candidates = tableAmountsFor(doc, stated);
    if (!candidates.length) continue;
    const compared = candidates.map((amount) => ({
      amount,
      outcome: compareStatedAmount(amount.value, stated.amount),
      diff: distance(amount.value, stated.amount),
    }));
    if (compared.some((c) => c.outcome === "equal")) continue;
    // A breakdown sentence (the personnel part of 卫生健康支出) can only be held against that
    // column; when the table does not print the column, the sentence cannot be checked.
    const held = stated.scope === "whole" ? compared : compared.filter((c) => c.amount.column === stated.scope);
    if (!held.length) continue;
    const rank = (o: AmountComparison) => (o === "rounding" ? 0 : 1);
    const best = held.reduce((a, b) =>
      rank(b.outcome) < rank(a.outcome) || (rank(b.outcome) === rank(a.outcome) && isGreater(a.diff, b.diff)) ? b : a,
    );
    const item = stated.code ? describeCode(stated.code) : stated.subject;
    const f = makeAmountFinding({
      rule: "text-vs-table",
      severity: "error",
      message: () =>
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
  return findings;
}
