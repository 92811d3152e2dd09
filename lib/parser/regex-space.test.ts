import { describe, expect, it } from "vitest";
import { isRegexSpace } from "./regex-space";

describe("isRegexSpace", () => {
  it("agrees with \\s and with trim on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isRegexSpace(c) !== /\s/.test(ch) || isRegexSpace(c) !== (ch.trim() === "")) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
