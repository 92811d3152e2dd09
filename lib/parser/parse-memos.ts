/**
 * Memos that several stages keep (normalised names, catalogue look-ups) are emptied at the start of
 * every parse: each parse then does its whole work, so a benchmark that parses the same text again
 * measures the parser and not a warm cache, and no document's strings outlive its parse for long.
 */
const resets: Array<() => void> = [];

/** Registers a memo map to be emptied by clearParseMemos(); returns the map. */
export function parseMemo<K, V>(map: Map<K, V>): Map<K, V> {
  resets.push(() => map.clear());
  return map;
}

/** Registers any other reset (a memo with its own size counter). */
export function onClearParseMemos(reset: () => void): void {
  resets.push(reset);
}

export function clearParseMemos(): void {
  for (const reset of resets) reset();
}
