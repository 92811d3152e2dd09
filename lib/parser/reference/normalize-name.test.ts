import { describe, expect, it } from "vitest";
import { normalizeClassificationName, normalizeClassificationNameLoosely } from "./normalize-name";

describe("normalizeClassificationName", () => {
  it("makes full-width, half-width and letter-spaced printings of one name equal", () => {
    const canonical = normalizeClassificationName("政府办公厅(室)及相关机构事务");
    expect(canonical).toBe("政府办公厅室及相关机构事务");
    expect(normalizeClassificationName("政府办公厅（室）及相关机构事务（款）")).toBe(canonical);
    expect(normalizeClassificationName("政府办公厅　(室) 及相关机构事务")).toBe(canonical);
    expect(normalizeClassificationName("行 政 运 行")).toBe("行政运行");
  });

  it("drops a leading 其中： and a trailing level marker, not a remark", () => {
    expect(normalizeClassificationName("其中：行政运行（项）")).toBe("行政运行");
    expect(normalizeClassificationName("其中行政运行")).toBe("行政运行");
    expect(normalizeClassificationName("一般行政管理事务（医疗保障）")).toBe("一般行政管理事务医疗保障");
  });

  it("still applies full NFKC to rarer compatibility characters (Kangxi radicals, ligatures)", () => {
    expect(normalizeClassificationName("⼀般行政管理事务")).toBe("一般行政管理事务");
    expect(normalizeClassificationName("ﬁ")).toBe("fi");
    expect(normalizeClassificationName("ＡＢ１２")).toBe("AB12");
  });
});

describe("normalizeClassificationNameLoosely", () => {
  it("also drops a bracketed remark a district appended", () => {
    expect(normalizeClassificationNameLoosely("一般行政管理事务（医疗保障）")).toBe("一般行政管理事务");
  });
});
