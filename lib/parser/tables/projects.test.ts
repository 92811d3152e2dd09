import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesOf } from "./helpers.test-utils";
import { legacyReadProjectForm, legacyReadProjectTable } from "./legacy/projects.test-utils";
import { mergeFormProjects, readProjectForm, readProjectTable } from "./projects";
import { blockOf } from "./sample-lines.test-utils";
import { segmentTables } from "./segment-tables";

describe("readProjectTable", () => {
  it("cuts the executing unit off a wrapped project name and takes the row's first figure", () => {
    const [block] = segmentTables(
      linesOf(
        "表 10.某区某局 2023年项目支出表\n单位:万元\n040001 武汉市某区医疗保障局本级 863.36 863.36\n42010523040T000000107\n工会、乡村振兴补助经\n费\n武汉市某区医疗保障\n局本级\n1. 50 1. 50 0. 00",
      ),
    );
    expect(readProjectTable(block)).toMatchObject([
      { code: "42010523040T000000107", name: "工会、乡村振兴补助经费", amount: "1.50", unit: "武汉市某区医疗保障局本级" },
    ]);
  });

  it("reads tab rows by the header's columns when the unit comes before the name and words stand between name and amount", () => {
    const [block] = segmentTables(
      linesOf(
        [
          "表10",
          "一般公共预算项目支出表",
          "单位:万元",
          "单位名称\t项目名称\t项目类型\t资金性质\t功能科目\t金额",
          "合计\t\t\t\t\t180.00",
          "武汉市青山区统计局\t第五次全国经济普查经费\t专项业务类\t一般公共预算\t2010507\t120.00",
          "武汉市青山区统计局\t统计调查专项经费\t专项业务类\t一般公共预算\t2010505\t60.00",
        ].join("\n"),
      ),
    );
    expect(readProjectTable(block)).toMatchObject([
      { code: null, name: "第五次全国经济普查经费", amount: "120.00", unit: "武汉市青山区统计局" },
      { code: null, name: "统计调查专项经费", amount: "60.00", unit: "武汉市青山区统计局" },
    ]);
  });

  it("reads layout rows that print the unit (and its code) before the project's name", () => {
    const [block] = segmentTables(
      linesOf(
        [
          "汇川区档案馆2025年一般公共预算项目支出表",
          "单位:万元",
          "单位编码 单位名称 项目名称 合计 本年拨款 上年结转",
          "608001 汇川区档案馆 档案数字化加工经费 35.00 35.00",
          "汇川区档案馆 馆藏档案抢救保护经费 12.50 12.50",
          "608001 汇川区档案馆 51.70 51.70",
          "合计 51.70 51.70",
        ].join("\n"),
      ),
    );
    expect(readProjectTable(block)).toEqual([
      expect.objectContaining({ code: null, name: "档案数字化加工经费", amount: "35.00", unit: "汇川区档案馆" }),
      expect.objectContaining({ code: null, name: "馆藏档案抢救保护经费", amount: "12.50", unit: "汇川区档案馆" }),
    ]);
  });

  it("reads tab-separated rows and converts 元 to 万元 exactly", () => {
    const [block] = segmentTables(linesOf("附表 10\n项目支出表\n单位:元\n42011125043T00000101\t医疗救助\t某局本级\t5,000,012.34\t5,000,012.34"));
    expect(readProjectTable(block)).toMatchObject([{ code: "42011125043T00000101", name: "医疗救助", amount: "500.001234" }]);
  });
});

describe("readProjectTable: the prose after the table", () => {
  it("ends the table at the explanation that follows it instead of reading sentences as projects", () => {
    const coded = segmentTables(
      linesOf(
        [
          "表10 项目支出表",
          "单位:万元",
          "项目编码 项目名称 金额",
          "合计 750.00",
          "42010425A000000000101 社区网格化管理经费 300.00",
          "42010425A000000000102 辖区环境卫生综合整治 450.00",
          "三、2025年部门预算情况说明",
          "(一)收支预算总体情况",
          "2025年收入预算1,320.00万元，支出预算1,320.00万元。其中基本支出570.00万元，项目支出750.00万元。",
          "(二)“三公”经费预算情况",
          "2025年“三公”经费预算为0万元。",
        ].join("\n"),
      ),
    ).find((b) => b.kind === "projects")!;
    expect(readProjectTable(coded).map((p) => [p.name, p.amount])).toEqual([
      ["社区网格化管理经费", "300.00"],
      ["辖区环境卫生综合整治", "450.00"],
    ]);
    const tabbed = segmentTables(
      linesOf(
        [
          "表10 项目支出表",
          "单位:万元",
          "| 项目名称 | 项目单位 | 预算金额 |",
          "|---|---|---:|",
          "| 合计 | | 1,500.00 |",
          "| 基本公共卫生服务补助资金 | 某区卫生健康局 | 1,500.00 |",
          "",
          "2020年收入预算2,525.60万元，支出预算2,525.60万元。",
          "2020年“三公”经费预算2.00万元，全部为公务接待费。",
        ].join("\n"),
      ),
    ).find((b) => b.kind === "projects")!;
    expect(readProjectTable(tabbed).map((p) => [p.name, p.amount])).toEqual([["基本公共卫生服务补助资金", "1500.00"]]);
  });
});

