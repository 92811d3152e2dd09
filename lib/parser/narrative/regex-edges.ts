/**
 * Which characters can stand at the edge of a string that an anchored pattern matches, read from
 * the pattern's own source. Most labels the narrative looks up end in a character no rule can end
 * with ("办公费" against "…收入$"): a set lookup on that one character then rules the pattern out
 * without running it. The sets are derived here, not written by hand, so they follow the patterns
 * when someone edits them; a pattern this reader does not fully understand gets `null` ("any
 * character"), which only costs speed, never a different answer.
 *
 * The reader covers the syntax our patterns use: literals, escapes, `.`, classes and ranges,
 * groups of every kind, lookarounds, `^`/`$`/`\b`, and all quantifiers. Flags other than `g` give
 * `null` (`i`, `m`, `u`, `v`, `s`, `y` change what an edge can be).
 */

/** Character codes one atom can match; null: any character. UTF-16 code units, as regexes without `u` read them. */
type CharSet = Set<number> | null;

type Node =
  | { kind: "char"; chars: CharSet }
  /** Zero-width: `^`, `$`, `\b`, `\B`, lookarounds. */
  | { kind: "assert"; anchor: "^" | "$" | null }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; alts: Node[] }
  | { kind: "repeat"; node: Node; min: number };

/** A class range wider than this is read as "any character" rather than enumerated. */
const MAX_RANGE = 512;

class Unsupported extends Error {}

const DIGITS = new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/** The code units of a string, as a set. */
function codesOf(text: string): Set<number> {
  const codes = new Set<number>();
  for (let i = 0; i < text.length; i++) codes.add(text.charCodeAt(i));
  return codes;
}

/** Parses a regex source into the Node tree above; throws Unsupported on anything it does not know. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported();
    return node;
  }

  private disjunction(): Node {
    const alts: Node[] = [this.alternative()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0] : { kind: "alt", alts };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      items.push(this.quantified(this.atom()));
    }
    return { kind: "seq", items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    if (c === "*" || c === "?") min = 0;
    else if (c === "+") min = 1;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return node; // a literal "{" (read by atom() next)
      min = Number(m[1]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy: same characters
    return { kind: "repeat", node, min };
  }

  private atom(): Node {
    const c = this.src[this.i++];
    if (c === "^" || c === "$") return { kind: "assert", anchor: c };
    if (c === ".") return { kind: "char", chars: null };
    if (c === "[") return { kind: "char", chars: this.charClass() };
    if (c === "(") return this.group();
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?" || c === ")") throw new Unsupported();
    return { kind: "char", chars: codesOf(c) };
  }

  private group(): Node {
    let lookaround = false;
    if (this.src[this.i] === "?") {
      const src = this.src;
      const at = this.i + 1;
      if (src.startsWith(":", at)) this.i += 2;
      else if (src.startsWith("=", at) || src.startsWith("!", at)) {
        this.i += 2;
        lookaround = true;
      } else if (src.startsWith("<=", at) || src.startsWith("<!", at)) {
        this.i += 3;
        lookaround = true;
      } else {
        const named = /^<[A-Za-z_$][\w$]*>/.exec(src.slice(at));
        if (!named) throw new Unsupported();
        this.i += 1 + named[0].length;
      }
    }
    const inner = this.disjunction();
    if (this.src[this.i++] !== ")") throw new Unsupported();
    // What a lookaround looks at is not part of the match: zero width, whatever it contains.
    return lookaround ? { kind: "assert", anchor: null } : inner;
  }

  private escape(): Node {
    const c = this.src[this.i];
    if (c === "b" || c === "B") {
      this.i++;
      return { kind: "assert", anchor: null };
    }
    if (c !== undefined && /[1-9k]/.test(c)) throw new Unsupported(); // back-references
    return { kind: "char", chars: this.escapedChars() };
  }

  /** The characters of the escape after a backslash (at this.i), shared by atoms and classes. */
  private escapedChars(): CharSet {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported();
    if (c === "d") return new Set(DIGITS);
    if ("DsSwW".includes(c)) return null;
    if (c === "u" || c === "x") {
      const m = (c === "u" ? /^[0-9A-Fa-f]{4}/ : /^[0-9A-Fa-f]{2}/).exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      return new Set([parseInt(m[0], 16)]);
    }
    if (c === "c" || c === "p" || c === "P" || c === "0") throw new Unsupported();
    const controls: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" };
    return codesOf(controls[c] ?? c);
  }

  /** A [...] class after its "[": the set of its characters, or null for a negated or very wide class. */
  private charClass(): CharSet {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const chars = new Set<number>();
    let any = negated;
    while (this.src[this.i] !== "]") {
      if (this.i >= this.src.length) throw new Unsupported();
      const from = this.classAtom();
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]") {
        this.i++;
        const to = this.classAtom();
        if (from === null || to === null || from.size !== 1 || to.size !== 1) throw new Unsupported();
        const lo = [...from][0];
        const hi = [...to][0];
        if (hi - lo > MAX_RANGE) any = true;
        else for (let code = lo; code <= hi; code++) chars.add(code);
      } else if (from === null) any = true;
      else for (const ch of from) chars.add(ch);
    }
    this.i++;
    return any ? null : chars;
  }

  private classAtom(): CharSet {
    const c = this.src[this.i++];
    if (c !== "\\") return codesOf(c);
    if (this.src[this.i] === "b") {
      this.i++;
      return new Set([8]); // \b in a class is a backspace
    }
    return this.escapedChars();
  }
}

