import type { Line } from "./types";

/**
 * Turns a disclosure's raw text (PDF extraction, Markdown, copied text) into clean lines that the
 * table and narrative stages can read with simple patterns.
 *
 * Choices, in the order they are applied to each line:
 * - Line numbers: the text is split on \r\n, \r and \n only, so `Line.no` is the 1-based line of
 *   the original file. A form feed (page break) is not a line break; it becomes a space. A BOM is
 *   dropped. Empty lines (after cleaning) are not returned.
 * - Tabs are KEPT as cell separators (Markdown tables copied from a spreadsheet are tab-separated).
 *   Markdown pipe tables (`| a | b |`) are converted to the same tab-separated form, and their
 *   `|---|` separator rows dropped. Each cell is cleaned on its own and trimmed; runs of spaces
 *   inside a cell become one space.
 * - HTML inside cells (`<b>`, `<p>`, `<br>`, `<ol><li>`) is removed (block tags become a space)
 *   and entities are decoded.
 * - Markdown heading markers (`### `), bold/italic markers (`**x**`) and list bullets (`- x`)
 *   are removed: they carry no figures.
 * - Full-width digits and Latin letters become ASCII, and （）：％．＋－＝／＜＞ become their ASCII
 *   forms; U+3000 and other odd spaces become a plain space. Chinese ，。；、“” are kept.
 * - Numbers split by PDF extraction are re-joined: "1, 077. 43" → "1,077.43",
 *   "11. 72 11. 72" → "11.72 11.72" (only a 1–2 digit fraction after the dot is glued, so two
 *   columns or "1. 2023年" stay apart); inside a tab cell that holds nothing but one number,
 *   "842.9 3" → "842.93".
 * - Letter-spaced Chinese ("项 目 名 称", "收 入 总 计") is closed up: a run of two or more
 *   single CJK characters separated by single spaces is glued. Words of two or more characters
 *   and numbers are never glued to each other, so "收入总计 1,077.43" keeps its number apart.
 *   Spaces inside Chinese quotes ("“ 三公” 经费") are removed.
 * - Page furniture is dropped: "— 4 —", "- 12 -", "第 3 页", "第3页 共10页", and a lone
 *   1–3 digit number on a line that directly touches a form feed. Other lone numbers are KEPT:
 *   in flattened tables they are 类 codes ("208"), 行次 or the tail of a wrapped amount.
 */
export function normalizeText(text: string): Line[] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rawLines = source.includes("\r") ? source.split(/\r\n|\r|\n/) : source.split("\n");
  const lines: Line[] = [];
  // Every other rule tests the line itself; only the page-number rule looks at neighbours.
  const features: TextFeatures = { ...ALL_FEATURES, formFeed: source.includes("\f") || source.includes("\v") };
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    // Without a form feed anywhere no line can be a page number next to a page break.
    if (features.formFeed && isPageNumberNearPageBreak(raw, rawLines[i - 1], rawLines[i + 1])) continue;
    const cleaned = cleanLine(raw, features);
    if (cleaned === null || cleaned === "") continue;
    lines.push({ no: i + 1, text: cleaned });
  }
  return lines;
}

