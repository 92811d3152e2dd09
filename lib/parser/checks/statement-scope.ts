import type { NarrativeStatement } from "../types";
import { figureKeyOf } from "./statement-subjects";

/**
 * Which part of the money a sentence talks about. Narratives break totals down: after
 * “人员经费697.68万元”, “卫生健康支出572.44万元” is the personnel part of 卫生健康支出, not the whole
 * of it. "whole" covers the document's own totals (部门, 财政拨款, 一般公共预算), which readers and
 * the brief treat as one item.
 */
export type StatementScope = "whole" | "personnel" | "public" | "basic" | "project";

const BREAKDOWN_WORDS: readonly StatementScope[] = ["personnel", "public", "basic", "project"];

/**
 * The breakdown a figure key names as its last part: /(?:^|\.)(personnel|public|basic|project)$/
 * without a match array per key. The regex tries the words in this order; no key ends in two of
 * them at a part boundary, so the first that fits is the regex's capture.
 */
function breakdownOf(key: string): StatementScope | null {
  for (const word of BREAKDOWN_WORDS) {
    if (!key.endsWith(word)) continue;
    const at = key.length - word.length;
    if (at === 0 || key.charCodeAt(at - 1) === 46 /* . */) return word;
  }
  return null;
}

/**
 * Assigns each statement the scope set by the latest total-like statement before it (in line
 * order): a 人员经费/公用经费/基本支出/项目支出 figure that heads its own sentence opens a breakdown,
 * any other total closes it. A breakdown figure printed as part of a whole (“支出294.64万元，其中：
 * 基本支出181.66万元；项目支出112.98万元”, a whole total on the same or the previous line) only
 * splits that whole and opens nothing.
 */
export function scopeStatements(statements: NarrativeStatement[]): Map<NarrativeStatement, StatementScope> {
  const scopes = scopeStatementList(statements);
  const out = new Map<NarrativeStatement, StatementScope>();
  for (let i = 0; i < statements.length; i++) out.set(statements[i], scopes[i]);
  return out;
}

/**
 * scopeStatements as a list parallel to `statements` (no map keyed by statement to build), given
 * each statement's figureKeyOf when the caller already has them.
 */
export function scopeStatementList(
  statements: NarrativeStatement[],
  keys?: ReadonlyArray<string | null>,
): StatementScope[] {
  const n = statements.length;
  let order: number[] | null = null;
  for (let i = 1; i < n; i++) {
    if (statements[i].provenance.line < statements[i - 1].provenance.line) {
      order = Array.from({ length: n }, (_, j) => j).sort(
        (a, b) => statements[a].provenance.line - statements[b].provenance.line,
      );
      break;
    }
  }
  const scopes: StatementScope[] = new Array(n);
  let current: StatementScope = "whole";
  let lastWholeLine = -Infinity;
  for (let j = 0; j < n; j++) {
    const i = order ? order[j] : j;
    const s = statements[i];
    const key = !s.code ? (keys ? keys[i] : figureKeyOf(s)) : null;
    if (key && (s.subjectKind === "total" || s.subjectKind === "figure" || s.subjectKind === "income")) {
      const breakdown = breakdownOf(key);
      if (breakdown !== null) {
        if (s.provenance.line - lastWholeLine > 2) current = breakdown;
      } else if (isWholeKey(key)) {
        current = "whole";
        lastWholeLine = s.provenance.line;
      }
    }
    scopes[i] = current;
  }
  return scopes;
}

/** /^(?:income|expenditure|fiscal|general)\./.test(key), by prefixes. */
function isWholeKey(key: string): boolean {
  return key.startsWith("income.") || key.startsWith("expenditure.") || key.startsWith("fiscal.") || key.startsWith("general.");
}
