import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

describe("a classification table in 万元 printed in whole numbers", () => {
  const text = [
    "某县水利局2024年部门预算",
    "表3 一般公共预算支出预算表",
    "单位：万元",
    "科目编码\t科目名称\t合计\t基本支出\t项目支出",
    "213\t农林水支出\t1250\t850\t400",
    "21303\t水利\t1250\t850\t400",
    "2130301\t行政运行\t850\t850\t0",
    "2130305\t水利工程建设\t400\t0\t400",
    "合计\t\t1250\t850\t400",
  ].join("\n");

  it("gives its rows and totals instead of taking it for an empty table", () => {
    const doc = parseDocument(text);
    expect(doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["213", "1250.00", "850.00", "400.00"],
      ["21303", "1250.00", "850.00", "400.00"],
      ["2130301", "850.00", "850.00", "0.00"],
      ["2130305", "400.00", "0.00", "400.00"],
    ]);
    expect(doc.totals).toMatchObject({ expenditure: "1250.00", basic: "850.00", project: "400.00" });
    expect(doc.findings.map((f) => f.rule)).not.toContain("title-only-table");
  });

  it("reads the same rows when the columns are separated by spaces", () => {
    const doc = parseDocument(text.replace(/\t/g, "   "));
    expect(doc.functions.map((f) => [f.code, f.total])).toEqual([
      ["213", "1250.00"],
      ["21303", "1250.00"],
      ["2130301", "850.00"],
      ["2130305", "400.00"],
    ]);
  });

  it("still takes a table of headers and 栏次 numbers only for an empty one", () => {
    const doc = parseDocument(
      ["某县水利局2024年部门预算", "表3 一般公共预算支出预算表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出", "栏次 1 2 3"].join("\n"),
    );
    expect(doc.findings.map((f) => f.rule)).toContain("title-only-table");
  });
});

describe("classification tables in 元 printed without decimals or thousands commas", () => {
  it("reads figures of seven digits and more instead of taking the tables for empty ones", () => {
    const doc = parseDocument(
      [
        "某县林业局2024年部门预算",
        "表3 一般公共预算支出表",
        "单位：元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "213\t农林水支出\t12536400\t8536400\t4000000",
        "21302\t林业和草原\t12536400\t8536400\t4000000",
        "2130201\t行政运行\t8536400\t8536400\t0",
        "2130205\t森林资源培育\t4000000\t0\t4000000",
        "合计\t\t12536400\t8536400\t4000000",
        "表4 一般公共预算基本支出表",
        "单位：元",
        "科目编码\t科目名称\t合计\t人员经费\t公用经费",
        "301\t工资福利支出\t7036400\t7036400\t0",
        "30101\t基本工资\t7036400\t7036400\t0",
        "302\t商品和服务支出\t1500000\t0\t1500000",
        "30201\t办公费\t1500000\t0\t1500000",
        "合计\t\t8536400\t7036400\t1500000",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["213", "1253.64", "853.64", "400.00"],
      ["21302", "1253.64", "853.64", "400.00"],
      ["2130201", "853.64", "853.64", "0.00"],
      ["2130205", "400.00", "0.00", "400.00"],
    ]);
    expect(doc.economics.map((e) => [e.code, e.total])).toEqual([
      ["301", "703.64"],
      ["30101", "703.64"],
      ["302", "150.00"],
      ["30201", "150.00"],
    ]);
    expect(doc.totals).toMatchObject({ expenditure: "1253.64", basic: "853.64", project: "400.00", personnel: "703.64", public: "150.00" });
    expect(doc.findings.map((f) => f.rule)).not.toContain("title-only-table");
  });
});

describe("a tab-separated table in 元 whose last figure has a code's digits", () => {
  it("keeps the figure on its row instead of taking it for the next row's code", () => {
    const doc = parseDocument(
      [
        "某县林业局2024年部门预算",
        "表3 一般公共预算支出表",
        "单位：元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "213\t农林水支出\t2150000\t2150000",
        "2130201\t行政运行\t2150000\t2150000",
        "表4 一般公共预算基本支出表",
        "单位：元",
        "科目编码\t科目名称\t合计\t人员经费\t公用经费",
        "302\t商品和服务支出\t35000\t\t35000",
        "30201\t办公费\t35000\t\t35000",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["213", "215.00", "215.00", "0.00"],
      ["2130201", "215.00", "215.00", "0.00"],
    ]);
    expect(doc.economics.map((e) => [e.code, e.total, e.personnel ?? null, e.public ?? null])).toEqual([
      ["302", "3.50", "0.00", "3.50"],
      ["30201", "3.50", "0.00", "3.50"],
    ]);
  });
});

