/**
 * The table-title reader as it was before the speed work (hoisted patterns, one whitespace-free
 * copy of each title). Kept only for the property test in table-titles.test.ts that checks the
 * current reader gives the same answer on random and mutated sample lines.
 */
import type { Line, TableKind } from "../../types";

/** A table title found in the text. */
export interface LegacyTitleMatch {
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

/**
 * Maps a title's words to a table kind. Order matters: the most specific words first, because a
 * 基本支出 table's title also says 一般公共预算 and a 三公 table's title says 一般公共预算 too.
 */
export function legacyClassifyTitle(title: string): TableKind | null {
  const t = title.replace(/\s+/g, "");
  if (!/表/.test(t)) return null;
  if (/三公/.test(t)) return "three-public";
  if (/政府性基金/.test(t)) return "gov-fund";
  if (/国有资本经营/.test(t)) return "state-capital";
  if (/政府采购(?:预算|支出)?(?:明细|情况)?表|政府购买服务(?:预算|支出)?|资产配置|资产情况表/.test(t)) return "other";
  if (/项目.*(?:绩效目标|自评|申报表|基本信息表|资金投入表)|绩效目标.*项目|项目支出绩效/.test(t)) return "performance-project";
  if (/整体.*绩效|绩效.*整体/.test(t)) return "performance-overall";
  if (/项目支出(?:预算|决算)?(?:总|明细|汇总|情况)?表/.test(t)) return "projects";
  if (/基本支出/.test(t)) return "general-basic";
  if (/支出[^功]*经济分类/.test(t)) return "economic-expenditure";
  if (/一般公共预算财政拨款收(?:入)?支/.test(t)) return "general-expenditure";
  if (/财政拨款收支|财政拨款收入支出/.test(t)) return "fiscal-summary";
  if (/一般公共预算.*支出/.test(t)) return "general-expenditure";
  if (/收支(?:预算)?总表|收支总体情况表|收入支出(?:决算|预算)?总?表|收支决算总表/.test(t)) return "income-expenditure-summary";
  if (/收入(?:预算)?总表|收入总体情况表|收入决算表|(?:^|部门|单位|年|度)收入预算表/.test(t)) return "income";
  if (/支出(?:预算)?总表|支出总体情况表|支出决算表|(?:^|部门|单位|年|度)支出预算表/.test(t)) return "expenditure";
  return null;
}

function isTitleShaped(text: string): boolean {
  // The compact text ends in 表, ")" or 果 (see the last test): most texts are out on their last
  // visible character, before any string is built.
  const last = lastVisibleCode(text);
  if (last !== 0x8868 && last !== 0x29 && last !== 0x679c) return false;
  const t = text.replace(/\s+/g, "");
  if (t.length < 4 || t.length > 70) return false;
  if (/[，。；]/.test(t)) return false;
  if (/\t/.test(text)) return false;
  // Must end with 表 (optionally with a short parenthetical, "(按政府预算经济分类)" or "/结果(摘要版)").
  return /表(?:\([^()]{1,8}\)|\(按[^()]{2,8}经济分类\))?(?:\/结果(?:\([^()]{1,8}\))?)?$/.test(t);
}

/** True for a line that only prints a table number ("公开表3", "附表 1", "公开 01 表"). */
export function legacyIsTableNumberLine(text: string): boolean {
  if (!text.includes("表")) return false;
  return NUMBER_ONLY.test(text.trim().replace(/\s+/g, " "));
}

/** The first line of a title wrapped onto the next line starts like a title. */
function isTitleStart(text: string): boolean {
  if (/[，。；%≥≤]/.test(text) || /\d$/.test(text.trim())) return false;
  if ((text.match(/ /g) ?? []).length > 3) return false;
  return /^(?:附?表\s*\d|公开|\d{4}\s*年|[一二三四五六七八九十]{1,3}、|\d{1,2}-\d)/.test(text.trim()) || /部门/.test(text);
}

function printedNumber(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  const m = /^(附表\d{1,2}(?:-\d{1,2})?|表\d{1,2}(?:-\d{1,2})?|公开\d{1,2}表|公开表\d{1,2})/.exec(t);
  if (m) return m[1];
  const m2 = /^(\d{1,2}-\d{1,2})(?=[^\d])/.exec(t);
  return m2 ? m2[1] : null;
}

/**
 * Recognises a table title at `lines[i]`, joining a title wrapped onto the next line
 * ("…财政拨款收支预算总" + "表") and picking up a number printed on the line before or after
 * ("公开 01 表", "附表 1"). Returns null for anything else, including sentences that mention a table.
 */
export function legacyMatchTitle(lines: Line[], i: number): LegacyTitleMatch | null {
  // A title (this line, or this line joined with the next) ends in 表: most lines are out at once.
  if (!lines[i].text.includes("表") && !(i + 1 < lines.length && lines[i + 1].text.includes("表"))) return null;
  // A sentence's punctuation rules out this line alone and joined with the next (see isTitleShaped).
  if (SENTENCE_PUNCT.test(lines[i].text)) return null;
  const line = lines[i].text.trim();
  // NUMBER_ONLY opens with 公, 附 or 表.
  const c0 = line.charCodeAt(0);
  if ((c0 === 0x516c || c0 === 0x9644 || c0 === 0x8868) && NUMBER_ONLY.test(line.replace(/\s+/g, " "))) return null;
  if (line.includes("\t") && line.replace(/\t+$/, "").includes("\t")) return null;
  let text = line;
  let end = i;
  if (!isTitleShaped(text) && i + 1 < lines.length) {
    const next = lines[i + 1].text.trim();
    const joined = text + next;
    if (next.length <= 14 && !/\d{3,}/.test(next) && isTitleShaped(joined) && isTitleStart(text)) {
      text = joined;
      end = i + 1;
    }
  }
  if (!isTitleShaped(text)) return null;
  // "(按政府预算经济分类)" wrapped onto the next line.
  if (end === i && i + 1 < lines.length && /表$/.test(text.replace(/\s+/g, "")) && /^\(按[^()]{2,8}经济分类\)$/.test(lines[i + 1].text.replace(/\s+/g, ""))) {
    text = text + lines[i + 1].text.trim();
    end = i + 1;
  }
  const compact = text.replace(/\s+/g, "");
  const body = compact.replace(NUMBER_PREFIX, "").replace(LIST_PREFIX, "");
  const kind = legacyClassifyTitle(body);
  if (!kind) return null;
  // "详见公开表5" or "(按功能分类到项级详见公开表 5)" are references, not titles.
  if (/详见|见附表|如下表/.test(compact)) return null;
  let number = printedNumber(compact);
  for (const j of [i - 1, end + 1]) {
    if (number || j < 0 || j >= lines.length) continue;
    const near = lines[j].text.trim();
    // A number between two titles belongs to the one after it ("附表 1" above "部门收支总表").
    const following = j > end && j + 1 < lines.length ? lines[j + 1].text.replace(/\s+/g, "") : "";
    if (following && isTitleShaped(following) && legacyClassifyTitle(following.replace(LIST_PREFIX, ""))) continue;
    if (NUMBER_ONLY.test(near)) number = near.replace(/\s+/g, "");
  }
  const isStrong =
    number !== null || /\d{4}\s*年/.test(compact) || /^部门/.test(body) || LIST_PREFIX.test(compact.replace(NUMBER_PREFIX, "")) || /区|县|市|局|中心/.test(body.replace(/表$/, "").slice(0, 12));
  return { kind, title: compact, number, start: i, end, isStrong };
}

/** The code of the last character that is not whitespace (as \s or trim see it), or -1. */
function lastVisibleCode(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

/** The characters \s matches (and trim removes). */
function isSpaceCode(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
