import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONEY_RULES } from "./figure-terms";
import { EdgeGuard, firstCharsOfMatch, lastCharsOfMatch } from "./regex-edges";

function chars(set: ReadonlySet<number> | null): string | null {
  return set === null ? null : [...set].map((c) => String.fromCharCode(c)).sort().join("");
}

describe("lastCharsOfMatch / firstCharsOfMatch", () => {
  it("reads the characters an anchored pattern can put at the edge", () => {
    expect(chars(lastCharsOfMatch(/(?:共计|为|是|达到)$/))).toBe([..."计为是到"].sort().join(""));
    expect(chars(lastCharsOfMatch(/公务接待费(?:用)?(?:支出)?(?:数)?$/))).toBe([..."费用出数"].sort().join(""));
    expect(chars(lastCharsOfMatch(/[(\[【"“]+$/))).toBe([..."([【\"“"].sort().join(""));
    expect(chars(lastCharsOfMatch(/(?:^|\d{4}年度?|部门)事业收入$/))).toBe("入");
    expect(chars(firstCharsOfMatch(/^(?:\d{4}年度?|本年度?|当年)/))).toBe([..."0123456789本当"].sort().join(""));
    expect(chars(firstCharsOfMatch(/^(?:[①-⑤]|\(\d\))/))).toBe([..."(①②③④⑤"].sort().join(""));
    // Lookarounds take no characters; escapes and classes are read as written.
    expect(chars(lastCharsOfMatch(/a(?=x)\u4e00(?<!y)$/))).toBe("一");
    expect(chars(firstCharsOfMatch(/^[\]\-x]b/))).toBe([..."]-x"].sort().join(""));
  });

  it("says any character when the pattern does not pin the edge or can match nothing", () => {
    expect(lastCharsOfMatch(/收入/)).toBeNull(); // not anchored
    expect(lastCharsOfMatch(/(?:收入$|支出)/)).toBeNull(); // one alternative not anchored
    expect(lastCharsOfMatch(/(?:收入)?$/)).toBeNull(); // can match the empty string
    expect(lastCharsOfMatch(/.$/)).toBeNull();
    expect(lastCharsOfMatch(/[^a]$/)).toBeNull();
    expect(lastCharsOfMatch(/[\u4e00-\u9fa5]$/)).toBeNull(); // too wide to list
    expect(lastCharsOfMatch(/(a)\1$/)).toBeNull(); // back-reference
    expect(lastCharsOfMatch(/a$/i)).toBeNull();
    expect(lastCharsOfMatch(/a$/m)).toBeNull();
    expect(firstCharsOfMatch(/a^/)).toBeNull();
  });

  it("gives a guard that is never false for a string the pattern matches", () => {
    const patterns: RegExp[] = [
      ...MONEY_RULES.map((r) => r.re),
      /(增加|减少|增长|下降|降低|上升|调增|调减|增|减)了?$/,
      /^(?:本年|当年)预算(?:数|金额)?$/,
      /(?:支出决算数?|决算支出数?|决算数|执行数|实际支出数?)$/,
      /[(\[【"“]+$/,
      /(?:共计|为|是|达到|达|约|共)$/,
      /^[、:："“”'‘’()\]】]+/,
      /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十廿]+、|\([一二三四五六七八九十廿]+\)|\d{1,2}[、.](?!\d)|\(\d{1,2}\)|[①-⑳])/,
      /^(?:\d{4}年度?|本年度?|当年)/,
    ];
    let matched = 0;
    for (const re of patterns) {
      // Strings made of the pattern's own literal runs and characters (and a few others), so that
      // many of them match.
      const runs = re.source.split(/\\.|[\^$?:*+|()[\]{}]/).filter((run) => run !== "");
      const pieces = [...new Set([...runs, ...runs.join(""), "2023", "年", "，", " ", "x"])];
      const text = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join(""));
      for (const anchor of ["^", "$"] as const) {
        const guard = EdgeGuard.of(re, anchor);
        fc.assert(
          fc.property(text, (s) => {
            if (!re.test(s)) return true;
            matched++;
            return guard.allows(s);
          }),
          { numRuns: 300 },
        );
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
