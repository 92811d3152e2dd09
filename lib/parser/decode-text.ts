import { DecodeError } from "./errors";

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as: utf-8, utf-16le, utf-16be or gb18030. */
  encoding: string;
}

/** How many leading bytes the binary and UTF-16 sniffers look at; enough to be sure, cheap on 20 MB. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Turns an uploaded file's bytes into text, detecting the encoding instead of assuming UTF-8:
 * disclosures copied out of Chinese office software arrive as GBK/GB18030 or UTF-16 as often as
 * UTF-8, and reading them as the wrong one silently turns every figure's label into mojibake.
 *
 * Order: BOMs (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 by its NUL-byte pattern, strict UTF-8, then
 * GB18030 (a superset of GBK and GB2312). Throws DecodeError for empty input, a PDF (its text
 * must be extracted first), and binary data (NUL or control bytes in a file that is not UTF-16).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DecodeError("empty input: the file has no content");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new DecodeError("this is a PDF file: extract its text first (e.g. pdftotext -layout) and upload the text");
  }
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: decodeStrict("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: decodeStrict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: decodeStrict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      decoded = { text: decodeStrict(utf16, bytes), encoding: utf16 };
    } else {
      assertNotBinary(bytes);
      decoded = decodeUtf8OrGb18030(bytes);
    }
  }
  if (decoded.text.startsWith("\uFEFF")) decoded.text = decoded.text.slice(1);
  if (decoded.text.trim() === "") throw new DecodeError("empty input: the file holds only whitespace");
  assertNoControlCharacters(decoded.text);
  return decoded;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`the file is not valid ${encoding} text`);
  }
}

function decodeUtf8OrGb18030(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: the usual alternative for Chinese government documents is GBK/GB18030.
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    throw new DecodeError("the file is neither UTF-8, UTF-16 nor GBK/GB18030 text");
  }
}

/**
 * UTF-16 without a BOM: text with any ASCII in it (digits, spaces, newlines: every disclosure has
 * them) shows NUL bytes at mostly one parity: odd offsets for LE, even for BE.
 */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  if (oddNuls >= pairs * 0.2 && evenNuls <= oddNuls * 0.05) return "utf-16le";
  if (evenNuls >= pairs * 0.2 && oddNuls <= evenNuls * 0.05) return "utf-16be";
  return null;
}

function assertNotBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new DecodeError("binary input: the file contains NUL bytes and is not text");
    if (isBinaryControl(b)) controls++;
  }
  if (controls > 0 && controls >= n * 0.01) {
    throw new DecodeError("binary input: the file contains control bytes and is not text");
  }
}

/** Control characters that do not occur in text files (tab, LF, CR, FF, VT and ESC are tolerated). */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}

function assertNoControlCharacters(text: string): void {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new DecodeError("binary input: the decoded text contains NUL characters");
    if (isBinaryControl(c)) controls++;
  }
  if (controls > 0 && controls >= n * 0.01) {
    throw new DecodeError("binary input: the decoded text is mostly control characters");
  }
}
