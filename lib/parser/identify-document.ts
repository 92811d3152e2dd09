import { deriveDepartmentKind, splitJurisdiction } from "./department-kind";
import {
  LINE_MARK_BELONG,
  LINE_MARK_COLON,
  LINE_MARK_COMPACT,
  LINE_MARK_FULL_WIDTH,
  LINE_MARK_OVERVIEW,
  LINE_MARK_YEAR,
  isCompactedAway,
  lineMarksOf,
} from "./normalize-text";
import { ORG_SUFFIXES, readUnitName, stripLeadingNoise, withJurisdictionAbove } from "./unit-name";
import type { DocumentHeader, DocumentKind, Line, Provenance } from "./types";

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
  const text = createCompactLines(lines);
  // One pass over the marked lines gathers every reading: each 年 is found and read back once,
  // for the year/kind votes and the names beside it alike.
  const readings = readMarkedLines(text);
  const { year, kind, line: yearLine } = findYearAndKind(text, readings.strong, readings.table);
  const naming = findDepartment(text, readings.candidates);
  const department = naming?.department ?? null;
  const parts = department ? splitJurisdiction(department) : null;
  const unit = department && parts ? unitPlace(department, parts, naming?.parent ?? null, lines) : null;
  const provenanceLine = naming?.line ?? yearLine;
  const provenance: Provenance | null =
    provenanceLine != null ? { source: "sentence", line: provenanceLine, excerpt: findLineText(lines, provenanceLine) } : null;
  return {
    district: unit?.district ?? null,
    city: parts?.city ?? null,
    department,
    departmentKind: deriveDepartmentKind(department),
    parentDepartment: unit?.parent ?? null,
    year,
    kind,
    provenance,
  };
}

/**
 * A unit's parent and district: the parent the text names (`stated`: "X为Y下属…"; a title's
 * "Y所属X"; "主管部门为Y", "隶属于Y", "本单位是Y所属…"), and the district of the unit's own name,
 * else the one the text gives it, else its parent's (a school named by its city only, "武汉市第十一
 * 中学", under a district's 教育局), else its city or province. Shared with the reference
 * identification of the property test.
 */
export function unitPlace(
  department: string,
  parts: ReturnType<typeof splitJurisdiction>,
  stated: string | null,
  lines: Line[],
): { district: string | null; parent: string | null } {
  // A sentence's parent only for a unit its own name places in no district, and only one that
  // does ("主管部门为…区教育局"): "上级业务主管部门为国家文物局" guides a bureau, it does not hold it.
  const parent = stated ?? parentNamedBefore(department, lines) ?? (parts.district === null ? parentSaidInText(department, parts, lines) : null);
  const district = parts.district ?? branchDistrictNamedInText(department, lines) ?? districtOfParent(parts, parent) ?? parts.city ?? parts.province;
  return { district, parent };
}

/** The parent's district, when the parent is in the unit's city (or names none). */
function districtOfParent(parts: ReturnType<typeof splitJurisdiction>, parent: string | null): string | null {
  if (parent === null) return null;
  const p = splitJurisdiction(parent);
  if (p.district === null || (p.city !== null && parts.city !== null && p.city !== parts.city)) return null;
  return p.district;
}

/** How many lines from the top the overview's "主管部门为…" is looked for in. */
const PARENT_SAID_LINES = 80;
/** "主管部门为Y", "隶属于Y", "本单位是Y所属…": the words before a unit's parent. */
const PARENT_SAID = /(?:(?:主管部门|主管单位)(?:为|是)|隶属于?|(?:本单位|我单位|本校|我校|本院|我院|本中心)(?:是|为|系))/g;
/** What may follow the parent's name after 主管部门为/隶属于: the end of the clause. */
const AFTER_PARENT = /^(?:[，。,；;、）)]|$|管理|的|所属|下属)/;
const AFTER_PARENT_OF_UNIT = /^(?:所属|下属)/;
const SPACES = /\s+/g;

/** The unit itself, in the words before 主管部门为/隶属于: nothing, 本单位, or its own name. */
const SELF_SUBJECT = /^(?:本单位|我单位|本校|我校|本院|我院|本中心|单位|学校)?(?:的|上级)?$/;
const CLAUSE_START = /[，。；,;:：]/;

function speaksOfUnit(before: string, unit: string): boolean {
  let k = before.length - 1;
  while (k >= 0 && !CLAUSE_START.test(before[k])) k--;
  const clause = before.slice(k + 1).replace(SPACES, "");
  return SELF_SUBJECT.test(clause) || (unit.length >= 2 && clause.includes(unit));
}

