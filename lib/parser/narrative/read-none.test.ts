import { describe, expect, it } from "vitest";
import { findNoneTerms } from "./read-none";

describe("findNoneTerms", () => {
  it("finds the figures a sentence says are not arranged", () => {
    expect(findNoneTerms("2023年本部门没有使用政府性基金预算安排的支出。").map((t) => t.key)).toEqual(["govFund.expenditure"]);
    expect(findNoneTerms("说明:2023年本部门未安排一般公共预算“三公”经费的支出").map((t) => t.key)).toEqual(["threePublic.total"]);
    expect(findNoneTerms("3.公务接待费支出决算为0万元，我部门2023年无公务接待费支出。").map((t) => t.key)).toEqual([
      "threePublic.reception",
    ]);
    expect(findNoneTerms("本部门当年无国有资本经营预算财政拨款支出。").map((t) => t.key)).toEqual(["stateCapital.expenditure"]);
  });

  it("ignores last year's absence and unrelated 无", () => {
    expect(findNoneTerms("公务接待费 0 万元，上年无此预算。")).toEqual([]);
    expect(findNoneTerms("预算单位包括本级机关及下属 0个二级单位。无二级预算单位。")).toEqual([]);
    expect(findNoneTerms("减少主要原因是2023年无“2022年上级拨付中央城乡医疗救助补助资金”项目。")).toEqual([]);
  });
});
