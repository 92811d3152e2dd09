/**
 * Reference identification for the property test in identify-document.property.test.ts: the
 * parser's first, plain version of identifyDocument (every line compacted, the lines joined, each
 * reading one global regex over the result), kept as it was apart from the later 办事处 suffix.
 * identify-document.ts has since been rewritten for speed (only lines that can hold a reading are
 * compacted, each reading tried where its anchor character is); it must return exactly what this
 * returns. Do not optimise this file: its value is that it is obviously right.
 */
import { deriveDepartmentKind, splitJurisdiction } from "../department-kind";
import type { DocumentHeader, DocumentKind, Line, Provenance } from "../types";

/**
 * Reads who published a disclosure, for which year and of which kind, from its content alone (the
 * file name is not trusted). Every field it cannot establish is null; parseDocument decides
 * whether that makes the text unrecognisable.
 *
 * - year/kind: votes over "2023年部门预算", "2023年度部门决算", "2023年度…决算表"; a date printed on
 *   the cover or a prior-year comparison ("比2022年预算减少") does not vote.
 * - department: names read from "部门：" / "单位名称：" labels, titles and sentences next to a year;
 *   spellings of one unit ("区医疗保障局", "武汉洪山区医疗保障局") are grouped, the most frequent
 *   group wins and its most complete spelling (with city) is kept. When the text says the unit is
 *   a subordinate one ("X为Y下属二级…单位"), X is the department (the figures are its own) and Y
 *   the parent, even when table titles print the parent's name.
 * - district/city come from the department's name; departmentKind from deriveDepartmentKind.
 */
export function identifyDocument(lines: Line[]): DocumentHeader {
  const text = buildCompactText(lines);
  const { year, kind, line: yearLine } = findYearAndKind(text);
  const naming = findDepartment(text);
  const department = naming?.department ?? null;
  const parts = department ? splitJurisdiction(department) : null;
  const district = parts ? (parts.district ?? parts.city ?? parts.province) : null;
  const provenanceLine = naming?.line ?? yearLine;
  const provenance: Provenance | null =
    provenanceLine != null
      ? { source: "sentence", line: provenanceLine, excerpt: lines.find((l) => l.no === provenanceLine)?.text }
      : null;
  return {
    district,
    city: parts?.city ?? null,
    department,
    departmentKind: deriveDepartmentKind(department),
    parentDepartment: naming?.parent ?? null,
    year,
    kind,
    provenance,
  };
}

/** The document's lines with whitespace and Markdown marks removed, joined, with a map back to line numbers. */
interface CompactText {
  joined: string;
  /** Start offset in `joined` of each line, ascending. */
  starts: number[];
  lineNos: number[];
  /** Each line compacted on its own. */
  lines: Array<{ no: number; text: string }>;
}

