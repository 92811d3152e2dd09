/**
 * Property test: whatever text arrives (a damaged PDF extraction, a truncated upload, binary junk
 * pasted by mistake), parseDocument returns a document or throws UnrecognisedDocumentError —
 * nothing else — and does so quickly. The inputs are the sample disclosures, mutated the way real
 * extractions go wrong: lines dropped, duplicated or shuffled, digits changed, garbage inserted,
 * the text cut short, and absurdly long repeated lines that would expose super-linear regexes.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { parseDocument } from "./parse-document";
import { UnrecognisedDocumentError } from "./types";

const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../data/samples");
const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(SAMPLES_DIR, f), "utf8").split("\n"));

/** The genre fixtures: other layouts (whole-number tables, one cell per line, pipes, HTML) that reach other code. */
const GENRE_DIR = path.resolve(import.meta.dirname, "fixtures/genre");
const GENRE = readdirSync(GENRE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => decodeText(readFileSync(path.join(GENRE_DIR, f))).text.split("\n"));

/** One call may take this long at most; a sample parses in well under 100 ms. */
const MAX_MS_PER_CALL = 3000;

const GARBAGE = ["\u0000", "\uFFFD", "\u200B", "\t", "\r", "\f", "%PDF-1.7", "<b>", "</p>", "（", "）", "，", "．", "—", "表", "万元", "合计", "2101301", "1, 077. 43", "-", "(", "\\", "\u{1F600}", "\uD800"];

type Mutation =
  | { op: "drop"; at: number; count: number }
  | { op: "duplicate"; at: number; count: number }
  | { op: "shuffle"; at: number; count: number; seed: number }
  | { op: "digits"; at: number; digit: string }
  | { op: "garbage"; at: number; text: string }
  | { op: "truncate"; at: number }
  | { op: "huge"; at: number; unit: string; times: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: position, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: position, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant("shuffle" as const), at: position, count: fc.integer({ min: 2, max: 40 }), seed: fc.integer() }),
  fc.record({ op: fc.constant("digits" as const), at: position, digit: fc.constantFrom(..."0123456789.,") }),
  fc.record({
    op: fc.constant("garbage" as const),
    at: position,
    text: fc.oneof(
      fc.array(fc.constantFrom(...GARBAGE), { minLength: 1, maxLength: 12 }).map((a) => a.join("")),
      fc.string({ unit: "binary", maxLength: 40 }),
    ),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: position }),
  fc.record({
    op: fc.constant("huge" as const),
    at: position,
    unit: fc.constantFrom("1, 077. 43 ", "9", "表", "(((", "合计 ", "项 目 ", "2101301 城乡医疗救助 ", "a", "，", " "),
    times: fc.integer({ min: 100, max: 20000 }),
  }),
);

function applyMutation(lines: string[], m: Mutation): string[] {
  const at = Math.min(lines.length, Math.floor(m.at * (lines.length + 1)));
  switch (m.op) {
    case "drop":
      return [...lines.slice(0, at), ...lines.slice(at + m.count)];
    case "duplicate":
      return [...lines.slice(0, at + m.count), ...lines.slice(at, at + m.count), ...lines.slice(at + m.count)];
    case "shuffle": {
      const part = lines.slice(at, at + m.count);
      let seed = m.seed | 0;
      for (let i = part.length - 1; i > 0; i--) {
        seed = (Math.imul(seed, 1103515245) + 12345) | 0;
        const j = Math.abs(seed) % (i + 1);
        [part[i], part[j]] = [part[j], part[i]];
      }
      return [...lines.slice(0, at), ...part, ...lines.slice(at + m.count)];
    }
    case "digits":
      return lines.map((line, i) => (i >= at && i < at + 50 ? line.replace(/\d/, m.digit) : line));
    case "garbage": {
      const line = lines[at] ?? "";
      const cut = Math.floor(line.length / 2);
      return [...lines.slice(0, at), line.slice(0, cut) + m.text + line.slice(cut), ...lines.slice(at + 1)];
    }
    case "truncate":
      return lines.slice(0, at);
    case "huge":
      return [...lines.slice(0, at), m.unit.repeat(m.times), ...lines.slice(at)];
  }
}

/** Parses and classifies the outcome; any other exception fails the property with its message. */
function parseWithinBounds(text: string): void {
  const started = performance.now();
  try {
    parseDocument(text);
  } catch (error) {
    if (!(error instanceof UnrecognisedDocumentError)) {
      throw new Error(`parseDocument threw ${String(error)} on input of ${text.length} chars`, { cause: error });
    }
  }
  const elapsed = performance.now() - started;
  if (elapsed > MAX_MS_PER_CALL) throw new Error(`parseDocument took ${elapsed.toFixed(0)} ms on ${text.length} chars`);
}

describe("parseDocument under mutated input", () => {
  it("never throws anything but UnrecognisedDocumentError on mutated excerpts", () => {
    const excerpt = fc.record({
      sample: fc.integer({ min: 0, max: SAMPLES.length - 1 }),
      start: position,
      length: fc.integer({ min: 1, max: 250 }),
      mutations: fc.array(mutation, { maxLength: 6 }),
      keepHead: fc.boolean(),
    });
    fc.assert(
      fc.property(excerpt, ({ sample, start, length, mutations, keepHead }) => {
        const lines = SAMPLES[sample];
        const from = Math.floor(start * lines.length);
        // Keeping the head keeps the title, so the document is recognised and later stages run.
        let chosen = keepHead ? [...lines.slice(0, 40), ...lines.slice(from, from + length)] : lines.slice(from, from + length);
        for (const m of mutations) chosen = applyMutation(chosen, m);
        parseWithinBounds(chosen.join("\n"));
      }),
      { numRuns: 2500, seed: 20250101 },
    );
  }, 90_000);

  it("never throws anything but UnrecognisedDocumentError on mutated genre fixtures", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: GENRE.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        (doc, mutations) => {
          let lines = GENRE[doc];
          for (const m of mutations) lines = applyMutation(lines, m);
          parseWithinBounds(lines.join("\n"));
        },
      ),
      { numRuns: Number(process.env.FUZZ_GENRE_RUNS ?? 600), seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
  }, 120_000);

  it("survives whole documents with a few mutations", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SAMPLES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (sample, mutations) => {
          let lines = SAMPLES[sample];
          for (const m of mutations) lines = applyMutation(lines, m);
          parseWithinBounds(lines.join("\n"));
        },
      ),
      { numRuns: 150, seed: 20250102 },
    );
  }, 90_000);

  it("stays linear on pathological text", () => {
    const inputs = [
      "2023年部门预算\n" + "1, 077. 43 ".repeat(50_000),
      "2023年部门预算\n" + "表\n".repeat(50_000),
      "2023年部门预算\n" + "(".repeat(100_000),
      "2023年部门预算\n" + "2101301 城乡医疗救助 774.16\n".repeat(10_000),
      "武汉市某区某局2023年部门决算\n" + "项 目 名 称 ".repeat(20_000),
      "\u0000".repeat(100_000),
      "",
    ];
    for (const text of inputs) parseWithinBounds(text);
    expect(true).toBe(true);
  }, 60_000);
});
