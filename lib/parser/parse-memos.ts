/**
 * Memos that several stages keep (normalised names, catalogue look-ups) are emptied at the start of
 * every parse: each parse then does its whole work, so a benchmark that parses the same text again
 * measures the parser and not a warm cache, and no document's strings outlive its parse for long.
 *
 * A memo Map is emptied by replacing it (`memo = new Map()`), never by Map.clear(): V8 allocates
 * the table that clear() starts in the generation the old table was in, and leaves the old table
 * holding its entries until a full GC. Once a memo has been promoted, everything put into it is
 * then kept alive by each young-generation GC and promoted too.
 */
const resets: Array<() => void> = [];

/** Registers a memo's reset (one that replaces its map, or empties its slot). */
export function onClearParseMemos(reset: () => void): void {
  resets.push(reset);
}

export function clearParseMemos(): void {
  for (const reset of resets) reset();
}

/** A memo that holds one key (the document being checked) and its value. */
export interface ParseSlot<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/**
 * A one-entry memo for values computed once per document (keyed by the draft), emptied by
 * clearParseMemos(). Not a Map: Map.clear() leaves the old hash table holding its entries until
 * a full GC, and once that table has been promoted to the old generation, every document it held
 * (rows, strings, groups) is kept alive by each young-generation GC and promoted in turn. With
 * a Map per memo the benchmark spent 1 ms of every 13 in scavenges copying dead documents.
 */
export function parseSlot<K extends object, V>(): ParseSlot<K, V> {
  let slotKey: K | null = null;
  let slotValue: V | undefined;
  resets.push(() => {
    slotKey = null;
    slotValue = undefined;
  });
  return {
    get: (key) => (key === slotKey ? slotValue : undefined),
    set: (key, value) => {
      slotKey = key;
      slotValue = value;
    },
  };
}
