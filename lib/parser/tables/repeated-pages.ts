import type { Finding } from "../types";
import type { TableBlock } from "./segment-tables";

/**
 * Finds tables or forms printed twice with the same content (a duplicated page in the PDF: the
 * 决算 of one sample repeats two project self-evaluation forms). Returns one finding per repeat and
 * the indexes of the repeated blocks so their figures are not counted twice.
 */
export function findRepeatedPages(blocks: TableBlock[]): { findings: Finding[]; repeated: Set<number> } {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  const repeated = new Set<number>();
  // Two printings share their (compact) title: only titles printed more than once are compared.
  const titleCount = new Map<string, number>();
  for (const b of blocks) if (b.body.length >= 3) titleCount.set(b.title, (titleCount.get(b.title) ?? 0) + 1);
  // (A "|" in a title could make two different titles give one signature: compare them all then.)
  const byTitle = !blocks.some((b) => b.title.includes("|"));
  blocks.forEach((b, i) => {
    if (b.body.length < 3 || (byTitle && (titleCount.get(b.title) ?? 0) < 2)) return;
    // Whitespace and line wrapping differ between two printings of the same page.
    const signature = `${b.title}|${b.body.map((l) => l.text).join("")}`.replace(/\s+/g, "");
    const first = seen.get(signature);
    if (first === undefined) {
      seen.set(signature, i);
      return;
    }
    const original = blocks[first];
    repeated.add(i);
    findings.push({
      rule: "repeated-page",
      severity: "warning",
      message: `《${b.title}》重复出现：第${b.line}–${b.endLine}行与第${original.line}–${original.endLine}行内容相同。`,
      codes: [],
      lines: [b.line, original.line],
    });
  });
  return { findings, repeated };
}
