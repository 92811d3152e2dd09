import { EdgeGuard } from "./regex-edges";

/** What the words right before a number say it is. */
export interface Label {
  /** Raw text between the previous number and this one. */
  gap: string;
  /** The clause that names the number, cleaned (enumerators, fillers, spaces removed). */
  text: string;
  /** `text` without the role words ("…年初预算为" → the item's name). */
  subject: string;
  /**
   * budget-initial: 年初预算; budget-adjusted: 全年预算; budget: 预算数 (the amount itself in a
   * 预算, the initial budget in a 决算); actual: 支出决算/执行数; change: 增加/减少 versus a
   * prior figure (sign in `sign`).
   */
  role: "budget-initial" | "budget-adjusted" | "budget" | "actual" | "change" | null;
  sign: 1 | -1;
  /** What a change compares with, as written ("2022年预算", "年初预算数"). */
  comparedWith: string | null;
}

const ENUMERATOR_RE =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十廿]+、|\([一二三四五六七八九十廿]+\)|\d{1,2}[、.](?!\d)|\d{1,2}\.(?=\d{4}年)|\(\d{1,2}\)|[①-⑳])/;
const FILLER_RE =
  /^(?:其中|主要包括|包括|主要用于|主要是|分别是|分别为|具体明细如下|具体如下|如下|另外|此外|以及|及|和|含|即|共计|合计|项目名称)/;
/** 。；;，, */
function isClauseBreak(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff0c || c === 0x2c;
}

