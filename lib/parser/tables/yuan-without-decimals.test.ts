import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

describe("a classification table in 元 printed without decimals", () => {
  it("gives its rows, converted to 万元", () => {
    const doc = parseDocument(
      "某区统计局2024年部门预算\n表5 一般公共预算支出表\n单位：元\n科目编码 科目名称 合计 基本支出 项目支出\n201 一般公共服务支出 1,000,000 600,000 400,000\n2010501 行政运行 600,000 600,000 0\n2010505 专项统计业务 400,000 0 400,000",
    );
    expect(doc.functions.map((f) => [f.code, f.total, f.basic ?? null, f.project ?? null])).toEqual([
      ["201", "100.00", "60.00", "40.00"],
      ["2010501", "60.00", "60.00", "0.00"],
      ["2010505", "40.00", "0.00", "40.00"],
    ]);
  });
});
