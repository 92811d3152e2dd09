import type { Finding } from "../types";
import type { TableBlock } from "./segment-tables";
import { isRegexSpace } from "../regex-space";

/**
 * Finds tables or forms printed twice with the same content (a duplicated page in the PDF: the
 * 决算 of one sample repeats two project self-evaluation forms). Returns one finding per repeat and
 * the indexes of the repeated blocks so their figures are not counted twice.
 */
export function findRepeatedPages(blocks: TableBlock[]): { findings: Finding[]; repeated: Set<number> } {
  const findings: Finding[] = [];
  const repeated = new Set<number>();
  // Two printings share their (compact) title: only titles printed more than once are compared.
  const titleCount = new Map<string, number>();
  for (const b of blocks) if (b.body.length >= 3) titleCount.set(b.title, (titleCount.get(b.title) ?? 0) + 1);
  // (A "|" in a title could make two different titles give one signature: compare them all then.)
  const byTitle = !blocks.some((b) => b.title.includes("|"));
  // Two printings also share the start of their signature: only blocks whose first characters
  // match another's (by a hash of them) have their whole signature compared.
  const heads: Array<number | null> = [];
  const headCount = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.body.length < 3 || (byTitle && (titleCount.get(b.title) ?? 0) < 2)) {
      heads.push(null);
      continue;
    }
    const head = signatureHead(b);
    heads.push(head);
    headCount.set(head, (headCount.get(head) ?? 0) + 1);
  }
  // Per head, the first block of each distinct signature seen so far (signatures are compared,
  // not built: see isSameSignature).
  const firsts = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    const head = heads[i];
    if (head === null || (headCount.get(head) ?? 0) < 2) return;
    // Whitespace and line wrapping differ between two printings of the same page.
    let group = firsts.get(head);
    if (group === undefined) {
      group = [];
      firsts.set(head, group);
    }
    const first = group.find((j) => isSameSignature(blocks[j], b));
    if (first === undefined) {
      group.push(i);
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

const HEAD_LENGTH = 160;

/**
 * A hash of the first HEAD_LENGTH characters of a block's signature (title, "|", body, whitespace
 * left out), read character by character without building them: equal signatures have equal
 * heads. Two different heads may share a hash; the signatures are compared all the same.
 */
function signatureHead(b: TableBlock): number {
  let hash = hashVisible(b.title, 0, 0);
  let count = visibleCount;
  if (count < HEAD_LENGTH) {
    hash = (Math.imul(hash, 31) + 0x7c) | 0;
    count++;
  }
  for (let k = 0; k < b.body.length && count < HEAD_LENGTH; k++) {
    hash = hashVisible(b.body[k].text, hash, count);
    count = visibleCount;
  }
  return hash;
}

// How many characters hashVisible has taken in all (module state instead of a result object).
let visibleCount = 0;

/** Adds the characters of `text` that are not whitespace to `hash`, up to HEAD_LENGTH taken in all (`count` so far). */
function hashVisible(text: string, hash: number, count: number): number {
  for (let i = 0; i < text.length && count < HEAD_LENGTH; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c)) continue;
    hash = (Math.imul(hash, 31) + c) | 0;
    count++;
  }
  visibleCount = count;
  return hash;
}

/**
 * Whether two blocks have the same signature, `${title}|${body texts joined}` with whitespace
 * removed, read character by character from both without building either.
 */
function isSameSignature(a: TableBlock, b: TableBlock): boolean {
  // A page printed twice most often gives the very same lines: equal texts, equal signatures.
  if (hasSameTexts(a, b)) return true;
  const x = new SignatureReader(a);
  const y = new SignatureReader(b);
  for (;;) {
    const c = x.next();
    if (c !== y.next()) return false;
    if (c < 0) return true;
  }
}

/** True when the two blocks have the same title and line for line the same body texts. */
function hasSameTexts(a: TableBlock, b: TableBlock): boolean {
  if (a.title !== b.title || a.body.length !== b.body.length) return false;
  for (let i = 0; i < a.body.length; i++) if (a.body[i].text !== b.body[i].text) return false;
  return true;
}

/** The characters of a block's signature that are not whitespace, one code at a time (-1 at the end). */
class SignatureReader {
  private readonly texts: string[];
  private text: number = 0;
  private at: number = 0;

  constructor(block: TableBlock) {
    this.texts = [block.title, "|"];
    for (const l of block.body) this.texts.push(l.text);
  }

  next(): number {
    while (this.text < this.texts.length) {
      const t = this.texts[this.text];
      while (this.at < t.length) {
        const c = t.charCodeAt(this.at++);
        if (!isRegexSpace(c)) return c;
      }
      this.text++;
      this.at = 0;
    }
    return -1;
  }
}

