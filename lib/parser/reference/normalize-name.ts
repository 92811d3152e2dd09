import { parseMemo } from "../parse-memos";

/**
 * Canonical form of a classification name for comparison: documents print the same item as
 * "政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务（款）" or with letter spacing
 * ("行 政 运 行"); all of those must compare equal.
 *
 * NFKC folds full-width brackets and digits; then whitespace, a trailing (类)/(款)/(项) marker,
 * a leading 其中：, and brackets/quotes/punctuation are removed. Linear, no backtracking.
 */
export function normalizeClassificationName(name: string): string {
  // Catalogue names and printed row names recur across rows and documents; NFKC is not cheap.
  const cached = normalizedNames.get(name);
  if (cached !== undefined) return cached;
  const s = normalizeUncached(name);
  if (normalizedNames.size >= NORMALIZED_CACHE_LIMIT) normalizedNames.clear();
  normalizedNames.set(name, s);
  return s;
}

const NORMALIZED_CACHE_LIMIT = 20_000;
const normalizedNames = parseMemo(new Map<string, string>());

function normalizeUncached(name: string): string {
  let s = name.normalize("NFKC").replace(/\s+/g, "");
  s = s.replace(/^其中[:：]?/, "");
  s = s.replace(/[(\[【〔]\s*[类款项]\s*[)\]】〕]$/, "");
  s = s.replace(/[()[\]{}【】〔〕<>《》“”"'‘’、,，.。:：;；·•_\-—－]/g, "");
  return s;
}

/**
 * Looser form: also drops bracketed remarks ("一般行政管理事务（医疗保障）" → 一般行政管理事务),
 * which some districts append to catalogue names. Used only after the stricter forms failed.
 */
export function normalizeClassificationNameLoosely(name: string): string {
  const s = name.normalize("NFKC").replace(/[(\[【〔][^()\[\]【】〔〕]{0,20}[)\]】〕]/g, "");
  return normalizeClassificationName(s);
}
