import type { Line } from "../types";

/**
 * A year or 上年/本年 heading a column of figures ("2023年预算数", "本年预算数", "上年决算"); a row
 * label that merely starts so ("上年结转", "本年收入合计") is no column head.
 */
const YEAR_HEAD = /(?:(20\d{2})\s*年|上\s*年|本\s*年|当\s*年)\s*度?\s*(?:预算|决算|执行|实际)/g;
/** A figure with decimals: the first line holding one ends the column heads. */
const FIGURE = /\d\.\d/;

/**
 * The years of a table's column heads, in column order, from the head lines above the first
 * figures (上年 counts as the earliest year, 本年/当年 as the latest). The line naming the most
 * years holds the heads; failing one with two, heads printed one per line are read in turn.
 */
export function columnYears(body: Line[]): number[] {
  let best: number[] = [];
  const oneEach: number[] = [];
  for (const l of body) {
    if (FIGURE.test(l.text)) break;
    // Every head holds 年: a line without one names no year (and changes neither list).
    if (!l.text.includes("年")) continue;
    const years: number[] = [];
    // (An exec loop, not matchAll: matchAll copies the regex on every call.)
    YEAR_HEAD.lastIndex = 0;
    for (let m = YEAR_HEAD.exec(l.text); m !== null; m = YEAR_HEAD.exec(l.text)) years.push(m[1] ? Number(m[1]) : m[0].startsWith("上") ? 0 : 9999);
    if (years.length > best.length) best = years;
    if (years.length === 1) oneEach.push(years[0]);
  }
  return best.length >= 2 ? best : oneEach;
}

/** Where a label's figures hold the latest year: its index among `width` figures. */
export interface YearColumn {
  index: number;
  width: number;
}

/**
 * The column of the latest year when a table prints years side by side ("上年预算数 | 本年预算数",
 * a summary's two halves each so), or null when it prints one year. Figures after a label are
 * read at `index` only when there are `width` of them: a blank cell leaves the position unknown.
 */
export function latestYearColumn(body: Line[]): YearColumn | null {
  let years = columnYears(body);
  // A summary prints the same heads over its income and its expenditure half.
  const half = years.length / 2;
  if (years.length >= 4 && Number.isInteger(half) && years.slice(0, half).every((y, k) => y === years[half + k])) {
    years = years.slice(0, half);
  }
  if (years.length < 2) return null;
  let latest = 0;
  for (let k = 1; k < years.length; k++) if (years[k] > years[latest]) latest = k;
  return years[latest] > years[0] ? { index: latest, width: years.length } : null;
}
