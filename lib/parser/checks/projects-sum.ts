import { addAmounts, compareAmounts, isGreater, minusMoney } from "./amounts";
import type { Finding, ParsedDocumentDraft, ProjectRecord } from "../types";
import { describeSource, makeAmountFinding, wan } from "./describe";
import { groupProjects } from "./project-identity";
import { totalPlaces, withinPrintedRounding } from "./printed-places";

/**
 * projects-sum: the projects a document lists in its tables must add up to its 项目支出.
 *
 * Why: the project list is how readers learn what the 项目支出 buys; a list covering only part
 * of it (江汉 2021 lists 78.98 of 112.98 万元) hides the rest. Each project counts once even when
 * printed in several tables (项目支出表, 申报表, 绩效目标表). Projects only mentioned in sentences
 * are not counted: narratives list the main projects, never all.
 *
 * Severity: error when the list comes from a 项目支出表 (meant to be complete) or exceeds the total
 * in a budget; warning when it comes only from per-project forms (some districts publish forms
 * for selected projects only), when the document is a 决算 (self-evaluations cover selected projects
 * and report executed amounts), or when the list exceeds a 项目支出 that only a 一般公共预算 or
 * 财政拨款 table gives (the list may hold the unit's other money); silent when such a list adds up to
 * the 项目支出 of the department's whole-spending table (支出总表) instead.
 */
export function checkProjectsSum(doc: ParsedDocumentDraft): Finding[] {
  const total = doc.totals.project;
  if (total == null) return [];
  const tableProjects = doc.projects.filter((p) => p.provenance.source === "table");
  if (!tableProjects.length) return [];
  const groups = groupProjects(tableProjects);
  const amounts = groups.map(pickAmount);
  if (amounts.some((a) => a == null)) return [];
  const actual = addAmounts(amounts as string[]);
  const fromProjectsTable = tableProjects.some((p) => p.provenance.table === "projects");
  const exceeds = isGreater(actual, total);
  const provenance = doc.totalsProvenance.project;
  // A 项目支出 read from a table of 一般公共预算 or 财政拨款 money only is no bound for a project
  // list that may include the unit's other money: exceeding it is worth a look, not a contradiction.
  const fiscalOnlyTotal = provenance?.source === "table" && FISCAL_ONLY_TABLES.has(provenance.table ?? "");
  // The list adds up to the department's own 项目支出 (支出总表), which holds the other money too.
  if (exceeds && fiscalOnlyTotal && matchesWholeTable(doc, actual)) return [];
  // A list of this year's money (本年拨款) short of a 项目支出 that also spends the 上年结转: short
  // by exactly the carry-over, it is complete; short by less, part of the gap may be carry-over.
  const carryover = exceeds ? null : carryoverOf(doc);
  if (carryover !== null && compareAmounts(minusMoney(total, actual), carryover) === "equal") return [];
  const shortWithinCarryover = carryover !== null && !isGreater(minusMoney(total, actual), carryover);
  const isError = doc.header.kind !== "final" && !(exceeds && fiscalOnlyTotal) && !shortWithinCarryover && (fromProjectsTable || exceeds);
  // Most lists add up: decide that before building the message (the same comparison makeAmountFinding makes).
  const outcome = compareAmounts(total, actual);
  if (outcome === "equal") return [];
  // "项目支出52万元" printed whole: a list of 51.70 agrees with it.
  if (withinPrintedRounding(total, actual, [totalPlaces(doc, "project")])) return [];
  const finding = makeAmountFinding({
    rule: "projects-sum",
    severity: isError ? "error" : "warning",
    message:
      `列出的${groups.length}个项目金额合计${wan(actual)}，与项目支出${wan(total)}` +
      `${provenance ? `（${describeSource(provenance)}）` : ""}不一致` +
      `${exceeds ? "（项目合计超过项目支出）" : `，有${wan(minusMoney(total, actual))}未列明到项目`}` +
      `${exceeds && fiscalOnlyTotal ? "；该项目支出只含一般公共预算（财政拨款）资金，项目表可能含其他资金" : ""}`,
    codes: ["expenditure.project"],
    lines: [provenance?.line ?? 0, ...groups.map((g) => g[0].provenance.line)],
    expected: total,
    actual,
    outcome,
  });
  return finding ? [finding] : [];
}

/**
 * True when the 类 rows of the department's whole-spending table (支出总表) print 项目支出 that add
 * up to `listed`.
 */
function matchesWholeTable(doc: ParsedDocumentDraft, listed: string): boolean {
  const parts: string[] = [];
  for (const r of doc.functionRows) {
    if (r.provenance.source !== "table" || r.provenance.table !== "expenditure" || r.code.length !== 3) continue;
    if (r.project == null) return false;
    parts.push(r.project);
  }
  return parts.length > 0 && compareAmounts(addAmounts(parts), listed) === "equal";
}

/** The 上年结转 the document states (non-zero), else null; read only when a list falls short. */
function carryoverOf(doc: ParsedDocumentDraft): string | null {
  for (const f of doc.figures) {
    if (f.key === "income.carryover" && !f.isCount && /[1-9]/.test(f.value)) return f.value;
  }
  return null;
}

/** Tables of 一般公共预算 or 财政拨款 money only. */
const FISCAL_ONLY_TABLES = new Set(["general-expenditure", "fiscal-summary"]);

/** A project's amount: from the 项目支出表 when printed there, else the first printed amount. */
function pickAmount(group: ProjectRecord[]): string | null {
  const preferred = group.find((p) => p.provenance.table === "projects" && p.amount != null);
  return (preferred ?? group.find((p) => p.amount != null))?.amount ?? null;
}
