import type { Line, TableKind } from "../types";
import { isRegexSpace } from "../regex-space";

/** A table title found in the text. */
export interface TitleMatch {
  kind: TableKind;
  /** Title as printed (wrapped lines joined, spaces removed). */
  title: string;
  /** 表5, 附表5-1, 公开05表 … when printed on the title line or next to it. */
  number: string | null;
  /** Index (into the lines array) of the first and last line of the title. */
  start: number;
  end: number;
  /** True when the title carries a number, a year or a 部门 prefix: a real table start, not page furniture. */
  isStrong: boolean;
}

const NUMBER_ONLY = /^(?:公开\s*\d{1,2}\s*表|公开表\s*\d{1,2}|附表\s*\d{1,2}(?:-\d{1,2})?|表\s*\d{1,2}(?:-\d{1,2})?)$/;
const NUMBER_PREFIX = /^(?:附?表\s*\d{1,2}(?:-\d{1,2})?[.、．]?\s*|\d{1,2}-\d{1,2}\s+|公开\s*\d{1,2}\s*表\s*|公开表\s*\d{1,2}\s*)/;
const SENTENCE_PUNCT = /[，。；]/;
const LIST_PREFIX = /^(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])\s*/;
// Must end with 表 (optionally with a short parenthetical, "(按政府预算经济分类)" or "/结果(摘要版)").
const TITLE_END = /表(?:\([^()]{1,8}\)|\(按[^()]{2,8}经济分类\))?(?:\/结果(?:\([^()]{1,8}\))?)?$/;
const TITLE_START_PUNCT = /[，。；%≥≤]/;
const ENDS_IN_DIGIT = /\d$/;
const TITLE_START = /^(?:附?表\s*\d|公开|\d{4}\s*年|[一二三四五六七八九十]{1,3}、|\d{1,2}-\d)/;
const THREE_DIGITS = /\d{3,}/;
const PRINTED_NUMBER = /^(附表\d{1,2}(?:-\d{1,2})?|表\d{1,2}(?:-\d{1,2})?|公开\d{1,2}表|公开表\d{1,2})/;
const PRINTED_PAIR = /^(\d{1,2}-\d{1,2})(?=[^\d])/;
const REFERENCE = /详见|见附表|如下表/;
const ECONOMIC_BRACKET = /^\(按[^()]{2,8}经济分类\)$/;
const YEAR = /\d{4}\s*年/;
const ISSUER = /区|县|市|局|中心/;
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/g;

/**
 * Title words → table kind, tested in order: the most specific words first, because a 基本支出
 * table's title also says 一般公共预算 and a 三公 table's title says 一般公共预算 too.
 */
const KIND_RULES: ReadonlyArray<readonly [RegExp, TableKind, string]> = [
  // Third: a word every match of the rule holds, looked for first (a plain search, no regex call).
  [/三公/, "three-public", "三公"],
  // "国有资产使用情况表" (Yunnan's 公开11表): read by no reader, but a table of its own, so its rows
  // are not taken for the rows of the table above it.
  [/国有资产(?:使用|占用|占有使用)情况表/, "other", "国有资产"],
  [/政府性基金/, "gov-fund", "政府性基金"],
  [/国有资本经营/, "state-capital", "国有资本经营"],
  // Tables of no figure the parser reads, recognised so that their rows end the table before them
  // (a 政府采购预算明细表's 货物/服务 rows are no projects).
  [/政府采购(?:预算|支出)?(?:明细|情况)?表/, "other", "政府采购"],
  [/政府购买服务(?:预算|支出)?/, "other", "政府购买服务"],
  [/资产配置|资产情况表/, "other", "资产"],
  [/项目.*(?:绩效目标|自评|申报表|基本信息表|资金投入表)|绩效目标.*项目|项目支出绩效/, "performance-project", "项目"],
  [/整体.*绩效|绩效.*整体/, "performance-overall", "整体"],
  // Also "项目支出预算总表" (Guizhou), "项目支出预算明细表", "项目支出情况表": not the 支出总表.
  [/项目支出(?:预算|决算)?(?:总|明细|汇总|情况)?表/, "projects", "项目支出"],
  [/基本支出/, "general-basic", "基本支出"],
  // "部门支出预算表（按政府预算经济分类）", "一般公共预算支出预算表（按部门预算经济分类）": the whole
  // spending (basic and project) by economic class, not a function table. (基本支出 is taken above.)
  [/支出[^功]*经济分类/, "economic-expenditure", "经济分类"],
  // Yunnan's "一般公共预算财政拨款收入支出决算表" lists the general budget's function rows
  // (年初结转 | 本年收入 | 本年支出 | 年末结转), like its 政府性基金 sibling: not a 财政拨款 summary.
  [/一般公共预算财政拨款收(?:入)?支/, "general-expenditure", "一般公共预算财政拨款收"],
  [/财政拨款收支|财政拨款收入支出/, "fiscal-summary", "财政拨款收"],
  [/一般公共预算.*支出/, "general-expenditure", "一般公共预算"],
  // "部门收支总体情况表" and its siblings: the central template's names for the same tables.
  // Yunnan and others drop the 总: "收入支出决算表" (公开01表) is the same table.
  [/收支(?:预算)?总表|收支总体情况表|收入支出(?:决算|预算)?总?表|收支决算总表/, "income-expenditure-summary", "收"],
  // "收入预算表" / "支出预算表" of the 收支预算总表 template (山东), after the unit's name or the year.
  [/收入(?:预算)?总表|收入总体情况表|收入决算表|(?:^|部门|单位|年|度)收入预算表/, "income", "收入"],
  [/支出(?:预算)?总表|支出总体情况表|支出决算表|(?:^|部门|单位|年|度)支出预算表/, "expenditure", "支出"],
];

