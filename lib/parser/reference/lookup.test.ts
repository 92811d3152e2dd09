import { describe, expect, it } from "vitest";
import {
  findEconomicCode,
  findEconomicCodesByName,
  findFunctionCode,
  findFunctionCodesByName,
  isNameOfCode,
  levelOf,
  parentOf,
  FUNCTION_CATALOGUE,
} from "./index";

describe("function classification by code", () => {
  it("knows the 医疗保障 tree a 医保局 budget prints", () => {
    expect(findFunctionCode("210")?.name).toBe("卫生健康支出");
    expect(findFunctionCode("21015")?.name).toBe("医疗保障管理事务");
    expect(findFunctionCode("2101501")?.name).toBe("行政运行");
    expect(findFunctionCode("2101550")?.name).toBe("事业运行");
    expect(findFunctionCode("2101506")?.name).toBe("医疗保障经办事务");
    expect(findFunctionCode("2101599")?.name).toBe("其他医疗保障管理事务支出");
    expect(findFunctionCode("2101301")?.name).toBe("城乡医疗救助");
    expect(findFunctionCode("2080505")?.name).toBe("机关事业单位基本养老保险缴费支出");
    expect(findFunctionCode("2210201")?.name).toBe("住房公积金");
    expect(findFunctionCode("2130599")?.aliases).toContain("其他扶贫支出");
  });

  it("covers every 类 of the current catalogue", () => {
    for (const code of ["201", "205", "208", "210", "212", "213", "214", "220", "221", "224", "227", "229", "230", "231", "232", "233", "234"]) {
      expect(findFunctionCode(code), code).toBeDefined();
    }
  });

  it("keeps every entry's parent in the catalogue", () => {
    for (const entry of FUNCTION_CATALOGUE.values()) {
      if (entry.parent) expect(FUNCTION_CATALOGUE.has(entry.parent), entry.code).toBe(true);
    }
  });

  it("answers undefined for codes the nation does not define", () => {
    expect(findFunctionCode("2109876")).toBeUndefined();
  });
});

describe("function classification by name", () => {
  it("matches exact, older and normalised names", () => {
    expect(findFunctionCodesByName("卫生健康支出")).toEqual(["210"]);
    expect(findFunctionCodesByName("医疗卫生与计划生育支出")).toEqual(["210"]);
    expect(findFunctionCodesByName("医疗救助（款）")).toEqual(["21013"]);
    expect(findFunctionCodesByName(" 城 乡 医 疗 救 助 ")).toEqual(["2101301"]);
    expect(findFunctionCodesByName("政府办公厅(室)及相关机构事务")).toEqual(["20103"]);
  });

  it("resolves a name cut at a PDF line end when the prefix is unique", () => {
    expect(findFunctionCodesByName("机关事业单位基本养老保险缴费支")).toEqual(["2080505"]);
    expect(findFunctionCodesByName("其他医疗保障管理事务")).toEqual(["2101599"]);
  });

  it("ignores a district's bracketed remark after a catalogue name", () => {
    expect(findFunctionCodesByName("一般行政管理事务（医疗保障）", { parent: "21015" })).toEqual(["2101502"]);
    expect(findFunctionCodesByName("粮油物资管理支出")).toEqual(["222"]);
  });

  it("refuses an ambiguous prefix", () => {
    expect(findFunctionCodesByName("机关事业单位")).toEqual([]);
  });

  it("narrows generic names by parent and level", () => {
    expect(findFunctionCodesByName("行政运行").length).toBeGreaterThan(10);
    expect(findFunctionCodesByName("行政运行", { parent: "21015" })).toEqual(["2101501"]);
    expect(findFunctionCodesByName("其他卫生健康支出", { level: "款" })).toEqual(["21099"]);
  });

  it("checks whether a printed name fits a code", () => {
    expect(isNameOfCode("2101301", "城乡医疗救助")).toBe(true);
    expect(isNameOfCode("2101301", "行政运行")).toBe(false);
  });
});

describe("economic classification", () => {
  it("knows the 三公 items and capital items", () => {
    expect(findEconomicCode("30217")?.name).toBe("公务接待费");
    expect(findEconomicCode("30231")?.name).toBe("公务用车运行维护费");
    expect(findEconomicCode("30212")?.name).toBe("因公出国（境）费用");
    expect(findEconomicCode("31002")?.name).toBe("办公设备购置");
    expect(findEconomicCode("399")?.name).toBe("其他支出");
    expect(findEconomicCodesByName("因公出国(境)费")).toEqual(["30212"]);
    expect(findEconomicCodesByName("基本工资")).toEqual(["30101"]);
  });
});

describe("code arithmetic", () => {
  it("derives level and parent from digits", () => {
    expect(levelOf("210")).toBe("类");
    expect(levelOf("21013")).toBe("款");
    expect(levelOf("2101301")).toBe("项");
    expect(levelOf("42010523040T000000103")).toBeNull();
    expect(parentOf("2101301")).toBe("21013");
    expect(parentOf("21013")).toBe("210");
    expect(parentOf("210")).toBeNull();
  });
});
