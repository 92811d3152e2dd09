import { onClearParseMemos } from "../parse-memos";
import {
  ECONOMIC_CATALOGUE,
  FUNCTION_CATALOGUE,
  levelOf,
  type ClassificationEntry,
  type ClassificationLevel,
} from "./classification";
import {
  normalizeClassificationName,
  normalizeClassificationNameLoosely,
  normalizeClassificationNameLooselyOnce,
  normalizeClassificationNameOnce,
} from "./normalize-name";

export interface FindByNameOptions {
  /** Restrict to codes under this 类 or 款 (e.g. "21015"), which disambiguates 行政运行 & co. */
  parent?: string;
  /** Keep only codes of this level (类/款/项); 其他…支出 names are shared by a 款 and its 项. */
  level?: ClassificationLevel;
}

/** Shortest name fragment we accept as a prefix; shorter ones match too much to be evidence. */
const MIN_PREFIX_LENGTH = 4;

interface NameIndex {
  exact: Map<string, string[]>;
  normalised: Map<string, string[]>;
  loose: Map<string, string[]>;
  /** Normalised names sorted by UTF-16 code units, with their codes. */
  sortedNames: string[];
  sortedCodes: string[];
  /**
   * Positions in sortedNames (ascending) of the names at least MIN_PREFIX_LENGTH long, by their
   * first MIN_PREFIX_LENGTH code units: every name a prefix look-up can find shares them.
   */
  prefixBuckets: Map<string, number[]>;
  /** Set at leadKey of every normalised name: a name whose leadKey is clear has no exact, normalised or prefix hit. */
  normalisedLeads: Uint8Array;
  /** The same over the loose names. */
  looseLeads: Uint8Array;
}

/**
 * A hash of a name's first MIN_PREFIX_LENGTH code units (of all of them when shorter), for
 * NameIndex's lead tables. A catalogue name equal to a name, or strictly extending a name of at
 * least MIN_PREFIX_LENGTH, has the same first code units and so the same key: a clear entry
 * rules out those look-ups without touching the maps. Most names printed in prose are in no
 * catalogue, and each look-up in a large Map costs cache misses.
 */
function leadKey(s: string): number {
  const n = s.length < MIN_PREFIX_LENGTH ? s.length : MIN_PREFIX_LENGTH;
  let h = n;
  for (let k = 0; k < n; k++) h = (h * 31 + s.charCodeAt(k)) | 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

function pushUnique(map: Map<string, string[]>, key: string, code: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [code]);
  else if (!list.includes(code)) list.push(code);
}

function buildNameIndex(catalogue: ReadonlyMap<string, ClassificationEntry>): NameIndex {
  const index: NameIndex = {
    exact: new Map(),
    normalised: new Map(),
    loose: new Map(),
    sortedNames: [],
    sortedCodes: [],
    prefixBuckets: new Map(),
    normalisedLeads: new Uint8Array(0x10000),
    looseLeads: new Uint8Array(0x10000),
  };
  const all: Array<[string, string]> = [];
  for (const entry of catalogue.values()) {
    for (const name of [entry.name, ...entry.aliases]) {
      pushUnique(index.exact, name, entry.code);
      const norm = normalizeClassificationName(name);
      pushUnique(index.normalised, norm, entry.code);
      const loose = normalizeClassificationNameLoosely(name);
      pushUnique(index.loose, loose, entry.code);
      index.normalisedLeads[leadKey(norm)] = 1;
      index.looseLeads[leadKey(loose)] = 1;
      all.push([norm, entry.code]);
    }
  }
  all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [norm, code] of all) {
    if (norm.length >= MIN_PREFIX_LENGTH) {
      const key = norm.slice(0, MIN_PREFIX_LENGTH);
      const bucket = index.prefixBuckets.get(key);
      if (bucket) bucket.push(index.sortedNames.length);
      else index.prefixBuckets.set(key, [index.sortedNames.length]);
    }
    index.sortedNames.push(norm);
    index.sortedCodes.push(code);
  }
  return index;
}

const functionIndex = buildNameIndex(FUNCTION_CATALOGUE);
const economicIndex = buildNameIndex(ECONOMIC_CATALOGUE);

/** The codes that fit the options; the list itself when there are none (callers never change it). */
function narrow(codes: readonly string[], options: FindByNameOptions): readonly string[] {
  const { parent, level } = options;
  if (!parent && !level) return codes;
  return codes.filter(
    (c) => (!parent || (c !== parent && c.startsWith(parent))) && (!level || levelOf(c) === level),
  );
}

/**
 * Names repeat across rows and documents; a bounded memo keeps the prefix scan off the hot path.
 * Keyed by the name string itself inside one map per catalogue and options, so a lookup builds no
 * key string.
 */
const MEMO_LIMIT = 20_000;
let memo = new Map<NameIndex, Map<string, Map<string, readonly string[]>>>();
let memoSize = 0;
// Replaced, not cleared: see parseSlot in ../parse-memos.ts.
onClearParseMemos(() => {
  memo = new Map();
  memoSize = 0;
});

/** The memoised lists are shared: callers only read them (the exported look-ups return them readonly). */
function findCodesByName(index: NameIndex, name: string, options: FindByNameOptions): readonly string[] {
  const optionsKey = options.parent || options.level ? `${options.parent ?? ""}|${options.level ?? ""}` : "";
  const hit = memo.get(index)?.get(optionsKey)?.get(name);
  if (hit) return hit;
  const found = findCodesByNameUncached(index, name, options);
  if (memoSize >= MEMO_LIMIT) {
    memo.clear();
    memoSize = 0;
  }
  let byOptions = memo.get(index);
  if (!byOptions) {
    byOptions = new Map();
    memo.set(index, byOptions);
  }
  let byName = byOptions.get(optionsKey);
  if (!byName) {
    byName = new Map();
    byOptions.set(optionsKey, byName);
  }
  byName.set(name, found);
  memoSize++;
  return found;
}