/** The parent a unit's overview names in a sentence ("主管部门为武汉市硚口区教育局"), or null. */
function parentSaidInText(department: string, parts: ReturnType<typeof splitJurisdiction>, lines: Line[]): string | null {
  const n = Math.min(lines.length, PARENT_SAID_LINES);
  for (let i = 0; i < n; i++) {
    const text = lines[i].text;
    if (!text.includes("属") && !text.includes("主管")) continue;
    PARENT_SAID.lastIndex = 0;
    for (let m = PARENT_SAID.exec(text); m; m = PARENT_SAID.exec(text)) {
      const rest = text.slice(m.index + m[0].length).replace(SPACES, "");
      const name = readUnitName(rest);
      if (name === null || !PARENT_END.test(name) || department.endsWith(name) || name.endsWith(department)) continue;
      if (text.slice(Math.max(0, m.index - 2), m.index) === "业务" || districtOfParent(parts, name) === null) continue;
      const after = rest.slice(name.length);
      // "本单位是…": only a parent followed by 所属/下属 ("本单位是某某局所属事业单位").
      const said = m[0].startsWith("主管") || m[0].startsWith("隶属");
      if (!(said ? AFTER_PARENT : AFTER_PARENT_OF_UNIT).test(after)) continue;
      // "宁波市第二医院隶属于…": the sentence must speak of the unit itself, not of another one.
      if (said && !speaksOfUnit(text.slice(0, m.index), parts.unit)) continue;
      return name;
    }
  }
  return null;
}

/** A city bureau's branch named by its district without 区 ("…规划局蔡甸分局"). */
const SHORT_BRANCH = /局([\u4e00-\u9fa5]{2,3})分局$/;

/**
 * The district of a branch named without 区 or 县, when the text itself names it in full
 * ("负责蔡甸区国土空间规划"): the short name alone could be a district, a county or a zone.
 */
export function branchDistrictNamedInText(department: string, lines: Line[]): string | null {
  // "蔡甸区2024年度区卫健局部门预算": a unit named only "区…局" takes the district the title puts
  // before it (and before the year).
  if (GENERIC_UNIT_START.test(department)) return districtBeforeUnit(department, lines);
  // "武汉市硚口区教育局所属武汉市第十一中学": a city-named school is in its parent's district.
  const parent = parentNamedBefore(department, lines);
  if (parent !== null) return splitJurisdiction(parent).district;
  const m = SHORT_BRANCH.exec(department);
  if (!m) return null;
  for (const suffix of ["区", "县"]) {
    const full = m[1] + suffix;
    for (let i = 0; i < lines.length; i++) if (lines[i].text.includes(full)) return full;
  }
  return null;
}

/** How many lines from the top a title naming a unit's parent ("…所属…") is looked for in. */
const PARENT_TITLE_LINES = 40;
const PARENT_BEFORE = /([\u4e00-\u9fa5()]{4,30}?)(?:所属|下属)$/;
const PARENT_NOISE = /^(?:附件|附表|关于)+/;
/** A parent is a body that has units under it: a bureau, a committee, a government and the like. */
const PARENT_END = /(?:局|委员会|委|中心|办公室|办事处|院|厅|部|人民政府)$/;

/**
 * The unit a title names before "所属"/"下属" and `department` ("武汉市硚口区教育局所属武汉市第十一中学
 * 2024年单位预算" → 武汉市硚口区教育局), looked for in the first lines only; null when none does.
 * Shared with the reference identification of the property test.
 */
export function parentNamedBefore(department: string, lines: Line[]): string | null {
  const n = Math.min(lines.length, PARENT_TITLE_LINES);
  for (let i = 0; i < n; i++) {
    const text = lines[i].text;
    const at = text.indexOf(department);
    if (at < 4) continue;
    const m = PARENT_BEFORE.exec(text.slice(0, at));
    if (!m) continue;
    const parent = m[1].replace(PARENT_NOISE, "");
    if (PARENT_END.test(parent)) return parent;
  }
  return null;
}

/** A unit named by its level only: "区卫健局", "县财政局". */
const GENERIC_UNIT_START = /^[区县](?![委])/;
const DISTRICT_BEFORE = /([\u4e00-\u9fa5]{2,4}?[区县])\s*(?:20\d{2}\s*年度?)?\s*$/;
const CITY_PART = /^.*[省市州]/;

/** The district a line prints right before `department` (a year may stand between), or null. */
function districtBeforeUnit(department: string, lines: Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i].text.indexOf(department);
    if (at <= 0) continue;
    const m = DISTRICT_BEFORE.exec(lines[i].text.slice(Math.max(0, at - 16), at));
    // "武汉市蔡甸区": the window may start inside the city's name.
    const district = m ? m[1].replace(CITY_PART, "") : "";
    if (district.length >= 3 && !GENERIC_UNIT_START.test(district)) return district;
  }
  return null;
}

function findLineText(lines: Line[], no: number): string | undefined {
  for (let i = 0; i < lines.length; i++) if (lines[i].no === no) return lines[i].text;
  return undefined;
}

/**
 * The document's lines with whitespace and Markdown marks removed, compacted lazily: every
 * reading below needs a character (年, :, 概, 属) that compacting neither adds nor removes, so a
 * line without one is never compacted. The compacted lines, concatenated without the empty ones,
 * are "the joined text" that the cross-line readings (a title split over two lines) look at.
 */