// Each rewrite below is guarded by a cheap test so the common line (plain CJK, ASCII digits,
// tabs) passes through without a full regex pass per rule: normalizing is a per-line hot path.
const FORM_FEED_OR_VT = /[\f\v]/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACE_OR_ZERO_WIDTH = /[\u00A0\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/;
const MARKDOWN_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const MARKDOWN_LEAD = /^\s*[#*+>-]/;

/** Which rare characters the whole text holds: a rule whose characters are absent is skipped on every line. */
interface TextFeatures {
  formFeed: boolean;
  html: boolean;
  fullWidth: boolean;
  oddSpace: boolean;
}

const ALL_FEATURES: TextFeatures = { formFeed: true, html: true, fullWidth: true, oddSpace: true };


/**
 * Cleans one source line (see normalizeText for the rules). Returns null when the line is page
 * furniture or a Markdown table separator. Exported for the stages that want to clean a fragment.
 */
export function normalizeLine(raw: string): string | null {
  return cleanLine(raw, ALL_FEATURES);
}

// What one scan of a line found: whether the full rule chain is needed, and whether the line
// holds a character that page furniture or a half-width rewrite needs.
const PLAIN = 0;
const PLAIN_FULL_WIDTH = 1;
const PLAIN_FURNITURE = 2;
const PLAIN_TABS = 4;
const PLAIN_SPACE = 8;
const SPECIAL = 16;

/**
 * One pass over the characters: SPECIAL when any rule other than half-width digits/letters,
 * spacing and page furniture could apply (tabs, pipes, Markdown marks, HTML, odd spaces, form
 * feeds, full-width forms that become - + > or stay as they are).
 */
function scanLine(raw: string): number {
  let flags = PLAIN;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if (c === 9) flags |= PLAIN_TABS;
      else if (c === 0x20) flags |= PLAIN_SPACE;
      // the other ASCII whitespace and # & * + - < > _ |
      else if (c < 0x20 || c === 0x23 || c === 0x26 || c === 0x2a || c === 0x2b || c === 0x2d || c === 0x3c || c === 0x3e || c === 0x5f || c === 0x7c) return SPECIAL;
      continue;
    }
    if (c >= 0xff05 && c <= 0xff5a) {
      if (!isPlainFullWidth(c)) return SPECIAL;
      flags |= PLAIN_FULL_WIDTH;
    } else if (c === 0x9875 || c === 0x2014 || c === 0x2013) {
      flags |= PLAIN_FURNITURE; // 页 — –
    } else if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x2028 || c === 0x2029) {
      return SPECIAL;
    }
  }
  return flags;
}

/** Full-width characters the half-width rule maps to something no later rule looks at. */
function isPlainFullWidth(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c === 0xff08 || // （
    c === 0xff09 || // ）
    c === 0xff1a || // ：
    c === 0xff05 || // ％
    c === 0xff0e || // ．
    c === 0xff1d || // ＝
    c === 0xff0f // ／
  );
}

function cleanLine(raw: string, features: TextFeatures): string | null {
  const flags = scanLine(raw);
  if ((flags & SPECIAL) === 0) {
    // Nothing for the Markdown, HTML or separator rules: only half-width forms, cells, spacing, furniture.
    const half = (flags & PLAIN_FULL_WIDTH) !== 0 ? toHalfWidth(raw) : raw;
    let line: string;
    if ((flags & PLAIN_TABS) === 0) line = cleanCell(half);
    else if ((flags & PLAIN_SPACE) === 0) line = dropTrailingTabs(half);
    else line = cleanCells(half);
    if (line === "") return "";
    return (flags & PLAIN_FURNITURE) !== 0 && isPageFurniture(line) ? null : line;
  }
  let s = features.formFeed && (raw.includes("\f") || raw.includes("\v")) ? raw.replace(FORM_FEED_OR_VT, " ") : raw;
  if (features.html) s = stripHtml(s);
  if (features.fullWidth) s = toHalfWidth(s);
  if (features.oddSpace && ODD_SPACE_OR_ZERO_WIDTH.test(s)) s = s.replace(ODD_SPACE, " ").replace(ZERO_WIDTH, "");
  const trimmed = s.trim();
  if (trimmed === "") return "";
  if (trimmed.includes("---") && MARKDOWN_SEPARATOR.test(trimmed)) return null;
  if (isPipeTableRow(trimmed)) {
    s = trimmed.slice(1, -1).split("|").join("\t");
  }
  s = stripMarkdown(s);
  const line = cleanCells(s);
  if (line === "") return "";
  if (isPageFurniture(line)) return null;
  return line;
}

/** Cleans each tab cell; trailing empty cells are dropped, leading ones keep column positions. */
function cleanCells(s: string): string {
  const cells = s.split("\t");
  for (let i = 0; i < cells.length; i++) cells[i] = cleanCell(cells[i]);
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  // Cells are trimmed and the last one is non-empty when there are several: blank means one blank cell.
  if (cells.length === 1 && cells[0].trim() === "") return "";
  return cells.length === 1 ? cells[0] : cells.join("\t");
}

/** A line whose only whitespace is tabs: its cells are already clean. */
function dropTrailingTabs(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 9) end--;
  return end === s.length ? s : s.slice(0, end);
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ge: "≥",
  le: "≤",
  times: "×",
};

function stripHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  let out = s;
  if (out.includes("<")) {
    // Block-level tags separate text; inline ones (<b>, <span>) do not.
    out = out.replace(/<\s*(?:br|\/?p|\/?li|\/?ol|\/?ul|\/?div|\/?tr)\b[^<>]*>/gi, " ");
    out = out.replace(/<\s*\/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>/g, "");
  }
  if (out.includes("&")) {
    out = out.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m, body: string) => {
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[body.toLowerCase()] ?? m;
    });
  }
  return out;
}

const HALF_WIDTH_PUNCT: Record<string, string> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "％": "%",
  "．": ".",
  "＋": "+",
  "－": "-",
  "＝": "=",
  "／": "/",
  "＜": "<",
  "＞": ">",
};

function toHalfWidth(s: string): string {
  // A character scan: most lines hold no full-width form, and a line that does holds few.
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xff05 || c > 0xff5a) continue;
    let half: string | undefined;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) half = String.fromCharCode(c - 0xfee0);
    else half = HALF_WIDTH_PUNCT[s[i]];
    if (half === undefined) continue;
    out += s.slice(from, i) + half;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

function isPipeTableRow(s: string): boolean {
  return s.length > 2 && s.startsWith("|") && s.endsWith("|");
}

const HEADING_MARK = /^\s*#{1,6}\s+/;
const HEADING_MARK_GLUED = /^\s*#{1,6}(?=[^#\s])/;
const EMPHASIS = /\*\*|__/g;
const BULLET = /^\s*[-*+]\s+(?=[^\d\s])/;
const QUOTE_MARK = /^\s*>\s+/;

function stripMarkdown(s: string): string {
  let out = s.includes("**") || s.includes("__") ? s.replace(EMPHASIS, "") : s;
  if (!MARKDOWN_LEAD.test(s) && !MARKDOWN_LEAD.test(out)) return out;
  out = s.replace(HEADING_MARK, "").replace(HEADING_MARK_GLUED, "");
  out = out.replace(EMPHASIS, "");
  // A list bullet, but not a negative number or a "- 12 -" page number.
  out = out.replace(BULLET, "");
  out = out.replace(QUOTE_MARK, "");
  return out;
}

const CJK = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
// Brackets count as part of a word so "因公出国(境)费 公务接待费" keeps its space.
/** CJK ideographs, 、。，；！？“” and ( ) — tested on one UTF-16 unit without a regex. */
function isCjkChar(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3001 ||
    c === 0x3002 ||
    c === 0xff0c ||
    c === 0xff1b ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x28 ||
    c === 0x29
  );
}

const MULTI_SPACE = / {2,}/g;
const SPACE_AFTER_OPEN_QUOTE = /“ +/g;
const SPACE_BEFORE_CLOSE_QUOTE = / +”/g;
const SPACE_AFTER_CLOSE_QUOTE = new RegExp(`” +(?=[${CJK}])`, "g");
const SPACE_BEFORE_OPEN_QUOTE = new RegExp(`([${CJK}]) +“`, "g");

function cleanCell(cell: string): string {
  let s = cell.includes("  ") ? cell.replace(MULTI_SPACE, " ").trim() : cell.trim();
  // Every rule below removes or glues around a space.
  if (s === "" || !s.includes(" ")) return s;
  s = joinSplitNumbers(s);
  s = closeLetterSpacing(s);
  if (s.includes("“") || s.includes("”")) {
    s = s.replace(SPACE_AFTER_OPEN_QUOTE, "“").replace(SPACE_BEFORE_CLOSE_QUOTE, "”").replace(SPACE_AFTER_CLOSE_QUOTE, "”");
    s = s.replace(SPACE_BEFORE_OPEN_QUOTE, "$1“");
  }
  return s;
}

/** Re-joins thousands groups and decimal fractions that PDF extraction split with a space. */
const SPLIT_THOUSANDS_TEST = /\d, \d{3}/;
const SPLIT_THOUSANDS = /(\d), (\d{3})(?!\d)/g;
const SPLIT_FRACTION_TEST = /\d\. \d/;
const SPLIT_FRACTION = /(\d)\. (\d{1,2})(?!\d)/g;
const SPLIT_INSIDE_FRACTION = /^(-?\d[\d,]*)\.(\d) (\d)$/;
const SPLIT_BEFORE_POINT = /^(-?\d[\d,]*) \.(\d{1,2})$/;

