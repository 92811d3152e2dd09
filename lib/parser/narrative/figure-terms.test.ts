import { describe, expect, it } from "vitest";
import { findCountTerm, findMoneyTerm } from "./figure-terms";

describe("findMoneyTerm", () => {
  it("names totals whatever department or year precedes them", () => {
    expect(findMoneyTerm("2023年蔡甸区医疗保障服务中心部门预算数")?.key).toBe("incomeExpenditure.total");
    expect(findMoneyTerm("2023年度一般公共预算财政拨款支出")?.key).toBe("general.expenditure");
    expect(findMoneyTerm("一般公共预算拨款收入")?.key).toBe("income.general");
    expect(findMoneyTerm("2023年一般公共预算支出基本支出")?.key).toBe("general.basic");
    expect(findMoneyTerm("项目共支出")?.key).toBe("expenditure.project");
    // Ends in 年, not 收入: still the 一般公共预算 appropriation.
    expect(findMoneyTerm("一般公共预算拨款本年")?.key).toBe("income.general");
    // The 拨款's own totals, not the department's; a unit's bare 收入/支出 is its total.
    expect(findMoneyTerm("本单位财政拨款收入总计")?.key).toBe("fiscal.income");
    expect(findMoneyTerm("本单位一般公共预算财政拨款支出总计")?.key).toBe("general.expenditure");
    expect(findMoneyTerm("2023年度本单位收入")?.key).toBe("income.total");
    expect(findMoneyTerm("本部门支出")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("部门支出")).toBeNull();
    // The national 决算 template: "收入、支出决算总计", "财政拨款收入、支出决算总计".
    expect(findMoneyTerm("2023年度收入、支出决算总计")?.key).toBe("incomeExpenditure.total");
    expect(findMoneyTerm("2023年度财政拨款收入、支出决算总计")?.key).toBe("fiscal.total");
    expect(findMoneyTerm("收、支预算总计")?.key).toBe("incomeExpenditure.total");
    // 收入/支出合计 is the year's own (本年), 收入/支出总计 adds the carry-overs.
    expect(findMoneyTerm("2023年度收入合计")?.key).toBe("income.currentYear");
    expect(findMoneyTerm("2023年度支出合计")?.key).toBe("expenditure.currentYear");
    expect(findMoneyTerm("2023年度收入总计")?.key).toBe("income.total");
    // A source's own sum is neither.
    expect(findMoneyTerm("事业收入合计")).toBeNull();
    expect(findMoneyTerm("支出总计")?.key).toBe("expenditure.total");
    // Jiangsu's wording of the same figures.
    expect(findMoneyTerm("本年收入预算总计")?.key).toBe("income.currentYear");
    expect(findMoneyTerm("本年支出预算总计")?.key).toBe("expenditure.currentYear");
    expect(findMoneyTerm("一般公共预算收入预算")?.key).toBe("income.general");
    expect(findMoneyTerm("政府性基金收入预算")?.key).toBe("income.govFund");
    expect(findMoneyTerm("上年结转结余收入预算总计")?.key).toBe("income.carryover");
    // The other funds: their 拨款 as income, their spending as its own figure.
    expect(findMoneyTerm("政府性基金预算拨款")?.key).toBe("income.govFund");
    expect(findMoneyTerm("2024年政府性基金预算支出")?.key).toBe("govFund.expenditure");
    expect(findMoneyTerm("国有资本经营预算支出")?.key).toBe("stateCapital.expenditure");
    expect(findMoneyTerm("2022年一般公共预算支出决算数")?.key).toBe("general.expenditure");
    expect(findMoneyTerm("本部门2023年度收入决算")?.key).toBe("income.total");
    expect(findMoneyTerm("本部门2023年度支出决算")?.key).toBe("expenditure.total");
  });

  it("names “三公” items, 机关运行经费 and 政府采购 parts", () => {
    expect(findMoneyTerm("(3)公务接待费".slice(3))?.key).toBe("threePublic.reception");
    expect(findMoneyTerm("2023年一般公共预算安排“三公”经费支出预算")?.key).toBe("threePublic.total");
    expect(findMoneyTerm("公务用车购置及运行维护费")?.key).toBe("threePublic.vehicle");
    expect(findMoneyTerm("2023年武汉市蔡甸医疗保障服务中心运行经费预算金")?.key).toBe("operatingCost");
    expect(findMoneyTerm("本部门机关运行经费安排")?.key).toBe("operatingCost");
    // Not the 财政拨款 total: the operating cost paid from it.
    expect(findMoneyTerm("本部门机关运行经费财政拨款预算")?.key).toBe("operatingCost");
    expect(findMoneyTerm("机关运行经费财政拨款支出")?.key).toBe("operatingCost");
    expect(findMoneyTerm("本部门政府采购合同金额")?.key).toBe("procurement.total");
    expect(findMoneyTerm("授予中小企业合同金额")).toBeNull();
    expect(findMoneyTerm("一般公共预算财政拨款基本支出决算")?.key).toBe("general.basic");
    expect(findMoneyTerm("财政拨款收入预算")?.key).toBe("fiscal.income");
    expect(findMoneyTerm("财政拨款", "2024年收入预算4,850.60万元，其中：财政拨款4,820.60万元")?.key).toBe("fiscal.income");
    expect(findMoneyTerm("财政拨款", "2024年支出预算4,850.60万元，其中：财政拨款4,820.60万元")).toBeNull();
    expect(findMoneyTerm("一般公共预算当年拨款支出")?.key).toBe("general.expenditure");
    expect(findMoneyTerm("货物采购预算", "政府采购预算总额…")?.key).toBe("procurement.goods");
    expect(findMoneyTerm("服务采购", "政府采购…")?.key).toBe("procurement.services");
    // Bare 货物/工程/服务 in a 政府采购 paragraph (北京), but not where it splits the 中小企业 contracts.
    expect(findMoneyTerm("货物", "政府采购预算380万元，其中：货物80万元、工程0万元、服务300万元")?.key).toBe("procurement.goods");
    expect(findMoneyTerm("服务", "政府采购预算380万元，其中：货物80万元、工程0万元、服务300万元")?.key).toBe("procurement.services");
    expect(findMoneyTerm("货物", "政府采购…授予中小企业合同金额…其中：货物")).toBeNull();
    expect(findMoneyTerm("货物", "其他段落")).toBeNull();
    expect(findMoneyTerm("涉及一般公共预算当年拨款")).toBeNull();
    expect(findMoneyTerm("货物类", "政府采购预算…")?.key).toBe("procurement.goods");
    expect(findMoneyTerm("货物类", "其他段落")).toBeNull();
    expect(findMoneyTerm("日常公用经费")?.key).toBe("expenditure.public");
    // "其中：货物类采购合同金额X万元，工程类采购合同金额Y万元，服务类采购合同金额Z万元".
    expect(findMoneyTerm("货物类采购合同金额", "政府采购合同金额共计…")?.key).toBe("procurement.goods");
    expect(findMoneyTerm("工程类采购合同金额", "政府采购合同金额共计…")?.key).toBe("procurement.works");
    expect(findMoneyTerm("服务类采购合同金额", "政府采购合同金额共计…")?.key).toBe("procurement.services");
  });

  it("does not read nouns that merely end like a total as one", () => {
    expect(findMoneyTerm("项目支出资金")).toBeNull();
    expect(findMoneyTerm("面向中小微企业的政府采购预算")).toBeNull();
  });
});