const PUNCT_LEAD_RE = /^[、:："“”'‘’()\]】]+/;
/** Whether any of ENUMERATOR_RE, PUNCT_LEAD_RE, FILLER_RE can strip something from the start. */
const ANY_LEAD_RE = new RegExp(`(?:${ENUMERATOR_RE.source})|(?:${PUNCT_LEAD_RE.source})|(?:${FILLER_RE.source})`);
const NEEDS_FOLDING_RE = /[（）\s]/;
const SPACES_RE = /\s+/g;
const FULL_OPEN_RE = /（/g;
const FULL_CLOSE_RE = /）/g;
/** An opening bracket or quote left at the end of a clause ("…费用(", "…称为“"). */
const OPENING_END_RE = /[(\[【"“]+$/;
/** Verbs that link the name to its number ("…合计为", "…共计"). */
const LINK_WORDS = ["均为", "各为", "共计", "为", "是", "达到", "达", "约", "共"];
/** A link word at the end of a clause; only its edge guard is used (endingLength removes the word). */
const LINK_WORD_END_RE = new RegExp(`(?:${LINK_WORDS.join("|")})$`);
// Exact guards: each pattern can only match a string that starts or ends with one of the
// characters its own source allows there (see regex-edges).
const LEAD_START = EdgeGuard.of(ANY_LEAD_RE, "^");
const OPENING_END = EdgeGuard.of(OPENING_END_RE, "$");
const LINK_WORD_END = EdgeGuard.of(LINK_WORD_END_RE, "$");

/**
 * Cleans a clause for matching: spaces out, brackets half-width, enumerators and fillers off.
 * Not memoised: only about a third of the clauses of a document recur in it, and a Map per
 * document (hashing every new clause) cost more than the repeats saved (measured).
 */
export function cleanClause(clause: string): string {
  let s = clause;
  if (NEEDS_FOLDING_RE.test(clause)) {
    if (s.includes("（")) s = s.replace(FULL_OPEN_RE, "(");
    if (s.includes("）")) s = s.replace(FULL_CLOSE_RE, ")");
    s = s.replace(SPACES_RE, "");
  }
  // The loop below changes nothing unless one of its patterns matches at the start.
  for (let guard = 0; guard < 6 && LEAD_START.allows(s) && ANY_LEAD_RE.test(s); guard++) {
    const before = s;
    s = s.replace(ENUMERATOR_RE, "");
    s = s.replace(PUNCT_LEAD_RE, "");
    s = s.replace(FILLER_RE, "");
    if (s === before) break;
  }
  if (OPENING_END.allows(s)) s = s.replace(OPENING_END_RE, "");
  if (LINK_WORD_END.allows(s)) {
    const link = endingLength(s, LINK_WORDS);
    if (link > 0) s = s.slice(0, s.length - link);
  }
  return s;
}

/**
 * The length of the longest of `words` (none empty) that `s` ends with, 0 when none: removing it is
 * s.replace(/(?:w1|w2|…)$/, ""), whose leftmost match is the longest word ending the string.
 * Without the regex call and its match record: labels are cleaned for every number.
 */
function endingLength(s: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) if (w.length > best && s.endsWith(w)) best = w.length;
  return best;
}

/** Offset of the last clause break in gap[0, end), or -1. */
function lastClauseBreak(gap: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (isClauseBreak(gap.charCodeAt(i))) return i;
  return -1;
}

/**
 * The clause before the one that names the number, cleaned: "…行政运行(项)。年初预算为" →
 * "…行政运行(项)". The national 决算 template names the item in a sentence of its own and
 * states its figures in the next one. "" when the gap has no earlier clause.
 */
export function previousClause(gap: string): string {
  const cut = lastClauseBreak(gap, gap.length);
  if (cut < 0) return "";
  return cleanClause(gap.slice(lastClauseBreak(gap, cut) + 1, cut));
}

/**
 * The words before the colon that opens the gap's last clause, cleaned: "…行政运行(项)：年初预算为"
 * → "…行政运行(项)". Some districts put a colon where the national template ends a sentence. ""
 * when the last clause has no colon.
 */
export function clauseBeforeColon(gap: string): string {
  const start = lastClauseBreak(gap, gap.length) + 1;
  // The last colon opens the label; one before it ends a lead-in ("其中：…行政运行(项)：年初预算为").
  let colon = -1;
  let from = start;
  for (let i = start; i < gap.length; i++) {
    if (!isColon(gap.charCodeAt(i))) continue;
    if (colon >= 0) from = colon + 1;
    colon = i;
  }
  return colon < 0 ? "" : cleanClause(gap.slice(from, colon));
}

/** The clause of a gap that names the number after it: after the last comma or full stop, and after a colon unless nothing follows it. */
export function clauseOf(gap: string): string {
  return readClause(gap, false);
}

/**
 * cleanClause(clauseOf(gap)): the words that name the number, cleaned. clauseOf cleans the words
 * after a colon to see whether any are left; those cleaned words are the answer, not cleaned again.
 */
export function cleanClauseOf(gap: string): string {
  return readClause(gap, true);
}

/** clauseOf(gap), or cleanClause of it when `clean`. */
function readClause(gap: string, clean: boolean): string {
  // One scan back from the end finds the clause start and the clause's last colon.
  let cut = -1;
  let colon = -1;
  for (let i = gap.length - 1; i >= 0; i--) {
    const c = gap.charCodeAt(i);
    if (isClauseBreak(c)) {
      cut = i;
      break;
    }
    if (colon < 0 && isColon(c)) colon = i;
  }
  if (colon < 0) return clean ? cleanClause(gap.slice(cut + 1)) : gap.slice(cut + 1);
  const after = gap.slice(colon + 1);
  const cleanAfter = cleanClause(after);
  if (cleanAfter !== "") return clean ? cleanAfter : after;
  // Nothing after the colon: the words between it and the colon (or clause start) before it.
  let start = cut + 1;
  for (let i = colon - 1; i > cut; i--) {
    if (isColon(gap.charCodeAt(i))) {
      start = i + 1;
      break;
    }
  }
  return clean ? cleanClause(gap.slice(start, colon)) : gap.slice(start, colon);
}

/** : or ： */
function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/** Role words at the end of a clause, each with the exact guard on its last character (see regex-edges). */
const ROLE_RULES: Array<[RegExp, Label["role"], EdgeGuard]> = (
  [
    // "其中：本年预算X万元，上年结转Y万元" splits the figure just named: 本年预算 is its current-year part.
    [/^(?:本年|当年)预算(?:数|金额)?$/, "budget"],
    [/(?:年初预算数?|年初预算金额)$/, "budget-initial"],
    [/(?:全年预算数?|调整预算数?)$/, "budget-adjusted"],
    [/(?:预算控制数|预算数|预算金额)$/, "budget"],
    // "城乡社区支出预算为X万元": the item keeps its 支出.
    [/(?<=支出)预算$/, "budget"],
    // "一般公共预算财政拨款支出决算为X万元": spending of the 拨款, which without its 支出 would name the income.
    [/(?<=拨款支出)决算数?$/, "actual"],
    [/(?:支出决算数?|决算支出数?|决算数|执行数|实际支出数?)$/, "actual"],
  ] as Array<[RegExp, Label["role"]]>
).map(([re, role]) => [re, role, EdgeGuard.of(re, "$")]);
/** The guard of all ROLE_RULES at once: most labels end in a character none of them can end with. */
const ANY_ROLE_END = EdgeGuard.of(new RegExp(ROLE_RULES.map(([re]) => `(?:${re.source})`).join("|")), "$");
/** The verbs of a change, with an optional 了 after them ("增加了"): readChangeVerb. */
const CHANGE_VERBS = ["增加", "减少", "增长", "下降", "降低", "上升", "调增", "调减", "增", "减"];
/** What readChangeVerb finds; only its edge guard is used. */
const CHANGE_RE = new RegExp(`(${CHANGE_VERBS.join("|")})了?$`);
const CHANGE_END = EdgeGuard.of(CHANGE_RE, "$");
// "比预算增加0万元" compares with the budget ("预算"), "比去年增加" with last year ("去年").
const COMPARED_RE =
  /(?:比|较|与|同)\s*((?:\d{4}\s*年\s*度?(?:\s*年\s*初|\s*全\s*年|\s*调\s*整)?|上\s*一?\s*年\s*度?|去\s*年\s*度?|年\s*初|全\s*年|调\s*整)(?:\s*预\s*算|\s*决\s*算)?(?:\s*数)?|预\s*算\s*数?)/;

/**
 * Reads the label of a number from the gap before it. `isTerm` lets the caller say that the whole
 * clause already names a figure ("部门预算数"), so its last words are not mistaken for a role; it
 * gets `context` as its second argument, so callers can pass a module-level function instead of
 * making a closure per call.
 */
export function readLabel<C = undefined>(
  gap: string,
  isTerm: (text: string, context: C) => boolean = alwaysFalse,
  context?: C,
): Label {
  const text = cleanClauseOf(gap);
  const label: Label = { gap, text, subject: text, role: null, sign: 1, comparedWith: null };
  const reading = readRole(text);
  if (text !== "" && isTerm(text, context as C)) {
    // "“三公”经费财政拨款支出预算为X万元，支出决算为Y万元" in a 决算: the clause names a figure and
    // says which of its amounts this is; the role wins when the name without it still names the figure.
    if (reading === NO_ROLE || reading.role === "change" || reading.subject === "" || !isTerm(reading.subject, context as C)) return label;
  }
  if (reading === NO_ROLE) return label;
  label.role = reading.role;
  label.sign = reading.sign;
  label.subject = reading.subject;
  if (reading.role === "change") {
    const compared = reading.comparedWith ? null : COMPARED_RE.exec(gap);
    label.comparedWith = reading.comparedWith ?? (compared ? compared[1].replace(SPACES_RE, "") : null);
    // "比2023年“三公”经费财政拨款年初预算减少": the year opens the name of that year's 年初预算.
    if (compared && label.comparedWith !== null && YEAR_ONLY_RE.test(label.comparedWith) && gap.includes("预算")) {
      const budget = NAMED_BUDGET_RE.exec(gap.slice(compared.index));
      if (budget) label.comparedWith = `${budget[1]}预算`;
    }
  }
  return label;
}

function alwaysFalse(): boolean {
  return false;
}

/** What a cleaned clause's last words say: the role, the sign of a change and the name before them. */
interface RoleReading {
  role: Label["role"];
  sign: 1 | -1;
  subject: string;
  /** The budget a change is against, when the role words say it ("决算数大于预算数"). */
  comparedWith?: string;
}

const DECREASE_RE = /减|降/;
/** Words between a change's subject and its verb: "支出同比(增加)", "收、支总计各(增加)". */
const CHANGE_FILLERS = ["各", "同比", "相比", "合计"];

/** The verbs of CHANGE_VERBS that say the figure went down (减, 降). */
const DECREASING_VERBS = new Set(CHANGE_VERBS.filter((v) => DECREASE_RE.test(v)));

/**
 * The change verb ending a text, or null: CHANGE_RE.exec(text)[1]. A match is a verb, or a verb
 * and 了, ending the text; no verb ends in 了, so a final 了 must follow the verb, and the leftmost
 * match is the longest verb ending there.
 */
function changeVerbOf(text: string, end: number): string | null {
  let best: string | null = null;
  for (const w of CHANGE_VERBS) {
    if ((best === null || w.length > best.length) && end >= w.length && text.startsWith(w, end - w.length)) best = w;
  }
  return best;
}

/** 的 */
const DE = 0x7684;

const NO_ROLE: RoleReading = { role: null, sign: 1, subject: "" };
const YEAR_ONLY_RE = /^\d{4}年度?$/;
const NAMED_BUDGET_RE = /^[^，。；,;]*?(年初|全年|调整)预算/;
const VERSUS_BUDGET_RE = /(?:支出)?决算数?(大于|多于|超过|超出|高于|小于|少于|低于)(年初|全年|调整后?)?预算数?$/;
const BELOW_RE = /小|少|低/;

/** Not memoised: the guards on the last character make most readings a few loads. */
function readRole(text: string): RoleReading {
  // "完成年初预算106.55%，决算数大于预算数12.00万元": the outturn against the budget (in a 决算 a
  // bare 预算数 is the 年初预算, as setRoleValue reads it).
  if (text.endsWith("预算数") || text.endsWith("预算")) {
    const m = VERSUS_BUDGET_RE.exec(text);
    if (m) return { role: "change", sign: BELOW_RE.test(m[1]) ? -1 : 1, subject: text.slice(0, m.index), comparedWith: `${m[2] ?? "年初"}预算` };
  }
  const verbEnd = text.endsWith("了") ? text.length - 1 : text.length;
  const verb = CHANGE_END.allows(text) ? changeVerbOf(text, verbEnd) : null;
  if (verb !== null) {
    const before = text.slice(0, verbEnd - verb.length);
    return {
      role: "change",
      sign: DECREASING_VERBS.has(verb) ? -1 : 1,
      subject: before.slice(0, before.length - endingLength(before, CHANGE_FILLERS)),
    };
  }
  if (!ANY_ROLE_END.allows(text)) return NO_ROLE;
  for (const [re, role, end] of ROLE_RULES) {
    if (!end.allows(text)) continue;
    const m = re.exec(text);
    // Without a final 的 to drop ("…的预算数"), one slice.
    if (m) return { role, sign: 1, subject: text.slice(0, text.charCodeAt(m.index - 1) === DE ? m.index - 1 : m.index) };
  }
  return NO_ROLE;
}

// "本年收入合计" keeps its 本年: it is the name, not the year, though "收入合计" names the same figure.
const YEAR_PREFIX_RE = /^(?:\d{4}年度?|本年度?(?!(?:收入|支出)合计)|当年)/;
/** A jurisdiction and unit written before a figure's name: "衡东县公安局", "武汉市蔡甸区医疗保障服务中心". */
// "本部门2024年机关运行经费财政拨款预算": the document's own unit, named as such.
const UNIT_PREFIX_RE = /^(?:本部门|本单位|[\u4e00-\u9fa5()]{0,30}?(?:局|中心|委员会|办公室|办事处|院|站|队|馆|校|学|园|所|会))/;

/**
 * A figure's name without the year and department the sentence puts in front of it:
 * "2023年蔡甸区医疗保障服务中心部门预算数" → "部门预算数", "衡东县公安局2019年收入预算" → "收入预算".
 * `keeps` says whether a shorter name still names the same figure; the longest one that does not
 * is kept, so a prefix that is part of the name ("机关运行经费") stays.
 */
export function stripSubjectPrefix<C = undefined>(subject: string, keeps: (name: string, context: C) => boolean, context?: C): string {
  let s = subject;
  for (let step = 0; step < 5; step++) {
    // Steps 1 to 3 each take one unit word: a unit's name may hold several of the words that end
    // one ("北京市海淀区学院路街道办事处": 院, then 办事处), and the shortest match stops at the first.
    const isUnit = step >= 1 && step <= 3;
    const m = (isUnit ? UNIT_PREFIX_RE : YEAR_PREFIX_RE).exec(s);
    if (!m || m[0].length === s.length) {
      if (isUnit) step = 3;
      continue;
    }
    const rest = s.slice(m[0].length);
    if (keeps(rest, context as C)) s = rest;
    else if (isUnit) step = 3;
  }
  return s;
}
