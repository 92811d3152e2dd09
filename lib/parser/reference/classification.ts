import { ECONOMIC_CODES_TEXT } from "./economic-codes";
import { FUNCTION_CODES_TEXT } from "./function-codes";

export type ClassificationLevel = "类" | "款" | "项";

/** One item of a national classification catalogue. */
export interface ClassificationEntry {
  code: string;
  /** Current name (the newest edition's). */
  name: string;
  /** Older names of the same code that documents of earlier years print. */
  aliases: string[];
  level: ClassificationLevel;
  parent: string | null;
}

/** Standard items every administrative 款 carries in the 功能分类. */
const STANDARD_ITEMS: ReadonlyArray<[string, string]> = [
  ["01", "行政运行"],
  ["02", "一般行政管理事务"],
  ["03", "机关服务"],
  ["50", "事业运行"],
];

/**
 * Level from the code's length: 3 digits 类, 5 款, 7 项 (both catalogues use the same widths).
 * Returns null for anything else so a caller never mistakes a project code for a class.
 */
export function levelOf(code: string): ClassificationLevel | null {
  if (!isDigits(code)) return null;
  if (code.length === 3) return "类";
  if (code.length === 5) return "款";
  if (code.length === 7) return "项";
  return null;
}

/** /^\d+$/.test(text), without the regex: look-ups narrow their hits by level on every call. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The code one level up (2101301 → 21013 → 210 → null), derived from the digits alone. */
export function parentOf(code: string): string | null {
  const level = levelOf(code);
  if (level === "项") return code.slice(0, 5);
  if (level === "款") return code.slice(0, 3);
  return null;
}

/** Parses the compact `code name|alias` text into entries, expanding ` +` 款 lines. */
function buildCatalogue(text: string, expandStandard: boolean): Map<string, ClassificationEntry> {
  const entries = new Map<string, ClassificationEntry>();
  const pending: string[] = [];
  const add = (code: string, names: string[]) => {
    const level = levelOf(code);
    if (!level || entries.has(code)) return;
    entries.set(code, { code, name: names[0], aliases: names.slice(1), level, parent: parentOf(code) });
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const space = line.indexOf(" ");
    const code = line.slice(0, space);
    let rest = line.slice(space + 1).trim();
    if (expandStandard && rest.endsWith(" +")) {
      rest = rest.slice(0, -2).trim();
      pending.push(code);
    }
    add(code, rest.split("|").map((s) => s.trim()).filter(Boolean));
  }
  for (const kuan of pending) {
    for (const [suffix, name] of STANDARD_ITEMS) add(kuan + suffix, [name]);
  }
  return new Map([...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const FUNCTION_CATALOGUE: ReadonlyMap<string, ClassificationEntry> = buildCatalogue(
  FUNCTION_CODES_TEXT,
  true,
);
export const ECONOMIC_CATALOGUE: ReadonlyMap<string, ClassificationEntry> = buildCatalogue(
  ECONOMIC_CODES_TEXT,
  false,
);
