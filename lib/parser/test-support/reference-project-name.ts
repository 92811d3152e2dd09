/**
 * Reference project-name normalisation for checks/project-identity.property.test.ts: the plain
 * version (NFKC, then one regex), kept as it was. checks/project-identity.ts now folds with the
 * fast NFKC of reference/normalize-name.ts and drops characters by table; it must return exactly
 * what this returns. Do not optimise this file: its value is that it is obviously right.
 */
export function normalizeProjectName(name: string): string {
  return name.normalize("NFKC").replace(/[\s()（）[\]【】“”"'‘’、,，.。:：;；·\-—]/g, "");
}
