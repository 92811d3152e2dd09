import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { columnYears, latestYearColumn } from "./column-years";

describe("column years", () => {
  it("reads years and 上年/本年 heading columns of figures, in column order", () => {
    expect(columnYears(linesOf("项目\t2023年预算数\t2024年预算数\t增减额\n合计\t6.00\t5.00\t-1.00"))).toEqual([2023, 2024]);
    expect(latestYearColumn(linesOf("项目\t上年预算数\t本年预算数\t项目\t上年预算数\t本年预算数\n收入\t1.00\t2.00\t支出\t1.00\t2.00"))).toEqual({ index: 1, width: 2 });
  });

  it("takes no row label for a column head, and one year for no comparison", () => {
    // One cell per line: labels before the first figure name no columns.
    expect(latestYearColumn(linesOf("上年结转\n本年收入合计\n1,219.14"))).toBeNull();
    expect(latestYearColumn(linesOf("项目\t2024年预算数\n合计\t5.00"))).toBeNull();
    expect(latestYearColumn(linesOf("编制年度\t2024年预算\t2024年预算\n合计\t5.00\t5.00"))).toBeNull();
  });
});
