import { describe, expect, it } from "vitest";
import type { DocumentHeader, Line } from "../types";
import { extractNarrative } from "./index";

function lines(text: string): Line[] {
  return text
    .split("\n")
    .map((t, i) => ({ no: i + 1, text: t.trim() }))
    .filter((l) => l.text !== "");
}

function header(kind: "budget" | "final" = "budget"): DocumentHeader {
  return { district: null, city: null, department: null, departmentKind: null, parentDepartment: null, year: 2023, kind, provenance: null };
}

function read(text: string, kind: "budget" | "final" = "budget") {
  return extractNarrative(lines(text), { header: header(kind) });
}

describe("narrative statements", () => {
  it("reads class amounts in a list, with their codes and the sentence's lines", () => {
    const r = read("主要包括社会保障和就业支出49.16万元，卫生健康支出15266.09\n\n万元，住房保障支出 76.08 万元。");
    expect(r.statements.map((s) => [s.code, s.subject, s.subjectKind, s.amount])).toEqual([
      ["208", "社会保障和就业支出", "function", "49.16"],
      ["210", "卫生健康支出", "function", "15266.09"],
      ["221", "住房保障支出", "function", "76.08"],
    ]);
    expect(r.statements[1].provenance).toMatchObject({ source: "sentence", line: 1, endLine: 3 });
  });

  it("reads 收入合计 as the year's income beside 收入总计, and its change against last year", () => {
    const r = read(
      "2023年度收入总计520.30万元，支出总计520.30万元。\n2023年度收入合计515.30万元，较上年决算数减少41.06万元，下降7.38%。其中：财政拨款收入515.30万元，占100.00%。此外，年初结转和结余5.00万元。\n2023年度支出合计518.30万元，与2022年度相比，支出合计减少40.06万元。",
      "final",
    );
    const byKey = (k: string) => r.figures.filter((f) => f.key === k).map((f) => f.value);
    expect(byKey("income.total")).toEqual(["520.30"]);
    expect(byKey("income.currentYear")).toEqual(["515.30"]);
    expect(byKey("prior.income.currentYear")).toEqual(["556.36"]);
    expect(byKey("expenditure.total")).toEqual(["520.30"]);
    expect(byKey("expenditure.currentYear")).toEqual(["518.30"]);
    expect(byKey("prior.expenditure.currentYear")).toEqual(["558.36"]);
  });

  it("reads 支出总计 after 财政拨款收入总计 in the sentence as the 拨款's, not the department's", () => {
    const equal = read("2023年度财政拨款收入总计521.03万元，支出总计521.03万元。收支较上年决算数减少42.06万元，下降7.47%。", "final");
    expect(equal.statements.map((s) => [s.subject, s.key, s.amount, s.priorYear ?? null])).toEqual([
      ["财政拨款收入总计", "fiscal.total", "521.03", null],
      ["财政拨款支出总计", "fiscal.total", "521.03", "563.09"],
    ]);
    const unequal = read("2023年度财政拨款收入总计515.03万元，支出总计518.03万元。", "final");
    expect(unequal.statements.map((s) => [s.key, s.amount])).toEqual([
      ["fiscal.income", "515.03"],
      ["fiscal.expenditure", "518.03"],
    ]);
  });

  it("reads a 其中 list of 基本支出 and 项目支出 as the parts of the figure before it", () => {
    const r = read(
      "2023年本年一般公共预算拨款支出682.01万元，其中：基本支出682.01万元，项目支出0万元。初中教育支出210.00万元，其中：基本支出210.00万元，项目支出0万元。",
    );
    expect(r.statements.map((s) => [s.subject, s.key ?? s.code, s.amount])).toEqual([
      ["一般公共预算拨款支出", "general.expenditure", "682.01"],
      ["基本支出", "general.basic", "682.01"],
      ["初中教育支出", "2050203", "210.00"],
    ]);
    // The department's own parts keep their keys.
    const d = read("2023年本年支出合计700.00万元，其中：基本支出600.00万元，项目支出100.00万元。");
    expect(d.statements.map((s) => s.key)).toEqual(["expenditure.currentYear", "expenditure.basic", "expenditure.project"]);
  });

  it("gives what follows a closing parenthesis to the item before it, not the last one inside", () => {
    const r = read(
      "公务用车购置及运行费18万元(公务用车购置费0万元,公务用车运行维护费18万元),较上年无增减;公务接待费2万元(其中：外事接待0万元),比上年增加0.5万元。",
    );
    const byKey = new Map(r.figures.map((f) => [f.key, f.value]));
    expect(byKey.get("prior.threePublic.vehicle")).toBe("18.00");
    expect(byKey.has("prior.threePublic.vehicleOperation")).toBe(false);
    expect(byKey.get("prior.threePublic.reception")).toBe("1.50");
  });

  it("reads a bare 支出 right after an income figure as the same money's spending", () => {
    const r = read("2023年度一般公共预算财政拨款收入515.03万元，较上年决算数减少41.06万元。支出518.03万元，较上年决算数减少40.06万元。", "final");
    expect(r.statements.map((s) => [s.key, s.amount, s.priorYear])).toEqual([
      ["income.general", "515.03", "556.09"],
      ["general.expenditure", "518.03", "558.09"],
    ]);
  });

  it("derives the prior-year figure from a stated decrease and its rate", () => {
    const r = read("2023年部门收支总预算 1077.43万元，比 2022年预算减少\n193.11万元，降低 15.2%，主要是按照财政要求压减。");
    expect(r.statements[0]).toMatchObject({
      key: "incomeExpenditure.total",
      amount: "1077.43",
      change: "-193.11",
      priorYear: "1270.54",
      priorYearLabel: "2022年预算",
      changeRate: "-15.2",
    });
    expect(r.figures.find((f) => f.key === "prior.incomeExpenditure.total")?.value).toBe("1270.54");
  });

  it("derives it from an increase, and from 与上年持平", () => {
    const up = read("2023年一般公共预算基本支出 214.07万元，比 2022年预算增加 22.73万元，增长 11.88%。");
    expect(up.statements[0]).toMatchObject({ change: "22.73", priorYear: "191.34", changeRate: "11.88" });
    const flat = read("2023 年部门财政拨款资金安排“三公”经费预算 3.6 万元，\n与 2022 年预算持平。");
    expect(flat.statements[0]).toMatchObject({ key: "threePublic.total", amount: "3.60", change: "0.00", priorYear: "3.60" });
  });

  it("adds up the 实有人数 a sentence gives for each kind of post", () => {
    const r = read("本部门行政编制62人，实有人数58人；事业编制40人，实有人数37人。");
    expect(r.figures.find((f) => f.key === "staff.actual")?.value).toBe("95");
    // One count of all the staff stays as it is.
    expect(read("本部门编制102人，实有人数95人，其中行政人员58人。").figures.find((f) => f.key === "staff.actual")?.value).toBe("95");
  });

  it("gives a 持平 in a new sentence to the item that sentence names, not to the last one read", () => {
    const r = read(
      "2024年“三公”经费预算数为8.00万元，其中：因公出国（境）费0万元，公务用车购置及运行费6.00万元，公务接待费2.00万元。2024年“三公”经费预算数与上年持平。",
    );
    expect(r.figures.find((f) => f.key === "prior.threePublic.total")?.value).toBe("8.00");
    expect(r.figures.find((f) => f.key === "prior.threePublic.reception")).toBeUndefined();
    // A sentence of its own without a subject still speaks of the item before it.
    const bare = read("2024年机关运行经费预算70.00万元。与上年持平。");
    expect(bare.figures.find((f) => f.key === "prior.operatingCost")?.value).toBe("70.00");
  });

  it("reads a 决算 item: code from the (类)(款)(项) chain, 年初预算, 支出决算, 完成率 and the reason", () => {
    const r = read(
      "8.卫生健康支出(类)医疗保障管理事务(款)其他医疗保障\n管理事务支出(项)年初预算为70.8万元，支出决算为44.3万元，完\n成年初预算的62.6%，支出决算数小于年初预算数的主要原因:切\n实履行党政机关节约开支、过紧日子的工作要求。\n9.农林水支出(类)",
      "final",
    );
    expect(r.statements[0]).toMatchObject({
      code: "2101599",
      subjectKind: "function",
      initialBudget: "70.80",
      amount: "44.30",
      completionRate: "62.6",
      explanation: "切实履行党政机关节约开支、过紧日子的工作要求",
      provenance: { line: 1, endLine: 4 },
    });
  });

  it("does not read amounts inside an explanation as figures", () => {
    const r = read(
      "5.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)年初预算为774.16万元，支出决算为956.8万元，完成年初预算的123.6%，主要原因:全年困难群众医疗救助总支出为956.8万元，依法实施应救必救。",
      "final",
    );
    expect(r.statements).toHaveLength(1);
    expect(r.figures.some((f) => f.key === "expenditure.total")).toBe(false);
  });

  it("reads 基本支出 with 人员经费 and 公用经费 and scopes the class amounts that follow", () => {
    const r = read("1、人员经费 697.68 万元。社会保障和就业支出 49.15 万元，主要包括行政事业单位养老支出49.15万元。");
    expect(r.figures.find((f) => f.key === "expenditure.personnel")?.value).toBe("697.68");
    expect(r.statements.slice(1).map((s) => [s.code, s.scope])).toEqual([
      ["208", "人员经费"],
      ["20805", "人员经费"],
    ]);
  });

  it("lists projects named in a sentence, names with 、 kept whole", () => {
    const r = read(
      "项目支出 14632.43 万元，共涉及 3 个项目，具体明细如下：\n国破企业、困难企业退休人员医保财政补助 10107.70 万元、劳模\n医保财政补助1.06万元、2023 年医疗救助 1800.00 万元。",
    );
    expect(r.figures.find((f) => f.key === "expenditure.project")?.value).toBe("14632.43");
    expect(r.projects.map((p) => [p.code, p.name, p.amount])).toEqual([
      [null, "国破企业、困难企业退休人员医保财政补助", "10107.70"],
      [null, "劳模医保财政补助", "1.06"],
      [null, "2023年医疗救助", "1800.00"],
    ]);
    expect(r.statements.filter((s) => s.subjectKind === "project")).toHaveLength(3);
  });

  it("reads numbered project items under a lead-in", () => {
    const r = read("2025 年项目支出 525 万元，具体使用情况如下:\n1. 一般机构运转 10 万元，用于聘请法律顾问。\n2. 医疗救助 500 万元，用于医疗救助。");
    expect(r.projects.map((p) => [p.name, p.amount])).toEqual([
      ["一般机构运转", "10.00"],
      ["医疗救助", "500.00"],
    ]);
  });

  it("treats a list of classification items under 项目支出 as items, not projects", () => {
    const r = read("(二)项目支出 863.36万元。其中:\n其他残疾人事业支出 1.8万元，主要用于:残保金；\n城乡医疗救助 774.16万元，主要用于:救助；");
    expect(r.projects).toEqual([]);
    expect(r.statements.slice(1).map((s) => [s.code, s.subjectKind])).toEqual([
      ["2081199", "function"],
      ["2101301", "function"],
    ]);
  });

  it("reads “三公” parts, including 0 amounts, as none", () => {
    const r = read(
      "其中:(1)因公出国(境)经费 0万元；(2)公务用车购置及运行维护费 0万元(公务用车购置费 0\n万元，公务用车运行维护费 0万元)；(3)公务接待费 0万元。",
    );
    expect(r.statements.map((s) => [s.key, s.amount, s.isNone])).toEqual([
      ["threePublic.abroad", "0.00", true],
      ["threePublic.vehicle", "0.00", true],
      ["threePublic.vehiclePurchase", "0.00", true],
      ["threePublic.vehicleOperation", "0.00", true],
      ["threePublic.reception", "0.00", true],
    ]);
  });

  it("states what does not exist", () => {
    const r = read("六、政府性基金预算支出安排情况\n2023年本部门未安排政府性基金预算支出。\n2023年本部门未安排一般公共预算“三公”经费的支出。");
    expect(r.statements.map((s) => [s.subject, s.amount, s.isNone])).toEqual([
      ["政府性基金预算支出", "0.00", true],
      ["“三公”经费", "0.00", true],
    ]);
    expect(r.figures.find((f) => f.key === "threePublic.total")?.value).toBe("0.00");
  });

  it("reads staff counts, procurement and purchased services", () => {
    const r = read(
      "武汉市某区某局总编制人数 6人，其中：行政编制 6人。在职实有人数 5人。离退休人员 2人，其中：离休 0人，退休 2人。\n2023年部门政府采购预算支出合计 22.3万元。包括：货物类 2.3万元，工程类 0万元，服务类 20万元。\n2023年政府购买服务预算支出合计 24万元。",
    );
    const byKey = Object.fromEntries(r.figures.map((f) => [f.key, f.value]));
    expect(byKey).toMatchObject({
      "staff.authorized": "6",
      "staff.actual": "5",
      "staff.retired": "2",
      "procurement.total": "22.30",
      "procurement.goods": "2.30",
      "procurement.works": "0.00",
      "procurement.services": "20.00",
      purchasedServices: "24.00",
    });
    expect(r.figures.find((f) => f.key === "staff.actual")?.isCount).toBe(true);
  });

  it("converts amounts stated in 元 exactly", () => {
    const r = read("2023年度机关运行经费支出 77,412.35元。");
    expect(r.figures[0]).toMatchObject({ key: "operatingCost", value: "7.741235" });
  });

  it("reads a 决算 project self-evaluation summary", () => {
    const r = read("5.医保局业务工作经费项目绩效自评综述：项目全年预算数\n为46.5万元，执行数为25.86万元，完成预算的55.6%。主要产出和效益是：…", "final");
    expect(r.projects[0]).toMatchObject({ name: "医保局业务工作经费", amount: "25.86", adjustedBudget: "46.50", executed: "25.86" });
    expect(r.statements[0]).toMatchObject({ subjectKind: "project", completionRate: "55.6" });
  });

  it("reads the national 决算 sentence that names the item in a sentence of its own", () => {
    const r = read(
      "（一）一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。年初预算为1,000.00万元，支出决算为1,200.00万元，完成年初预算的120.0%。\n（二）公共安全支出（类）公安（款）执法办案（项）。年初预算为50.00万元，支出决算为40.00万元，完成年初预算的80%。",
      "final",
    );
    expect(r.statements.map((s) => [s.code, s.subject, s.initialBudget, s.amount, s.completionRate])).toEqual([
      ["2010602", "一般行政管理事务", "1000.00", "1200.00", "120.0"],
      ["2040220", "执法办案", "50.00", "40.00", "80"],
    ]);
  });

  it("names chain items by their most specific level, without level markers", () => {
    const r = read("按功能分类科目：公共安全支出（类）3,100.00万元；其中：公共安全支出（类）公安（款）行政运行（项）2,600.00万元。");
    expect(r.statements.map((s) => [s.code, s.subject])).toEqual([
      ["204", "公共安全支出"],
      ["2040201", "行政运行"],
    ]);
  });

  it("gives both totals the change stated for 收、支总计 together", () => {
    const r = read("2021年度收入总计3,200.00万元，支出总计3,200.00万元。与2020年度相比，收、支总计各增加150.00万元，增长4.9%。", "final");
    const byKey = Object.fromEntries(r.figures.map((f) => [f.key, f.value]));
    expect(byKey).toMatchObject({ "prior.income.total": "3050.00", "prior.expenditure.total": "3050.00" });
  });

  it("reads the projects a 项目支出 sentence lists after 主要用于", () => {
    const r = read("2019年项目支出500.00万元，主要用于：甲类办案业务经费300.00万元、乙类整治经费200.00万元。");
    expect(r.projects.map((p) => [p.name, p.amount])).toEqual([
      ["甲类办案业务经费", "300.00"],
      ["乙类整治经费", "200.00"],
    ]);
  });

  it("keeps a 三公 item inside an economic breakdown as an economic row", () => {
    const r = read("商品服务支出 261.23 万元，其中：办公费 3.07 万元、福利费 10.53 万元、公务用\n车运行维护费 3.60 万元、其他商品和服务支出 8.38 万元。");
    expect(r.statements.map((s) => [s.code, s.subjectKind])).toEqual([
      ["302", "economic"],
      ["30201", "economic"],
      ["30229", "economic"],
      ["30231", "economic"],
      ["30299", "economic"],
    ]);
  });

  it("reads 本年预算 as the figure just named, so its comparison is kept", () => {
    const r = read("一般公共预算财政拨款支出预算 842.93 万元，其中：本年预算 842.93 万元，与 2024 年相比减少 148.72 万元，下降 15%；上年结转 0 万元。");
    expect(r.statements[0]).toMatchObject({ key: "general.expenditure", amount: "842.93", change: "-148.72", priorYear: "991.65", changeRate: "-15" });
  });

  it("takes the function code printed after an item's amount", () => {
    const r = read("按功能科目分类，主要用于：\n1、一般行政管理事务 112.98 万元，主要是用于 2101502。进一步加强宣传。");
    expect(r.statements[0]).toMatchObject({ code: "2101502", subject: "一般行政管理事务" });
  });

  it("scopes list items by the part their lead-in names, not by the section title", () => {
    const r = read("六、一般公共预算基本支出安排情况\n一般公共预算基本支出 317.93 万元，其中：\n1. 人员经费 191.05 万元，包括：\n(1)工资福利支出 190.14 万元，主要用于在职人员基本工资。");
    expect(r.statements.find((s) => s.code === "301")?.scope).toBe("人员经费");
  });

  it("names a figure without the year and department in front of it", () => {
    const r = read("某某县公安局2019年收入预算3,456.78万元。2023年某某区医疗保障服务中心部门预算数 15391.33 万元。2019年机关运行经费356.78万元。");
    expect(r.statements.map((s) => [s.key, s.subject])).toEqual([
      ["income.total", "收入预算"],
      ["incomeExpenditure.total", "部门预算数"],
      ["operatingCost", "机关运行经费"],
    ]);
  });
});
