import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";

/** A change names what changed; it must land on that figure, not on whatever was stated last. */
describe("prior-year changes and their subjects", () => {
  it("gives a change of the bare 收入 to the income total", () => {
    const doc = parseDocument(
      "某县某中心2024年部门预算\n三、部门收支总体情况\n2024年本部门收入预算7018.511万元，其中，一般公共预算财政拨款收入7018.511万元，政府性基金预算财政拨款收入0万元。收入较上年增加2042.519万元，增加30.14%，主要原因是人员增加。",
    );
    const figures = Object.fromEntries(doc.figures.map((f) => [f.key, f.value]));
    expect(figures["prior.income.total"]).toBe("4975.992");
    expect(figures["prior.income.govFund"]).toBeUndefined();
  });

  it("reads 收入预算总计 and 支出总额 as the totals, but not 项目支出总额", () => {
    const doc = parseDocument(
      "某县某局2024年部门预算\n一、收支预算总体情况\n2024年收入预算总计1,000.00万元，支出总额1,000.00万元，项目支出总额300.00万元。",
    );
    const figures = Object.fromEntries(doc.figures.map((f) => [f.key, f.value]));
    expect(figures["income.total"]).toBe("1000.00");
    expect(figures["expenditure.total"]).toBe("1000.00");
    expect(doc.totals.expenditure).toBe("1000.00");
  });
});
