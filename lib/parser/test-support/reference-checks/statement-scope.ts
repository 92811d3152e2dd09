import type { NarrativeStatement } from "../../types";
import { figureKeyOf } from "./statement-subjects";

/**
 * Which part of the money a sentence talks about. Narratives break totals down: after
 * “人员经费697.68万元”, “卫生健康支出572.44万元” is the personnel part of 卫生健康支出, not the whole
 * of it. "whole" covers the document's own totals (部门, 财政拨款, 一般公共预算), which readers and
 * the brief treat as one item.
 */
export type StatementScope = "whole" | "personnel" | "public" | "basic" | "project";

const BREAKDOWN = /(?:^|\.)(personnel|public|basic|project)$/;

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
      const m = BREAKDOWN.exec(key);
      if (m) {
        if (s.provenance.line - lastWholeLine > 2) current = m[1] as StatementScope;
      } else if (WHOLE_KEY.test(key)) {
        current = "whole";
        lastWholeLine = s.provenance.line;
      }
    }
    scopes[i] = current;
  }
  return scopes;
}

const WHOLE_KEY = /^(?:income|expenditure|fiscal|general)\./;
