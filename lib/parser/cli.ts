/**
 * `npm run --silent parse -- <file>`: prints exactly one JSON object (see cli-output.ts) on stdout
 * and exits 0; for input it cannot read, prints a one-line reason on stderr and exits 1.
 * The only parser file that touches the file system.
 */
import { readFileSync, statSync } from "node:fs";
import { formatCliOutput } from "./cli-output";
import { decodeText } from "./decode-text";
import { DecodeError } from "./errors";
import { parseDocument } from "./parse-document";
import { UnrecognisedDocumentError } from "./types";

/** Larger than any disclosure's text by two orders of magnitude: anything bigger is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function fail(reason: string): never {
  process.stderr.write(`parse: ${reason.replace(/\s+/g, " ").trim()}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== "--");
  if (args.length !== 1) fail("usage: npm run --silent parse -- <file>");
  const file = args[0];
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error)}`);
  }
  if (size > MAX_INPUT_BYTES) fail(`${file} is ${size} bytes, over the ${MAX_INPUT_BYTES}-byte limit for a disclosure's text`);
  try {
    const { text, encoding } = decodeText(readFileSync(file));
    const doc = parseDocument(text);
    process.stdout.write(`${JSON.stringify(formatCliOutput(doc, { encoding }))}\n`);
  } catch (error) {
    if (error instanceof DecodeError || error instanceof UnrecognisedDocumentError) fail(`${file}: ${error.message}`);
    throw error;
  }
}

main(process.argv.slice(2));
