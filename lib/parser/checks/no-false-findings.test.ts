import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../decode-text";
import { parseDocument } from "../parse-document";
import type { Finding } from "../types";

/**
 * The checks must never accuse a consistent document. Each genre fixture is edited in ways that
 * keep its meaning (a narrative amount rounded to the places a writer might print, written in 元,
 * a page break moved, a running header repeated …) and re-parsed: no error- or warning-level
 * finding may appear that the original did not have (the planted contradictions stay, and are
 * compared by rule and codes only, since an edit may change the stated figure's printing).
 */

const GENRE_DIR = path.resolve(import.meta.dirname, "../fixtures/genre");
const names = readdirSync(GENRE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

function load(name: string): string {
  return decodeText(readFileSync(path.join(GENRE_DIR, `${name}.txt`))).text;
}

function serious(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    out.add(`${f.rule}|${[...f.codes].sort().join(",")}`);
  }
  return out;
}

function newSerious(original: string, edited: string): string[] {
  const before = serious(parseDocument(original).findings);
  const after = parseDocument(edited).findings;
  const fresh: string[] = [];
  for (const f of after) {
    if (f.severity === "info") continue;
    if (!before.has(`${f.rule}|${[...f.codes].sort().join(",")}`)) fresh.push(`${f.severity} ${f.rule}: ${f.message}`);
  }
  return fresh;
}

/** A prose line (not a table row): punctuated, no tab or pipe cells. */
function isProse(line: string): boolean {
  return !line.includes("\t") && !line.includes("|") && (line.includes("，") || line.includes("。"));
}

function editProse(text: string, edit: (line: string) => string): string {
  return text
    .split("\n")
    .map((line) => (isProse(line) ? edit(line) : line))
    .join("\n");
}

/** Half-up rounding of a decimal string to `places` (0 or 1), as a writer rounds. */
function roundTo(value: string, places: number): string {
  const [int, frac = ""] = value.split(".");
  const digits = BigInt(int + frac.padEnd(2, "0").slice(0, 2));
  const step = 10n ** BigInt(2 - places);
  const rounded = ((digits + step / 2n) / step).toString().padStart(places + 1, "0");
  return places === 0 ? rounded : `${rounded.slice(0, -places)}.${rounded.slice(-places)}`;
}

const TWO_PLACE_WAN = /(?<![\d.])(\d{1,9})\.(\d{2})万元/g;

const EDITS: Record<string, (text: string) => string> = {
  "narrative amounts rounded to one decimal": (text) =>
    editProse(text, (line) => line.replace(TWO_PLACE_WAN, (_m, i: string, f: string) => `${roundTo(`${i}.${f}`, 1)}万元`)),
  // Amounts under 1万元 keep their decimals: "0万元" would say the item has no money.
  "narrative amounts rounded to whole 万元": (text) =>
    editProse(text, (line) =>
      line.replace(TWO_PLACE_WAN, (m, i: string, f: string) => (Number(i) >= 1 ? `${roundTo(`${i}.${f}`, 0)}万元` : m)),
    ),
  "narrative amounts written in 元": (text) =>
    editProse(text, (line) =>
      line.replace(TWO_PLACE_WAN, (_m, i: string, f: string) => `${BigInt(i + f) * 100n}元`),
    ),
  "收入预算总额 worded 收入总预算": (text) => text.replace(/收入预算总额/g, "收入总预算"),
  "a blank line and page number inside every table": (text) => {
    const lines = text.split("\n");
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 7 === 3) out.push("", "- 3 -", "");
    }
    return out.join("\n");
  },
  "a cover line (监督索引号) repeated as a running header inside tables": (text) => {
    const lines = text.split("\n");
    const header = lines.find((l) => l.startsWith("监督索引号"));
    if (header === undefined) return text;
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 9 === 4) out.push(header);
    }
    return out.join("\n");
  },
  "the title repeated as a running header inside tables": (text) => {
    const lines = text.split("\n");
    const title = lines.find((l) => /20\d\d年.*(?:预算|决算)/.test(l) && l.length < 40)?.trim() ?? "";
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 9 === 4) out.push(title);
    }
    return out.join("\n");
  },
};

describe("no false findings under meaning-preserving edits of the genre fixtures", () => {
  for (const [edit, apply] of Object.entries(EDITS)) {
    it(edit, () => {
      const problems: string[] = [];
      for (const name of names) {
        const text = load(name);
        const edited = apply(text);
        if (edited === text) continue;
        for (const p of newSerious(text, edited)) problems.push(`${name}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
