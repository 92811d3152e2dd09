import type { Money } from "../types";
import { negateMoney, subtractMoney } from "./money-math";
import { digitsToMoney } from "./scan-tokens";

/**
 * One side of a paired statement: "2022年度收、支总计各是2,130.40,2,156.90万元" (Sichuan's 决算
 * template) names the income total, then the expenditure total, with one 万元 after both.
 */
export interface PairedTotal {
  key: string;
  subject: string;
  amount: Money;
  change?: Money;
  priorYear?: Money;
  priorYearLabel?: string;
  changeRate?: string;
}

export interface PairedTotals {
  /** Offsets in the paragraph text of what was read (amounts, and the change sentence when one follows). */
  start: number;
  end: number;
  income: PairedTotal;
  expenditure: PairedTotal;
}

// A 万元 amount: digits with optional thousands commas (each group exactly three digits) and decimals.
const AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?";
// Between the two amounts: a separator, and the first amount's own unit when printed.
const PAIR = `${AMOUNT}\\s*(?:万元)?\\s*[,，、和及]\\s*${AMOUNT}\\s*万元`;
// "收、支总计各是", "收入、支出决算总计分别为", "财政拨款收、支总计各为".
const SUBJECT = "((?:财政拨款)?(?:收、?支|收入、?支出)(?:决算|预算)?总计)";
const PAIRED_RE = new RegExp(`${SUBJECT}(?:各|分别)(?:是|为)?\\s*${PAIR}`, "g");
// "。与2021年相比，收、支总计各减少310.25,405.10万元，各下降12.71%、15.81%": the change of each.
const PAIRED_CHANGE_RE = new RegExp(
  `^[。；;，,]?\\s*(?:与|较|比)\\s*(\\d{4}\\s*年度?|上\\s*年度?|上年决算数?)(?:相比)?\\s*[，,]?\\s*(?:财政拨款)?(?:收、?支|收入、?支出)(?:决算|预算)?总计(?:各|分别)(增加|减少|增长|下降)\\s*${PAIR}` +
    `(?:\\s*[，,]\\s*(?:各|分别)?(?:增长|下降|减少|增加)\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*[、,，和]\\s*(\\d+(?:\\.\\d+)?)\\s*%)?`,
);

function money(intPart: string, frac: string | undefined): Money {
  return digitsToMoney(intPart, frac);
}

function withChange(side: PairedTotal, change: Money, label: string, rate: string | undefined, down: boolean): void {
  side.change = down ? negateMoney(change) : change;
  side.priorYear = subtractMoney(side.amount, side.change);
  side.priorYearLabel = label;
  if (rate !== undefined) side.changeRate = down && rate !== "0" ? `-${rate}` : rate;
}

/**
 * The paired totals a paragraph states, with their change against last year when the next
 * sentence gives one per side. Only called for paragraphs holding "总计各" or "总计分别".
 */
export function readPairedTotals(text: string): PairedTotals[] {
  const found: PairedTotals[] = [];
  PAIRED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIRED_RE.exec(text)) !== null) {
    const fiscal = m[1].startsWith("财政拨款");
    const income: PairedTotal = {
      key: fiscal ? "fiscal.income" : "income.total",
      subject: fiscal ? "财政拨款收入总计" : "收入总计",
      amount: money(m[2], m[3]),
    };
    const expenditure: PairedTotal = {
      key: fiscal ? "fiscal.expenditure" : "expenditure.total",
      subject: fiscal ? "财政拨款支出总计" : "支出总计",
      amount: money(m[4], m[5]),
    };
    // Equal 财政拨款 sides are the totals of the 财政拨款收入支出总表 (as fiscalSecondSide reads them).
    if (fiscal && income.amount === expenditure.amount) {
      income.key = expenditure.key = "fiscal.total";
    }
    let end = m.index + m[0].length;
    const c = PAIRED_CHANGE_RE.exec(text.slice(end));
    if (c) {
      const label = c[1].replace(/\s+/g, "");
      const down = c[2] === "减少" || c[2] === "下降";
      withChange(income, money(c[3], c[4]), label, c[7], down);
      withChange(expenditure, money(c[5], c[6]), label, c[8], down);
      end += c[0].length;
    }
    found.push({ start: m.index, end, income, expenditure });
  }
  return found;
}