interface CompactLines {
  lines: Line[];
  /** compact(lines[i].text) by line index, filled on first use (few lines are ever compacted). */
  compacted: Array<string | undefined>;
  /** Indices of the lines marked 年, :, 概 or 属, in order: the only lines a reading can start on. */
  marked: number[];
  /** The marks of each of those lines, in the same order. */
  markedMarks: number[];
}

const MARK_YEAR = LINE_MARK_YEAR;
const MARK_COLON = LINE_MARK_COLON;
const MARK_OVERVIEW = LINE_MARK_OVERVIEW;
const MARK_BELONG = LINE_MARK_BELONG;
const MARK_ANY_READING = MARK_YEAR | MARK_COLON | MARK_OVERVIEW | MARK_BELONG;

/**
 * The lines that a reading can start on, with their marks: normalizeText's (Line.marks), else
 * worked out from the text. Nothing is allocated per line of the document: most lines are read
 * only here.
 */
function createCompactLines(lines: Line[]): CompactLines {
  const marked: number[] = [];
  const markedMarks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = marksOf(lines[i]);
    if ((m & MARK_ANY_READING) === 0) continue;
    marked.push(i);
    markedMarks.push(m);
  }
  return { lines, compacted: [], marked, markedMarks };
}

/** Which of the characters 年 : 概 属 a line may hold and whether compacting changes it (LINE_MARK_*). */
function marksOf(line: Line): number {
  return line.marks ?? lineMarksOf(line.text);
}

function compactAt(text: CompactLines, i: number): string {
  let c = text.compacted[i];
  if (c === undefined) {
    const line = text.lines[i];
    c = compact(line.text, marksOf(line));
    text.compacted[i] = c;
  }
  return c;
}

/** The last `n` characters of the joined text before line `i` (fewer at the start of the text). */
function joinedBefore(text: CompactLines, i: number, n: number): string {
  let out = "";
  for (let j = i - 1; j >= 0 && out.length < n; j--) out = compactAt(text, j) + out;
  return out.length > n ? out.slice(out.length - n) : out;
}

/** Characters compact() drops: whitespace and Markdown marks. */
const DROPPED_RE = /[\s*#`]+/g;

/**
 * The line without whitespace and Markdown marks, full-width （）： as ( ) :. Only what the
 * line's marks say it may hold is replaced; a line with nothing to change is returned as is.
 */
function compact(text: string, marks: number): string {
  let s = (marks & LINE_MARK_COMPACT) !== 0 ? text.replace(DROPPED_RE, "") : text;
  if ((marks & LINE_MARK_FULL_WIDTH) !== 0) s = s.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":");
  return s;
}

// "2023年部门预算", "2023年度部门决算", "2021年部门收支预算总表", "2023年单位预算".
const YEAR_KIND_STRONG = /(20\d{2})年度?(?:部门|单位)[^,，。；;:\d]{0,8}?(预算|决算)/y;
// A cover title with the unit's name after the year: "2024年武汉市蔡甸区卫生健康局部门预算",
// "2023年度泸州市中医医院单位决算"; or with no 部门/单位 at all: "2021年度决算公开说明".
// The kind is group 2 or group 3.
const YEAR_KIND_TITLE = /(20\d{2})年度?(?:[\u4e00-\u9fa5()]{2,30}?(?:部门|单位)(预算|决算)|(预算|决算)(?:公开|说明|报告))/y;
// "2023年度收入支出决算总表", "2023年财政拨款收支预算总表".
const YEAR_KIND_TABLE = /(20\d{2})年度?[^,，。；;:\d]{0,12}?(预算|决算)总?表/y;
/** How far past its 年 a year/kind match can reach (度 + a 30-character name + 部门 + 预算 + 公开). */
const YEAR_KIND_REACH = 37;

/** "武汉市蔡甸区中医医院2023年度决算": the year and kind side by side at the end of a title line. */
const BARE_TITLE_YEAR_KIND = /(20\d{2})\s*年\s*度?\s*(预算|决算)\s*(?:公开)?\s*$/;
/** A title that starts with its year and names the unit before the bare kind. */
const YEAR_NAME_KIND_TITLE = /^\s*(20\d{2})\s*年\s*度?\s*([\u4e00-\u9fa5()]{4,30}?)\s*(预算|决算)\s*(?:公开)?\s*(?:情况)?\s*(?:说明)?\s*$/;
/** The cover: the lines a bare title is looked for in. */
const TITLE_LINES = 5;

/**
 * The year and kind of a title that names nothing between them ("…中医医院2023年度决算"), in the
 * cover's first lines; only read when no other reading is found, since "2023年预算" inside a
 * sentence ("关于2023年预算执行情况…") names no document.
 */
