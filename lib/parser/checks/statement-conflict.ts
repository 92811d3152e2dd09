import type { Finding, ParsedDocumentDraft } from "../types";
import { compareStatedAmount, exactMicros } from "./amounts";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { normalizeProjectName } from "./project-identity";
import { agreesAsPrinted, collectStatedEvidence, type StatedAmount } from "./text-vs-table";

/**
 * statement-conflict: two sentences state different amounts for the same item (same code, figure
 * key, or subject) and no table prints the item to say which is right (蔡甸 2023 prints no tables:
 * 卫生健康支出 is 15266.09 万元 in one paragraph and 15211.09 in another).
 *
 * Why: without tables the prose is the only source, so a contradiction inside it is the finding.
 * Warning, not error: paragraphs may quote different scopes (部门 total vs 财政拨款) without
 * saying so. Sentences inside a breakdown (“人员经费…其中卫生健康支出572.44万元”) are compared only
 * with sentences of the same breakdown. When a table prints the item, text-vs-table reports the
 * deviating sentence instead.
 * One finding per item, listing every sentence.
 */
export function checkStatementConflict(doc: ParsedDocumentDraft): Finding[] {
  // Items keyed by the strings they already have (code and scope, figure key, kind and name):
  // no id string is built and hashed per sentence. Lists are kept in the order items first appear.
  // The maps are made on first use: in a document whose tables print every stated item, none is.
  const lists: StatedAmount[][] = [];
  let byCode: Map<string, Map<string, StatedAmount[]>> | null = null;
  let byKey: Map<string, Map<string, StatedAmount[]>> | null = null;
  let byName: Map<string, Map<string, StatedAmount[]>> | null = null;
  const evidence = collectStatedEvidence(doc);
  for (let n = 0; n < evidence.stated.length; n++) {
    if (evidence.amounts[n].length) continue;
    const stated = evidence.stated[n];
    const list = stated.code
      ? listOf(lists, (byCode ??= new Map()), stated.code, stated.scope)
      : stated.key
        ? listOf(lists, (byKey ??= new Map()), stated.key, "")
        : listOf(lists, (byName ??= new Map()), stated.kind, normalizeProjectName(stated.subject));
    list.push(stated);
  }
  if (lists.length === 0) return [];
  const findings: Finding[] = [];
  for (const list of lists) {
    const first = list[0];
    // A lone sentence equals itself (an amount exact in millionths rounds to itself): nothing to compare.
    if (list.length === 1 && exactMicros(first.amount) !== null) continue;
    // "1,234.6万元" in one sentence and "1,234.56万元" in another agree: one rounds the other.
    const other = list.find((s) => !agreesAsPrinted(s.amount, first) && !agreesAsPrinted(first.amount, s));
    if (!other) continue;
    const item = first.code ? describeCode(first.code) : first.subject;
    // A sentence can be stated twice (as a statement and as its figure): each place and amount is said once.
    const all = [...new Set(list.map((s) => `${describeSource(s.provenance)}为${wan(s.amount)}`))].join("，");
    const f = makeAmountFinding({
      rule: "statement-conflict",
      severity: "warning",
      message: `${item}在说明文字中前后不一致：${all}`,
      codes: [first.code ?? first.key ?? first.subject],
      lines: [...new Set(list.map((s) => s.provenance.line))],
      expected: first.amount,
      actual: other.amount,
      outcome: compareStatedAmount(first.amount, other.amount) === "rounding" ? "rounding" : "mismatch",
    });
    if (f) findings.push(f);
  }
  return findings;
}

function listOf(
  lists: StatedAmount[][],
  map: Map<string, Map<string, StatedAmount[]>>,
  outer: string,
  inner: string,
): StatedAmount[] {
  let byInner = map.get(outer);
  if (!byInner) {
    byInner = new Map();
    map.set(outer, byInner);
  }
  let list = byInner.get(inner);
  if (!list) {
    list = [];
    byInner.set(inner, list);
    lists.push(list);
  }
  return list;
}