function joinSplitNumbers(s: string): string {
  let out = s;
  if (out.includes(", ") && SPLIT_THOUSANDS_TEST.test(out)) out = out.replace(SPLIT_THOUSANDS, "$1,$2");
  // "1, 077. 43" → "1,077.43"; "774. 16" → "774.16"; a 1–2 digit fraction only.
  if (out.includes(". ") && SPLIT_FRACTION_TEST.test(out)) out = out.replace(SPLIT_FRACTION, "$1.$2");
  // A cell that is nothing but one number split inside its fraction: "842.9 3".
  const c = out.charCodeAt(0);
  if (c !== 0x2d && (c < 0x30 || c > 0x39)) return out;
  const m = SPLIT_INSIDE_FRACTION.exec(out);
  if (m) out = `${m[1]}.${m[2]}${m[3]}`;
  const m2 = SPLIT_BEFORE_POINT.exec(out);
  if (m2) out = `${m2[1]}.${m2[2]}`;
  return out;
}

/**
 * Closes up letter-spaced Chinese: a space between two CJK characters is removed when the CJK run
 * on either side of it is a single character ("项 目 名 称", "1,077.43支 出"). Two words of two
 * or more characters ("项目 预算数") keep their space: in flattened tables it separates cells.
 */
function closeLetterSpacing(s: string): string {
  if (!hasSpaceBetweenCjk(s)) return s;
  const tokens = s.split(" ");
  let out = tokens[0];
  for (let i = 1; i < tokens.length; i++) {
    const left = trailingCjkRun(tokens[i - 1]);
    const right = leadingCjkRun(tokens[i]);
    const glue = left > 0 && right > 0 && (left === 1 || right === 1);
    out += (glue ? "" : " ") + tokens[i];
  }
  return out;
}

/** A glue needs a CJK character on both sides of some space. */
function hasSpaceBetweenCjk(s: string): boolean {
  for (let i = s.indexOf(" "); i > 0; i = s.indexOf(" ", i + 1)) {
    if (isCjkChar(s.charCodeAt(i - 1)) && i + 1 < s.length && isCjkChar(s.charCodeAt(i + 1))) return true;
  }
  return false;
}

function trailingCjkRun(token: string): number {
  let n = 0;
  for (let i = token.length - 1; i >= 0 && isCjkChar(token.charCodeAt(i)); i--) n++;
  return n;
}

function leadingCjkRun(token: string): number {
  let n = 0;
  for (let i = 0; i < token.length && isCjkChar(token.charCodeAt(i)); i++) n++;
  return n;
}

const DASH_PAGE_NUMBER = /^[—–\-－]{1,2} ?\d{1,4} ?[—–\-－]{1,2}$/;
const PAGE_OF_PAGES = /^第 ?\d{1,4} ?页( ?[,，/]? ?共 ?\d{1,4} ?页)?$/;
const FURNITURE_CHAR = /[页—–\-－]/;

function isPageFurniture(line: string): boolean {
  if (!FURNITURE_CHAR.test(line)) return false;
  const s = line.replace(/\t/g, " ").trim();
  if (DASH_PAGE_NUMBER.test(s)) return true;
  if (PAGE_OF_PAGES.test(s)) return true;
  return false;
}

// Whitespace around 1–3 digits (whitespace between them too): the line is a bare page number.
const LONE_PAGE_NUMBER = /^\s*\d(?:\s*\d){0,2}\s*$/;
const ENDS_WITH_FORM_FEED = /\f\s*$/;
const STARTS_WITH_FORM_FEED = /^\s*\f/;

function isPageNumberNearPageBreak(raw: string, prev: string | undefined, next: string | undefined): boolean {
  if (!LONE_PAGE_NUMBER.test(raw)) return false;
  if (raw.includes("\f")) return true;
  return (prev !== undefined && ENDS_WITH_FORM_FEED.test(prev)) || (next !== undefined && STARTS_WITH_FORM_FEED.test(next));
}