export function readBareTitleYearKind(lines: Line[]): { year: number; kind: DocumentKind; line: number } | null {
  for (let i = 0; i < lines.length && i < TITLE_LINES; i++) {
    const text = lines[i].text;
    const m = BARE_TITLE_YEAR_KIND.exec(text);
    if (m) return { year: Number(m[1]), kind: m[2] === "决算" ? "final" : "budget", line: lines[i].no };
    // "2024年某某中学预算", "2023年度政协某市委员会决算公开说明": the year first, then the unit's
    // whole name, then the bare kind.
    const n = text.length < 60 ? YEAR_NAME_KIND_TITLE.exec(text) : null;
    if (n && readUnitName(n[2]) === n[2]) return { year: Number(n[1]), kind: n[3] === "决算" ? "final" : "budget", line: lines[i].no };
  }
  return null;
}

/** Where a year/kind reading starts: line index and column in that line's compacted text. */
interface YearKindHit {
  key: string;
  line: number;
  col: number;
  /** What the reading counts for (yearKindWeight). */
  weight: number;
}

/** The cover: the first lines of the document, where its own title stands. */
const COVER_LINES = 8;

/**
 * How much a year/kind reading counts, its "20" at text[index] of the line at index `line`. A
 * title on the cover names the document itself and outweighs any number of mentions elsewhere; a
 * title or table title further on counts 2 (strong) or 1 (table); a mention inside a sentence
 * ("2024年部门预算将于…公开") counts 1; a comparison ("比2023年部门预算增加", "与2023年部门预算相比")
 * names another year's document and counts nothing.
 */
export function yearKindWeight(text: string, line: number, index: number, strong: boolean): number {
  let k = index - 1;
  while (k >= 0 && isCompactedAway(text.charCodeAt(k))) k--;
  if (k >= 0 && COMPARISON_LEADS.includes(text.charCodeAt(k))) return 0;
  if (!strong) return 1;
  // Chinese text copied from web pages often writes its commas half-width.
  if (text.includes("，") || text.includes("。") || text.includes("；") || SENTENCE_ASCII.test(text)) return 1;
  return line < COVER_LINES ? 10 : 2;
}

/** A half-width comma or semicolon between Chinese characters: a sentence's, not a number's. */
const SENTENCE_ASCII = /[\u4e00-\u9fa5][,;][\u4e00-\u9fa5\d]/;

/** 比 较 与 同 于: what puts another year's document in comparison. */
const COMPARISON_LEADS = [0x6bd4, 0x8f83, 0x4e0e, 0x540c, 0x4e8e];

interface YearKindVote {
  score: number;
  line: number;
  col: number;
}

/** What readMarkedLines finds: the year/kind readings (strong and table) and the name candidates, in line order. */
interface Readings {
  strong: YearKindHit[];
  table: YearKindHit[];
  candidates: Candidate[];
}

/**
 * Every reading of the lines a reading can start on, in line order: on each line its label
 * names (":"), then the year/kind readings and the names beside each "20xx年" (年), then an
 * overview title's name (概). The year/kind readings and the name candidates feed separate
 * lists, so reading them in one pass gives each list what two passes gave it.
 */
function readMarkedLines(text: CompactLines): Readings {
  const readings: Readings = { strong: [], table: [], candidates: [] };
  const candidates = readings.candidates;
  // Each reading needs a character compacting keeps (":" or "：", 年, 概): other lines are not read.
  for (let k = 0; k < text.marked.length; k++) {
    const marks = text.markedMarks[k];
    if ((marks & (MARK_COLON | MARK_YEAR | MARK_OVERVIEW)) === 0) continue;
    const i = text.marked[k];
    const no = text.lines[i].no;
    if ((marks & MARK_COLON) !== 0) {
      for (const m of execAll(LABEL, compactAt(text, i))) addCandidate(candidates, beforeLabelStop(m[1]), 3, no);
    }
    // Both readings need a "20xx年"; "上年", "年初预算" lines have none.
    if ((marks & MARK_YEAR) !== 0) readYears(text, i, readings);
    if ((marks & MARK_OVERVIEW) !== 0) {
      const t = compactAt(text, i);
      if (t.includes("部分")) for (const m of execAll(OVERVIEW_TITLE, t)) addCandidate(candidates, m[1], 2, no);
    }
  }
  return readings;
}

/**
 * The readings at each 年 of line i: the year/kind reading of the joined text around it (see
 * findYearAndKind), then the names beside the years that lie inside the line
 * (addYearNameCandidates). Each reading starts four characters before a 年 and holds no other
 * digit, so readings never overlap: each 年 is tried on its own, in a window of the joined text
 * read straight from the lines around it (no line is compacted for this).
 */
