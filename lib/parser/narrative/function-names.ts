/**
 * The national 功能分类 类 names (201–234) and 经济分类 类 names, enough to give a code to a class
 * the narrative names ("卫生健康支出15266.09万元") without the full reference tables. 款 and 项
 * names need the reference tables; without them their code stays null.
 */
const FUNCTION_CLASSES: Array<[string, string[]]> = [
  ["201", ["一般公共服务支出"]],
  ["202", ["外交支出"]],
  ["203", ["国防支出"]],
  ["204", ["公共安全支出"]],
  ["205", ["教育支出"]],
  ["206", ["科学技术支出"]],
  ["207", ["文化旅游体育与传媒支出", "文化体育与传媒支出"]],
  ["208", ["社会保障和就业支出"]],
  ["209", ["社会保险基金支出"]],
  ["210", ["卫生健康支出", "医疗卫生与计划生育支出", "医疗卫生支出"]],
  ["211", ["节能环保支出"]],
  ["212", ["城乡社区支出", "城乡社区事务支出"]],
  ["213", ["农林水支出", "农林水事务支出"]],
  ["214", ["交通运输支出"]],
  ["215", ["资源勘探工业信息等支出", "资源勘探信息等支出", "资源勘探工业信息等事务支出"]],
  ["216", ["商业服务业等支出", "商业服务业等事务支出"]],
  ["217", ["金融支出", "金融监管等事务支出"]],
  ["219", ["援助其他地区支出"]],
  ["220", ["自然资源海洋气象等支出", "国土海洋气象等支出"]],
  ["221", ["住房保障支出"]],
  ["222", ["粮油物资储备支出", "粮油物资储备事务支出"]],
  ["223", ["国有资本经营预算支出"]],
  ["224", ["灾害防治及应急管理支出"]],
  ["227", ["预备费"]],
  ["229", ["其他支出"]],
  ["230", ["转移性支出"]],
  ["231", ["债务还本支出"]],
  ["232", ["债务付息支出"]],
  ["233", ["债务发行费用支出"]],
  ["234", ["抗疫特别国债安排的支出"]],
];

const ECONOMIC_CLASSES: Array<[string, string[]]> = [
  ["301", ["工资福利支出"]],
  ["302", ["商品和服务支出", "商品服务支出"]],
  ["303", ["对个人和家庭的补助", "对个人和家庭补助", "对个人和家庭的补助支出", "对个人和家庭补助支出"]],
  ["307", ["债务利息及费用支出"]],
  ["309", ["资本性支出(基本建设)"]],
  ["310", ["资本性支出"]],
  ["311", ["对企业补助(基本建设)"]],
  ["312", ["对企业补助"]],
  ["313", ["对社会保障基金补助"]],
];

function indexNames(table: Array<[string, string[]]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of table) for (const name of names) map.set(name, code);
  return map;
}

const FUNCTION_BY_NAME = indexNames(FUNCTION_CLASSES);
const ECONOMIC_BY_NAME = indexNames(ECONOMIC_CLASSES);

/**
 * FUNCTION_BY_NAME by each name ending in 支出 without that ending: get(n) here is
 * FUNCTION_BY_NAME.get(`${n}支出`), without building that string for every name looked up.
 */
const FUNCTION_BY_NAME_WITHOUT_SPENDING = new Map<string, string>();
for (const [name, code] of FUNCTION_BY_NAME) {
  if (name.endsWith("支出")) FUNCTION_BY_NAME_WITHOUT_SPENDING.set(name.slice(0, -2), code);
}

