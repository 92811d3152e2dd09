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

  it("gives a subjectless change after a figure and its listed parts to the figure, not its last part", () => {
    const doc = parseDocument(
      "某县某镇人民政府2024年部门预算\n五、“三公”经费预算情况说明\n2024年一般公共预算“三公”经费支出预算为14.01万元,其中:因公出国(境)费用0万元,公务用车运行维护费14.01万元,公务接待费0万元。与2023年预算相比增长16.75%,其中因公出国(境)费增加0万元,公务用车运行维护费增加2.01万元。",
    );
    const rate = (key: string) => doc.statements.find((s) => s.key === key)?.changeRate;
    expect(rate("threePublic.total")).toBe("16.75");
    expect(rate("threePublic.reception")).toBeUndefined();
    expect(doc.figures.find((f) => f.key === "prior.threePublic.vehicleOperation")?.value).toBe("12.00");
  });

  it("keeps a subjectless change on the item it follows when no parts were listed", () => {
    const doc = parseDocument("某县某局2024年部门预算\n五、“三公”经费预算情况说明\n公务接待费预算0.50万元。比上年减少0.10万元，主要是压缩接待开支。");
    expect(doc.figures.find((f) => f.key === "prior.threePublic.reception")?.value).toBe("0.60");
  });
});