function readYears(text: CompactLines, i: number, readings: Readings): void {
  const raw = text.lines[i].text;
  // Each year inside the line as the raw index of its 年 and of the "2" four compacted characters
  // before it, in the module's scratch lists (this runs for every line with a 年).
  const yearEnds = scratchYearEnds;
  const yearStarts = scratchYearStarts;
  let years = 0;
  for (let r = raw.indexOf("年"); r >= 0; r = raw.indexOf("年", r + 1)) {
    const length = readYearWindow(text.lines, i, r);
    if (length === 0) continue;
    // The names beside a year are read in this line only: a year read back into the line above
    // (its "20" ending that line) has none.
    if (windowStart.line === i) {
      yearEnds[years] = r;
      yearStarts[years] = windowStart.index;
      years++;
    }
    if (!mayReadYearKind(length)) continue;
    const s = String.fromCharCode.apply(null, length === YEAR_WINDOW_LENGTH ? yearWindow : yearWindow.slice(0, length));
    const sm = matchAt(YEAR_KIND_STRONG, s, 0) ?? matchTitleKind(s);
    const tm = matchAt(YEAR_KIND_TABLE, s, 0);
    if (sm === null && tm === null) continue;
    const line = windowStart.line;
    const lineText = text.lines[line].text;
    const col = compactedLength(lineText, windowStart.index);
    if (sm !== null) readings.strong.push({ key: `${sm[1]}|${sm[2]}`, line, col, weight: yearKindWeight(lineText, line, windowStart.index, true) });
    if (tm !== null) readings.table.push({ key: `${tm[1]}|${tm[2]}`, line, col, weight: yearKindWeight(lineText, line, windowStart.index, false) });
  }
  if (years > 0) addYearNameCandidates(text, i, years, readings.candidates);
}

const CODE_YU = 0x9884; // 预
const CODE_JUE = 0x51b3; // 决
const CODE_SUAN = 0x7b97; // 算
const CODE_DU = 0x5ea6; // 度
const CODE_BU = 0x90e8; // 部
const CODE_MEN = 0x95e8; // 门
const CODE_DAN = 0x5355; // 单
const CODE_WEI = 0x4f4d; // 位
const CODE_BIAO = 0x8868; // 表
const CODE_ZONG = 0x603b; // 总
const CODE_GONG = 0x516c; // 公
const CODE_SHUO = 0x8bf4; // 说
const CODE_BAO = 0x62a5; // 报

/**
 * Whether yearWindow[0, length) can hold a YEAR_KIND_STRONG, _TITLE or _TABLE reading; a false
 * alarm costs only the regexes. Each reading holds a 预算 or 决算 past the 年 and, around it,
 * one of: 部门/单位 right after 年 or 年度 (STRONG), 部门/单位 right before it (TITLE), 公/说/报
 * right after it (TITLE: 公开/说明/报告), 表 or 总表 right after it (TABLE). A window with
 * none of these cannot match, and is not cut out as a string.
 */
function mayReadYearKind(length: number): boolean {
  let kindSeen = false;
  for (let j = 5; j + 1 < length; j++) {
    const c = yearWindow[j];
    if ((c !== CODE_YU && c !== CODE_JUE) || yearWindow[j + 1] !== CODE_SUAN) continue;
    kindSeen = true;
    if (j >= 7 && isUnitWord(yearWindow[j - 2], yearWindow[j - 1])) return true;
    if (j + 2 < length) {
      const n = yearWindow[j + 2];
      if (n === CODE_BIAO || n === CODE_GONG || n === CODE_SHUO || n === CODE_BAO) return true;
      if (n === CODE_ZONG && j + 3 < length && yearWindow[j + 3] === CODE_BIAO) return true;
    }
  }
  if (!kindSeen) return false;
  // STRONG: 年度? is greedy, so after a 度 only 年度部门/年度单位 can match.
  const at = yearWindow[5] === CODE_DU ? 6 : 5;
  return at + 1 < length && isUnitWord(yearWindow[at], yearWindow[at + 1]);
}

/** 部门 or 单位. */
function isUnitWord(a: number, b: number): boolean {
  return (a === CODE_BU && b === CODE_MEN) || (a === CODE_DAN && b === CODE_WEI);
}

/** Votes over every "20xx年…预算/决算" reading of the joined text (gathered by readYears). */
function findYearAndKind(
  text: CompactLines,
  strong: YearKindHit[],
  table: YearKindHit[],
): { year: number | null; kind: DocumentKind | null; line: number | null } {
  const votes = new Map<string, YearKindVote>();
  addVotes(votes, strong);
  addVotes(votes, table);
  let bestKey: string | null = null;
  let best: YearKindVote | null = null;
  for (const [key, v] of votes) {
    if (!best || v.score > best.score || (v.score === best.score && (v.line < best.line || (v.line === best.line && v.col < best.col)))) {
      bestKey = key;
      best = v;
    }
  }
  if (!best || bestKey === null) return readBareTitleYearKind(text.lines) ?? { year: null, kind: null, line: null };
  const [yearText, kindText] = bestKey.split("|");
  return {
    year: Number(yearText),
    kind: kindText === "决算" ? "final" : "budget",
    line: text.lines[best.line].no,
  };
}

/** The joined text from four characters before a 年 to the furthest a year/kind reading reaches. */
const YEAR_WINDOW_LENGTH = 4 + 1 + YEAR_KIND_REACH;
const yearWindow: number[] = new Array<number>(YEAR_WINDOW_LENGTH).fill(0);
/** Where the last window read starts: line index and index in that line's text. */
const windowStart = { line: -1, index: -1 };

