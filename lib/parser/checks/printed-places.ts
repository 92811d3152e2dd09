import Decimal from "decimal.js";
import type { Money, ParsedDocumentDraft, Provenance, Totals } from "../types";
import { compareStatedAmount } from "./amounts";

/**
 * Sums of figures a sentence printed rounded ("三公经费6万元，其中公务用车运行维护费5万元，公务接待费
 * 2万元", true 6.40 = 4.50 + 1.90) drift from the exact sum by up to half a unit of each figure's
 * last printed place. These helpers run only after an exact comparison failed, never per row.
 */

/**
 * Whether an exact amount rounds to one a sentence stated with `places` decimals in 万元 (undefined:
 * two or more, NarrativeStatement.amountPlaces): 1234.56 to "1,234.6万元", 1234.56 to "0.12亿元".
 */
export function roundsToStated(value: Money, stated: Money, places: number | undefined): boolean {
  if (places === undefined) return compareStatedAmount(value, stated) === "equal";
  if (places < 0) return new Decimal(value).minus(stated).abs().lte(new Decimal(10).pow(-places).div(2));
  return compareStatedAmount(value, atPrintedPlaces(stated, places)) === "equal";
}

/** The amount with the decimals it was printed with (0 or 1): "1234.60" printed "1234.6" → "1234.6"; as it is otherwise. */
export function atPrintedPlaces(amount: Money, places: number | undefined): Money {
  if (places === undefined || places < 0 || places >= 2) return amount;
  const dot = amount.indexOf(".");
  if (dot < 0) return amount;
  return places === 0 ? amount.slice(0, dot) : amount.slice(0, dot + 1 + places);
}

/** Whether a and b differ by no more than the rounding of the figures printed with fewer than two places. */
export function withinPrintedRounding(a: Money, b: Money, places: ReadonlyArray<number | undefined>): boolean {
  let slack: Decimal | null = null;
  for (const p of places) {
    if (p === undefined || p >= 2) continue;
    const half = new Decimal(10).pow(-p).div(2);
    slack = slack === null ? half : slack.plus(half);
  }
  if (slack === null) return false;
  return new Decimal(a).minus(b).abs().lte(slack);
}

const FIGURE_KEY_OF_TOTAL: Partial<Record<keyof Totals, string>> = {
  income: "income.total",
  expenditure: "expenditure.total",
  basic: "expenditure.basic",
  project: "expenditure.project",
  personnel: "expenditure.personnel",
  public: "expenditure.public",
};

/** The places a total was printed with, when a sentence gave it with fewer than two (see SummaryFigure.amountPlaces). */
export function totalPlaces(doc: ParsedDocumentDraft, total: keyof Totals): number | undefined {
  const provenance: Provenance | null | undefined = doc.totalsProvenance[total];
  const key = FIGURE_KEY_OF_TOTAL[total];
  if (!provenance || provenance.source !== "sentence" || key === undefined) return undefined;
  const value = doc.totals[total];
  for (const f of doc.figures) {
    if (f.key === key && f.provenance.line === provenance.line && f.value === value) return f.amountPlaces;
  }
  return undefined;
}
