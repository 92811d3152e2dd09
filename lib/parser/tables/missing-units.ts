import type { Finding } from "../types";
import type { TableBlock } from "./segment-tables";

/** Printed units needed before a table without one is read in them: one table could be a slip. */
const MIN_UNIT_TABLES = 2;

/**
 * Gives a table that prints no unit the one every other table prints, when that is 元: read as
 * 万元 (the default), a 元 table's figures would be ten thousand times too large. PDF extraction
 * loses a "单位：元" line now and then; a document does not mix units within its tables without
 * saying so. Only 元 is inferred (万元 is what an unmarked table is read in anyway), never when
 * the printed units differ, and each inference is reported so a reader can see which figures rest
 * on it. The table's own record keeps the unit as printed (none).
 */
export function inferMissingUnits(blocks: TableBlock[]): Finding[] {
  let yuan = 0;
  for (const b of blocks) {
    if (b.unit === "万元") return [];
    if (b.unit === "元") yuan++;
  }
  if (yuan < MIN_UNIT_TABLES) return [];
  const inferred: TableBlock[] = [];
  for (const b of blocks) {
    if (b.unit !== null || b.isEmpty || b.kind.startsWith("performance")) continue;
    b.unit = "元";
    inferred.push(b);
  }
  if (inferred.length === 0) return [];
  return [
    {
      rule: "unit-inferred",
      severity: "info",
      message: `${inferred.map((b) => `《${b.title}》`).join("、")}未注明金额单位，按本文件其他各表的单位“元”换算为万元。`,
      codes: inferred.map((b) => b.kind),
      lines: inferred.map((b) => b.line),
    },
  ];
}
