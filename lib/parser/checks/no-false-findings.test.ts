import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../decode-text";
import { parseDocument } from "../parse-document";
import type { Finding } from "../types";

/**
 * The checks must never accuse a consistent document. Each genre fixture is edited in ways that
 * keep its meaning (a narrative amount rounded to the places a writer might print, written in 元,
 * a page break moved, a running header repeated …) and re-parsed: no error- or warning-level
 * finding may appear that the original did not have (the planted contradictions stay, and are
 * compared by rule and codes only, since an edit may change the stated figure's printing).
 */

const GENRE_DIR = path.resolve(import.meta.dirname, "../fixtures/genre");
const names = readdirSync(GENRE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

function load(name: string): string {
  return decodeText(readFileSync(path.join(GENRE_DIR, `${name}.txt`))).text;
}

function serious(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    out.add(`${f.rule}|${[...f.codes].sort().join(",")}`);
  }
  return out;
}

function newSerious(original: string, edited: string): string[] {
  const before = serious(parseDocument(original).findings);
  const after = parseDocument(edited).findings;
  const fresh: string[] = [];
  for (const f of after) {
    if (f.severity === "info") continue;
    if (!before.has(`${f.rule}|${[...f.codes].sort().join(",")}`)) fresh.push(`${f.severity} ${f.rule}: ${f.message}`);
  }
  return fresh;
}

/** A prose line (not a table row): punctuated, no tab or pipe cells. */
function isProse(line: string): boolean {
  return !line.includes("\t") && !line.includes("|") && (line.includes("，") || line.includes("。"));
}

function editProse(text: string, edit: (line: string) => string): string {
  return text
    .split("\n")
    .map((line) => (isProse(line) ? edit(line) : line))
    .join("\n");
}

/** Half-up rounding of a decimal string to `places` (0 or 1), as a writer rounds. */
function roundTo(value: string, places: number): string {
  const [int, frac = ""] = value.split(".");
  const digits = BigInt(int + frac.padEnd(2, "0").slice(0, 2));
  const step = 10n ** BigInt(2 - places);
  const rounded = ((digits + step / 2n) / step).toString().padStart(places + 1, "0");
  return places === 0 ? rounded : `${rounded.slice(0, -places)}.${rounded.slice(-places)}`;
}

const TWO_PLACE_WAN = /(?<![\d.])(\d{1,9})\.(\d{2})万元/g;

const EDITS: Record<string, (text: string) => string> = {
  "narrative amounts rounded to one decimal": (text) =>
    editProse(text, (line) => line.replace(TWO_PLACE_WAN, (_m, i: string, f: string) => `${roundTo(`${i}.${f}`, 1)}万元`)),
  // Amounts under 1万元 keep their decimals: "0万元" would say the item has no money.
  "narrative amounts rounded to whole 万元": (text) =>
    editProse(text, (line) =>
      line.replace(TWO_PLACE_WAN, (m, i: string, f: string) => (Number(i) >= 1 ? `${roundTo(`${i}.${f}`, 0)}万元` : m)),
    ),
  "narrative amounts written in 元": (text) =>
    editProse(text, (line) =>
      line.replace(TWO_PLACE_WAN, (_m, i: string, f: string) => `${BigInt(i + f) * 100n}元`),
    ),
  "收入预算总额 worded 收入总预算": (text) => text.replace(/收入预算总额/g, "收入总预算"),
  "收支总预算 worded 收支预算总额, 支出预算总额 worded 支出总预算": (text) =>
    text.replace(/收支总预算/g, "收支预算总额").replace(/支出预算总额/g, "支出总预算"),
  "narrative amounts with thousands separators": (text) =>
    editProse(text, (line) => line.replace(/(?<![\d.,])(\d{4,9})(\.\d+)?万元/g, (_m, i: string, f: string | undefined) => `${i.replace(/\B(?=(\d{3})+$)/g, ",")}${f ?? ""}万元`)),
  "table amounts without thousands separators": (text) =>
    text
      .split("\n")
      .map((line) => (line.includes("\t") ? line.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1") : line))
      .join("\n"),
  "prose lines wrapped as a PDF wraps them (between two characters that are not digits)": (text) =>
    editProse(text, (line) => {
      if (line.length < 40) return line;
      let at = 30;
      while (at < line.length - 1 && (/[\d.,%]/.test(line[at - 1]) || /[\d.,%]/.test(line[at]))) at++;
      return at < line.length - 1 ? `${line.slice(0, at)}\n${line.slice(at)}` : line;
    }),
  "prose lines wrapped inside an amount (after its decimal point)": (text) =>
    editProse(text, (line) => line.replace(/(\d\.)(\d{2}万元)/, "$1\n$2")),
  "prose lines wrapped between an amount and its unit": (text) => editProse(text, (line) => line.replace(/(\d)(万元)/, "$1\n$2")),
  "a form feed (page break) between table rows": (text) => {
    const lines = text.split("\n");
    let rowsSeen = 0;
    return lines.map((line) => (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 6 === 2 ? `${line}\f` : line)).join("\n");
  },
  "a blank line and page number inside every table": (text) => {
    const lines = text.split("\n");
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 7 === 3) out.push("", "- 3 -", "");
    }
    return out.join("\n");
  },
  "a cover line (监督索引号) repeated as a running header inside tables": (text) => {
    const lines = text.split("\n");
    const header = lines.find((l) => l.startsWith("监督索引号"));
    if (header === undefined) return text;
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 9 === 4) out.push(header);
    }
    return out.join("\n");
  },
  "the title repeated as a running header inside tables": (text) => {
    const lines = text.split("\n");
    const title = lines.find((l) => /20\d\d年.*(?:预算|决算)/.test(l) && l.length < 40)?.trim() ?? "";
    const out: string[] = [];
    let rowsSeen = 0;
    for (const line of lines) {
      out.push(line);
      if (line.includes("\t") && /\d\.\d{2}/.test(line) && ++rowsSeen % 9 === 4) out.push(title);
    }
    return out.join("\n");
  },
};

