import type { NarrativeStatement } from "../types";
import { lastCharsOfMatch } from "./regex-edges";

/** A named figure a narrative states: which SummaryFigure key it feeds and how to call it. */
export interface FigureTerm {
  key: string;
  subjectKind: NarrativeStatement["subjectKind"];
  /** Canonical label, used when a statement has to be written without a subject in the text. */
  label: string;
}

export interface TermRule extends FigureTerm {
  re: RegExp;
  /** Only when the paragraph talks about this (政府采购 for 货物类/工程类/服务类). */
  needs?: RegExp;
  /** Not when the subject contains this (中小企业 shares of 政府采购). */
  unless?: RegExp;
  /**
   * For a pattern that is an optional prefix followed by a fixed ending: that ending alone, a
   * cheap test that every subject the whole pattern matches passes.
   */
  ending?: RegExp;
}

// A prefix the totals may carry: a year, a department, "部门", "本年", "一般公共预算" … but no
// other noun, so "项目支出资金" or "医疗救助总支出为" are not read as totals.
// The year may also follow the department ("衡东县公安局2019年收入预算").
// The department may be a street office, a town's government, a museum, a school or an association
// ("北京市海淀区学院路街道办事处2024年收入预算"), a 中学, a 幼儿园 or a 联合会.
const P = "^(?:\\d{4}年度?)?(?:.{0,30}?(?:局|中心|委员会|办公室|办事处|人民政府|院|所|站|队|馆|校|学|园|会|部门|单位|本级|机关)(?:\\d{4}年度?)?)?(?:一般公共预算|财政拨款|本年)?";

/** The unit a 决算's total may be named after: "武汉市洪山区民政局", "本单位", "衡东县第一中学". */
const FINAL_UNIT_NAMED = ".{0,30}?(?:局|中心|委员会|办公室|办事处|人民政府|院|所|站|队|馆|校|学|园|会|部门|单位|本级|机关)";
const FINAL_UNIT = `(?:${FINAL_UNIT_NAMED})?`;
/** The unit named as itself after the year: "2023年度本单位收入决算总额". */
const SELF = "(?:本部门|本单位|部门|单位)?";

/**
 * A 决算's "2023年度收入决算总额为X万元", also after the unit ("武汉市洪山区民政局2023年度收入决算
 * 总额", "2023年度本单位收入决算总额"). A year or 总额 is needed: a bare "支出决算为X万元" is an item's
 * figure after its 年初预算.
 */
function finalTotal(side: "收入" | "支出"): RegExp {
  const name = `(?:${side}决算|决算${side})`;
  // "上海市杨浦区司法局收入决算数": 数 too after a year or a unit, never alone.
  return new RegExp(`^(?:${FINAL_UNIT}(?:\\d{4}年度?|本年度?)?${SELF}${name}(?:总额|总数)|${FINAL_UNIT}\\d{4}年度?${SELF}${name}数?|${FINAL_UNIT_NAMED}${name}数)$`);
}

/** A paragraph about 政府采购 that says nothing of 中小企业 or 小微企业. */
const BARE_PROCUREMENT = /^(?![\s\S]*(?:中小|小微))[\s\S]*政府采购/;

/** "本年度收入预算", "全年支出预算": the year a total may be named by instead of its number. */
const BUDGET_YEAR = "(?:本年度|当年|全年)?";

function rule(key: string, subjectKind: FigureTerm["subjectKind"], label: string, re: RegExp, extra: Partial<TermRule> = {}): TermRule {
  return { key, subjectKind, label, re, ...extra };
}

/**
 * A total whose name may carry the prefix P: the pattern is P, then `ending`, then the end. P
 * matches the empty string, so a subject the pattern matches always ends with what `ending` matches.
 */
function prefixedTotal(key: string, label: string, ending: string): TermRule {
  return rule(key, "total", label, new RegExp(`${P}${ending}$`), { ending: new RegExp(`(?:${ending})$`) });
}