describe("findMoneyTerm on an item's budget", () => {
  it("reads an economic class's or an income source's 预算 as that item, not as the totals", () => {
    // "工资福利支出预算2016908.34元" is the 301 class of the basic spending, not the spending total.
    expect(findMoneyTerm("工资福利支出预算")).toBeNull();
    expect(findMoneyTerm("对个人和家庭补助支出预算")).toBeNull();
    expect(findMoneyTerm("事业收入预算")?.key).toBe("income.business");
    expect(findMoneyTerm("其他收入预算")?.key).toBe("income.other");
    expect(findMoneyTerm("上级补助收入预算")?.key).toBe("income.superior");
    // The totals themselves still read, after a year, the department or 本年度.
    expect(findMoneyTerm("支出预算")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("2024年部门支出预算")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("本年度收入预算")?.key).toBe("income.total");
    expect(findMoneyTerm("部门预算收入")?.key).toBe("income.total");
    expect(findMoneyTerm("2024年收入预算总额")?.key).toBe("income.total");
    expect(findMoneyTerm("部门预算总支出")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("衡东县公安局2019年收入预算")?.key).toBe("income.total");
    // …a street office, a town's government, a museum or a school before the year too.
    expect(findMoneyTerm("北京市海淀区学院路街道办事处2024年收入预算")?.key).toBe("income.total");
    expect(findMoneyTerm("某县某镇人民政府2024年支出预算")?.key).toBe("expenditure.total");
    expect(findMoneyTerm("某县图书馆2024年收入预算")?.key).toBe("income.total");
  });
});

describe("findCountTerm", () => {
  it("tells establishment, actual staff and retirees apart", () => {
    expect(findCountTerm("武汉市汉阳区医疗保障局总编制人数")?.key).toBe("staff.authorized");
    expect(findCountTerm("行政编制")).toBeNull();
    expect(findCountTerm("蔡甸区医疗保障服务中心在职实有事业编制")?.key).toBe("staff.actual");
    expect(findCountTerm("离退休人员实有数")?.key).toBe("staff.retired");
    expect(findCountTerm("部门共有车辆")?.key).toBe("assets.vehicles");
  });
});