/**
 * Fills yearWindow with the joined text around the 年 at lines[i].text[r]: the four characters
 * before it (which must read "20\d\d"), the 年 and up to YEAR_KIND_REACH characters after it,
 * walking across line ends and skipping what compacting drops, and ending before the first
 * character no reading can match there (isReadingStop): most 年 in prose ("2023年1月", "2023年，")
 * then get a short window. Returns the window's length, or 0 when the four characters before the
 * 年 are not a year.
 */
function readYearWindow(lines: Line[], i: number, r: number): number {
  let need = 4;
  let line = i;
  let k = r - 1;
  let text = lines[i].text;
  while (need > 0) {
    if (k < 0) {
      if (--line < 0) return 0;
      text = lines[line].text;
      k = text.length - 1;
      continue;
    }
    const c = compactedCode(text.charCodeAt(k));
    if (c >= 0) {
      // "20\d\d", read backwards: most 年 ("上年", "年初") fail at the first character.
      need--;
      if (need >= 2 ? !isDigit(c) : c !== (need === 1 ? 0x30 : 0x32)) return 0;
      yearWindow[need] = c;
      if (need === 0) {
        windowStart.line = line;
        windowStart.index = k;
      }
    }
    k--;
  }
  yearWindow[4] = 0x5e74; // 年
  let length = 5;
  line = i;
  k = r + 1;
  text = lines[i].text;
  while (length < YEAR_WINDOW_LENGTH) {
    if (k >= text.length) {
      if (++line >= lines.length) break;
      text = lines[line].text;
      k = 0;
      continue;
    }
    const c = compactedCode(text.charCodeAt(k++));
    if (c < 0) continue;
    // No reading goes past a digit or , ， 。 ； ; : after its 年: the window can end there.
    if (isReadingStop(c)) break;
    yearWindow[length++] = c;
  }
  return length;
}

/** What YEAR_KIND_STRONG, _TITLE and _TABLE never match past their 年: [\d,，。；;:]. */
function isReadingStop(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x3a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A character as compacting leaves it: -1 when it drops it, （）： as ( ) :. */
function compactedCode(c: number): number {
  if ((VIEW[c] & VIEW_DROPPED) !== 0) return -1;
  return c === 0xff08 ? 0x28 : c === 0xff09 ? 0x29 : c === 0xff1a ? 0x3a : c;
}

/** How many characters of text[0, end) compacting keeps: a column of the compacted line. */
function compactedLength(text: string, end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) if ((VIEW[text.charCodeAt(k)] & VIEW_DROPPED) === 0) n++;
  return n;
}

/** text[from, to) as compacting leaves it (cut out as is when it holds nothing to drop or rewrite). */
function compactedSlice(text: string, from: number, to: number): string {
  let k = from;
  while (k < to && (VIEW[text.charCodeAt(k)] & VIEW_CHANGED) === 0) k++;
  if (k === to) return text.slice(from, to);
  const codes: number[] = [];
  for (k = from; k < to; k++) {
    const c = compactedCode(text.charCodeAt(k));
    if (c >= 0) codes.push(c);
  }
  return String.fromCharCode.apply(null, codes);
}

/** YEAR_KIND_TITLE's reading as [match, year, kind], like YEAR_KIND_STRONG's. */
function matchTitleKind(s: string): [string, string, string] | null {
  const m = matchAt(YEAR_KIND_TITLE, s, 0);
  return m ? [m[0], m[1], m[2] ?? m[3]] : null;
}

/** A key's vote keeps its earliest hit over both kinds of reading. */
function addVotes(votes: Map<string, YearKindVote>, hits: YearKindHit[]): void {
  for (const h of hits) {
    if (h.weight === 0) continue;
    const v = votes.get(h.key);
    if (!v) {
      votes.set(h.key, { score: h.weight, line: h.line, col: h.col });
      continue;
    }
    v.score += h.weight;
    if (h.line < v.line || (h.line === v.line && h.col < v.col)) {
      v.line = h.line;
      v.col = h.col;
    }
  }
}

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/*
 * What the readings make of each UTF-16 code unit, looked up once per character: whether
 * compacting drops it ([\s*#`]) or changes it (（）： become ( ) :), whether it is a name
 * character ([\u4e00-\u9fa5()] once compacted) and whether an ORG_SUFFIX starts with it (a text
 * holding no such character holds no unit's name).
 */
const VIEW_DROPPED = 1;
const VIEW_CHANGED = 2;
const VIEW_NAME = 4;
const VIEW_ORG_START = 8;
const VIEW = buildView();

