import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { DecodeError } from "./errors";

/** A few known GBK byte pairs, so the test does not need an encoder. */
const GBK: Record<string, number[]> = {
  预: [0xd4, 0xa4],
  算: [0xcb, 0xe3],
  部: [0xb2, 0xbf],
  门: [0xc3, 0xc5],
  决: [0xbe, 0xf6],
  万: [0xcd, 0xf2],
  元: [0xd4, 0xaa],
};

function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...GBK[ch]);
  }
  return new Uint8Array(out);
}

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (littleEndian) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

const SAMPLE = "2023年部门预算\n合计 1077.43 万元\n";

describe("decodeText", () => {
  it("reads plain UTF-8", () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("drops a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("reads GBK text that is not valid UTF-8", () => {
    const result = decodeText(encodeGbk("2023部门预算 100万元\n决算"));
    expect(result.encoding).toBe("gb18030");
    expect(result.text).toBe("2023部门预算 100万元\n决算");
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(encodeUtf16(SAMPLE, true, true))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeText(encodeUtf16(SAMPLE, false, true))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises BOM-less UTF-16 by its NUL bytes instead of calling it binary", () => {
    expect(decodeText(encodeUtf16(SAMPLE, true, false))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeText(encodeUtf16(SAMPLE, false, false))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("refuses empty and whitespace-only input", () => {
    expect(() => decodeText(new Uint8Array())).toThrow(DecodeError);
    expect(() => decodeText(new TextEncoder().encode(" \n\t\n"))).toThrow(/empty/);
  });

  it("refuses a PDF and says to extract its text first", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    expect(() => decodeText(pdf)).toThrow(/PDF.*extract/);
  });

  it("refuses binary data", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(() => decodeText(png)).toThrow(DecodeError);
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decodeText(controls)).toThrow(/binary/);
  });
});
