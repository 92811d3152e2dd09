import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocument, type Json } from "./test-support/compare-output";
import { formatCliOutput } from "./cli-output";
import { decodeText } from "./decode-text";
import { parseDocument } from "./parse-document";

/**
 * Golden test: the parser's CLI output for each sample against expected files typed BY HAND from
 * the source texts (lib/parser/fixtures/<sample>.expected.json; each file's figures were read off
 * the sample, not off the parser). A mismatch fails, unless it is listed in KNOWN_DEVIATIONS with
 * the reason we accept it; a listed deviation that no longer happens fails too, so the list stays
 * true (as eemeli/yaml's test-suite skip list does).
 *
 * Comparison rules:
 * - header fields, totals and `total` of every row: exact (money compared as decimals; an expected
 *   null means the document does not give the figure, so the parser must not invent one);
 * - basic/project/personnel/public: compared only when the expected row has the key, and a blank
 *   cell (null) equals "0.00", because a PDF table's empty cell is a zero the reader sees as such;
 * - names: after NFKC and whitespace removal (full-width and ASCII brackets are the same name);
 * - explanations: after whitespace and trailing punctuation are stripped;
 * - projects: matched by code, else by name (one containing the other) and amount; every expected
 *   project must be found and no other project may appear.
 */

const SAMPLES = ["hanyang-2023-budget", "caidian-2023-budget", "hongshan-2025-budget", "hanyang-2023-final", "jianghan-2021-budget"];

interface Deviation {
  sample: string;
  /** Mismatch path as reported below, e.g. "functions.2080505.basic" or "economics.30201: missing". */
  path: string;
  reason: string;
}

const KNOWN_DEVIATIONS: Deviation[] = [];

const ROOT = path.resolve(import.meta.dirname, "../..");


function loadActual(sample: string): Json {
  const { text, encoding } = decodeText(readFileSync(path.join(ROOT, "data/samples", `${sample}.txt`)));
  return formatCliOutput(parseDocument(text), { encoding }) as Json;
}

function loadExpected(sample: string): Json {
  return JSON.parse(readFileSync(path.join(ROOT, "lib/parser/fixtures", `${sample}.expected.json`), "utf8")) as Json;
}

describe.each(SAMPLES)("golden: %s", (sample) => {
  const mismatches = compareDocument(loadExpected(sample), loadActual(sample));
  const accepted = KNOWN_DEVIATIONS.filter((d) => d.sample === sample);
  const isAccepted = (m: string) => accepted.some((d) => m === d.path || m.startsWith(`${d.path}:`) || m.startsWith(`${d.path} `));

  it("matches the hand-checked expected output", () => {
    expect(mismatches.filter((m) => !isAccepted(m))).toEqual([]);
  });

  it("has no stale known deviations", () => {
    const stale = accepted.filter((d) => !mismatches.some((m) => m === d.path || m.startsWith(`${d.path}:`) || m.startsWith(`${d.path} `)));
    expect(stale.map((d) => d.path)).toEqual([]);
  });
});