function buildView(): Uint8Array {
  const view = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isCompactedAway(c)) view[c] = VIEW_DROPPED | VIEW_CHANGED;
  view.fill(VIEW_NAME, 0x4e00, 0x9fa6);
  view[0x28] = view[0x29] = VIEW_NAME; // ( )
  view[0xff08] = view[0xff09] = VIEW_NAME | VIEW_CHANGED; // （ ）
  view[0xff1a] = VIEW_CHANGED; // ：
  for (const suffix of ORG_SUFFIXES) view[suffix.charCodeAt(0)] |= VIEW_ORG_START;
  return view;
}
const LABEL = /(?:部门\/单位|部门\(单位\)名称|单位名称|部门名称|部门|预算单位):([^:]{2,60})/g;
const LABEL_STOP = /(?:单位:|单位名称|项目名称|填报|日期|金额单位|资金单位|联系|负责人)/;
/** A name right after a year ("2023年武汉市某某局部门预算"), tried at each year start. */
const AFTER_YEAR = /20\d{2}年度?([\u4e00-\u9fa5()]{4,40})/y;
const OVERVIEW_TITLE = /第[一二三四五六七八九十]+部分([\u4e00-\u9fa5()]{4,40}?)概况/g;
const TITLE_START = /^(?:第[一二三四五六七八九十]+部分|附?表\d)/;
const SUBORDINATE = /([\u4e00-\u9fa5()]{4,30}?)(?:为|是)([\u4e00-\u9fa5()]{3,20}?)(?:下属|所属)$/;

interface Candidate {
  name: string;
  weight: number;
  line: number;
}

/** Cuts a run of characters down to the unit name it starts with, or null. */
function cleanName(raw: string): string | null {
  // Noise comes off the front only, so the name that is left can only end in a suffix `raw` holds.
  if (!holdsOrgSuffixStart(raw)) return null;
  return readUnitName(raw);
}

function holdsOrgSuffixStart(text: string): boolean {
  for (let k = 0; k < text.length; k++) if ((VIEW[text.charCodeAt(k)] & VIEW_ORG_START) !== 0) return true;
  return false;
}

/** The department named by the candidates (gathered by readMarkedLines), and its parent when it is a subordinate unit. */
function findDepartment(text: CompactLines, candidates: Candidate[]): { department: string; parent: string | null; line: number } | null {
  if (candidates.length === 0) return null;

  const groups = groupSpellings(candidates);
  groups.sort((a, b) => b.score - a.score || a.firstLine - b.firstLine);
  let chosen = groups[0];
  let parent: string | null = null;

  // Only the 60 characters of joined text up to each 下属/所属 are searched, so the cost stays
  // linear in the input; the 下/所 may end the previous line.
  for (let k = 0; k < text.marked.length; k++) {
    if ((text.markedMarks[k] & MARK_BELONG) === 0) continue;
    const i = text.marked[k];
    const c = compactAt(text, i);
    let found = false;
    for (let p = c.indexOf("属"); p >= 0; p = c.indexOf("属", p + 1)) {
      const end = p + 1;
      const window = end >= 60 ? c.slice(end - 60, end) : joinedBefore(text, i, 60 - end) + c.slice(0, end);
      const lead = window.length >= 2 ? window.charCodeAt(window.length - 2) : 0;
      if (lead !== 0x4e0b && lead !== 0x6240) continue; // 下 所
      const m = SUBORDINATE.exec(window);
      if (!m) continue;
      const childGroup = groups.find((g) => g.names.some((n) => m[1].endsWith(n)));
      if (!childGroup || childGroup.score < 3) continue;
      chosen = childGroup;
      parent = resolveParent(m[2], groups, childGroup);
      found = true;
      break;
    }
    if (found) break;
  }
  return { department: chosen.representative, parent, line: chosen.firstLine };
}

function addCandidate(candidates: Candidate[], raw: string, weight: number, line: number): void {
  // "武汉市硚口区教育局所属武汉市第十一中学": the unit after 所属/下属 is the one the title names.
  const belong = raw.search(BELONGING);
  const name = (belong > 0 ? cleanName(raw.slice(belong + 2)) : null) ?? cleanName(raw);
  if (name) candidates.push({ name, weight, line });
}

const BELONGING = /所属|下属/;

/** value.split(LABEL_STOP)[0]: the text before the first stop (a stop is never empty), without the split's list. */
function beforeLabelStop(value: string): string {
  const stop = LABEL_STOP.exec(value);
  return stop === null ? value : value.slice(0, stop.index);
}

/** Every match of a global regex in `text`, in order (same results as matchAll). */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * The name readings next to each "20xx年" of line i (the first `years` entries of the scratch
 * lists, filled by readYears), on its compacted text but read straight from the line: the tail
 * of the run of name characters right before the year (weight 2 on a title line, else 1), then
 * for each year the name right after it (AFTER_YEAR, weight 1). No match of either can hold a
 * digit past its own year, so each year is tried on its own; a run is cut out only when it holds
 * an ORG_SUFFIX start, as cleanName would find nothing else.
 */