function findCodesByNameUncached(index: NameIndex, name: string, options: FindByNameOptions): readonly string[] {
  // An exact hit is a catalogue name, whose normalised form is the name's own (normalising drops
  // the whitespace trim() drops): a clear lead rules out the exact, normalised and prefix look-ups.
  // Each name is looked up once per parse (findCodesByName's memo): its forms are not memoised.
  const norm = normalizeClassificationNameOnce(name);
  const known = index.normalisedLeads[leadKey(norm)] === 1;
  if (known) {
    const exact = narrow(index.exact.get(name.trim()) ?? [], options);
    if (exact.length) return exact;
  }
  if (!norm) return [];
  if (known) {
    const normalised = narrow(index.normalised.get(norm) ?? [], options);
    if (normalised.length) return normalised;
  }
  const loose = normalizeClassificationNameLooselyOnce(name);
  const looseHits = loose && index.looseLeads[leadKey(loose)] === 1 ? narrow(index.loose.get(loose) ?? [], options) : [];
  if (looseHits.length) return looseHits;
  // A longer catalogue name starting with norm shares its first MIN_PREFIX_LENGTH code units.
  if (norm.length < MIN_PREFIX_LENGTH || !known) return [];
  const hits = narrow(findCodesByPrefix(index, norm), options);
  return hits.length === 1 ? hits : [];
}

/**
 * Codes of catalogue names that strictly extend `norm` (at least MIN_PREFIX_LENGTH long), in the
 * names' sorted order: they all sit in the bucket of norm's first MIN_PREFIX_LENGTH code units,
 * and a bucket keeps the sorted order, so no name is compared outside it.
 */
function findCodesByPrefix(index: NameIndex, norm: string): string[] {
  const codes: string[] = [];
  const bucket = index.prefixBuckets.get(norm.slice(0, MIN_PREFIX_LENGTH));
  if (!bucket) return codes;
  for (const i of bucket) {
    const name = index.sortedNames[i];
    if (name.length > norm.length && name.startsWith(norm) && !codes.includes(index.sortedCodes[i])) codes.push(index.sortedCodes[i]);
  }
  return codes;
}

/** Each catalogue entry's names (current, then older), normalised once with the catalogue. */
const normalisedNamesByEntry = new Map<ClassificationEntry, string[]>();
/** Every code's normalised catalogue names (current and older); a code both catalogues hold keeps the function one. */
const normalisedNamesByCode = new Map<string, string[]>();
for (const catalogue of [FUNCTION_CATALOGUE, ECONOMIC_CATALOGUE]) {
  for (const entry of catalogue.values()) {
    const names = [entry.name, ...entry.aliases].map((n) => normalizeClassificationName(n));
    normalisedNamesByEntry.set(entry, names);
    if (!normalisedNamesByCode.has(entry.code)) normalisedNamesByCode.set(entry.code, names);
  }
}

/**
 * normalizeClassificationName of each of a catalogue entry's names, in the order
 * [entry.name, ...entry.aliases]: computed once from the catalogue, not per look-up.
 */
export function normalisedNamesOf(entry: ClassificationEntry): readonly string[] {
  return normalisedNamesByEntry.get(entry) ?? [entry.name, ...entry.aliases].map((n) => normalizeClassificationName(n));
}

/** The 功能分类 entry for a code, or undefined when the national catalogue has no such code. */
export function findFunctionCode(code: string): ClassificationEntry | undefined {
  return FUNCTION_CATALOGUE.get(code.trim());
}

/** The 经济分类 entry (部门 301–399 or 政府 501–599), or undefined. */
export function findEconomicCode(code: string): ClassificationEntry | undefined {
  return ECONOMIC_CATALOGUE.get(code.trim());
}

/**
 * Function codes whose name matches what a document printed. Tries, in order: the exact name
 * (current or older alias), the normalised name (spaces, brackets, (类)/(款)/(项) stripped), then
 * a unique prefix, because PDF extraction cuts long names at a line end
 * ("机关事业单位基本养老保险缴费支" → 2080505). Generic names (行政运行) return every code that
 * bears them unless `parent` narrows the search. An ambiguous prefix returns [].
 */
export function findFunctionCodesByName(name: string, options: FindByNameOptions = {}): readonly string[] {
  return findCodesByName(functionIndex, name, options);
}

/** Same as findFunctionCodesByName, over the 经济分类. */
export function findEconomicCodesByName(name: string, options: FindByNameOptions = {}): readonly string[] {
  return findCodesByName(economicIndex, name, options);
}

/**
 * True when a printed name is a plausible rendering of the code's catalogue name (equal after
 * normalisation, or a cut-off prefix of it), so a caller can tell a misread code from a
 * local renaming.
 */
export function isNameOfCode(code: string, name: string): boolean {
  const candidates = normalisedNamesByCode.get(code);
  if (!candidates) return false;
  const norm = normalizeClassificationName(name);
  if (!norm) return false;
  return candidates.some(
    (candidate) => candidate === norm || (norm.length >= MIN_PREFIX_LENGTH && candidate.startsWith(norm)),
  );
}
