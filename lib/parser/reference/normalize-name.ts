import { onClearParseMemos } from "../parse-memos";

/**
 * Canonical form of a classification name for comparison: documents print the same item as
 * "政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务（款）" or with letter spacing
 * ("行 政 运 行"); all of those must compare equal.
 *
 * NFKC folds full-width brackets and digits; then whitespace, a trailing (类)/(款)/(项) marker,
 * a leading 其中：, and brackets/quotes/punctuation are removed. Linear, no backtracking.
 */
export function normalizeClassificationName(name: string): string {
  // Catalogue names and printed row names recur across rows of one document.
  const cached = normalizedNames.get(name);
  if (cached !== undefined) return cached;
  const s = normalizeUncached(name);
  if (normalizedNames.size >= NORMALIZED_CACHE_LIMIT) normalizedNames = new Map();
  normalizedNames.set(name, s);
  return s;
}

/**
 * normalizeClassificationName without its memo, for a caller that memoises the result it builds
 * from the name (the catalogue look-ups): there the memo would only add a look-up and an entry.
 */
export function normalizeClassificationNameOnce(name: string): string {
  return normalizeUncached(name);
}

const NORMALIZED_CACHE_LIMIT = 20_000;
// Replaced, not cleared: see parseSlot in parse-memos.ts.
let normalizedNames = new Map<string, string>();
onClearParseMemos(() => {
  normalizedNames = new Map();
});

/**
 * Code units NFKC leaves alone and that never combine with a neighbour: ASCII, the CJK Unified
 * Ideographs block and the common CJK / general punctuation that is its own NFKC form (… and ‥,
 * which NFKC spells out, and the combining ideographic tone marks are left out).
 */
const NFKC_STABLE = new Uint8Array(0x10000);
NFKC_STABLE.fill(1, 0x00, 0x80);
NFKC_STABLE.fill(1, 0x4e00, 0xa000);
for (const [from, to] of [
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x3001, 0x3029],
  [0x3030, 0x303f],
]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ch.normalize("NFKC") === ch && !/\s/.test(ch)) NFKC_STABLE[c] = 1;
  }
}

/**
 * NFKC of a name without paying for String.prototype.normalize in the usual case: names made of
 * stable characters plus full-width ASCII forms (U+FF01–FF5E, which NFKC maps to U+0021–007E)
 * and the ideographic space are folded by hand; anything else goes through the real NFKC.
 * Always exactly name.normalize("NFKC").
 */
export function foldCompatibilityForms(name: string): string {
  let needsFold = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (NFKC_STABLE[c] === 1) continue;
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) needsFold = true;
    else return name.normalize("NFKC");
  }
  if (!needsFold) return name;
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    out += String.fromCharCode(c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c);
  }
  return out;
}

/** What normalisation does with a code unit: keeps it, drops it as whitespace, or drops it as punctuation. */
const KEEP = 0;
const WHITESPACE = 1;
const PUNCTUATION = 2;

/** Brackets, quotes and punctuation that carry no meaning in a classification name. */
const DROPPED_PUNCTUATION = "()[]{}【】〔〕<>《》“”\"'‘’、,，.。:：;；·•_-—－";

const CHAR_CLASS = buildCharClasses();

function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  for (const ch of DROPPED_PUNCTUATION) classes[ch.charCodeAt(0)] = PUNCTUATION;
  // Exactly the characters JavaScript's \s matches.
  classes.fill(WHITESPACE, 0x09, 0x0e);
  classes.fill(WHITESPACE, 0x2000, 0x200b);
  for (const c of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) classes[c] = WHITESPACE;
  return classes;
}

const MARKER_OPEN = "([【〔";
const MARKER_CLOSE = ")]】〕";
const LEVEL_MARKS = "类款项";

function normalizeUncached(name: string): string {
  const folded = foldCompatibilityForms(name);
  // Most names hold neither whitespace nor punctuation: then only a leading 其中 can go (a
  // following colon or a level marker is punctuation).
  let k = 0;
  while (k < folded.length && CHAR_CLASS[folded.charCodeAt(k)] === KEEP) k++;
  if (k === folded.length) return folded.startsWith("其中") ? folded.slice(2) : folded;
  const s = withoutClass(folded, WHITESPACE, 0, folded.length);
  let start = 0;
  let end = s.length;
  if (s.startsWith("其中")) start = s[2] === ":" || s[2] === "：" ? 3 : 2;
  if (
    end - start >= 3 &&
    MARKER_CLOSE.includes(s[end - 1]) &&
    LEVEL_MARKS.includes(s[end - 2]) &&
    MARKER_OPEN.includes(s[end - 3])
  ) {
    end -= 3;
  }
  return withoutClass(s, PUNCTUATION, start, end);
}

/** text[start, end) without the code units of one class (cut out by slices, not character by character). */
function withoutClass(text: string, dropped: number, start: number, end: number): string {
  let out = "";
  let from = start;
  for (let k = start; k < end; k++) {
    if (CHAR_CLASS[text.charCodeAt(k)] !== dropped) continue;
    if (k > from) out += text.slice(from, k);
    from = k + 1;
  }
  if (from === 0 && end === text.length) return text;
  return from < end ? out + text.slice(from, end) : out;
}

/**
 * Looser form: also drops bracketed remarks ("一般行政管理事务（医疗保障）" → 一般行政管理事务),
 * which some districts append to catalogue names. Used only after the stricter forms failed.
 */
export function normalizeClassificationNameLoosely(name: string): string {
  return normalizeClassificationName(withoutRemarks(name));
}

/** normalizeClassificationNameLoosely without the memo (see normalizeClassificationNameOnce). */
export function normalizeClassificationNameLooselyOnce(name: string): string {
  return normalizeUncached(withoutRemarks(name));
}

function withoutRemarks(name: string): string {
  const folded = foldCompatibilityForms(name);
  // A remark starts with an opening bracket: without one there is nothing to drop.
  return REMARK_OPEN.test(folded) ? folded.replace(REMARK, "") : folded;
}

const REMARK = /[(\[【〔][^()\[\]【】〔〕]{0,20}[)\]】〕]/g;
const REMARK_OPEN = /[(\[【〔]/;
