/**
 * Reference normalisation for the property test in normalize-text.property.test.ts: the parser's
 * first, plain version of normalizeText (one regex per rule, every rule on every line), kept
 * verbatim. normalize-text.ts has since been rewritten for speed (one character scan per line,
 * rules skipped when the scan shows they cannot apply); it must return exactly what this returns.
 * Do not optimise this file: its value is that it is obviously right.
 */
import { hasHtmlTable, splitHtmlTables } from "../html-tables";
import { dropRunningHeaders } from "../normalize-text";
import type { Line } from "../types";

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
  // HTML table rows become tab-separated lines first (shared with normalizeText: html-tables.ts).
  const sourceLines = hasHtmlTable(source) ? splitHtmlTables(source) : source.split(/\r\n|\r|\n/).map((text, i) => ({ no: i + 1, text }));
  const lines: Line[] = [];
  for (let i = 0; i < sourceLines.length; i++) {
    const raw = sourceLines[i].text;
    if (isPageNumberNearPageBreak(raw, sourceLines[i - 1]?.text, sourceLines[i + 1]?.text)) continue;
    const cleaned = normalizeLine(raw);
    if (cleaned === null || cleaned === "") continue;
    lines.push({ no: sourceLines[i].no, text: cleaned });
  }
  // A pass over whole lines, not a rule of one line: shared with normalizeText.
  return dropRunningHeaders(lines);
}

/**
 * Cleans one source line (see normalizeText for the rules). Returns null when the line is page
 * furniture or a Markdown table separator. Exported for the stages that want to clean a fragment.
 */
