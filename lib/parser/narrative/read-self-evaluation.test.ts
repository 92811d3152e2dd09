import { describe, expect, it } from "vitest";
import { readSelfEvaluation } from "./read-self-evaluation";

describe("readSelfEvaluation", () => {
  it("reads budget, execution and completion of a project summary", () => {
    const s = readSelfEvaluation(
      "8.2023年省级城乡医疗救助补助资金(武财社〔2023〕663号)项目绩效自评综述:项目全年预算数为21万元，执行数为21万元，完成预算的100%。主要产出和效益是:一是住院救助人次数4495人次",
    );
    expect(s).toMatchObject({
      name: "2023年省级城乡医疗救助补助资金(武财社〔2023〕663号)",
      adjustedBudget: "21.00",
      executed: "21.00",
      completionRate: "100",
    });
  });

  it("ignores paragraphs that are not summaries", () => {
    expect(readSelfEvaluation("2023年度收入合计 1,219.14万元。")).toBeNull();
  });
});
