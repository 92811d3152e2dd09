import type { Money } from "../types";
import { cleanClause, readLabel } from "./read-label";
import { scanTokens } from "./scan-tokens";

/** One project's self-evaluation summary in a 决算 ("…项目绩效自评综述:项目全年预算数为X万元，执行数为Y万元，完成预算的Z%"). */
export interface SelfEvaluation {
  name: string;
  code: string | null;
  initialBudget: Money | null;
  adjustedBudget: Money | null;
  executed: Money | null;
  completionRate: string | null;
  /** Offsets in the paragraph of the text the figures were read from. */
  start: number;
  end: number;
}

const SUMMARY_RE = /项目(?:绩效)?自评(?:综述|结果|情况)[:：]?/;
/** A summary heading starts within the paragraph's first characters, or the paragraph is no summary. */
const SUMMARY_MAX_START = 120;
/**
 * Only this much of a paragraph is searched: a match starting by SUMMARY_MAX_START ends well
 * within it (the longest is 项目绩效自评综述： — 9 characters), and one starting later is refused anyway.
 */
const SUMMARY_WINDOW = SUMMARY_MAX_START + 20;

/** Reads a self-evaluation summary paragraph, or returns null when the paragraph is not one. */
export function readSelfEvaluation(text: string): SelfEvaluation | null {
  const m = SUMMARY_RE.exec(text.length > SUMMARY_WINDOW ? text.slice(0, SUMMARY_WINDOW) : text);
  if (!m || m.index === 0 || m.index > SUMMARY_MAX_START) return null;
  let name = cleanClause(text.slice(0, m.index));
  let code: string | null = null;
  const coded = /^(\d{6,}[A-Z]?\d*)(.+)$/.exec(name);
  if (coded) {
    code = coded[1];
    name = coded[2];
  }
  if (name === "") return null;
  const result: SelfEvaluation = {
    name,
    code,
    initialBudget: null,
    adjustedBudget: null,
    executed: null,
    completionRate: null,
    start: 0,
    end: m.index + m[0].length,
  };
  const bodyStart = m.index + m[0].length;
  const body = text.slice(bodyStart, bodyStart + 200);
  let prevEnd = 0;
  for (const token of scanTokens(body)) {
    const label = readLabel(body.slice(prevEnd, token.start));
    prevEnd = token.end;
    if (token.kind === "money") {
      if (label.role === "budget-initial") result.initialBudget ??= token.value;
      else if (label.role === "budget-adjusted" || label.role === "budget") result.adjustedBudget ??= token.value;
      else if (label.role === "actual") result.executed ??= token.value;
      else continue;
      result.end = bodyStart + token.end;
    } else if (token.kind === "percent" && /完成/.test(label.text)) {
      result.completionRate ??= token.value;
      result.end = bodyStart + token.end;
      break;
    }
  }
  if (result.executed === null && result.adjustedBudget === null && result.initialBudget === null) return null;
  return result;
}