function addYearNameCandidates(text: CompactLines, i: number, years: number, candidates: Candidate[]): void {
  const raw = text.lines[i].text;
  const no = text.lines[i].no;
  const yearEnds = scratchYearEnds;
  const yearStarts = scratchYearStarts;
  let isTitle: boolean | null = null;
  for (let y = 0; y < years; y++) {
    const start = yearStarts[y];
    const run = nameRunBefore(raw, start);
    if (run === null) {
      // A cover page prints the unit on one line and "2022年度部门决算" on the next.
      const above = startsLine(raw, start) && i > 0 ? nameLineAbove(text, i) : null;
      if (above !== null) addCandidate(candidates, above, 2, text.lines[i - 1].no);
      continue;
    }
    // The run reaches the line's start: the line above may hold its jurisdiction.
    const name = i > 0 && compactedLength(raw, start) === run.length ? withJurisdictionAbove(compactAt(text, i - 1), run) : run;
    // Compacting only drops characters: a raw line of at most 60 is at most 60 compacted.
    isTitle ??= raw.length <= 60 || compactedLength(raw, raw.length) <= 60 || (mayStartTitle(raw) && TITLE_START.test(compactAt(text, i)));
    addCandidate(candidates, name, isTitle ? 2 : 1, no);
  }
  for (let y = 0; y < years; y++) {
    const reading = yearAndNameAfter(raw, yearStarts[y], yearEnds[y]);
    if (reading === null) continue;
    const m = matchAt(AFTER_YEAR, reading, 0);
    if (m) addCandidate(candidates, m[1], 1, no);
  }
}

/**
 * Whether the line's first character that compacting keeps is 第, 附 or 表, the first character
 * of every TITLE_START match: a line starting otherwise is not compacted to be tested.
 */
function mayStartTitle(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if ((VIEW[c] & VIEW_DROPPED) !== 0) continue;
    return c === 0x7b2c || c === 0x9644 || c === 0x8868; // 第 附 表
  }
  return false;
}

/** addYearNameCandidates' lists of one line's years, reused from line to line (only the first entries count). */
const scratchYearEnds: number[] = [];
const scratchYearStarts: number[] = [];

/** Whether only characters compacting drops stand before raw index `start`. */
function startsLine(raw: string, start: number): boolean {
  for (let k = 0; k < start; k++) if ((VIEW[raw.charCodeAt(k)] & VIEW_DROPPED) === 0) return false;
  return true;
}

/** The line above line i, compacted, when it is nothing but a name of 4–40 characters holding a suffix start; else null. */
function nameLineAbove(text: CompactLines, i: number): string | null {
  const above = compactAt(text, i - 1);
  if (above.length < 4 || above.length > 40) return null;
  for (let k = 0; k < above.length; k++) if ((VIEW[above.charCodeAt(k)] & VIEW_NAME) === 0) return null;
  return holdsOrgSuffixStart(above) ? above : null;
}

/**
 * The run of name characters (at most its last 40) right before raw index `start` in the compacted
 * line, or null when shorter than 2 or holding no ORG_SUFFIX start: what
 * /([\u4e00-\u9fa5()]{2,40})(?=20\d{2}年)/g finds (when cleanName can use it), without its
 * backtracking at every position.
 */
function nameRunBefore(raw: string, start: number): string | null {
  let count = 0;
  let seen = 0;
  let from = start;
  for (let k = start - 1; k >= 0 && count < 40; k--) {
    const v = VIEW[raw.charCodeAt(k)];
    if ((v & VIEW_DROPPED) !== 0) continue;
    if ((v & VIEW_NAME) === 0) break;
    count++;
    seen |= v;
    from = k;
  }
  if (count < 2 || (seen & VIEW_ORG_START) === 0) return null;
  return compactedSlice(raw, from, start);
}

/**
 * The compacted line from the year at raw index `start` (its 年 at `end`) through the run of name
 * characters after it (at most 41: 度 and 40), for AFTER_YEAR; null when that run is shorter than
 * 4 or holds no ORG_SUFFIX start, so the reading cannot give cleanName a name.
 */
function yearAndNameAfter(raw: string, start: number, end: number): string | null {
  let count = 0;
  let seen = 0;
  let to = end + 1;
  for (let k = end + 1; k < raw.length && count < 41; k++) {
    const v = VIEW[raw.charCodeAt(k)];
    if ((v & VIEW_DROPPED) !== 0) continue;
    if ((v & VIEW_NAME) === 0) break;
    count++;
    seen |= v;
    to = k + 1;
  }
  if (count < 4 || (seen & VIEW_ORG_START) === 0) return null;
  return compactedSlice(raw, start, to);
}

interface SpellingGroup {
  names: string[];
  score: number;
  firstLine: number;
  representative: string;
}

/** One spelling is the other with a jurisdiction (or part of one) in front. */
function sameUnit(a: string, b: string): boolean {
  return a.length >= b.length ? a.endsWith(b) && a.length - b.length <= 8 : b.endsWith(a) && b.length - a.length <= 8;
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
  const name = stripLeadingNoise(raw);
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
