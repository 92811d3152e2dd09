/**
 * HTML tables inside a text disclosure: PDF-to-Markdown converters (MinerU and the like) write
 * each table as `<table><tr><td>…</td>…</tr>…</table>`, often on one line, and pasted web pages
 * spread one over many lines. Stripping the tags would run a row's cells together
 * ("840.00720.00120.00"), so each row is rewritten as one tab-separated line, as a table copied
 * from a spreadsheet reads, before the line rules run.
 */

/** One line of the rewritten text: `no` is the source line it starts on. */
export interface SourceLine {
  no: number;
  text: string;
}

const TABLE_OPEN = /<table\b/i;
/** A table tag, a row or cell boundary; whatever else is inside a cell stays for the line rules. */
const STRUCTURE_TAG = /<\s*(\/?)\s*(table|thead|tbody|tfoot|tr|td|th)\b[^<>]*>/gi;
const LINE_BREAK = /\r\n|\r|\n/;

/** True when the text holds an HTML table (cheap for the common text without one). */
export function hasHtmlTable(text: string): boolean {
  return text.includes("<") && TABLE_OPEN.test(text);
}

/**
 * The text's lines with each HTML table row as one line of tab-separated cells (numbered by the
 * source line its row starts on) and every other line as it is. A cell's inner tags (<br>, <b>)
 * and entities are left for the line rules.
 */
export function splitHtmlTables(text: string): SourceLine[] {
  const rawLines = text.split(LINE_BREAK);
  const out: SourceLine[] = [];
  let depth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let rowLine = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    const no = i + 1;
    if (depth === 0 && !(raw.includes("<") && TABLE_OPEN.test(raw))) {
      pushOutside(out, no, raw);
      continue;
    }
    // Text outside any table on this line (before the table opens, after it closes) stays a line of its own.
    let outside = "";
    let last = 0;
    STRUCTURE_TAG.lastIndex = 0;
    for (let m = STRUCTURE_TAG.exec(raw); m !== null; m = STRUCTURE_TAG.exec(raw)) {
      const between = raw.slice(last, m.index);
      if (cell !== null) cell += between;
      else if (depth === 0) outside += between;
      last = m.index + m[0].length;
      const closing = m[1] === "/";
      const tag = m[2].toLowerCase();
      if (tag === "table") {
        if (!closing) {
          depth++;
          if (outside.trim() !== "") pushOutside(out, no, outside);
          outside = "";
        } else if (depth > 0) {
          depth--;
          ({ row, cell } = endRow(out, row, cell, rowLine));
        }
      } else if (tag === "tr") {
        ({ row, cell } = endRow(out, row, cell, rowLine));
        if (!closing) {
          row = [];
          rowLine = no;
        }
      } else if (tag === "td" || tag === "th") {
        if (cell !== null) (row ??= []).push(cell);
        cell = closing ? null : "";
        if (!closing && row === null) {
          row = [];
          rowLine = no;
        }
      }
    }
    const rest = raw.slice(last);
    if (cell !== null) cell += ` ${rest}`;
    else if (depth === 0) outside += rest;
    if (depth === 0 && outside.trim() !== "") pushOutside(out, no, outside);
  }
  endRow(out, row, cell, rowLine);
  return out;
}

/** The end of a block outside a table: "</p>", "</div>", "</h2>", "</li>", "<br>". */
const BLOCK_END = /<\s*\/\s*(?:p|div|h[1-6]|li)\s*>|<\s*br\s*\/?\s*>/i;
const BLOCK_ENDS = new RegExp(BLOCK_END.source, "gi");

/**
 * Text outside the tables, one line per block: a web page's source prints its paragraphs
 * ("<p>收入支出决算表</p><p>公开01表</p><p>单位：万元</p>") on one line, and a table's title
 * must stand on a line of its own. A Markdown table row ("| … |", HTML inside its cells) stays whole.
 */
function pushOutside(out: SourceLine[], no: number, text: string): void {
  if (!text.includes("<") || text.includes("|") || !BLOCK_END.test(text)) {
    out.push({ no, text });
    return;
  }
  for (const piece of text.split(BLOCK_ENDS)) if (piece.trim() !== "") out.push({ no, text: piece });
}

/** Emits the open row (with its open cell) as one tab-separated line; returns the cleared state. */
function endRow(out: SourceLine[], row: string[] | null, cell: string | null, rowLine: number): { row: null; cell: null } {
  if (row !== null) {
    if (cell !== null) row.push(cell);
    const cells = row.map((c) => c.replace(/[\t\r\n]+/g, " ").trim());
    if (cells.some((c) => c !== "")) out.push({ no: rowLine, text: cells.join("\t") });
  }
  return { row: null, cell: null };
}
