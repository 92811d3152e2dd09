import { addAmounts, compareAmounts, isGreater } from "./amounts";
import type { EconomicRow, Finding, ParsedDocumentDraft, SummaryFigure } from "../types";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { groupRowsByTable } from "./table-groups";
import { withinPrintedRounding } from "./printed-places";

/**
 * 三公 figure key → the economic item that books the same spending: its 部门预算经济分类 code, then
 * its 政府预算经济分类 one (a basic-expenditure table by 政府预算经济分类 prints 50207, 50208, 50206).
 */
const ECONOMIC_ITEM: Array<{ keys: string[]; codes: string[]; label: string }> = [
  { keys: ["threePublic.abroad"], codes: ["30212", "50207"], label: "因公出国（境）费" },
  { keys: ["threePublic.vehicleOperation", "threePublic.vehicle"], codes: ["30231", "50208"], label: "公务用车运行维护费" },
  { keys: ["threePublic.reception"], codes: ["30217", "50206"], label: "公务接待费" },
];

/**
 * Each 三公 key's figure: the first one read from a table, else the first one at all (counts
 * skipped). Found in one pass over the figures instead of two scans per key asked; every key this
 * check asks for starts with "threePublic.".
 */
function threePublicFigures(figures: SummaryFigure[]): Map<string, SummaryFigure> {
  const chosen = new Map<string, SummaryFigure>();
  for (const f of figures) {
    if (f.isCount || !f.key.startsWith("threePublic.")) continue;
    const kept = chosen.get(f.key);
    if (kept === undefined) chosen.set(f.key, f);
    // The first table figure of a key replaces a figure from elsewhere kept before it.
    else if (f.provenance.source === "table" && kept.provenance.source !== "table") chosen.set(f.key, f);
  }
  return chosen;
}

const TOTAL_PARTS: Array<[string, string]> = [
  ["threePublic.abroad", "因公出国（境）费"],
  ["threePublic.vehicle", "公务用车购置及运行维护费"],
  ["threePublic.reception", "公务接待费"],
];

const VEHICLE_PARTS: Array<[string, string]> = [
  ["threePublic.vehiclePurchase", "公务用车购置费"],
  ["threePublic.vehicleOperation", "公务用车运行维护费"],
];

/**
 * three-public-vs-economic: a “三公” figure smaller than the same item in the 一般公共预算基本支出表
 * (30212 因公出国（境）费用, 30231 公务用车运行维护费, 30217 公务接待费; by 政府预算经济分类 50207,
 * 50208, 50206).
 *
 * Why: the 三公 table covers the item's whole 一般公共预算 spending, basic and project, so it can
 * never be smaller than the basic-expenditure part alone; when it is, the document understates
 * 三公 spending somewhere, which is exactly what the press watches. Larger is normal (project
 * spending). Only where both sides exist.
 *
 * three-public-sum: the 三公 total must equal 出国 + 公务用车 + 接待, and 公务用车 = 购置 + 运行维护.
 */
export function checkThreePublic(doc: ParsedDocumentDraft): Finding[] {
  // Every finding below names a 三公 figure: without one there is nothing to compare.
  const figures = threePublicFigures(doc.figures);
  if (figures.size === 0) return [];
  const findings: Finding[] = [];
  const basicRows = new Map<string, EconomicRow>();
  for (const group of groupRowsByTable(doc, doc.economicRows)) {
    if (group.kind !== "general-basic") continue;
    for (const [code, row] of group.rows) if (!basicRows.has(code)) basicRows.set(code, row);
  }
  for (const item of ECONOMIC_ITEM) {
    let row: EconomicRow | undefined;
    for (const code of item.codes) if ((row = basicRows.get(code))) break;
    const rowTotal = row?.total;
    if (!row || rowTotal == null) continue;
    let figure: SummaryFigure | undefined;
    for (const key of item.keys) if ((figure = figures.get(key))) break;
    if (!figure) continue;
    if (!isGreater(rowTotal, figure.value)) continue;
    // "公务用车运行维护费3万元" printed whole holds the table's 3.10.
    if (withinPrintedRounding(rowTotal, figure.value, [figure.amountPlaces])) continue;
    const f = makeAmountFinding({
      rule: "three-public-vs-economic",
      severity: "error",
      message:
        `“三公”经费中${item.label}为${wan(figure.value)}（${describeSource(figure.provenance)}），` +
        `小于基本支出中${describeCode(row.code, row.name)}的${wan(rowTotal)}（${describeSource(row.provenance)}）`,
      codes: [figure.key, row.code],
      lines: [figure.provenance.line, row.provenance.line],
      expected: rowTotal,
      actual: figure.value,
    });
    if (f) findings.push(f);
  }
  pushSum(findings, figures, "threePublic.total", "“三公”经费合计", TOTAL_PARTS);
  pushSum(findings, figures, "threePublic.vehicle", "公务用车购置及运行维护费", VEHICLE_PARTS);
  return findings;
}

function pushSum(
  findings: Finding[],
  byKey: Map<string, SummaryFigure>,
  wholeKey: string,
  wholeLabel: string,
  parts: Array<[string, string]>,
): void {
  const whole = byKey.get(wholeKey);
  const figures = parts.map(([k]) => byKey.get(k));
  if (!whole || figures.some((f) => !f)) return;
  const actual = addAmounts(figures.map((f) => f!.value));
  // Most sums agree: decide that before building the message.
  const outcome = compareAmounts(whole.value, actual);
  if (outcome === "equal") return;
  // Figures a sentence printed rounded add up only to within their rounding.
  if (withinPrintedRounding(whole.value, actual, [whole.amountPlaces, ...figures.map((x) => x!.amountPlaces)])) return;
  const f = makeAmountFinding({
    rule: "three-public-sum",
    severity: "warning",
    message:
      `${wholeLabel}${wan(whole.value)}（${describeSource(whole.provenance)}）不等于` +
      `${parts.map(([, label], i) => `${label}${figures[i]!.value}`).join(" + ")} = ${wan(actual)}`,
    codes: [wholeKey, ...parts.map(([k]) => k)],
    lines: [whole.provenance.line, ...figures.map((x) => x!.provenance.line)],
    expected: whole.value,
    actual,
    outcome,
  });
  if (f) findings.push(f);
}