/** Ordered: the first rule whose pattern matches the end of a subject wins. Exported for the property tests. */
export const MONEY_RULES: TermRule[] = [
  rule("threePublic.abroad", "figure", "因公出国(境)费", /因公出国\(境\)(?:(?:经)?费(?:用)?(?:支出)?|支出)(?:预算)?(?:数)?$/),
  rule("threePublic.vehicle", "figure", "公务用车购置及运行维护费", /公务用车购置及运行(?:维护)?费(?:用)?(?:支出)?(?:预算)?(?:数)?$/),
  rule("threePublic.vehiclePurchase", "figure", "公务用车购置费", /公务用车购置(?:费)?(?:支出)?(?:预算)?(?:数)?$/),
  rule("threePublic.vehicleOperation", "figure", "公务用车运行维护费", /公(?:务用)?车运行(?:维护)?费(?:用)?(?:支出)?(?:预算)?(?:数)?$/),
  rule("threePublic.reception", "figure", "公务接待费", /公务接待费(?:用)?(?:支出)?(?:预算)?(?:数)?$/),
  rule("threePublic.total", "figure", "“三公”经费", /三公["”]?经费(?:财政拨款)?(?:支出)?(?:预算|决算总额|决算总数)?(?:安排)?(?:数|合计|总额)?$/),
  rule("operatingCost", "figure", "机关运行经费", /运行经费(?:财政拨款)?(?:支出)?(?:预算)?(?:安排)?(?:金额?|数)?(?:合计)?$/),
  rule("purchasedServices", "figure", "政府购买服务", /政府购买服务(?:预算)?(?:支出)?(?:预算)?(?:合计|总额|金额)?$/),
  rule("procurement.total", "figure", "政府采购", /政府采购(?:预算)?(?:支出)?(?:预算)?(?:合计|总额|金额|预算金额|合同金额)?$/, { unless: /中小|小微/ }),
  rule("procurement.goods", "figure", "货物类", /^(?:政府采购)?货物(?:采购(?:预算)?|(?:类|支出|预算)(?:预算)?)(?:采购)?(?:合同金额)?$/, { needs: /政府采购/ }),
  rule("procurement.works", "figure", "工程类", /^(?:政府采购)?工程(?:采购(?:预算)?|(?:类|支出|预算)(?:预算)?)(?:采购)?(?:合同金额)?$/, { needs: /政府采购/ }),
  rule("procurement.services", "figure", "服务类", /^(?:政府采购)?服务(?:采购(?:预算)?|(?:类|支出|预算)(?:预算)?)(?:采购)?(?:合同金额)?$/, { needs: /政府采购/ }),
  // "政府采购预算380万元，其中：货物80万元、工程0万元、服务300万元" (北京): the bare words too, unless
  // the paragraph speaks of the shares of 中小企业, whose contracts it splits the same way.
  rule("procurement.goods", "figure", "货物类", /^货物$/, { needs: BARE_PROCUREMENT }),
  rule("procurement.works", "figure", "工程类", /^工程$/, { needs: BARE_PROCUREMENT }),
  rule("procurement.services", "figure", "服务类", /^服务$/, { needs: BARE_PROCUREMENT }),
  rule("fiscal.total", "total", "财政拨款收支总计", /财政拨款(?:收、?支(?:总预算|总计|预算总数|预算总额)|收入、?支出(?:决算|预算)?总计)$/),
  rule("incomeExpenditure.total", "total", "收支总计", /(?:收、?支总预算|收、?支预算总数|收、?支预算总额|收、?支(?:预算|决算)?总计|收入、?支出(?:决算|预算)?总计|部门预算数|部门总预算|部门预算总额|部门预算总数)$/),
  rule("general.basic", "total", "一般公共预算基本支出", /一般公共预算(?:财政拨款)?(?:支出)?基本支出(?:预算|决算)?$/),
  // "实行绩效目标管理的项目2个，涉及一般公共预算当年拨款180万元": the projects' share, not the 拨款.
  rule("income.general", "income", "一般公共预算财政拨款收入", /一般公共预算(?:当年)?(?:财政)?拨款(?:本年)?(?:收入)?$/, { unless: /涉及/ }),
  // Jiangsu's template: "（1）一般公共预算收入预算1,750.00万元" is the 拨款, not the department's income.
  rule("income.general", "income", "一般公共预算财政拨款收入", /^一般公共预算收入(?:预算)?$/),
  // "2022年一般公共预算支出决算数为520.40万元" (Sichuan's 决算) names the same total.
  rule("general.expenditure", "total", "一般公共预算支出", /一般公共预算(?:当年)?(?:财政拨款|拨款)?(?:安排)?(?:支出|安排支出)(?:预算|合计|总计|总额|决算数?)?$/, { unless: /涉及/ }),
  // Zhejiang's "政府性基金预算收入0万元" beside "一般公共预算收入": the 拨款 from that fund too.
  rule("income.govFund", "income", "政府性基金预算财政拨款收入", /政府性基金(?:预算(?:当年)?(?:财政)?拨款(?:本年)?(?:收入)?|收入预算|预算收入(?:预算)?)$/),
  // The funds' own spending ("2024年政府性基金预算支出1,000.00万元"), as read-none names their absence.
  rule("govFund.expenditure", "total", "政府性基金预算支出", /^(?:\d{4}年度?)?(?:本部门|部门|本单位|单位)?政府性基金预算(?:财政拨款)?(?:安排的?)?支出(?:预算|决算)?(?:合计|总计)?$/),
  rule("stateCapital.expenditure", "total", "国有资本经营预算支出", /^(?:\d{4}年度?)?(?:本部门|部门|本单位|单位)?国有资本经营预算(?:财政拨款)?(?:安排的?)?支出(?:预算|决算)?(?:合计|总计)?$/),
  rule("income.stateCapital", "income", "国有资本经营预算财政拨款收入", /国有资本经营预算(?:(?:财政)?拨款(?:本年)?)?收入(?:预算)?$/),
  // Zhejiang's sources besides the 拨款: "财政专户管理资金收入200.00万元，单位自行组织收入56.78万元"
  // (the unit's 事业收入, 经营收入, 其他收入 … together); elsewhere "纳入专户管理的非税收入拨款".
  rule("income.specialAccount", "income", "财政专户管理资金收入", /(?:财政专户管理资金|纳入(?:财政)?专户管理的非税收入(?:拨款)?)(?:收入)?(?:预算)?$/, { needs: /收入/ }),
  rule("income.selfRaised", "income", "单位自行组织收入", /单位自行组织(?:的)?收入(?:预算)?$/),
  // Beijing's "收入预算4,850.60万元，其中：财政拨款4,820.60万元，…；单位资金30.00万元": all the money
  // that is not 财政拨款. A bare 单位资金 only in a paragraph about income (the 支出预算's "其中：单位
  // 资金" is its spending, which read-paragraph tells apart by the total the list breaks down).
  rule("income.unitFunds", "income", "单位资金", /^(?:\d{4}年度?)?单位资金(?:收入)?(?:预算)?$/, { needs: /收入/ }),
  rule("income.superior", "income", "上级补助收入", /上级补助收入(?:预算)?$/),
  rule("income.carryover", "income", "上年结转", /(?:上年结转(?:结余|和结余)?|年初结转和结余)(?:收入预算(?:总计|合计)?|收入)?$/),
  rule("income.business", "income", "事业收入", /(?:^|\d{4}年度?|部门)事业收入(?:预算)?$/),
  rule("income.operating", "income", "事业单位经营收入", /经营收入(?:预算)?$/),
  rule("income.other", "income", "其他收入", /(?:^|部门)其他收入(?:预算)?$/),
  // "财政拨款收入总计" is the 拨款's own total, not the department's.
  rule("fiscal.income", "total", "财政拨款收入", /财政拨款(?:本年)?收入(?:预算)?(?:合计|总计|总额)?$/),
  // "收入预算4,850.60万元，其中：财政拨款4,820.60万元，…；单位资金30.00万元" (北京): the 拨款 received.
  rule("fiscal.income", "total", "财政拨款收入", /^财政拨款$/, { needs: /收入预算/ }),
  rule("fiscal.expenditure", "total", "财政拨款支出", /财政拨款(?:本年)?支出(?:合计|总计|总额)?$/),
  prefixedTotal("expenditure.project", "项目支出", "(?:一般公共预算)?项目(?:共)?(?:支出|经费)(?:预算)?(?:合计)?"),
  prefixedTotal("expenditure.basic", "基本支出", "基本支出(?:预算)?(?:合计)?"),
  prefixedTotal("expenditure.personnel", "人员经费", "(?:基本支出中)?人员经费(?:支出)?"),
  prefixedTotal("expenditure.public", "公用经费", "(?:基本支出中)?(?:日常)?公用经费(?:支出)?"),
  // 本年收入/支出合计 leave out the carry-overs that 收入/支出总计 include (决算: 年初/年末结转和结余).
  rule("income.currentYear", "total", "本年收入合计", /本年收入(?:预算)?(?:合计|总额|总计)?$/),
  rule("expenditure.currentYear", "total", "本年支出合计", /本年支出(?:预算)?(?:合计|总额|总计)?$/),
  // "收入预算" is the total only after a year, the department or nothing else: "事业收入预算" is an
  // income source and "工资福利支出预算" an economic class, not the totals.
  // "收入合计" is the sum of the year's sources, as on the 收支总表 where 收入总计 adds the
  // carry-overs to it ("收入总计5,210.30万元 … 收入合计5,150.30万元，其中：财政拨款收入…").
  rule("income.currentYear", "total", "本年收入合计", /收入合计$/, { unless: /事业收入|经营收入|其他收入|补助收入|上缴收入|非财政/ }),
  rule("income.total", "total", "收入总计", /(?:总收入|收入总计)$/),
  prefixedTotal("income.total", "收入合计", `${BUDGET_YEAR}(?:收入预算|预算收入)(?:总额|总数)?`),
  // "收入预算总计/合计", "支出总额": a total, when nothing but a year or the unit
  // stands before it ("项目支出总额" is not one).
  prefixedTotal("income.total", "收入合计", "(?:收入总额|(?:收入预算|预算收入)(?:总计|合计))"),
  prefixedTotal("expenditure.total", "支出合计", "(?:支出总额|(?:支出预算|预算支出)(?:总计|合计))"),
  // finalTotal: a 决算 total after its year or unit.
  rule("income.total", "total", "收入合计", finalTotal("收入")),
  rule("expenditure.currentYear", "total", "本年支出合计", /支出合计$/),
  rule("expenditure.total", "total", "支出总计", /(?:总支出|支出总计)$/),
  prefixedTotal("expenditure.total", "支出合计", `${BUDGET_YEAR}(?:支出预算|预算支出)(?:总额|总数)?`),
  // "2023年度，本单位收入为X万元": a bare 收入/支出 of 本单位/本部门 is its total.
  rule("income.total", "total", "收入合计", /^(?:\d{4}年度?)?本(?:单位|部门)收入$/),
  rule("expenditure.total", "total", "支出合计", /^(?:\d{4}年度?)?本(?:单位|部门)支出$/),
  rule("expenditure.total", "total", "支出合计", finalTotal("支出")),
];

/**
 * Every MONEY_RULES pattern ends with `$`, so a subject can only match a rule that can end with the
 * subject's last character. The rules are grouped by those characters (read from the patterns by
 * lastCharsOfMatch), each group in MONEY_RULES order with one regex that matches exactly when one
 * of its rules does: most subjects are rejected by a lookup or by one run of that regex.
 */
interface RuleGroup {
  rules: TermRule[];
  any: RegExp;
  /**
   * The rules again in runs of CHUNK, in order, each with its own `any`: a subject the group
   * matches is tried only against the rules of the runs that match it, not against every rule
   * before the one that names it (the 支出 group has some twenty-five).
   */
  chunks: Array<{ rules: TermRule[]; any: RegExp }>;
}

const CHUNK = 6;

/** A pattern that matches whenever one of the rules' patterns does. */
function anyOf(rules: TermRule[]): RegExp {
  // A prefixed total enters the pattern by its ending: cheaper, and true whenever the whole
  // pattern is, so the combined pattern still matches whenever one of its rules does.
  return new RegExp(rules.map((r) => `(?:${(r.ending ?? r.re).source})`).join("|") || "(?!)");
}

function ruleGroup(rules: TermRule[]): RuleGroup {
  const chunks: RuleGroup["chunks"] = [];
  for (let i = 0; i < rules.length; i += CHUNK) {
    const part = rules.slice(i, i + CHUNK);
    chunks.push({ rules: part, any: anyOf(part) });
  }
  return { rules, any: anyOf(rules), chunks };
}

/** Each rule's possible last characters (null: any), read once. */
const LAST_CHARS = new Map(MONEY_RULES.map((r) => [r, lastCharsOfMatch(r.re)]));
const GROUP_ENDING_IN_ANY = ruleGroup(MONEY_RULES.filter((r) => LAST_CHARS.get(r) === null));
const GROUP_BY_LAST_CHAR = groupByLastChar(MONEY_RULES);

function groupByLastChar(rules: TermRule[]): Map<number, RuleGroup> {
  const chars = new Set<number>();
  for (const r of rules) for (const ch of LAST_CHARS.get(r) ?? []) chars.add(ch);
  const byChar = new Map<number, RuleGroup>();
  for (const ch of chars) byChar.set(ch, ruleGroup(rules.filter((r) => LAST_CHARS.get(r)?.has(ch) ?? true)));
  return byChar;
}

const COUNT_RULES: TermRule[] = [
  rule("staff.actual", "figure", "在职实有人数", /在职实有|实有人数|在职人员实有|实有在职|在职人数|在职(?:教)?职工$|在职人员$/),
  rule("staff.retired", "figure", "离退休人员", /(?:离退休|退休)(?:人员|职工|教职工)?(?:实有数|人数)?$/),
  // "核定人员编制71人" is the whole; "事业人员编制0人" and the like are parts of it.
  rule("staff.authorized", "figure", "编制人数", /编制(?:人数|数)?(?:为|共)?$/, { unless: /行政编制|事业编制|参公|工勤|事业人员编制/ }),
  rule("assets.vehicles", "figure", "车辆", /车辆(?:总数)?$/),
  rule("assets.vehicles.general", "figure", "一般公务用车", /一般公务用车$/),
  rule("assets.vehicles.enforcement", "figure", "执法执勤用车", /执法执勤用车$/),
  rule("assets.vehicles.special", "figure", "特种专业技术用车", /特种专业技术用车$/),
];

function findRule(rules: TermRule[], subject: string, paragraph: string): FigureTerm | null {
  for (const r of rules) {
    if (!r.re.test(subject)) continue;
    if (r.needs && !r.needs.test(paragraph)) continue;
    if (r.unless && r.unless.test(subject)) continue;
    return { key: r.key, subjectKind: r.subjectKind, label: r.label };
  }
  return null;
}

/**
 * The summary figure an amount's subject names ("2023年部门收支总预算" → incomeExpenditure.total,
 * "(3)公务接待费" → threePublic.reception), or null when the subject is not one of them.
 */
export function findMoneyTerm(subject: string, paragraph = ""): FigureTerm | null {
  // Not memoised: about half the lookups of a document are of subjects new to it, and a Map per
  // document (hashing every new subject) cost more than the repeats saved (measured).
  const group = GROUP_BY_LAST_CHAR.get(subject.charCodeAt(subject.length - 1)) ?? GROUP_ENDING_IN_ANY;
  // A subject no rule can end with (the usual case when every rule's last characters are known)
  // is told by that lookup alone.
  if (group.rules.length === 0 || !group.any.test(subject)) return null;
  const chunks = group.chunks;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    // A run whose pattern fails holds no rule whose pattern matches; a single run is the group,
    // whose pattern just matched.
    if (chunks.length > 1 && !chunk.any.test(subject)) continue;
    for (const r of chunk.rules) {
      if ((r.ending && !r.ending.test(subject)) || !r.re.test(subject) || (r.unless && r.unless.test(subject))) continue;
      if (r.needs && !r.needs.test(paragraph)) continue;
      // The rule is the term: callers read its key, kind and label and never change them.
      return r;
    }
  }
  return null;
}

/** The count figure (staff, vehicles) a subject names, or null. */
export function findCountTerm(subject: string): FigureTerm | null {
  return findRule(COUNT_RULES, subject, "");
}

const DEPARTMENT_TOTAL_KEYS = new Set([
  "incomeExpenditure.total",
  "income.total",
  "expenditure.total",
  "income.currentYear",
  "expenditure.currentYear",
]);

/** Statement scope implied by a total key: the part of the budget later figures break down. */
export function scopeOfKey(key: string): string | null {
  if (key === "expenditure.personnel") return "人员经费";
  if (key === "expenditure.public") return "公用经费";
  if (key === "expenditure.basic" || key === "general.basic") return "基本支出";
  if (key === "expenditure.project") return "项目支出";
  if (key === "general.expenditure") return "一般公共预算";
  if (key.startsWith("fiscal.")) return "财政拨款";
  if (DEPARTMENT_TOTAL_KEYS.has(key)) return "部门";
  return null;
}

/** Scope from a section title ("六、一般公共预算基本支出安排情况" → 基本支出). */
export function scopeOfTitle(title: string | null): string | null {
  if (!title) return null;
  if (title.includes("人员经费")) return "人员经费";
  if (title.includes("公用经费")) return "公用经费";
  if (title.includes("基本支出")) return "基本支出";
  if (title.includes("项目支出")) return "项目支出";
  if (title.includes("一般公共预算")) return "一般公共预算";
  if (title.includes("财政拨款")) return "财政拨款";
  if (title.includes("收支") || title.includes("收入") || title.includes("支出")) return "部门";
  return null;
}