describe("a space-aligned table in 元 whose last figure has a code's digits", () => {
  const text = [
    "某县林业局2024年部门预算",
    "表3 一般公共预算支出表",
    "单位：元",
    "科目编码    科目名称              合计       基本支出     项目支出",
    "213         农林水支出          4300000      2100000      2200000",
    "21302       林业和草原          4300000      2100000      2200000",
    "2130201     行政运行            2100000      2100000            0",
    "2130205     森林资源培育        2200000            0      2200000",
  ].join("\n");

  it("keeps the figure on its row in a table of whole figures", () => {
    expect(parseDocument(text).functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["213", "430.00", "210.00", "220.00"],
      ["21302", "430.00", "210.00", "220.00"],
      ["2130201", "210.00", "210.00", "0.00"],
      ["2130205", "220.00", "0.00", "220.00"],
    ]);
  });

  it("keeps a 3-digit figure closing a row on its row among figures that keep their decimals (万元 without trailing zeros)", () => {
    const doc = parseDocument(
      [
        "某区某局2024年部门预算",
        "表6 一般公共预算基本支出表",
        "单位：万元",
        "科目编码 科目名称 合计 人员经费 公用经费",
        "合计 1,210.8 1,050.8 160",
        "301 工资福利支出 1,030.8 1,030.8",
        "30101 基本工资 330 330",
        "30102 津贴补贴 700.8 700.8",
        "302 商品和服务支出 160 160",
        "30201 办公费 160 160",
        "303 对个人和家庭的补助 20 20",
        "30305 生活补助 20 20",
      ].join("\n"),
    );
    expect(doc.economics.filter((e) => e.code === "30101" || e.code === "330").map((e) => [e.code, e.total, e.personnel ?? null])).toEqual([["30101", "330.00", "330.00"]]);
  });

  it("still takes a 类 code that closes a line above its 款 rows for a code, not a figure", () => {
    const doc = parseDocument(
      ["某县林业局2024年部门预算", "表3 一般公共预算支出表", "单位：元", "科目编码 科目名称 合计 基本支出 项目支出", "合计 4300000 4300000 213", "21302 林业和草原 4300000 4300000 0"].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total])).toEqual([["21302", "430.00"]]);
    // 213 (0.0213 万元) is no figure of the 合计 row.
    expect(JSON.stringify(doc)).not.toContain("0.0213");
  });
});

describe("a space-aligned table in 万元 printed without trailing zeros", () => {
  it("keeps a whole figure with a 类 code's digits (214) on its row", () => {
    const doc = parseDocument(
      [
        "某区审计局2023年度部门决算",
        "一般公共预算财政拨款支出决算表",
        "金额单位：万元",
        "科目编码   科目名称              小计          基本支出      项目支出",
        "           合计                  812.35        598.35        214",
        "201        一般公共服务支出      812.35        598.35        214",
        "20108      审计事务              812.35        598.35        214",
        "2010801    行政运行              598.35        598.35",
        "2010804    审计业务              214                         214",
      ].join("\n"),
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["201", "812.35", "598.35", "214.00"],
      ["20108", "812.35", "598.35", "214.00"],
      ["2010801", "598.35", "598.35", "0.00"],
      ["2010804", "214.00", "0.00", "214.00"],
    ]);
  });
});

describe("a 基本支出 table in 元 printing its 人员经费 and 公用经费 groups side by side", () => {
  it("keeps a row's one figure that has a code's digits (56200) on the row", () => {
    const doc = parseDocument(
      [
        "某县林业局2024年部门预算",
        "表6 一般公共预算基本支出表",
        "单位：元",
        "人员经费 公用经费",
        "科目编码 科目名称 金额 科目编码 科目名称 金额",
        "301 工资福利支出 1000000 302 商品和服务支出 56200",
        "30101 基本工资 1000000 30239 其他交通费用 56200",
      ].join("\n"),
    );
    expect(doc.economics.map((e) => [e.code, e.total])).toEqual([
      ["301", "100.00"],
      ["30101", "100.00"],
      ["302", "5.62"],
      ["30239", "5.62"],
    ]);
  });
});
