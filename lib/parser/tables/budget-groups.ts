import type { Line, Money } from "../types";
import { addScaled, isSameScaled, toScaled } from "./exact-sum";

/**
 * 一般公共预算财政拨款支出决算表 printed with its budgets beside the outturn: 年初预算数 |
 * 全年预算数 | 决算数, each group 小计 | 基本支出 | 项目支出. PDF text leaves blank cells out, so
 * a row's figures are cut into the groups by each group's arithmetic (小计 = 基本 + 项目) and the
 * row is read from its last group, the 决算数.
 */

/**
 * The number of side-by-side groups the header names (年初预算数, 全年/调整预算数 or a bare 预算数,
 * and 决算数), or 0 when the table does not print its budgets beside a 决算数. The words count only
 * in header lines (short, no sentence punctuation): a note or a narrative sentence that compares
 * 决算数 with 年初预算数 names no columns.
 */
export function budgetGroupCount(body: Line[], bodyText: string): number {
  if (!bodyText.includes("决算数") || !bodyText.includes("预算")) return 0;
  let final = false;
  let initial = false;
  let adjusted = false;
  let bare = false;
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    if (!text.includes("算") || text.length > HEADER_LENGTH || SENTENCE.test(text)) continue;
    if (text.includes("决算数")) final = true;
    // "年初预算数" or, over a single column, "年初预算" (likewise 调整预算).
    if (text.includes("年初预算")) initial = true;
    if (text.includes("全年预算") || text.includes("调整预算") || text.includes("调整后预算")) adjusted = true;
    if (BARE_BUDGET.test(text)) bare = true;
  }
  if (!final) return 0;
  // A bare 预算数 (not part of 年初/全年/调整 预算数) is a budget group of its own.
  const n = 1 + (initial ? 1 : 0) + (adjusted ? 1 : 0) + (bare && !initial && !adjusted ? 1 : 0);
  return n >= 2 ? n : 0;
}

/**
 * True when the budget groups are single columns (年初预算 | 调整预算 | 决算数: 合计 基本支出 项目支出):
 * the header lines name 基本支出 once, over the 决算数 only.
 */
export function hasSingleBudgetColumns(body: Line[]): boolean {
  let basic = 0;
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    if (!text.includes("基本支出") || text.length > HEADER_LENGTH || SENTENCE.test(text) || DIGIT.test(text)) continue;
    basic += text.split("基本支出").length - 1;
  }
  return basic === 1;
}

const DIGIT = /\d/;
const HEADER_LENGTH = 60;
const SENTENCE = /[，。；：、,;:]/;
const BARE_BUDGET = /(?:^|\s)预算数(?:\s|$)/;

/**
 * The figures of the row's last group (小计, then 基本支出 and/or 项目支出 as printed), or null when
 * the row cannot be cut into `groups` groups one way only. A group prints nothing (blank), its
 * 小计 and one part equal to it, or its 小计 and two parts adding up to it; a lone figure is no
 * group (a 小计 is printed with its part), except a budget printed in a single column
 * (`singleBudgets`), which is one figure or blank.
 */
export function lastGroupValues(values: Money[], groups: number, singleBudgets = false): Money[] | null {
  const cut = cutGroups(values, groups, singleBudgets);
  return cut === null ? null : cut.groups[cut.groups.length - 1];
}

/**
 * The row's figures cut into its `groups` groups (see lastGroupValues), or null when the last group
 * (the 决算数) is not one. `sure` is false when another cut gives the same last group but other
 * earlier groups: the budgets are then not known.
 */
export function cutGroups(values: Money[], groups: number, singleBudgets = false): { groups: Money[][]; sure: boolean } | null {
  let found: Money[][] | null = null;
  let ambiguous = false;
  let sure = true;
  const stack: Money[][] = [];
  const walk = (at: number, left: number): void => {
    if (ambiguous) return;
    if (left === 0) {
      if (at !== values.length) return;
      if (found === null) found = stack.slice();
      else if (!isSameList(found[found.length - 1], stack[stack.length - 1])) ambiguous = true;
      else if (!isSameCut(found, stack)) sure = false;
      return;
    }
    // (Each group takes at most 3 figures: too many left cannot be cut.)
    if (values.length - at > 3 * left) return;
    stack.push([]);
    walk(at, left - 1);
    stack.pop();
    // A budget printed in one column (年初预算 | 调整预算 | 决算数 合计 基本 项目): one figure or none.
    if (singleBudgets && left > 1) {
      if (at < values.length) {
        stack.push([values[at]]);
        walk(at + 1, left - 1);
        stack.pop();
      }
      return;
    }
    if (at + 1 < values.length && isSameScaled(toScaled(values[at]), toScaled(values[at + 1]))) {
      stack.push(values.slice(at, at + 2));
      walk(at + 2, left - 1);
      stack.pop();
    }
    if (at + 2 < values.length) {
      const parts = addScaled(toScaled(values[at + 1]), toScaled(values[at + 2]));
      if (isSameScaled(parts, toScaled(values[at]))) {
        stack.push(values.slice(at, at + 3));
        walk(at + 3, left - 1);
        stack.pop();
      }
    }
  };
  walk(0, groups);
  return ambiguous || found === null ? null : { groups: found, sure };
}

/**
 * What the budget groups before the 决算数 are, in the header's order: the template prints
 * 年初预算数 before 全年预算数 (调整预算数); a bare 预算数 beside a 决算数 is the 年初预算, as the
 * narrative reads "预算为X万元，决算为Y万元".
 */
export function budgetGroupRoles(body: Line[]): Array<"initial" | "adjusted"> {
  let initial = false;
  let adjusted = false;
  for (let i = 0; i < body.length; i++) {
    const text = body[i].text;
    if (!text.includes("算") || text.length > HEADER_LENGTH || SENTENCE.test(text)) continue;
    if (text.includes("年初预算")) initial = true;
    if (text.includes("全年预算") || text.includes("调整预算") || text.includes("调整后预算")) adjusted = true;
  }
  const roles: Array<"initial" | "adjusted"> = [];
  if (initial || !adjusted) roles.push("initial");
  if (adjusted) roles.push("adjusted");
  return roles;
}

function isSameCut(a: Money[][], b: Money[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!isSameList(a[i], b[i])) return false;
  return true;
}

function isSameList(a: Money[], b: Money[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!isSameScaled(toScaled(a[i]), toScaled(b[i]))) return false;
  return true;
}
