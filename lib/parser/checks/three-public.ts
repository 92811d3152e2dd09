import { addAmounts, compareAmounts, isGreater } from "./amounts";
import type { EconomicRow, Finding, ParsedDocumentDraft, SummaryFigure } from "../types";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { groupRowsByTable } from "./table-groups";

/** 三公 figure key → the economic item that books the same spending. */
const ECONOMIC_ITEM: Array<{ keys: string[]; code: string; label: string }> = [
  { keys: ["threePublic.abroad"], code: "30212", label: "因公出国（境）费" },
  { keys: ["threePublic.vehicleOperation", "threePublic.vehicle"], code: "30231", label: "公务用车运行维护费" },
  { keys: ["threePublic.reception"], code: "30217", label: "公务接待费" },
];

function tableFigure(doc: ParsedDocumentDraft, key: string): SummaryFigure | undefined {
  return doc.figures.find((f) => f.key === key && !f.isCount && f.provenance.source === "table")
    ?? doc.figures.find((f) => f.key === key && !f.isCount);
}

/**
 * three-public-vs-economic: a “三公” figure smaller than the same item in the 一般公共预算基本支出表
 * (30212 因公出国（境）费用, 30231 公务用车运行维护费, 30217 公务接待费).
 *
 * Why: the 三公 table covers the item's whole 一般公共预算 spending, basic and project, so it can
 * never be smaller than the basic-expenditure part alone; when it is, the document understates
 * 三公 spending somewhere, which is exactly what the press watches. Larger is normal (project
 * spending). Only where both sides exist.
 *
 * three-public-sum: the 三公 total must equal 出国 + 公务用车 + 接待, and 公务用车 = 购置 + 运行维护.
 */
export function checkThreePublic(doc: ParsedDocumentDraft): Finding[] {
  const findings: Finding[] = [];
  const basicRows = new Map<string, EconomicRow>();
  for (const group of groupRowsByTable(doc, doc.economicRows)) {
    if (group.kind !== "general-basic") continue;
    for (const [code, row] of group.rows) if (!basicRows.has(code)) basicRows.set(code, row);
  }
  for (const item of ECONOMIC_ITEM) {
    const row = basicRows.get(item.code);
    const rowTotal = row?.total;
    if (!row || rowTotal == null) continue;
    const figure = item.keys.map((k) => tableFigure(doc, k)).find(Boolean);
    if (!figure) continue;
    if (!isGreater(rowTotal, figure.value)) continue;
    const f = makeAmountFinding({
      rule: "three-public-vs-economic",
      severity: "error",
      message: () =>
        `“三公”经费中${item.label}为${wan(figure.value)}（${describeSource(figure.provenance)}），` +
        `小于基本支出中${describeCode(item.code, row.name)}的${wan(rowTotal)}（${describeSource(row.provenance)}）`,
      codes: [figure.key, item.code],
      lines: [figure.provenance.line, row.provenance.line],
      expected: rowTotal,
      actual: figure.value,
    });
    if (f) findings.push(f);
  }
  pushSum(findings, doc, "threePublic.total", "“三公”经费合计", [
    ["threePublic.abroad", "因公出国（境）费"],
    ["threePublic.vehicle", "公务用车购置及运行维护费"],
    ["threePublic.reception", "公务接待费"],
  ]);
  pushSum(findings, doc, "threePublic.vehicle", "公务用车购置及运行维护费", [
    ["threePublic.vehiclePurchase", "公务用车购置费"],
    ["threePublic.vehicleOperation", "公务用车运行维护费"],
  ]);
  return findings;
}

function pushSum(
  findings: Finding[],
  doc: ParsedDocumentDraft,
  wholeKey: string,
  wholeLabel: string,
  parts: Array<[string, string]>,
): void {
  const whole = tableFigure(doc, wholeKey);
  const figures = parts.map(([k]) => tableFigure(doc, k));
  if (!whole || figures.some((f) => !f)) return;
  const actual = addAmounts(figures.map((f) => f!.value));
  // Most sums agree: decide that before making the message's closure.
  const outcome = compareAmounts(whole.value, actual);
  if (outcome === "equal") return;
  const f = makeAmountFinding({
    rule: "three-public-sum",
    severity: "warning",
    message: () =>
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