describe("readProjectTable: a 项目类型 column", () => {
  it("keeps the type cell (特定目标类) out of the name, on one line or one cell per line", () => {
    const read = (lines: string[]) => readProjectTable(segmentTables(linesOf(["表9 项目支出表", "单位：万元", ...lines].join("\n")))[0]).map((p) => [p.name, p.amount]);
    expect(read(["项目名称 项目类型 合计 一般公共预算拨款", "拥军优属专项经费 特定目标类 38.00 38.00", "信息系统运维费 其他运转类 6.00 6.00"])).toEqual([
      ["拥军优属专项经费", "38.00"],
      ["信息系统运维费", "6.00"],
    ]);
    expect(read(["项目名称", "项目类型", "合计", "合计", "44.00", "拥军优属专项经费 特定目标类 38.00", "信息系统", "运维费", "其他运转类", "6.00"])).toEqual([
      ["拥军优属专项经费", "38.00"],
      ["信息系统运维费", "6.00"],
    ]);
  });
});

describe("readProjectTable: rows printed without a project code", () => {
  it("reads name-and-amount rows as projects with code null, skipping unit, category and total rows", () => {
    const [block] = segmentTables(
      linesOf(
        [
          "表10 某区某局2024年项目支出表",
          "单位:万元",
          "项目名称 单位名称 合计 一般公共预算",
          "合计 120.50 120.50",
          "040001 某市某区某局本级 120.50 120.50",
          "31 本级支出项目 120.50 120.50",
          "医疗救助经费 某市某区某局本级 100.00 100.00",
          "医保基金监管 20.50 20.50",
        ].join("\n"),
      ),
    );
    expect(readProjectTable(block).map((p) => [p.code, p.name, p.amount, p.unit ?? null])).toEqual([
      [null, "医疗救助经费", "100.00", "某市某区某局本级"],
      [null, "医保基金监管", "20.50", null],
    ]);
  });

  it("joins an uncoded name wrapped over lines before its figures", () => {
    const [block] = segmentTables(
      linesOf("项目支出预算表\n单位:万元\n合计 15.00 15.00\n文明创建、党建\n工作经费\n15.00 15.00 0.00"),
    );
    expect(readProjectTable(block)).toMatchObject([{ code: null, name: "文明创建、党建工作经费", amount: "15.00" }]);
  });

  it("reads the first project printed one cell per line right under the header, with no 合计 row above it", () => {
    const read = (lines: string[]) => readProjectTable(segmentTables(linesOf(["表9", "项目支出表", "单位：万元", ...lines].join("\n")))[0]).map((p) => [p.name, p.amount]);
    const header = ["项目名称", "项目类型", "合计", "一般公共预", "算拨款", "其他收入"];
    // pdftotext: a blank line between rows.
    expect(read([...header, "", "拥军优属专项", "经费", "特定目标类", "38.00", "33.00", "5.00", "", "信息系统运维费", "其他运转类", "6.00", "6.00"])).toEqual([
      ["拥军优属专项经费", "38.00"],
      ["信息系统运维费", "6.00"],
    ]);
    // No blank lines: the header's last cell ends the header.
    expect(read([...header, "拥军优属专项", "经费", "38.00", "33.00", "5.00"])).toEqual([["拥军优属专项经费", "38.00"]]);
    // A unit or content column closing the header is header too.
    expect(read(["项目名称", "合计", "实施单位", "拥军优属专项", "经费", "38.00"])).toEqual([["拥军优属专项经费", "38.00"]]);
    // A header cell wrapped (上年结\n转) is no project; a row printed on one line takes no header text.
    expect(read(["项目名称", "合计", "上年结", "转", "12.00", "12.00"])).toEqual([]);
    expect(read([...header, "拥军优属专项经费 特定目标类 38.00 33.00 5.00"])).toEqual([["拥军优属专项经费", "38.00"]]);
  });

  it("reads uncoded tab rows, a 序号 column and a mix of coded and uncoded rows", () => {
    const [block] = segmentTables(
      linesOf(
        "项目支出表\n单位:元\n序号\t项目编码\t项目名称\t金额\n\t\t合计\t1,500,000.00\n1\t42010524001T000000001\t信息化建设\t1,000,000.00\n2\t\t宣传经费\t500,000.00",
      ),
    );
    expect(readProjectTable(block).map((p) => [p.code, p.name, p.amount])).toEqual([
      ["42010524001T000000001", "信息化建设", "100.00"],
      [null, "宣传经费", "50.00"],
    ]);
  });
});