export function normalizeLine(raw: string): string | null {
  let s = raw.replace(/[\f\v]/g, " ");
  s = stripHtml(s);
  s = toHalfWidth(s);
  s = s.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
  s = s.replace(/二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g, (year) =>
    [...year].map((ch) => (ch === "○" || ch === "零" ? "0" : String("〇一二三四五六七八九".indexOf(ch)))).join(""),
  );
  const trimmed = s.trim();
  if (trimmed === "") return "";
  if (isMarkdownTableSeparator(trimmed)) return null;
  if (isPipeTableRow(trimmed)) {
    s = trimmed.slice(1, -1).split("|").join("\t");
  }
  s = stripMarkdown(s);
  s = s.replace(/(^|[\t ])[[【]\s*([235]\d{2}(?:\d{2}){0,2})\s*[\]】]\s*(?=[\u4e00-\u9fa5])/g, "$1$2 ");
  s = s.replace(/(^|[\t ])([235]\d{2}(?:\d{2}){0,2})\s*-\s*(?=[\u4e00-\u9fa5])/g, "$1$2 ");
  s = s.replace(
    /([\u4e00-\u9fa5]{2,12}?支出)\s*[-—–]\s*([\u4e00-\u9fa5()]{2,20}?)\s*[-—–]\s*([\u4e00-\u9fa5()]{2,24}?)(?=\s*[:：]|\s*[。，,]?\s*年初预算)/g,
    "$1(类)$2(款)$3(项)",
  );
  s = s.replace(/([\u4e00-\u9fa5]{2,12}?支出)类([\u4e00-\u9fa5]{2,16}?)款([\u4e00-\u9fa5]{2,20}?)项(?=[:：，。,；;])/g, "$1(类)$2(款)$3(项)");
  s = s.replace(/“([^“”]{2,16})”类“([^“”]{2,16})”款“([^“”]{2,20})”项/g, "$1(类)$2(款)$3(项)");
  const cells = s.split("\t").map(cleanCell);
  // Drop trailing empty cells only; leading empty cells keep column positions.
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  const line = cells.join("\t");
  if (line.replace(/\t/g, "").trim() === "") return "";
  if (isPageFurniture(line)) return null;
  return line;
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
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A（）：％．＋－＝／＜＞]/g, (ch) => {
    const mapped = HALF_WIDTH_PUNCT[ch];
    if (mapped) return mapped;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

function isMarkdownTableSeparator(s: string): boolean {
  return /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(s);
}

function isPipeTableRow(s: string): boolean {
  return s.length > 2 && s.startsWith("|") && s.endsWith("|");
}

function stripMarkdown(s: string): string {
  let out = s.replace(/^\s*#{1,6}\s+/, "").replace(/^\s*#{1,6}(?=[^#\s])/, "");
  out = out.replace(/\*\*|__/g, "");
  // A list bullet, but not a negative number or a "- 12 -" page number.
  out = out.replace(/^\s*[-*+]\s+(?=[^\d\s])/, "");
  out = out.replace(/^\s*>\s+/, "");
  return out;
}

const CJK = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
const CJK_OR_PUNCT = `${CJK}\\u3001\\u3002\\uFF0C\\uFF1B\\uFF01\\uFF1F\\u201C\\u201D`;
// Brackets count as part of a word so "因公出国(境)费 公务接待费" keeps its space.
const CJK_CHAR = new RegExp(`[${CJK_OR_PUNCT}()]`);

function cleanCell(cell: string): string {
  // "收入总计    842.9 3    支出总计": a figure split inside its fraction between space-separated columns.
  let s = cell.replace(/(^|  )(-?\d[\d,]*\.\d) (\d)(?=  |$)/g, "$1$2$3").replace(/ {2,}/g, " ").trim();
  if (s === "") return s;
  s = joinSplitNumbers(s);
  s = closeLetterSpacing(s);
  s = s.replace(/“ +/g, "“").replace(/ +”/g, "”").replace(new RegExp(`” +(?=[${CJK}])`, "g"), "”");
  s = s.replace(new RegExp(`([${CJK}]) +“`, "g"), "$1“");
  return s;
}

/** Re-joins thousands groups and decimal fractions that PDF extraction split with a space. */
function joinSplitNumbers(s: string): string {
  let out = s;
  // A lookahead, so a chain of groups ("1, 200, 000") is joined group after group.
  if (/\d, \d{3}/.test(out)) out = out.replace(/(\d), (?=\d{3}(?!\d))/g, "$1,");
  // "1, 077. 43" → "1,077.43"; "774. 16" → "774.16"; a 1–2 digit fraction only.
  if (/\d\. \d/.test(out)) out = out.replace(/(\d)\. (\d{1,2})(?!\d)/g, "$1.$2");
  // A cell that is nothing but one number split inside its fraction: "842.9 3".
  const m = /^(-?\d[\d,]*)\.(\d) (\d)$/.exec(out);
  if (m) out = `${m[1]}.${m[2]}${m[3]}`;
  const m2 = /^(-?\d[\d,]*) \.(\d{1,2})$/.exec(out);
  if (m2) out = `${m2[1]}.${m2[2]}`;
  return out;
}

/**
 * Closes up letter-spaced Chinese: a space between two CJK characters is removed when the CJK run
 * on either side of it is a single character ("项 目 名 称", "1,077.43支 出"). Two words of two
 * or more characters ("项目 预算数") keep their space: in flattened tables it separates cells.
 */
function closeLetterSpacing(s: string): string {
  if (!s.includes(" ")) return s;
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

function trailingCjkRun(token: string): number {
  let n = 0;
  for (let i = token.length - 1; i >= 0 && CJK_CHAR.test(token[i]); i--) n++;
  return n;
}

function leadingCjkRun(token: string): number {
  let n = 0;
  for (let i = 0; i < token.length && CJK_CHAR.test(token[i]); i++) n++;
  return n;
}

function isPageFurniture(line: string): boolean {
  const s = line.replace(/\t/g, " ").trim();
  if (/^[—–\-－]{1,2} ?\d{1,4} ?[—–\-－]{1,2}$/.test(s)) return true;
  if (/^第 ?\d{1,4} ?页( ?[,，/]? ?共 ?\d{1,4} ?页)?$/.test(s)) return true;
  if (/^[·•] ?\d{1,4} ?[·•]$/.test(s)) return true;
  const m = /^(\d{1,4}) ?\/ ?(\d{1,4})$/.exec(s);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

function isPageNumberNearPageBreak(raw: string, prev: string | undefined, next: string | undefined): boolean {
  const t = raw.replace(/[\f\s]/g, "");
  if (!/^\d{1,3}$/.test(t)) return false;
  if (raw.includes("\f")) return true;
  return (prev !== undefined && /\f\s*$/.test(prev)) || (next !== undefined && /^\s*\f/.test(next));
}
