import { describe, expect, it } from "vitest";
import { clauseBeforeColon, readLabel } from "./read-label";

describe("readLabel", () => {
  it("takes the clause after the last comma and drops enumerators and fillers", () => {
    expect(readLabel("万元，主要包括社会保障和就业支出 ").subject).toBe("社会保障和就业支出");
    expect(readLabel("。其中:(1)因公出国(境)经费").subject).toBe("因公出国(境)经费");
    expect(readLabel("(二)项目支出 ").subject).toBe("项目支出");
  });

  it("looks before a colon when nothing follows it", () => {
    expect(readLabel("2023 年蔡甸区医疗保障服务中心部门预算数:").text).toBe("2023年蔡甸区医疗保障服务中心部门预算数");
    expect(readLabel("2023 年预算收入:2023 年财政拨款本年收入 ").subject).toBe("2023年财政拨款本年收入");
  });

  it("separates the item from 年初预算/支出决算 roles", () => {
    const a = readLabel("8.卫生健康支出(类)医疗保障管理事务(款)其他医疗保障管理事务支出(项)年初预算为");
    expect(a.role).toBe("budget-initial");
    expect(a.subject).toBe("卫生健康支出(类)医疗保障管理事务(款)其他医疗保障管理事务支出(项)");
    expect(readLabel("万元，支出决算为")).toMatchObject({ role: "actual", subject: "" });
  });

  it("reads a change and what it compares with", () => {
    expect(readLabel("万元，比 2022年预算减少\n")).toMatchObject({ role: "change", sign: -1, comparedWith: "2022年预算" });
    expect(readLabel("万元，与 2022年度相比，收入合计增加 ")).toMatchObject({ role: "change", sign: 1, comparedWith: "2022年度" });
    expect(readLabel("万元，比年初预算数减少 ")).toMatchObject({ role: "change", comparedWith: "年初预算数" });
  });

  it("reads 决算数大于/小于预算数 as a change against the budget", () => {
    expect(readLabel("%，决算数大于预算数")).toMatchObject({ role: "change", sign: 1, subject: "", comparedWith: "年初预算" });
    expect(readLabel("%，支出决算数小于全年预算数")).toMatchObject({ role: "change", sign: -1, comparedWith: "全年预算" });
    expect(readLabel("%，决算数低于年初预算")).toMatchObject({ role: "change", sign: -1, comparedWith: "年初预算" });
    // A budget figure itself still reads as one.
    expect(readLabel("万元，年初预算数")).toMatchObject({ role: "budget-initial" });
  });

  it("leaves a clause that is itself a figure name alone", () => {
    expect(readLabel("部门预算数:", (t) => t.endsWith("部门预算数")).role).toBeNull();
  });
});

describe("clauseBeforeColon", () => {
  it("reads the words before the colon that opens the label, after a lead-in's colon", () => {
    expect(clauseBeforeColon("。其中:一般公共服务支出(类)人大事务(款)行政运行(项):年初预算为")).toBe(
      "一般公共服务支出(类)人大事务(款)行政运行(项)",
    );
    expect(clauseBeforeColon("。行政运行(项)：年初预算为")).toBe("行政运行(项)");
    expect(clauseBeforeColon("。年初预算为")).toBe("");
  });
});