describe("readProjectForm", () => {
  it("reads a 项目年度绩效目标表 header line", () => {
    const [block] = segmentTables(linesOf("项目年度绩效目标表\n单位名称:某局 项目名称:行政运转 年度预算金额:19.5万\n一级指标 二级指标"));
    expect(readProjectForm(block, 0)).toMatchObject({ name: "行政运转", amount: "19.50", code: null });
  });

  it("reads budget and executed amounts from a 决算 self-evaluation form", () => {
    const [block] = segmentTables(
      linesOf("2023 年度医保基金监管经费项目绩效自评表\n项目名称\n医保基金监管经费\n主管部门\n某局\n预算数(A)执行数(B)执行率(B/A)\n年度财政\n资金总额\n10 9.18 91.82%"),
    );
    expect(readProjectForm(block, 0)).toMatchObject({ name: "医保基金监管经费", amount: "9.18", adjustedBudget: "10.00", executed: "9.18" });
  });

  it("maps 年初预算数 / 全年预算数 / 全年执行数 columns", () => {
    const [block] = segmentTables(
      linesOf("2023年度医疗救助项目绩效自评表\n项目名称 医疗救助\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 774.16 956.80 956.80 10 100% 10"),
    );
    expect(readProjectForm(block, 0)).toMatchObject({ initialBudget: "774.16", adjustedBudget: "956.80", executed: "956.80" });
  });
});

describe("mergeFormProjects", () => {
  const prov = { source: "table" as const, line: 1 };
  it("only enriches a listed project, and lists form projects when there is no list", () => {
    const listed = [{ code: "A1", name: "医疗救助经费", amount: "774.16", provenance: prov }];
    const forms = [
      { code: null, name: "医疗救助经费", amount: "774.16", provenance: prov, blockIndex: 1 },
      { code: null, name: "一级项目", amount: "800.00", provenance: prov, blockIndex: 2 },
    ];
    expect(mergeFormProjects(listed, forms)).toHaveLength(1);
    expect(mergeFormProjects([], forms).map((p) => p.name)).toEqual(["医疗救助经费", "一级项目"]);
  });
});

describe("the project readers against the ones they replaced", () => {
  const formTitles = ["2023年度医疗救助经费项目绩效自评表", "项目年度绩效目标表", "项目支出绩效目标申报表", "一、某某项目基本信息表"];
  it("read per-project forms the same way", () => {
    const form = blockOf("performance-project", formTitles, (t) => /项目名称|预算|执行数|项目编码/.test(t), 40);
    fc.assert(
      fc.property(form, fc.nat(20), (block, index) => {
        expect(readProjectForm(block, index)).toEqual(legacyReadProjectForm(block, index));
      }),
      { numRuns: 2000 },
    );
  });

  it("read a form's labelled amount the same way wherever its figure wraps", () => {
    const piece = fc.constantFrom("项目名称:行政运转", "年度预算金额", "项目当年预算", "当年预算合计:", "项目总预算", ":", " ", "\t", ": :", "6.5", "1,219.14 万", ",5", "万元", "预算 12");
    const lines = fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join("")), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.constantFrom<"万元" | "元" | null>("万元", "元", null), (texts, unit) => {
        const body = texts.map((text, i) => ({ no: i + 2, text }));
        const block = { kind: "performance-project" as const, title: "项目年度绩效目标表", number: null, unit, titleStart: 0, titleEnd: 0, body, line: 1, endLine: body.length + 1, isEmpty: false, noneNote: null };
        expect(readProjectForm(block, 0)).toEqual(legacyReadProjectForm(block, 0));
      }),
      { numRuns: 3000 },
    );
  });

  it("read project lists the same way", () => {
    const list = blockOf("projects", ["项目支出表", "表 10.某区某局 2023年项目支出表"], (t) => /\d{6,}[A-Z]{0,3}\d{3,}|本级|序号/.test(t), 30);
    fc.assert(
      fc.property(list, (block) => {
        expect(readProjectTable(block)).toEqual(legacyReadProjectTable(block));
      }),
      { numRuns: 2000 },
    );
  });
});
