import { findEconomicCodesByName, findFunctionCodesByName } from "../../reference";
import type { NarrativeStatement, TableKind } from "../../types";
import { normalizeProjectName } from "./project-identity";

/** Subject words → SummaryFigure key, most specific first. */
const SUBJECT_KEYS: Array<[RegExp, string]> = [
  [/因公出国/, "threePublic.abroad"],
  [/公务用车购置及运行/, "threePublic.vehicle"],
  [/公务用车购置/, "threePublic.vehiclePurchase"],
  [/公务用车运行/, "threePublic.vehicleOperation"],
  [/公务接待/, "threePublic.reception"],
  [/三公/, "threePublic.total"],
  [/机关运行经费/, "operatingCost"],
  [/政府采购.*货物|货物.*采购/, "procurement.goods"],
  [/政府采购.*工程|工程.*采购/, "procurement.works"],
  [/政府采购.*服务|服务.*采购/, "procurement.services"],
  [/政府采购/, "procurement.total"],
  [/政府购买服务/, "purchasedServices"],
  [/^(?:其中)?人员经费$/, "expenditure.personnel"],
  [/^(?:其中)?公用经费$/, "expenditure.public"],
];

/** The SummaryFigure key a statement talks about: its own `key`, else one read from its subject. */
export function figureKeyOf(statement: NarrativeStatement): string | null {
  if (statement.key) return statement.key;
  if (statement.subjectKind === "function" || statement.subjectKind === "economic" || statement.subjectKind === "project") {
    return null;
  }
  const subject = statement.subject.replace(/\s+/g, "");
  for (const [pattern, key] of SUBJECT_KEYS) if (pattern.test(subject)) return key;
  return null;
}

/**
 * The classification code a statement talks about: its own code, else the code its subject
 * names uniquely in the national catalogue (for function/economic subjects only).
 */
export function codeOf(statement: NarrativeStatement): string | null {
  if (statement.code) return statement.code;
  if (statement.subjectKind === "function") {
    const codes = findFunctionCodesByName(statement.subject);
    return codes.length === 1 ? codes[0] : null;
  }
  if (statement.subjectKind === "economic") {
    const codes = findEconomicCodesByName(statement.subject);
    return codes.length === 1 ? codes[0] : null;
  }
  return null;
}

/** Table kinds a "no such spending" sentence can refer to by its subject alone. */
export function noneTableKindOf(statement: NarrativeStatement): TableKind | null {
  const s = statement.subject;
  if (/政府性基金/.test(s)) return "gov-fund";
  if (/国有资本经营/.test(s)) return "state-capital";
  return null;
}

/** Stable identity of a statement's item, for grouping statements about the same thing. */
export function statementIdentity(statement: NarrativeStatement): string {
  const code = codeOf(statement);
  if (code) return `code:${code}`;
  const key = figureKeyOf(statement);
  if (key) return `key:${key}`;
  return `${statement.subjectKind}:${normalizeProjectName(statement.subject)}`;
}
