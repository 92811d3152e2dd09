/**
 * Department names and the jurisdictions inside them.
 *
 * Disclosures print one unit's name in several ways ("武汉市洪山区医疗保障局", "洪山区医疗保障局",
 * "区医疗保障局"), and the same kind of unit differs between districts only by the jurisdiction
 * in front and a suffix behind ("医疗保障局" in one district, "医疗保障服务中心" in another). The
 * portal compares like with like through `deriveDepartmentKind`.
 */

export interface JurisdictionParts {
  province: string | null;
  city: string | null;
  district: string | null;
  /** What follows the jurisdiction: the unit's own name ("医疗保障局"). */
  unit: string;
}

const PROVINCE = /^([\u4e00-\u9fa5]{2,7}?(?:省|自治区))/;
const CITY = /^([\u4e00-\u9fa5]{2,10}?(?:自治州|地区|市|州|盟))/;
const DISTRICT = /^([\u4e00-\u9fa5]{1,8}?(?:自治县|自治旗|区|县|旗|市))/;
/**
 * Words ending in 区 that are not districts. Many districts end in 城区 (樊城区, 襄城区, 鄂城区,
 * 西城区): only the bare words ("城区", "主城区") are not; nor is a bare "自治区" ("自治区政协办公厅").
 */
const NOT_DISTRICT = /(?:社区|小区|景区|校区|片区|园区|辖区)$|^(?:主|老|中心)?城区$|^自治(?:区|县|旗)$/;
/**
 * Development zones and new areas govern like districts and are named like places: "武汉东湖新技术
 * 开发区", "东湖生态旅游风景区", "武汉长江新区". A district the zone absorbed may follow in
 * brackets: "武汉经济技术开发区(汉南区)".
 */
const ZONE =
  /^([\u4e00-\u9fa5]{2,12}?(?:开发区|高新区|新区|风景区|风景名胜区|度假区|管理区|示范区|试验区|保税区|工业园区)(?:\([\u4e00-\u9fa5]{2,8}?(?:区|县)\))?)/;
/** A unit's word inside what looks like a district: "公安局洪山区" is a bureau, then a district. */
const UNIT_WORD = /局|厅|委|办|院|中心/;
/** "公安局洪山区分局": the district of a city bureau's branch. */
const BRANCH_DISTRICT = /^[\u4e00-\u9fa5]{2,}?局([\u4e00-\u9fa5]{1,6}?(?:区|县))分局$/;
/** "(汉南区)" after a zone, "(武汉化学工业区)" after a district. */
const BRACKETED_DISTRICT = /^\([\u4e00-\u9fa5]{2,8}?(?:区|县)\)/;

/**
 * Splits "湖北省武汉市汉阳区医疗保障局" into province / city / district / unit. Each level is read
 * only at the start of what is left, so a 市 or 区 inside the unit's own name ("市场监督管理局",
 * "城市管理执法局") is not mistaken for a jurisdiction.
 */
/**
 * Party and league organs and the 政协 print their jurisdiction after the organ: "中共武汉市江汉区委宣传部",
 * "共青团武汉市武昌区委员会", "中国共产主义青年团重庆市长寿区委员会", "政协兰州市委员会".
 */
const ORGAN_PREFIX = /^(?:中国共产党|中共|共青团|中国共产主义青年团|中国人民政治协商会议|政协)/;
/** The league and the political consultative conference: each is one kind wherever it sits. */
const LEAGUE = /^(?:共青团|中国共产主义青年团)/;
const CPPCC = /^(?:政协|中国人民政治协商会议)/;

