import { describe, expect, it } from "vitest";
import { findEconomicClassCode, findFunctionClassCode, parseFunctionChain, splitPrintedCode } from "./function-names";

describe("function names", () => {
  it("gives class codes for class names, with or without their level marker", () => {
    expect(findFunctionClassCode("卫生健康支出")).toBe("210");
    expect(findFunctionClassCode("社会保障和就业(类)支出")).toBe("208");
    expect(findFunctionClassCode("住房保障")).toBe("221");
    expect(findFunctionClassCode("医疗救助")).toBeNull();
    expect(findEconomicClassCode("工资福利支出")).toBe("301");
  });

  it("reads (类)(款)(项) chains", () => {
    expect(parseFunctionChain("卫生健康支出(类)医疗保障管理事务(款)行政运行(项)")).toEqual({
      names: { 类: "卫生健康支出", 款: "医疗保障管理事务", 项: "行政运行" },
      level: "项",
      name: "行政运行",
    });
    expect(parseFunctionChain("社会保障和就业(类)支出")).toMatchObject({ level: "类", name: "社会保障和就业支出" });
    expect(parseFunctionChain("卫生健康支出")).toBeNull();
  });

  it("splits a printed code from its name", () => {
    expect(splitPrintedCode("2101301城乡医疗救助")).toEqual({ code: "2101301", name: "城乡医疗救助", isEconomic: false });
    expect(splitPrintedCode("2023年医疗救助")).toBeNull();
  });
});
