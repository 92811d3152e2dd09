/**
 * Reference classification-name normalisation for the property test in
 * reference/normalize-name.property.test.ts: the parser's first, plain version (NFKC and one regex
 * per rule), kept verbatim. reference/normalize-name.ts has since been rewritten for speed (NFKC
 * only for rare characters, one table look-up per character); it must return exactly what this
 * returns. Do not optimise this file: its value is that it is obviously right.
 */
/**
 * Canonical form of a classification name for comparison: documents print the same item as
 * "政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务（款）" or with letter spacing
 * ("行 政 运 行"); all of those must compare equal.
 *
 * NFKC folds full-width brackets and digits; then whitespace, a trailing (类)/(款)/(项) marker,
 * a leading 其中：, and brackets/quotes/punctuation are removed. Linear, no backtracking.
 */
export function normalizeClassificationName(name: string): string {
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