export function splitJurisdiction(name: string): JurisdictionParts {
  const organ = ORGAN_PREFIX.exec(name);
  let rest = organ ? name.slice(organ[0].length) : name;
  let province: string | null = null;
  let city: string | null = null;
  let district: string | null = null;
  const p = PROVINCE.exec(rest);
  // "内蒙古自治区": the 区 of 自治区 is no district's.
  if (p && !/[市区县]/.test(p[1].replace(/自治区$/, "")) && rest.length > p[1].length) {
    province = p[1];
    rest = rest.slice(p[1].length);
  }
  const c = CITY.exec(rest);
  if (c && !/[区县]/.test(c[1].replace(/地区$/, "")) && rest.length > c[1].length) {
    city = c[1];
    rest = rest.slice(c[1].length);
  }
  const d = districtAtStart(rest);
  // An organ named by its jurisdiction alone ("政协益阳市赫山区") is that district's.
  if (d !== null && (rest.length - d.length >= 2 || (organ !== null && rest.length === d.length)) && !NOT_DISTRICT.test(d) && !UNIT_WORD.test(d) && !(d.endsWith("市") && d.length < 3)) {
    district = d;
    rest = rest.slice(d.length);
    const bracketed = BRACKETED_DISTRICT.exec(rest);
    if (bracketed && rest.length - bracketed[0].length >= 2) {
      // A zone keeps the district it absorbed ("武汉经济技术开发区(汉南区)"); a district is itself
      // whatever zone it also names ("青山区(武汉化学工业区)" is 青山区), so its departments compare.
      if (ZONE.test(district)) district += bracketed[0];
      rest = rest.slice(bracketed[0].length);
    }
  } else {
    const z = ZONE.exec(rest);
    if (z && rest.length - z[1].length >= 2) {
      district = z[1];
      rest = rest.slice(z[1].length);
    }
  }
  // A city bureau's branch in a district ("公安局洪山区分局") belongs to that district; its name stays whole.
  const branch = district === null ? BRANCH_DISTRICT.exec(rest) : null;
  if (branch) district = branch[1];
  return { province, city, district, unit: rest };
}

/** The district (or county, or county-level city) that `rest` starts with, as DISTRICT reads it. */
function districtAtStart(rest: string): string | null {
  const d = DISTRICT.exec(rest);
  if (d === null) return null;
  // "沙市区中医医院": a district whose own name holds 市 is read to its 区, not cut at the 市.
  if (d[1].endsWith("市") && rest.charCodeAt(d[1].length) === 0x533a && rest.length - d[1].length > 2) return `${d[1]}区`;
  return d[1];
}

/**
 * Institutions named after a place or a number: the kind is what they are. Hospitals keep the
 * word that says which sort they are (中医医院, 人民医院, 妇幼保健院).
 */
const INSTITUTION = /(中学|小学|幼儿园|卫生院|中医医院|人民医院|妇幼保健院|医院)$/;

/** Abbreviations departments use for themselves, mapped to the full words. */
const ALIASES: Array<[string, string]> = [
  ["医保", "医疗保障"],
  ["卫健", "卫生健康"],
  ["人社", "人力资源和社会保障"],
  ["住建", "住房和城乡建设"],
  ["发改", "发展和改革"],
  ["市监", "市场监督管理"],
  ["文旅", "文化和旅游"],
  ["城管", "城市管理"],
];

/** A bracketed name at the end of a unit's name: "(体育局)", "(区外事办公室)". */
const TRAILING_ALIAS = /(?<=[\u4e00-\u9fa5])\([\u4e00-\u9fa5]{2,16}\)$/;
/** The discipline commission: "纪律检查委员会", "纪委", "纪委监委", "纪律检查委员会监察委员会". */
const DISCIPLINE = /^(?:纪律检查委员会(?:监察委员会)?|纪委(?:监委)?|纪委监察委员会)$/;

/** 城市管理执法, 城市管理和综合执法, 城市管理综合行政执法: the 城管 under its longer names. */
const CITY_MANAGEMENT = /^城市管理和?(?:综合)?(?:行政)?执法$/;

/** Units whose whole name is their kind: a zone's 管理委员会, the 纪委监委. */
const WHOLE_KINDS = new Set(["管理委员会", "管委会", "纪委监委"]);

/** Suffixes that say what sort of body a unit is, not what it does; longest first. */
const KIND_SUFFIXES = [
  "管理服务中心",
  "服务中心",
  "管理中心",
  "中心",
  "委员会",
  "办公室",
  "局",
  "厅",
  "委",
  "办",
  "署",
];

