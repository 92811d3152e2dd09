import { describe, expect, it } from "vitest";
import { scanTokens } from "./scan-tokens";

describe("scanTokens", () => {
  it("reads 万元 amounts with thousands separators and spaces before the unit", () => {
    const t = scanTokens("年初预算为1,077.43万元，支出决算为 956.8 万元。");
    expect(t.map((x) => [x.kind, x.value])).toEqual([
      ["money", "1077.43"],
      ["money", "956.80"],
    ]);
  });

  it("reads thousands typed with a full-width comma when they run into decimals, and nothing else so", () => {
    const tokens = scanTokens("收入预算总计1，077.43万元，其中12，345，678.91元；编制5，100人。");
    expect(tokens.map((t) => [t.kind, t.value])).toEqual([
      ["money", "1077.43"],
      ["money", "1234.567891"],
      ["count", "100"],
    ]);
  });

  it("converts 元 exactly and keeps counts and percentages apart", () => {
    const t = scanTokens("救助资金支出9568024.65元，在职实有人数 6人，降低 15.2%，救助 9882人次");
    expect(t.map((x) => [x.kind, x.value])).toEqual([
      ["money", "956.802465"],
      ["count", "6"],
      ["percent", "15.2"],
    ]);
  });

  it("does not take years, codes or 万 followed by a noun as amounts", () => {
    expect(scanTokens("比2022年预算，2101502。印制发放宣传资料18万余份")).toEqual([]);
  });

  it("keeps a bare decimal followed by a comma as an unflagged-unit amount", () => {
    const [t] = scanTokens("一般公共预算拨款收入 15336.33，上级补助");
    expect(t).toMatchObject({ kind: "money", value: "15336.33", isUnitless: true });
  });
});
