import { describe, expect, it } from "vitest";
import { checkBasicSplit } from "./basic-split";
import { figure, inSentence, makeDraft } from "./draft-builder";

describe("basic-split", () => {
  it("accepts consistent headline figures", () => {
    const doc = makeDraft({ totals: { expenditure: "294.64", basic: "181.66", project: "112.98", personnel: "170.00", public: "11.66" } });
    expect(checkBasicSplit(doc)).toEqual([]);
  });

  it("reports basic ≠ personnel + public with both figures", () => {
    const doc = makeDraft({
      totals: { basic: "181.66", personnel: "170.00", public: "1.66" },
      totalsProvenance: { basic: inSentence(12) },
    });
    const [f] = checkBasicSplit(doc);
    expect(f).toMatchObject({ rule: "basic-split", severity: "warning", expected: "181.66", actual: "171.66" });
    expect(f.message).toContain("说明文字第12行");
  });

  it("reports a one-cent split as rounding", () => {
    const doc = makeDraft({ totals: { basic: "758.90", personnel: "697.68", public: "61.23" } });
    expect(checkBasicSplit(doc)).toMatchObject([{ rule: "rounding", severity: "info" }]);
  });

  it("accepts basic and project spending that are the parts of the 一般公共预算 the text states", () => {
    const general = { key: "general.expenditure", label: "一般公共预算支出预算", value: "1100.00", provenance: inSentence(5) };
    const doc = makeDraft({ totals: { expenditure: "1200.00", basic: "700.00", project: "400.00" }, figures: [general] });
    expect(checkBasicSplit(doc)).toEqual([]);
    // Without that figure the same parts contradict the department's total.
    expect(checkBasicSplit(makeDraft({ totals: { expenditure: "1200.00", basic: "700.00", project: "400.00" } }))).toMatchObject([
      { rule: "basic-split", severity: "warning" },
    ]);
  });

  it("accepts totals a sentence printed in whole 万元 that add up only to within their rounding", () => {
    const whole = (key: string, value: string) => ({ ...figure(key, value, inSentence(26)), amountPlaces: 0 });
    const doc = makeDraft({
      totals: { expenditure: "286.00", basic: "235.00", project: "52.00" },
      totalsProvenance: { expenditure: inSentence(26), basic: inSentence(26), project: inSentence(26) },
      figures: [whole("expenditure.total", "286.00"), whole("expenditure.basic", "235.00"), whole("expenditure.project", "52.00")],
    });
    expect(checkBasicSplit(doc)).toEqual([]);
    const exact = makeDraft({ totals: { expenditure: "286.00", basic: "235.00", project: "52.00" } });
    expect(checkBasicSplit(exact)).toMatchObject([{ rule: "basic-split" }]);
  });
});
