import type { Line } from "../types";

/**
 * Column heads printed over two lines, as pdftotext -layout gives a narrow column ("合计 基本 项目"
 * then "支出 支出"): the heads with their second line's words put back (" 基本支出 项目支出"), or
 * "" when the header prints none. Only the first lines of the body (the header) are looked at,
 * up to the first figure; a second line counts when it holds nothing but 支出 / 经费 words, which
 * end the heads of the line above in order. Shared by the slot readers and their legacy copy; called
 * only for a table whose text does not name its columns whole.
 */
export function stackedHeadWords(body: Line[]): string {
  let out = "";
  const n = Math.min(body.length, HEADER_LINES);
  for (let i = 1; i < n; i++) {
    const text = body[i].text.trim();
    if (FIGURE.test(text)) break;
    if (!SUFFIX_LINE.test(text)) continue;
    const suffixes = text.split(WHITESPACE_RUN);
    const heads = body[i - 1].text.trim().split(WHITESPACE_RUN);
    if (heads.length < suffixes.length) continue;
    for (let k = 0; k < suffixes.length; k++) out += " " + heads[heads.length - suffixes.length + k] + suffixes[k];
  }
  return out;
}

const HEADER_LINES = 12;
const FIGURE = /\d\.\d/;
const SUFFIX_LINE = /^(?:支出|经费)(?:\s+(?:支出|经费))*$/;
const WHITESPACE_RUN = /\s+/;

/** Whether a table's text names none of the split columns whole (the stacked heads are then read). */
export function namesNoSplitColumn(text: string): boolean {
  return !text.includes("基本支出") && !text.includes("项目支出") && !text.includes("人员经费") && !text.includes("公用经费");
}
