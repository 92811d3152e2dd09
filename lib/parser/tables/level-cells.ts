import { isNameOfCode } from "../reference";
import type { CodeScheme } from "./code-rows";

/**
 * A table whose code is split into 类 | 款 | 项 columns may leave the cells of the levels above a
 * row blank: "201 一般公共服务支出", then "05 统计信息事务" (款), "01 行政运行" (项), or
 * "05 05 名称" with only the 类 blank. Text extraction (pdftotext -layout, once its spaces are
 * collapsed) keeps no column position, so such a row's code is its parent's with its own cells
 * appended, and a lone cell under a 款 or 项 row is a 项 unless only the 款 reading names the row
 * (the catalogue's name for the code). Shared by the row reader and its legacy copy; runs only on
 * a line without a code that opens with a digit.
 */
const LEVEL_ROW = /^(\d{2})(?: (\d{2}))? (?=[\u4e00-\u9fa5(（])/;
const NAME = /^[^\s\d]+/;

export function readLevelCellsCode(text: string, scheme: CodeScheme, parent: string | null): { code: string; rest: string } | null {
  if (parent === null) return null;
  const c = text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return null;
  const m = LEVEL_ROW.exec(text);
  if (m === null) return null;
  const rest = text.slice(m[0].length);
  const first = m[1];
  const second = m[2];
  if (scheme === "economic") return second === undefined ? { code: parent.slice(0, 3) + first, rest } : null;
  if (second !== undefined) return { code: parent.slice(0, 3) + first + second, rest };
  const kuan = parent.slice(0, 3) + first;
  if (parent.length === 3) return { code: kuan, rest };
  const xiang = parent.slice(0, 5) + first;
  const name = NAME.exec(rest)?.[0] ?? "";
  return { code: isNameOfCode(kuan, name) && !isNameOfCode(xiang, name) ? kuan : xiang, rest };
}