/**
 * The unit's kind for matching across districts: the name without jurisdiction, without the party
 * prefix 中共, without 本级, abbreviations expanded, and without the body-type suffix.
 * 武汉市汉阳区医疗保障局 → 医疗保障; 蔡甸区医疗保障服务中心 → 医疗保障; 湖北省财政厅 → 财政;
 * 区卫健委 → 卫生健康. Returns null when nothing is left.
 */
export function deriveDepartmentKind(name: string | null): string | null {
  if (!name) return null;
  // Brackets stay for the split, which reads "…开发区(汉南区)" as one jurisdiction.
  let s = name.replace(/\s/g, "").replace(/（/g, "(").replace(/）/g, ")");
  if (LEAGUE.test(s)) return "共青团";
  // "政协兰州市委员会", "应城市政协办公室", "中国人民政治协商会议…委员会": the 政协 and its office.
  if (CPPCC.test(s) || /^政协(?:委员会)?(?:办公室|办公厅)?$/.test(splitJurisdiction(s).unit)) return "政协";
  const organ = ORGAN_PREFIX.test(s);
  // A second name in brackets after the unit's own ("教育局(体育局)", "人民政府办公室(区外事办公室)")
  // is another office it also is; the kind is the unit's own.
  s = splitJurisdiction(s).unit.replace(TRAILING_ALIAS, "").replace(/[()]/g, "").replace(/本级$/, "");
  // A street office or service centre named after its government ("…区人民政府中南路街道办事处",
  // "…市人民政府行政服务中心") is the office itself.
  s = s.replace(/^人民政府(?=[\u4e00-\u9fa5]{2,}(?:街道办事处|服务中心)$)/, "");
  // "区医疗保障局" (the unit naming itself without its district): drop the bare level word; a
  // party committee's department ("…区委宣传部" leaves "委宣传部") is its own kind (宣传部).
  // So is a department of a committee written out ("中国共产党…区委员会组织部") or of a zone's 管委会.
  s = s
    .replace(/^中共/, "")
    .replace(/^(?:区|县)(?=[\u4e00-\u9fa5]{3})/, "")
    .replace(/^(?:委员会|委|管委会)(?=[\u4e00-\u9fa5]{2})/, "");
  // "公安局曾都区分局", "自然资源和规划局蔡甸分局": a branch is of its bureau's kind.
  s = s.replace(/^([\u4e00-\u9fa5]{2,}?局)[\u4e00-\u9fa5]{0,8}?分局$/, "$1");
  // The discipline commission goes by its full name or the merged 纪委监委.
  if (DISCIPLINE.test(s)) return "纪委监委";
  // Names that are a kind of their own: cutting a suffix would leave nothing that says what they do.
  if (WHOLE_KINDS.has(s)) return s;
  // A party committee's general office ("中共…区委办公室"): "办公室" alone would say nothing.
  if (organ && s === "办公室") return "党委办公室";
  // The people's congress standing committee (and its office), short or written out.
  if (/^(?:人大常委会|人民代表大会常务委员会)(?:办公室|办公厅)?$/.test(s)) return "人大常委会";
  // Schools, kindergartens and health centres compare by what they are, not by their own names
  // ("第十五中学", "城关幼儿园", "黑井中心卫生院").
  const institution = INSTITUTION.exec(s);
  if (institution) return institution[1];
  // "新洲区人民政府办公室" is the government's office, not the government.
  if (s.endsWith("人民政府办公室") || s === "政府办公室") return "政府办公室";
  for (const [short, full] of ALIASES) {
    if (s.startsWith(short)) {
      s = full + s.slice(short.length);
      break;
    }
  }
  for (const suffix of KIND_SUFFIXES) {
    if (s.endsWith(suffix) && s.length > suffix.length) {
      // "行政服务中心": two characters would say less than the service does.
      s = s.length - suffix.length <= 2 && suffix.endsWith("服务中心") ? s.slice(0, -2) : s.slice(0, -suffix.length);
      break;
    }
  }
  // One sector, named as the 执法局 in one district, the 城管委 in another and the
  // 城市管理和综合执法局 in a third.
  if (CITY_MANAGEMENT.test(s)) s = "城市管理";
  return s === "" ? null : s;
}