function union(a: CharSet, b: CharSet): CharSet {
  if (a === null || b === null) return null;
  for (const ch of b) a.add(ch);
  return a;
}

function isNullable(node: Node): boolean {
  switch (node.kind) {
    case "char":
      return false;
    case "assert":
      return true;
    case "seq":
      return node.items.every(isNullable);
    case "alt":
      return node.alts.some(isNullable);
    case "repeat":
      return node.min === 0 || isNullable(node.node);
  }
}

/** Characters the first (side "first") or last (side "last") character a node consumes can be. */
function edgeChars(node: Node, side: "first" | "last"): CharSet {
  switch (node.kind) {
    case "char":
      // Returned as is: union() only ever adds into a set made here, never into this one.
      return node.chars;
    case "assert":
      return new Set();
    case "repeat":
      return edgeChars(node.node, side);
    case "alt": {
      let acc: CharSet = new Set();
      for (const alt of node.alts) acc = union(acc, edgeChars(alt, side));
      return acc;
    }
    case "seq": {
      // From the edge inwards: an item that can match nothing lets the next one reach the edge.
      const items = side === "first" ? node.items : [...node.items].reverse();
      let acc: CharSet = new Set();
      for (const item of items) {
        acc = union(acc, edgeChars(item, side));
        if (!isNullable(item)) break;
      }
      return acc;
    }
  }
}

/** True when every match of the node is pinned to the input's start (`^`) or end (`$`). */
function isAnchored(node: Node, anchor: "^" | "$"): boolean {
  switch (node.kind) {
    case "assert":
      return node.anchor === anchor;
    case "char":
      return false;
    case "seq": {
      const edge = anchor === "^" ? node.items[0] : node.items[node.items.length - 1];
      return edge !== undefined && isAnchored(edge, anchor);
    }
    case "alt":
      return node.alts.every((alt) => isAnchored(alt, anchor));
    case "repeat":
      return node.min >= 1 && isAnchored(node.node, anchor);
  }
}

function anchoredEdge(re: RegExp, anchor: "^" | "$"): ReadonlySet<number> | null {
  if (re.flags !== "" && re.flags !== "g") return null;
  let tree: Node;
  try {
    tree = new Reader(re.source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  // A pattern that can match the empty string, or that can match away from the edge, matches
  // strings with any edge character.
  if (!isAnchored(tree, anchor) || isNullable(tree)) return null;
  return edgeChars(tree, anchor === "^" ? "first" : "last");
}

/**
 * The character codes a string that `re` matches can end with, for a pattern whose every match
 * ends at the end of the input (`…$`) and is not empty; null when that cannot be told (any
 * character). `re.test(s)` is false whenever the set does not hold s's last code unit (or s is empty).
 */
export function lastCharsOfMatch(re: RegExp): ReadonlySet<number> | null {
  return anchoredEdge(re, "$");
}

/** The character codes a string that `re` matches can start with, for a pattern anchored with `^…`; as lastCharsOfMatch. */
export function firstCharsOfMatch(re: RegExp): ReadonlySet<number> | null {
  return anchoredEdge(re, "^");
}

/**
 * A cheap exact guard for `re`: allows(s) is false only when `re` cannot match `s` because s's
 * first (for a `^…` pattern) or last (for a `…$` pattern) character is not one the pattern can put
 * there. The characters are kept as a bit array, so a test is one load: guards run on every line
 * and label, far more often than the patterns they spare.
 */
export class EdgeGuard {
  private constructor(
    /** One bit per UTF-16 code unit; null when any character can stand at the edge. */
    private readonly bits: Int32Array | null,
    private readonly atStart: boolean,
  ) {}

  static of(re: RegExp, anchor: "^" | "$"): EdgeGuard {
    const chars = anchoredEdge(re, anchor);
    let bits: Int32Array | null = null;
    if (chars !== null) {
      bits = new Int32Array(65536 / 32);
      for (const code of chars) bits[code >>> 5] |= 1 << (code & 31);
    }
    return new EdgeGuard(bits, anchor === "^");
  }

  allows(s: string): boolean {
    const bits = this.bits;
    if (bits === null) return true;
    // The pattern cannot match the empty string (else it would have no edge characters).
    if (s.length === 0) return false;
    const code = this.atStart ? s.charCodeAt(0) : s.charCodeAt(s.length - 1);
    return (bits[code >>> 5] & (1 << (code & 31))) !== 0;
  }
}