const NAME_NEEDS_NORMALISING_RE = /[（）(\s]/;
// Module constants rather than literals in the functions: a regex literal makes a new RegExp
// object each time it is evaluated.
const FULL_OPEN_RE = /（/g;
const FULL_CLOSE_RE = /）/g;
const SPACES_RE = /\s+/g;
const LEVEL_MARKERS_RE = /\((?:类|款|项)\)/g;
const LEVEL_MARKER_RE = /\((?:类|款|项)\)/;
const DASH_AFTER_MARKER_RE = /(\((?:类|款)\))[-—–]+/g;

/** Removes the level markers and spaces a narrative puts inside names: "社会保障和就业(类)支出". */
export function normaliseName(name: string): string {
  // Without a bracket or a space none of the rewrites below changes anything.
  if (!NAME_NEEDS_NORMALISING_RE.test(name)) return name;
  return name.replace(FULL_OPEN_RE, "(").replace(FULL_CLOSE_RE, ")").replace(LEVEL_MARKERS_RE, "").replace(SPACES_RE, "").trim();
}

/** The 类 code of a function class name ("卫生健康支出" → "210"), or null. */
export function findFunctionClassCode(name: string): string | null {
  return functionClassOfNormalised(normaliseName(name));
}

/** findFunctionClassCode of a name already through normaliseName. */
export function functionClassOfNormalised(n: string): string | null {
  // "住房保障" is 221 written without 支出; "其他" alone is not 229.
  return FUNCTION_BY_NAME.get(n) ?? (n.length >= 3 ? FUNCTION_BY_NAME_WITHOUT_SPENDING.get(n) : undefined) ?? null;
}

/** The 类 code of an economic class name ("工资福利支出" → "301"), or null. */
export function findEconomicClassCode(name: string): string | null {
  return economicClassOfNormalised(normaliseName(name));
}

/** findEconomicClassCode of a name already through normaliseName. */
export function economicClassOfNormalised(n: string): string | null {
  return ECONOMIC_BY_NAME.get(n) ?? null;
}

/** A subject written as a chain "X(类)Y(款)Z(项)". */
export interface FunctionChain {
  /** Names per level as written, most general first. */
  names: Partial<Record<"类" | "款" | "项", string>>;
  /** Most specific level named. */
  level: "类" | "款" | "项";
  /** The most specific name. */
  name: string;
}

/**
 * Reads "卫生健康支出(类)医疗保障管理事务(款)行政运行(项)". Returns null when the subject has no
 * level markers. "社会保障和就业(类)支出" is a class named with its marker in the middle.
 */
export function parseFunctionChain(subject: string): FunctionChain | null {
  // A level marker "(类)" needs an opening bracket and one of 类/款/项; the folding below makes a
  // "(" only from a "（", and no 类/款/项 at all. Most subjects have no bracket.
  if (!subject.includes("(") && !subject.includes("（")) return null;
  if (!subject.includes("类") && !subject.includes("款") && !subject.includes("项")) return null;
  // "住房保障支出(类)—住房改革支出(款)—住房公积金(项)": a dash after a marker joins, it names nothing.
  const s = subject.replace(FULL_OPEN_RE, "(").replace(FULL_CLOSE_RE, ")").replace(SPACES_RE, "").replace(DASH_AFTER_MARKER_RE, "$1");
  if (!LEVEL_MARKER_RE.test(s)) return null;
  const names: FunctionChain["names"] = {};
  let level: FunctionChain["level"] = "类";
  let rest = s;
  for (const lv of ["类", "款", "项"] as const) {
    const marker = `(${lv})`;
    const at = rest.indexOf(marker);
    if (at < 0) continue;
    names[lv] = rest.slice(0, at);
    level = lv;
    rest = rest.slice(at + marker.length);
  }
  // "一般公共服务(类)支出" names the class 一般公共服务支出; "一般公共服务支出(类)支出" already does.
  if (names["类"] !== undefined && level === "类" && rest === "支出" && !names["类"].endsWith("支出")) names["类"] = `${names["类"]}支出`;
  const name = names[level] ?? "";
  if (name === "") return null;
  return { names, level, name };
}

const PRINTED_CODE_RE = /^(2\d{2}(?:\d{2}){0,2}|3\d{2}(?:\d{2})?)(?!\d)\s*([\u4e00-\u9fff].*)$/;

/** A code printed in front of a name: "2101301城乡医疗救助", "30101 基本工资". */
export function splitPrintedCode(subject: string): { code: string; name: string; isEconomic: boolean } | null {
  const m = PRINTED_CODE_RE.exec(subject.trim());
  if (!m) return null;
  return { code: m[1], name: m[2].trim(), isEconomic: m[1].startsWith("3") };
}