function compact(text: string): string {
  return text.replace(/[\s*#`]/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":");
}

function buildCompactText(lines: Line[]): CompactText {
  const starts: number[] = [];
  const lineNos: number[] = [];
  const compacted: Array<{ no: number; text: string }> = [];
  let joined = "";
  for (const line of lines) {
    const c = compact(line.text);
    if (c === "") continue;
    starts.push(joined.length);
    lineNos.push(line.no);
    compacted.push({ no: line.no, text: c });
    joined += c;
  }
  return { joined, starts, lineNos, lines: compacted };
}

function lineAt(text: CompactText, offset: number): number {
  let lo = 0;
  let hi = text.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return text.lineNos[lo] ?? 1;
}

// "2023年部门预算", "2023年度部门决算", "2021年部门收支预算总表", "2023年单位预算".
const YEAR_KIND_STRONG = /(20\d{2})年度?(?:部门|单位)[^,，。；;:\d]{0,8}?(预算|决算)/g;
// "2023年度收入支出决算总表", "2023年财政拨款收支预算总表".
const YEAR_KIND_TABLE = /(20\d{2})年度?[^,，。；;:\d]{0,12}?(预算|决算)总?表/g;

function findYearAndKind(text: CompactText): { year: number | null; kind: DocumentKind | null; line: number | null } {
  const votes = new Map<string, { score: number; first: number }>();
  const vote = (re: RegExp, weight: number) => {
    for (const m of text.joined.matchAll(re)) {
      const key = `${m[1]}|${m[2]}`;
      const v = votes.get(key) ?? { score: 0, first: m.index ?? 0 };
      v.score += weight;
      v.first = Math.min(v.first, m.index ?? 0);
      votes.set(key, v);
    }
  };
  vote(YEAR_KIND_STRONG, 2);
  vote(YEAR_KIND_TABLE, 1);
  let best: [string, { score: number; first: number }] | null = null;
  for (const entry of votes) {
    if (!best || entry[1].score > best[1].score || (entry[1].score === best[1].score && entry[1].first < best[1].first)) {
      best = entry;
    }
  }
  if (!best) return { year: null, kind: null, line: null };
  const [yearText, kindText] = best[0].split("|");
  return {
    year: Number(yearText),
    kind: kindText === "决算" ? "final" : "budget",
    line: lineAt(text, best[1].first),
  };
}

/** What sort of body a name ends with; a candidate without one is not a unit's name. */
const ORG_SUFFIX = /(?:委员会|联合会|办公室|办事处|服务中心|中心|局|厅|委|院|站|馆|队|办|署)/;
const ORG_NAME_END = new RegExp(`^[\\u4e00-\\u9fa5()]*?${ORG_SUFFIX.source}`);
/** Words that precede a name in a sentence or title but are not part of it. */
const LEADING_NOISE =
  /^(?:第[一二三四五六七八九十]+部分|附?表\d*(?:-\d+)?[.、]?|[一二三四五六七八九十]+、|\(\S{1,3}\)|纳入|根据|按照|截至|截止|关于|其中|包括|本部门|由|从|对|为|是|和|与|及|年度|年|的)+/;
const LABEL = /(?:部门\/单位|部门\(单位\)名称|单位名称|部门名称|部门|预算单位):([^:]{2,60})/g;
const LABEL_STOP = /(?:单位:|单位名称|项目名称|填报|日期|金额单位|资金单位|联系|负责人)/;
const BEFORE_YEAR = /([\u4e00-\u9fa5()]{2,40})(?=20\d{2}年)/g;
const AFTER_YEAR = /20\d{2}年度?([\u4e00-\u9fa5()]{4,40})/g;
const OVERVIEW_TITLE = /第[一二三四五六七八九十]+部分([\u4e00-\u9fa5()]{4,40}?)概况/g;
const SUBORDINATE = /([\u4e00-\u9fa5()]{4,30}?)(?:为|是)([\u4e00-\u9fa5()]{3,20}?)(?:下属|所属)$/;

interface Candidate {
  name: string;
  weight: number;
  line: number;
}

/** Cuts a run of characters down to the unit name it starts with, or null. */
function cleanName(raw: string): string | null {
  const s = raw.replace(LEADING_NOISE, "");
  const m = ORG_NAME_END.exec(s);
  if (!m) return null;
  const name = m[0];
  if (name.length < 4 || name.length > 30) return null;
  return name;
}

function findDepartment(text: CompactText): { department: string; parent: string | null; line: number } | null {
  const candidates: Candidate[] = [];
  const add = (raw: string, weight: number, line: number) => {
    const name = cleanName(raw);
    if (name) candidates.push({ name, weight, line });
  };
  for (const line of text.lines) {
    for (const m of line.text.matchAll(LABEL)) {
      add(m[1].split(LABEL_STOP)[0], 3, line.no);
    }
    const isTitle = line.text.length <= 60 || /^(?:第[一二三四五六七八九十]+部分|附?表\d)/.test(line.text);
    for (const m of line.text.matchAll(BEFORE_YEAR)) {
      // The name is the tail of the run right before the year: keep the part after the last noise word.
      add(m[1], isTitle ? 2 : 1, line.no);
    }
    for (const m of line.text.matchAll(AFTER_YEAR)) add(m[1], 1, line.no);
    for (const m of line.text.matchAll(OVERVIEW_TITLE)) add(m[1], 2, line.no);
  }
  if (candidates.length === 0) return null;

  const groups = groupSpellings(candidates);
  groups.sort((a, b) => b.score - a.score || a.firstLine - b.firstLine);
  let chosen = groups[0];
  let parent: string | null = null;

  // Only the text right before each 下属/所属 is searched, so the cost stays linear in the input.
  for (const hit of text.joined.matchAll(/下属|所属/g)) {
    const end = (hit.index ?? 0) + 2;
    const m = SUBORDINATE.exec(text.joined.slice(Math.max(0, end - 60), end));
    if (!m) continue;
    const childGroup = groups.find((g) => g.names.some((n) => m[1].endsWith(n)));
    if (!childGroup || childGroup.score < 3) continue;
    chosen = childGroup;
    parent = resolveParent(m[2], groups, childGroup);
    break;
  }
  return { department: chosen.representative, parent, line: chosen.firstLine };
}

interface SpellingGroup {
  names: string[];
  score: number;
  firstLine: number;
  representative: string;
}

/** One spelling is the other with a jurisdiction (or part of one) in front. */
function sameUnit(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return long.endsWith(short) && long.length - short.length <= 8;
}

function groupSpellings(candidates: Candidate[]): SpellingGroup[] {
  const byName = new Map<string, { weight: number; line: number }>();
  for (const c of candidates) {
    const v = byName.get(c.name) ?? { weight: 0, line: c.line };
    v.weight += c.weight;
    v.line = Math.min(v.line, c.line);
    byName.set(c.name, v);
  }
  // Longest names first: each joins the first group whose longest spelling it is a suffix of.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const groups: SpellingGroup[] = [];
  for (const name of names) {
    const info = byName.get(name)!;
    const group = groups.find((g) => g.names.some((n) => sameUnit(n, name)));
    if (group) {
      group.names.push(name);
      group.score += info.weight;
      group.firstLine = Math.min(group.firstLine, info.line);
    } else {
      groups.push({ names: [name], score: info.weight, firstLine: info.line, representative: name });
    }
  }
  for (const g of groups) g.representative = pickRepresentative(g.names, byName);
  return groups;
}

/**
 * The most complete spelling whose extra prefix is a whole jurisdiction (ends in 市/省/州/区/县…);
 * "武汉洪山区医疗保障局" (a clipped city) loses to "武汉市洪山区医疗保障局".
 */
function pickRepresentative(names: string[], byName: Map<string, { weight: number }>): string {
  const sorted = [...names].sort((a, b) => (byName.get(b)!.weight - byName.get(a)!.weight) || b.length - a.length);
  let best = sorted[0];
  for (const n of names) {
    if (n.length <= best.length || !n.endsWith(best)) continue;
    const prefix = n.slice(0, n.length - best.length);
    if (/(?:省|自治区|市|州|盟|地区|区|县|旗)$/.test(prefix)) best = n;
  }
  return best;
}

function resolveParent(raw: string, groups: SpellingGroup[], child: SpellingGroup): string | null {
  const name = raw.replace(LEADING_NOISE, "");
  if (name.length < 3) return null;
  const kind = deriveDepartmentKind(name);
  const district = splitJurisdiction(name).district;
  const match = groups.find(
    (g) =>
      g !== child &&
      deriveDepartmentKind(g.representative) === kind &&
      (!district || splitJurisdiction(g.representative).district === district),
  );
  return match ? match.representative : name;
}
