/**
 * A unit with money besides its 拨款 (事业收入 here): the 支出总表 covers all of it, the
 * 一般公共预算 tables only the 拨款. The department's 基本/项目支出 are the 支出总表's, so they add up
 * to its total spending; the 基本支出表's 人员经费 and 公用经费 add up to the 拨款's 基本支出.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

const TEXT = [
  "武汉市江夏区统计局2024年部门预算",
  "表1 收支总表",
  "单位：万元",
  "收入\t支出",
  "项目\t预算数\t项目\t预算数",
  "一般公共预算拨款收入\t80.00\t社会保障和就业支出\t120.00",
  "事业收入\t40.00",
  "本年收入合计\t120.00\t本年支出合计\t120.00",
  "收入总计\t120.00\t支出总计\t120.00",
  "表3 支出总表",
  "单位：万元",
  "科目编码\t科目名称\t合计\t基本支出\t项目支出",
  "\t合计\t120.00\t100.00\t20.00",
  "208\t社会保障和就业支出\t120.00\t100.00\t20.00",
  "20805\t行政事业单位养老支出\t120.00\t100.00\t20.00",
  "2080501\t行政单位离退休\t120.00\t100.00\t20.00",
  "表5 一般公共预算支出表",
  "单位：万元",
  "科目编码\t科目名称\t合计\t基本支出\t项目支出",
  "\t合计\t80.00\t60.00\t20.00",
  "208\t社会保障和就业支出\t80.00\t60.00\t20.00",
  "20805\t行政事业单位养老支出\t80.00\t60.00\t20.00",
  "2080501\t行政单位离退休\t80.00\t60.00\t20.00",
  "表6 一般公共预算基本支出表",
  "单位：万元",
  "科目编码\t科目名称\t合计\t人员经费\t公用经费",
  "\t合计\t60.00\t50.00\t10.00",
  "301\t工资福利支出\t50.00\t50.00\t",
  "30101\t基本工资\t50.00\t50.00\t",
  "302\t商品和服务支出\t10.00\t\t10.00",
  "30201\t办公费\t10.00\t\t10.00",
].join("\n");

describe("totals of a unit with money besides its 拨款", () => {
  const doc = parseDocument(TEXT);

  it("takes 基本支出 and 项目支出 from the 支出总表, so they add up to the total", () => {
    expect(doc.totals).toMatchObject({ expenditure: "120.00", basic: "100.00", project: "20.00", personnel: "50.00", public: "10.00" });
    expect(doc.totalsProvenance.basic?.tableTitle).toContain("支出总表");
  });

  it("keeps the 一般公共预算's own 基本支出 as a figure", () => {
    expect(doc.figures.find((f) => f.key === "general.basic")).toMatchObject({ value: "60.00" });
  });

  it("raises no warning: 人员经费 and 公用经费 add up to the 拨款's 基本支出", () => {
    expect(doc.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