/** Maps a title's words to a table kind (see KIND_RULES). */
export function classifyTitle(title: string): TableKind | null {
  return classifyCompact(withoutWhitespace(title));
}

/** classifyTitle for a title that holds no whitespace. */
function classifyCompact(t: string): TableKind | null {
  if (!t.includes("表")) return null;
  for (let i = 0; i < KIND_RULES.length; i++) {
    const rule = KIND_RULES[i];
    if (t.includes(rule[2]) && rule[0].test(t)) return rule[1];
  }
  return null;
}

/** The text with every whitespace run removed (the text itself when it has none). */
function withoutWhitespace(text: string): string {
  return WHITESPACE.test(text) ? text.replace(WHITESPACE_RUN, "") : text;
}

/**
 * The whitespace-free form of a title-shaped text, or null for any other text: 4–70 characters
 * once compacted, no sentence punctuation, no tab, ending in 表 (see TITLE_END).
 */
function titleShapeOf(text: string): string | null {
  // The compact text ends in 表, ")" or 果 (see TITLE_END): most texts are out on their last
  // visible character, before any string is built.
  if (!mayEndTitle(text)) return null;
  // Neither a tab nor the punctuation is whitespace: testing the text is testing its compact form.
  if (text.includes("\t") || SENTENCE_PUNCT.test(text)) return null;
  const t = withoutWhitespace(text);
  if (t.length < 4 || t.length > 70) return null;
  return TITLE_END.test(t) ? t : null;
}

/**
 * False for a line that cannot end a title: a title's compact text ends in 表, ")" or 果 (see
 * titleShapeOf), so the title's last line does too. matchTitle(lines, i) finds nothing unless
 * this holds for line i or line i + 1 (a title wrapped onto it): one character code per line.
 */
export function mayEndTitle(text: string): boolean {
  const last = lastVisibleCode(text);
  return last === 0x8868 || last === 0x29 || last === 0x679c;
}

/** True for a line that only prints a table number ("公开表3", "附表 1", "公开 01 表"). */
export function isTableNumberLine(text: string): boolean {
  if (!text.includes("表")) return false;
  // NUMBER_ONLY reads whitespace only as \s*: a run of it made one space matches the same.
  return NUMBER_ONLY.test(text.trim());
}

/** The first line of a title wrapped onto the next line starts like a title. */
function isTitleStart(text: string): boolean {
  if (TITLE_START_PUNCT.test(text) || ENDS_IN_DIGIT.test(text.trim())) return false;
  if (countSpaces(text) > 3) return false;
  return TITLE_START.test(text.trim()) || text.includes("部门");
}

function countSpaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

/** 附, 表, 公 or a digit: what a table number opens with. */
function opensNumber(c: number): boolean {
  return c === 0x9644 || c === 0x8868 || c === 0x516c || (c >= 0x30 && c <= 0x39);
}

/** A Chinese numeral 一…十, "(" or a digit: what a list item's number opens with. */
function opensListItem(c: number): boolean {
  return CHINESE_NUMERALS.includes(c) || c === 0x28 || (c >= 0x30 && c <= 0x39);
}

const CHINESE_NUMERALS = [..."一二三四五六七八九十"].map((c) => c.charCodeAt(0));

/** The number a compact title opens with ("表4", "公开02表", "1-2"), or null. */
function printedNumber(compact: string): string | null {
  const m = PRINTED_NUMBER.exec(compact);
  if (m) return m[1];
  const m2 = PRINTED_PAIR.exec(compact);
  return m2 ? m2[1] : null;
}

/**
 * Recognises a table title at `lines[i]`, joining a title wrapped onto the next line
 * ("…财政拨款收支预算总" + "表") and picking up a number printed on the line before or after
 * ("公开 01 表", "附表 1"). Returns null for anything else, including sentences that mention a table.
 */
