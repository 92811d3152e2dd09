/**
 * How a unit's name is read out of a run of name characters ("2023年武汉市某某局部门预算" →
 * "武汉市某某局"): shared by document identification and its test reference, so the two differ
 * only in how they find the runs.
 */

/** What sort of body a name ends with; a candidate without one is not a unit's name. */
export const ORG_SUFFIXES = [
  "委员会", "联合会", "办公厅", "办公室", "办事处", "街道", "服务中心", "中心", "研究室", "管理处", "学校", "中学", "小学", "幼儿园",
  "红十字会", "工会", "协会", "商会", "管委会", "人民政府", "局", "厅", "委", "院", "站", "馆", "队", "办", "署", "处",
  "室", "所", "部",
];
const ORG_SUFFIX = new RegExp(`(?:${ORG_SUFFIXES.join("|")})`);
const ORG_NAME_END = new RegExp(`^[\\u4e00-\\u9fa5()]*?${ORG_SUFFIX.source}`);
/**
 * What may follow the first suffix and still be the same name: a school or clinic of a 中心
 * ("前川街道中心学校"), a department of a party committee ("中共…区委宣传部", "…区委办公室").
 */
const AFTER_CENTRE = /^(?:学校|中学|小学|幼儿园|卫生院|医院)/;
/** A branch of a city bureau: "武汉市公安局洪山区分局", "…自然资源和规划局蔡甸分局". */
const AFTER_BUREAU = /^[\u4e00-\u9fa5]{2,8}?分局/;
/**
 * A party committee ("…区委", "中国共产党…区委员会"), a 纪委 (纪委监委), a zone's 管委会 (…管委会财政局)
 * or a people's congress standing committee ("…人大常委会办公室", "…人民代表大会常务委员会办公室").
 */
const COMMITTEE_END = /(?:(?:省|市|州|区|县|工|党|纪|常)委|(?:省|市|州|区|县|常务)委员会|管委会)$/;
const AFTER_COMMITTEE = /^(?:监委|会办公室|[\u4e00-\u9fa5]{1,8}?(?:办公室|委员会|部|室|中心|局))/;
/** An office, street office or service centre of a government ("…区人民政府办公室", "…人民政府行政服务中心"). */
const AFTER_GOVERNMENT = /^[\u4e00-\u9fa5]{0,12}?(?:办公室|办事处|服务中心)/;
/** A street's own office or units ("洪山街道办事处", "…街道社区卫生服务中心", "…街道党工委"). */
const AFTER_STREET = /^(?:办事处|[\u4e00-\u9fa5]{0,10}?(?:服务中心|中心|卫生院|学校|小学|中学|幼儿园|党工委))/;
/**
 * A street named after a place that ends like a unit ("书院街道办事处", "学院路街道"): the name
 * goes on past that first suffix.
 */
const STREET_AFTER_SUFFIX = /^[\u4e00-\u9fa5]{0,2}?街道(?:办事处)?/;

/** What follows "中国人民政治协商会" in a 政协 committee's name: "议四川省射洪市委员会". */
const CPPCC_COMMITTEE = /^议[\u4e00-\u9fa5]{2,16}?委员会(?:办公室|办公厅)?/;

/** An organ named by nothing but its jurisdiction: "政协益阳市赫山区", "共青团某县". */
const ORGAN_BY_PLACE = /^(?:政协|中共|共青团)[\u4e00-\u9fa5]{2,12}(?:市|区|县|州|旗)$/;

/** Words that precede a name in a sentence or title but are not part of it. */
const LEADING_NOISE =
  /^(?:第[一二三四五六七八九十]+部分|附?表\d*(?:-\d+)?[.、]?|[一二三四五六七八九十]+、|\(\S{1,3}\)|纳入|根据|按照|截至|截止|关于|其中|包括|本部门|现将|特将|兹将|现就|现对|由|从|对|为|是|和|与|及|年度|年|的)+/;

/** The text without the words that lead into a name ("关于", "纳入", "第一部分"). */
export function stripLeadingNoise(raw: string): string {
  return raw.replace(LEADING_NOISE, "");
}

/** Without the words before it, the unit name a run of characters starts with, or null. */
export function readUnitName(raw: string): string | null {
  const s = stripLeadingNoise(raw);
  const m = ORG_NAME_END.exec(s);
  if (!m) return null;
  let name = m[0];
  // A name may go on past its first suffix, more than once ("…街道" "中心" "学校").
  for (let step = 0; step < 3; step++) {
    const more = continuationOf(name, s.slice(name.length));
    if (more === null) break;
    name += more;
  }
  // "政协益阳市赫山区部门决算": the 部 of 部门 ends no name; an organ named by its jurisdiction alone
  // (政协, 共青团, 中共 and a place) is the name without it.
  if (name.endsWith("部") && s.charCodeAt(name.length) === 0x95e8) {
    const bare = name.slice(0, -1);
    if (!ORGAN_BY_PLACE.test(bare)) return null;
    name = bare;
  }
  if (name.length < 4 || name.length > 30) return null;
  return name;
}

/** What follows `name` in `rest` and still belongs to it, or null. */
function continuationOf(name: string, rest: string): string | null {
  if (rest === "") return null;
  // "中国人民政治协商会议…委员会": 政协 written out, whose 协商会 is not a 商会.
  if (name.endsWith("政治协商会")) {
    const cppcc = CPPCC_COMMITTEE.exec(rest);
    return cppcc === null ? null : cppcc[0];
  }
  const more = name.endsWith("中心")
    ? AFTER_CENTRE.exec(rest)
    : name.endsWith("局")
      ? AFTER_BUREAU.exec(rest)
      : name.endsWith("人民政府")
        ? AFTER_GOVERNMENT.exec(rest)
        : name.endsWith("街道")
          ? AFTER_STREET.exec(rest)
          : COMMITTEE_END.test(name)
            ? AFTER_COMMITTEE.exec(rest)
            : STREET_AFTER_SUFFIX.exec(rest);
  return more === null ? null : more[0];
}

/** A line that is nothing but jurisdictions ("武汉市江岸区", "湖北省"). */
const JURISDICTION_LINE = /^[\u4e00-\u9fa5]{1,12}?(?:省|自治区|市|州|盟|区|县|旗)$/;

/**
 * A title broken after its jurisdiction ("武汉市江岸区" / "民政局2024年部门预算"): the name that
 * starts a line, with the line above in front when that line is nothing but a jurisdiction.
 */
export function withJurisdictionAbove(above: string, run: string): string {
  return above.length >= 2 && above.length <= 20 && JURISDICTION_LINE.test(above) ? above + run : run;
}