describe("no false findings under meaning-preserving edits of the genre fixtures", () => {
  for (const [edit, apply] of Object.entries(EDITS)) {
    it(edit, () => {
      const problems: string[] = [];
      let edited = 0;
      for (const name of names) {
        const text = load(name);
        const changed = apply(text);
        if (changed === text) continue;
        edited++;
        for (const p of newSerious(text, changed)) problems.push(`${name}: ${p}`);
      }
      // An edit that no fixture exercises would pass vacuously.
      expect(edited).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});

/** Replaces each `from` once, failing when the fixture no longer prints it (the edit would silently do nothing). */
function replaceAll(text: string, pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    expect(out.includes(from), `fixture prints ${from}`).toBe(true);
    out = out.replace(from, to);
  }
  return out;
}

describe("no false findings when a unit's money changes consistently across its tables and prose", () => {
  const name = "xueyuanlu-street-2024-budget";

  it("a 上年结转 carried over into a project, in the 收支总表, 收入总表, 支出总表 and the narrative", () => {
    const text = load(name);
    const edited = replaceAll(text, [
      ["收入预算4,850.60万元，其中：财政拨款4,820.60万元，占99.38%", "收入预算4,950.60万元，其中：财政拨款4,820.60万元，占97.37%"],
      ["单位资金30.00万元，占0.62%。", "单位资金30.00万元，占0.61%；上年结转100.00万元，占2.02%。"],
      ["支出预算4,850.60万元，其中：基本支出2,960.60万元，占61.04%", "支出预算4,950.60万元，其中：基本支出2,960.60万元，占59.80%"],
      ["项目支出1,890.00万元，占38.96%", "项目支出1,990.00万元，占40.20%"],
      // 收支总表
      ["五、城乡社区支出\t1,250.00", "五、城乡社区支出\t1,350.00"],
      ["本年收入合计\t4,850.60\t本年支出合计\t4,850.60", "本年收入合计\t4,850.60\t本年支出合计\t4,950.60"],
      ["上年结转\t\t结转下年\t", "上年结转\t100.00\t结转下年\t"],
      ["收入总计\t4,850.60\t支出总计\t4,850.60", "收入总计\t4,950.60\t支出总计\t4,950.60"],
      // 收入总表
      ["\t合计\t4,850.60\t4,820.60\t\t30.00\t", "\t合计\t4,950.60\t4,820.60\t\t30.00\t100.00"],
      ["212\t城乡社区支出\t1,250.00\t1,220.00\t\t30.00\t", "212\t城乡社区支出\t1,350.00\t1,220.00\t\t30.00\t100.00"],
      ["21201\t城乡社区管理事务\t1,250.00\t1,220.00\t\t30.00\t", "21201\t城乡社区管理事务\t1,350.00\t1,220.00\t\t30.00\t100.00"],
      ["2120199\t其他城乡社区管理事务支出\t1,250.00\t1,220.00\t\t30.00\t", "2120199\t其他城乡社区管理事务支出\t1,350.00\t1,220.00\t\t30.00\t100.00"],
      // 支出总表
      ["\t合计\t4,850.60\t2,960.60\t1,890.00", "\t合计\t4,950.60\t2,960.60\t1,990.00"],
      ["212\t城乡社区支出\t1,250.00\t\t1,250.00", "212\t城乡社区支出\t1,350.00\t\t1,350.00"],
      ["21201\t城乡社区管理事务\t1,250.00\t\t1,250.00", "21201\t城乡社区管理事务\t1,350.00\t\t1,350.00"],
      ["2120199\t其他城乡社区管理事务支出\t1,250.00\t\t1,250.00", "2120199\t其他城乡社区管理事务支出\t1,350.00\t\t1,350.00"],
    ]);
    expect(newSerious(text, edited)).toEqual([]);
  });

  it("more 单位资金 (the unit's own income, as 事业收入 elsewhere) in the all-funds tables, the 财政拨款 tables unchanged", () => {
    const text = load(name);
    const edited = replaceAll(text, [
      ["收入预算4,850.60万元，其中：财政拨款4,820.60万元，占99.38%", "收入预算4,900.60万元，其中：财政拨款4,820.60万元，占98.37%"],
      ["单位资金30.00万元，占0.62%。", "单位资金80.00万元，占1.63%。"],
      ["支出预算4,850.60万元，其中：基本支出2,960.60万元，占61.04%", "支出预算4,900.60万元，其中：基本支出2,960.60万元，占60.41%"],
      ["项目支出1,890.00万元，占38.96%", "项目支出1,940.00万元，占39.59%"],
      ["五、单位资金\t30.00", "五、单位资金\t80.00"],
      ["五、城乡社区支出\t1,250.00", "五、城乡社区支出\t1,300.00"],
      ["本年收入合计\t4,850.60\t本年支出合计\t4,850.60", "本年收入合计\t4,900.60\t本年支出合计\t4,900.60"],
      ["收入总计\t4,850.60\t支出总计\t4,850.60", "收入总计\t4,900.60\t支出总计\t4,900.60"],
      ["\t合计\t4,850.60\t4,820.60\t\t30.00\t", "\t合计\t4,900.60\t4,820.60\t\t80.00\t"],
      ["212\t城乡社区支出\t1,250.00\t1,220.00\t\t30.00\t", "212\t城乡社区支出\t1,300.00\t1,220.00\t\t80.00\t"],
      ["21201\t城乡社区管理事务\t1,250.00\t1,220.00\t\t30.00\t", "21201\t城乡社区管理事务\t1,300.00\t1,220.00\t\t80.00\t"],
      ["2120199\t其他城乡社区管理事务支出\t1,250.00\t1,220.00\t\t30.00\t", "2120199\t其他城乡社区管理事务支出\t1,300.00\t1,220.00\t\t80.00\t"],
      ["\t合计\t4,850.60\t2,960.60\t1,890.00", "\t合计\t4,900.60\t2,960.60\t1,940.00"],
      ["212\t城乡社区支出\t1,250.00\t\t1,250.00", "212\t城乡社区支出\t1,300.00\t\t1,300.00"],
      ["21201\t城乡社区管理事务\t1,250.00\t\t1,250.00", "21201\t城乡社区管理事务\t1,300.00\t\t1,300.00"],
      ["2120199\t其他城乡社区管理事务支出\t1,250.00\t\t1,250.00", "2120199\t其他城乡社区管理事务支出\t1,300.00\t\t1,300.00"],
      ["合计\t\t\t1,890.00\t1,860.00\t\t30.00", "合计\t\t\t1,940.00\t1,860.00\t\t80.00"],
      ["城市精细化管理经费\t特定目标类\t1,250.00\t1,220.00\t\t30.00", "城市精细化管理经费\t特定目标类\t1,300.00\t1,220.00\t\t80.00"],
      ["涉及项目预算资金1,890.00万元", "涉及项目预算资金1,940.00万元"],
    ]);
    expect(newSerious(text, edited)).toEqual([]);
  });
});

describe("no false findings when a 决算 unit gains 事业收入 in its all-funds tables only", () => {
  it("事业收入 in the 收入支出决算总表, 收入决算表, 支出决算表 and the narrative; the 一般公共预算 tables unchanged", () => {
    const text = load("maiji-library-2019-final");
    const edited = replaceAll(text, [
      ["本单位收入为239.00万元，其中：财政拨款收入239.00万元，占100%；事业收入0万元，占0%", "本单位收入为259.00万元，其中：财政拨款收入239.00万元，占92.28%；事业收入20.00万元，占7.72%"],
      ["本单位支出为239.00万元。其中：基本支出204.00万元，占85.36%；项目支出35.00万元，占14.64%", "本单位支出为259.00万元。其中：基本支出224.00万元，占86.49%；项目支出35.00万元，占13.51%"],
      // 收入支出决算总表
      ["三、事业收入\t3\t", "三、事业收入\t3\t20.00"],
      ["七、文化旅游体育与传媒支出\t35\t195.30", "七、文化旅游体育与传媒支出\t35\t215.30"],
      ["本年收入合计\t16\t239.00\t本年支出合计\t57\t239.00", "本年收入合计\t16\t259.00\t本年支出合计\t57\t259.00"],
      ["总计\t22\t239.00\t总计\t63\t239.00", "总计\t22\t259.00\t总计\t63\t259.00"],
      // 收入决算表
      ["合计\t\t239.00\t239.00\t\t\t\t\t", "合计\t\t259.00\t239.00\t\t20.00\t\t\t"],
      ["207\t文化旅游体育与传媒支出\t195.30\t195.30\t\t\t\t\t", "207\t文化旅游体育与传媒支出\t215.30\t195.30\t\t20.00\t\t\t"],
      ["20701\t文化和旅游\t195.30\t195.30\t\t\t\t\t", "20701\t文化和旅游\t215.30\t195.30\t\t20.00\t\t\t"],
      ["2070104\t图书馆\t195.30\t195.30\t\t\t\t\t", "2070104\t图书馆\t215.30\t195.30\t\t20.00\t\t\t"],
      // 支出决算表
      ["合计\t\t239.00\t204.00\t35.00", "合计\t\t259.00\t224.00\t35.00"],
      ["207\t文化旅游体育与传媒支出\t195.30\t160.30\t35.00\t", "207\t文化旅游体育与传媒支出\t215.30\t180.30\t35.00\t"],
      ["20701\t文化和旅游\t195.30\t160.30\t35.00\t", "20701\t文化和旅游\t215.30\t180.30\t35.00\t"],
      ["2070104\t图书馆\t195.30\t160.30\t35.00\t", "2070104\t图书馆\t215.30\t180.30\t35.00\t"],
    ]);
    expect(newSerious(text, edited)).toEqual([]);
  });
});

describe("real contradictions are still found", () => {
  it("a narrative amount changed by 10万元 is reported against the table (text-vs-table error)", () => {
    const text = load("xueyuanlu-street-2024-budget");
    const edited = replaceAll(text, [["项目支出1,890.00万元，占38.96%", "项目支出1,880.00万元，占38.96%"]]);
    expect(newSerious(text, edited).length).toBeGreaterThan(0);
  });

  it("a whole-万元 amount off by more than its rounding is still reported", () => {
    const text = load("xueyuanlu-street-2024-budget");
    const edited = replaceAll(text, [["项目支出1,890.00万元，占38.96%", "项目支出1,880万元，占38.96%"]]);
    expect(newSerious(text, edited).some((f) => f.includes("text-vs-table") || f.includes("basic-split"))).toBe(true);
  });

  it("a 三公 total that its parts do not add up to is reported", () => {
    const text = load("xueyuanlu-street-2024-budget");
    const edited = replaceAll(text, [["“三公”经费预算22.00万元", "“三公”经费预算23.00万元"]]);
    expect(newSerious(text, edited).length).toBeGreaterThan(0);
  });

  it("a 决算 narrative whose 年初预算 differs from the table's 年初预算 column is reported, naming both", () => {
    const text = load("maiji-library-2019-final");
    // 195.30 − 10.00 = 185.30 against the table's 183.30.
    const edited = replaceAll(text, [["完成年初预算106.55%，决算数大于预算数12.00万元", "完成年初预算106.55%，决算数大于预算数10.00万元"]]);
    const fresh = newSerious(text, edited);
    expect(fresh.some((f) => f.startsWith("error text-vs-table") && f.includes("年初预算185.3") && f.includes("183.3"))).toBe(true);
  });
});