export function matchTitle(lines: Line[], i: number): TitleMatch | null {
  const raw = lines[i].text;
  // A title (this line, or this line joined with the next) ends in 表: most lines are out at once.
  if (!raw.includes("表") && !(i + 1 < lines.length && lines[i + 1].text.includes("表"))) return null;
  // A sentence's punctuation rules out this line alone and joined with the next (see titleShapeOf).
  if (SENTENCE_PUNCT.test(raw)) return null;
  const line = raw.trim();
  // NUMBER_ONLY opens with 公, 附 or 表.
  const c0 = line.charCodeAt(0);
  // (NUMBER_ONLY reads whitespace only as \s*: no need to make its runs one space.)
  if ((c0 === 0x516c || c0 === 0x9644 || c0 === 0x8868) && NUMBER_ONLY.test(line)) return null;
  // Cells: trim took any trailing tab, so a tab left stands between two cells.
  if (line.includes("\t")) return null;
  let end = i;
  let compact = titleShapeOf(line);
  if (compact === null && i + 1 < lines.length) {
    const next = lines[i + 1].text.trim();
    if (next.length <= 14 && !THREE_DIGITS.test(next)) {
      const joined = titleShapeOf(line + next);
      if (joined !== null && isTitleStart(line)) {
        compact = joined;
        end = i + 1;
      }
    }
  }
  if (compact === null) return null;
  if (end === i && i + 1 < lines.length) {
    const bracket = economicBracketAt(lines, i + 1);
    if (bracket !== null && compact.endsWith("表")) {
      compact += bracket;
      end = i + 1;
    }
  }
  // NUMBER_PREFIX and printedNumber's patterns open with 附, 表, 公 or a digit; LIST_PREFIX with a
  // Chinese numeral, "(" or a digit: the first character rules most titles out of each.
  const isNumbered = opensNumber(compact.charCodeAt(0));
  const unnumbered = isNumbered ? compact.replace(NUMBER_PREFIX, "") : compact;
  const isListed = opensListItem(unnumbered.charCodeAt(0));
  const body = isListed ? unnumbered.replace(LIST_PREFIX, "") : unnumbered;
  const kind = classifyCompact(body);
  if (!kind) return null;
  // "详见公开表5" or "(按功能分类到项级详见公开表 5)" are references, not titles.
  // (详见 and 见附表 hold 见.)
  if ((compact.includes("见") || compact.includes("如下表")) && REFERENCE.test(compact)) return null;
  const number = (isNumbered ? printedNumber(compact) : null) ?? numberBeside(lines, i, end);
  // The first 12 characters of the body without its closing 表.
  const head = body.slice(0, Math.min(12, body.endsWith("表") ? body.length - 1 : body.length));
  const isStrong = number !== null || (compact.includes("年") && YEAR.test(compact)) || body.startsWith("部门") || (isListed && LIST_PREFIX.test(unnumbered)) || ISSUER.test(head);
  return { kind, title: compact, number, start: i, end, isStrong };
}

/**
 * "(按政府预算经济分类)" printed alone on lines[j], under a title it belongs to (a long title
 * wrapped before its bracket), whitespace removed; else null. One character code first.
 */
function economicBracketAt(lines: Line[], j: number): string | null {
  if (firstVisibleCode(lines[j].text) !== 0x28) return null;
  const t = withoutWhitespace(lines[j].text);
  return ECONOMIC_BRACKET.test(t) ? t : null;
}

/**
 * A table number printed alone on the line before the title (lines start…end) or after it. A
 * number between two titles belongs to the one after it ("附表 1" above "部门收支总表").
 */
function numberBeside(lines: Line[], start: number, end: number): string | null {
  return numberLineAt(lines, start - 1, end) ?? numberLineAt(lines, end + 1, end);
}

/** The table number printed alone on lines[j] (see numberBeside), or null. */
function numberLineAt(lines: Line[], j: number, end: number): string | null {
  if (j < 0 || j >= lines.length) return null;
  // NUMBER_ONLY opens with 公, 附 or 表 (after whitespace the trim takes): one character code first.
  const c = firstVisibleCode(lines[j].text);
  if (c !== 0x516c && c !== 0x9644 && c !== 0x8868) return null;
  const near = lines[j].text.trim();
  if (!NUMBER_ONLY.test(near)) return null;
  if (j > end && j + 1 < lines.length && opensTitle(lines[j + 1].text)) return null;
  return near.replace(WHITESPACE_RUN, "");
}

/** True when a line is a title of a known kind (read once compacted, list prefix dropped). */
function opensTitle(text: string): boolean {
  const compact = titleShapeOf(withoutWhitespace(text));
  return compact !== null && classifyCompact(compact.replace(LIST_PREFIX, "")) !== null;
}

/** The code of the last character that is not whitespace (as \s or trim see it), or -1. */
function lastVisibleCode(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isRegexSpace(c)) return c;
  }
  return -1;
}


/** The code of the first character that is not whitespace (as \s or trim see it), or -1. */
function firstVisibleCode(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isRegexSpace(c)) return c;
  }
  return -1;
}
