import { describe, expect, it } from "vitest";
import { resolveItem } from "./resolve-code";

describe("resolveItem", () => {
  it("resolves a 款 or 项 written with 支出 after its catalogue name", () => {
    expect(resolveItem("初中教育支出")).toMatchObject({ kind: "function", code: "2050203", name: "初中教育支出" });
    expect(resolveItem("高中教育支出")).toMatchObject({ kind: "function", code: "2050204" });
    // A name the catalogue does not hold without 支出 stays unresolved.
    expect(resolveItem("上缴上级支出")).toBeNull();
  });

  it("resolves an item named after the year the sentence opens with", () => {
    expect(resolveItem("2024年卫生健康支出")).toMatchObject({ kind: "function", code: "210", name: "卫生健康支出" });
    expect(resolveItem("2024年度社会保障和就业支出")?.code).toBe("208");
    expect(resolveItem("本年度农林水支出")?.code).toBe("213");
  });

  it("resolves a (类)(款)(项) chain to the 项 code", () => {
    expect(resolveItem("卫生健康支出(类)医疗保障管理事务(款)行政运行(项)")).toMatchObject({ kind: "function", code: "2101501" });
    expect(resolveItem("卫生健康支出(类)医疗救助(款)城乡医疗救助(项)")?.code).toBe("2101301");
  });

  it("names a chain by its most specific level, without the level markers", () => {
    expect(resolveItem("公共安全支出(类)公安(款)行政运行(项)")).toMatchObject({ code: "2040201", name: "行政运行" });
    expect(resolveItem("公共安全支出(类)")).toMatchObject({ code: "204", name: "公共安全支出" });
  });

  it("takes a printed code as written", () => {
    expect(resolveItem("2101301城乡医疗救助")).toMatchObject({ code: "2101301", name: "城乡医疗救助", isMarked: true });
  });

  it("resolves class names and unambiguous item names, and narrows generic ones by parent", () => {
    expect(resolveItem("住房保障支出")?.code).toBe("221");
    expect(resolveItem("城乡医疗救助")?.code).toBe("2101301");
    expect(resolveItem("行政运行", "21015")?.code).toBe("2101501");
    expect(resolveItem("工资福利支出")).toMatchObject({ kind: "economic", code: "301" });
  });

  it("returns null for names that are not classification items", () => {
    expect(resolveItem("医保局业务工作经费")).toBeNull();
  });
});
