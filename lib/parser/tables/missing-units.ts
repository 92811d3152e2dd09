import type { Finding } from "../types";
import { findNumbers } from "./amounts";
import type { TableBlock } from "./segment-tables";

/** Printed units needed before a table without one is read in them: one table could be a slip. */
const MIN_UNIT_TABLES = 2;

/**
 * Gives a table that prints no unit the unit its figures are in, when that can be told: read as
 * 万元 (the default), a 元 table's figures would be ten thousand times too large. PDF extraction
 * loses a "单位：元" line now and then.
 *
 * - Every other table prints 元 (at least two): the unmarked one is in 元 too (a document does not
 *   mix units within its tables without saying so), unless its own figures say 万元 as below.
 * - The printed units differ (some 万元, some 元): the table's own figures decide, held against
 *   the figures the other tables print (each in its unit): they are found elsewhere read in one
 *   unit and none of them in the other ("30217 公务接待费 6,000.00" unmarked, "6,000.00" in a 元
 *   table or "0.60" in a 万元 one; "合计 1,234,567.89" and "123.46"). Undecided (no match, or
 *   matches both ways) it stays in 万元, as before.
 *
 * Each inference is reported so a reader can see which figures rest on it. The table's own record
 * keeps the unit as printed (none). Runs once per document, over the tables' lines only when a
 * document has an unmarked table and tables printing 元.
 */
export function inferMissingUnits(blocks: TableBlock[]): Finding[] {
  let yuan = 0;
  let wan = 0;
  let unmarked = 0;
  for (const b of blocks) {
    if (b.unit === "万元") wan++;
    else if (b.unit === "元") yuan++;
    else if (isReadable(b)) unmarked++;
  }
  if (unmarked === 0) return [];
  if (wan === 0 && yuan >= MIN_UNIT_TABLES) return inferAll(blocks);
  if (wan > 0 && yuan > 0) return inferByFigures(blocks);
  return [];
}

function isReadable(b: TableBlock): boolean {
  return !b.isEmpty && !b.kind.startsWith("performance");
}

function inferAll(blocks: TableBlock[]): Finding[] {
  const inferred: TableBlock[] = [];
  const findings: Finding[] = [];
  const printed = printedFigures(blocks);
  for (const b of blocks) {
    if (b.unit !== null || !isReadable(b)) continue;
    // Its own figures may still say 万元 clearly ("3.00" where a 元 table prints "30,000.00").
    if (unitByFigures(b, printed) === "万元") {
      b.unit = "万元";
      findings.push(figuresFinding(b, "万元"));
      continue;
    }
    b.unit = "元";
    inferred.push(b);
  }
  if (inferred.length === 0) return findings;
  findings.unshift({
    rule: "unit-inferred",
    severity: "info",
    message: `${inferred.map((b) => `《${b.title}》`).join("、")}未注明金额单位，按本文件其他各表的单位“元”换算为万元。`,
    codes: inferred.map((b) => b.kind),
    lines: inferred.map((b) => b.line),
  });
  return findings;
}

/**
 * Every figure the tables with a unit print, in cents of 万元 (a 元 figure rounded as a 万元
 * table would print it).
 */
function printedFigures(blocks: TableBlock[]): Set<bigint> {
  const printed = new Set<bigint>();
  for (const b of blocks) {
    if (b.unit === null || !isReadable(b)) continue;
    for (const fen of figuresOf(b)) {
      const cents = b.unit === "元" ? yuanToWanCents(fen) : fen;
      if (cents !== 0n) printed.add(cents);
    }
  }
  return printed;
}

/** The unit an unmarked table's figures are found in elsewhere, in one unit only; null when undecided. */
function unitByFigures(b: TableBlock, printed: Set<bigint>): "元" | "万元" | null {
  let asWan = 0;
  let asYuan = 0;
  for (const fen of new Set(figuresOf(b))) {
    if (printed.has(fen)) asWan++;
    const cents = yuanToWanCents(fen);
    if (cents !== 0n && printed.has(cents)) asYuan++;
  }
  if (asWan > 0 === asYuan > 0) return null;
  return asYuan > 0 ? "元" : "万元";
}

function figuresFinding(b: TableBlock, unit: "元" | "万元"): Finding {
  return {
    rule: "unit-inferred",
    severity: "info",
    message: `《${b.title}》未注明金额单位；该表金额按“${unit}”读时与其他各表所列数相符，故按“${unit}”读取。`,
    codes: [b.kind],
    lines: [b.line],
  };
}

function inferByFigures(blocks: TableBlock[]): Finding[] {
  const printed = printedFigures(blocks);
  const findings: Finding[] = [];
  for (const b of blocks) {
    if (b.unit !== null || !isReadable(b)) continue;
    const unit = unitByFigures(b, printed);
    if (unit === null) continue;
    b.unit = unit;
    findings.push(figuresFinding(b, unit));
  }
  return findings;
}

/**
 * The positive figures a table prints with a decimal point or thousands separators (codes, years and
 * row numbers have neither), in hundredths of the printed unit; a third decimal and beyond is dropped.
 */
function figuresOf(b: TableBlock): bigint[] {
  const out: bigint[] = [];
  for (const line of b.body) {
    for (const t of findNumbers(line.text)) {
      const raw = t.raw;
      if (raw.charCodeAt(0) === 0x2d || (t.isInteger && !raw.includes(","))) continue;
      const [whole, frac = ""] = raw.replace(/,/g, "").split(".");
      const fen = BigInt(whole) * 100n + BigInt((frac + "00").slice(0, 2));
      if (fen > 0n) out.push(fen);
    }
  }
  return out;
}

/** Hundredths of a 元 figure → cents of 万元, rounded half up as a 万元 table prints it. */
function yuanToWanCents(fen: bigint): bigint {
  return (fen + 5000n) / 10000n;
}
