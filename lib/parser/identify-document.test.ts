import { describe, expect, it } from "vitest";
import { identifyDocument } from "./identify-document";
import { normalizeText } from "./normalize-text";
import type { Line } from "./types";

function toLines(text: string): Line[] {
  return text.split("\n").map((t, i) => ({ no: i + 1, text: t })).filter((l) => l.text.trim() !== "");
}

describe("identifyDocument", () => {
  it("takes the district a title prints before a unit named only 区…局", () => {
    const header = identifyDocument(
      toLines(["蔡甸区2024年度区卫健局部门预算公开", "一、收支总体情况", "2024年部门收支总预算1,000.00万元。"].join("\n")),
    );
    expect(header).toMatchObject({ district: "蔡甸区", department: "区卫健局", departmentKind: "卫生健康", year: 2024, kind: "budget" });
    const bare = identifyDocument(toLines(["区财政局2024年部门预算", "2024年部门收支总预算1,000.00万元。"].join("\n")));
    expect(bare.district).toBeNull();
  });

  it("reads a district department's budget", () => {
    const header = identifyDocument(
      toLines(
        [
          "第一部分 武汉市汉阳区医疗保障局概况",
          "第二部分 武汉市汉阳区医疗保障局 2023年部门预算表",
          "表 1.武汉市汉阳区医疗保障局 2023年部门收支总表",
          "部门：武汉市汉阳区医疗保障局 单位：万元",
          "2023年部门收支总预算 1077.43万元，比 2022年预算减少 193.11万元",
        ].join("\n"),
      ),
    );
    expect(header).toMatchObject({
      district: "汉阳区",
      city: "武汉市",
      department: "武汉市汉阳区医疗保障局",
      departmentKind: "医疗保障",
      parentDepartment: null,
      year: 2023,
      kind: "budget",
    });
    expect(header.provenance?.line).toBe(1);
  });

  it("reads a page copied from a government site: not the publishing agency, not the sentence's lead words", () => {
    const scraped = identifyDocument(
      normalizeText(
        [
          "索引号：011043012/2024-12345",
          "发布机构：武汉市汉阳区财政局",
          "武汉市汉阳区民政局2024年部门预算",
          "第一部分 武汉市汉阳区民政局概况",
        ].join("\n"),
      ),
    );
    expect(scraped).toMatchObject({ district: "汉阳区", department: "武汉市汉阳区民政局", year: 2024, kind: "budget" });
    const announced = identifyDocument(
      normalizeText(
        [
          "关于公开2024年部门预算的说明",
          "发布时间：2024-02-01 来源：武汉市江汉区财政局",
          "根据《中华人民共和国预算法》规定，现将武汉市江汉区民政局2024年部门预算公开如下：",
        ].join("\n"),
      ),
    );
    expect(announced).toMatchObject({ district: "江汉区", department: "武汉市江汉区民政局", year: 2024, kind: "budget" });
  });

  it("takes a final account's fiscal year, not the year it was printed", () => {
    const header = identifyDocument(
      toLines(
        [
          "某某县林业局2023年度",
          "部门决算",
          "2024年5月",
          "2023 年度收入支出决算总表",
          "部门：某某县林业局 单位：万元",
          "2023年度一般公共预算财政拨款支出年初预算为100万元",
        ].join("\n"),
      ),
    );
    expect(header).toMatchObject({ year: 2023, kind: "final", district: "某某县", department: "某某县林业局", departmentKind: "林业" });
  });

  it("names a city department's city as its district", () => {
    const header = identifyDocument(toLines("武汉市财政局2024年部门预算\n部门：武汉市财政局 单位：万元"));
    expect(header).toMatchObject({ district: "武汉市", city: "武汉市", department: "武汉市财政局", departmentKind: "财政" });
  });

  it("names a province department's province as its district", () => {
    const header = identifyDocument(toLines("湖北省财政厅2022年部门决算\n部门：湖北省财政厅"));
    expect(header).toMatchObject({ district: "湖北省", city: null, department: "湖北省财政厅", kind: "final", year: 2022 });
  });

  it("keeps a street office's name whole (…街道办事处, not …街道办)", () => {
    const header = identifyDocument(toLines("某某市某某区某某街道办事处2025年部门预算\n部门：某某市某某区某某街道办事处 单位：万元"));
    expect(header).toMatchObject({ department: "某某市某某区某某街道办事处", district: "某某区", year: 2025, kind: "budget" });
  });

  it("reads a street named without 办事处, and a street whose place name ends like a unit", () => {
    expect(identifyDocument(toLines("某某市某某区某山街道2025年部门预算\n一、部门主要职能"))).toMatchObject({
      department: "某某市某某区某山街道",
      district: "某某区",
      year: 2025,
      kind: "budget",
    });
    // 书院 ends in 院, 学院路 holds one: the street goes on past it.
    expect(identifyDocument(toLines("某某市某南区书院街道办事处2023年部门预算公开"))).toMatchObject({
      department: "某某市某南区书院街道办事处",
      district: "某南区",
    });
    expect(identifyDocument(toLines("2024年某某市某某区学院路街道部门决算"))).toMatchObject({
      department: "某某市某某区学院路街道",
      kind: "final",
    });
    expect(identifyDocument(toLines("某某市某某区某山街道社区卫生服务中心2024年单位预算")).department).toBe(
      "某某市某某区某山街道社区卫生服务中心",
    );
  });

  it("takes the cover title's year and kind over mentions of other years' documents", () => {
    const budget = identifyDocument(
      toLines(
        [
          "某某市某某区某某局2024年部门预算",
          "一、收支预算总体情况",
          "2024年收入预算1000.00万元，比2023年部门预算增加10.00万元。",
          "与2023年部门预算相比，支出增加。",
          "2023年部门预算执行情况良好，2023年部门预算项目均已完成。",
        ].join("\n"),
      ),
    );
    expect(budget).toMatchObject({ year: 2024, kind: "budget" });
    const final = identifyDocument(
      toLines(
        [
          "某某区某某局2023年度部门决算",
          "2023年度收入决算100.00万元，年初预算90.00万元。",
          "2024年部门预算已于2024年1月公开；2024年部门预算将继续安排；2024年部门预算编制中。",
        ].join("\n"),
      ),
    );
    expect(final).toMatchObject({ year: 2023, kind: "final" });
  });

  it("reads a cover title broken after its jurisdiction", () => {
    expect(identifyDocument(toLines("某某市某岸区\n民政局2024年部门预算\n一、部门主要职能"))).toMatchObject({
      department: "某某市某岸区民政局",
      district: "某岸区",
      year: 2024,
      kind: "budget",
    });
    // A line above that is not a bare jurisdiction is left out.
    expect(identifyDocument(toLines("主要职能如下\n某某区民政局2024年部门预算")).department).toBe("某某区民政局");
  });

  it("keeps the most complete spelling of the most frequent name", () => {
    const header = identifyDocument(
      toLines(
        [
          "部门/单位：武汉洪山区医疗保障局",
          "部门/单位：武汉市洪山区医疗保障局",
          "部门/单位：武汉市洪山区医疗保障局",
          "武汉市洪山区医疗保障局 2025 年部门预算",
        ].join("\n"),
      ),
    );
    expect(header.department).toBe("武汉市洪山区医疗保障局");
    expect(header.district).toBe("洪山区");
  });

  it("makes a subordinate unit the department and its parent the parentDepartment", () => {
    const header = identifyDocument(
      toLines(
        [
          "某某区社会保险服务中心为某某区人社局下属二级全额拨款事业单位。",
          "表 1.某某区人力资源和社会保障局 2023 年部门收支总表",
          "表 2.某某区人力资源和社会保障局 2023 年部门收入总表",
          "2023 年某某区社会保险服务中心部门预算数：100.00 万元。",
          "某某区社会保险服务中心 2023 年无使用政府性基金预算财政拨款安排的支出。",
          "2023年武汉市某某区社会保险服务中心政府采购预算金额共计 1.00 万元。",
        ].join("\n"),
      ),
    );
    expect(header.department).toBe("武汉市某某区社会保险服务中心");
    expect(header.parentDepartment).toBe("某某区人力资源和社会保障局");
    expect(header.district).toBe("某某区");
  });

  it("leaves fields null when the text does not say", () => {
    const header = identifyDocument(toLines("这是一份会议纪要。\n会议于2023年召开。"));
    expect(header).toMatchObject({ year: null, kind: null, department: null, district: null });
  });
  it("reads the same header from normalizeText's lines as from the raw lines", () => {
    const text = [
      "**某某县林业局**",
      "2023 年度",
      "部门决算",
      "部门 ： 某某县林业局   单位：万元",
      "某某县林业局为某某县自然资源局下属二级单位。",
    ].join("\n");
    const fromNormalized = identifyDocument(normalizeText(text));
    const fromRaw = identifyDocument(toLines(text));
    // Only the excerpt differs: it quotes the cleaned line.
    expect({ ...fromNormalized, provenance: fromNormalized.provenance?.line }).toEqual({ ...fromRaw, provenance: fromRaw.provenance?.line });
    expect(fromNormalized).toMatchObject({ year: 2023, kind: "final", department: "某某县林业局", parentDepartment: "某某县自然资源局" });
  });
});

describe("a city bureau's branch named without 区", () => {
  it("is in the district the text names in full", () => {
    const header = identifyDocument(
      normalizeText(
        "武汉市自然资源和规划局蔡甸分局2024年部门预算\n一、部门基本情况\n武汉市自然资源和规划局蔡甸分局负责蔡甸区国土空间规划。\n2024年收入预算100.00万元。",
      ),
    );
    expect(header).toMatchObject({ district: "蔡甸区", city: "武汉市", department: "武汉市自然资源和规划局蔡甸分局" });
  });

  it("stays in its city when the text never names the district", () => {
    const header = identifyDocument(normalizeText("武汉市自然资源和规划局蔡甸分局2024年部门预算\n2024年收入预算100.00万元。"));
    expect(header.district).toBe("武汉市");
  });
});

describe("a sub-unit named by its city only", () => {
  function read(text: string) {
    const h = identifyDocument(normalizeText(text));
    return { department: h.department, district: h.district, city: h.city, parent: h.parentDepartment };
  }

  it("takes its parent's district when the overview says which bureau it belongs to", () => {
    // "X为Y所属…": the parent was read, but the district stayed the city.
    expect(read("某某市第十一中学2024年单位预算\n第一部分 某某市第十一中学概况\n某某市第十一中学为某某市甲乙区教育局所属公益一类事业单位。")).toEqual({
      department: "某某市第十一中学",
      district: "甲乙区",
      city: "某某市",
      parent: "某某市甲乙区教育局",
    });
    // "主管部门为Y", "隶属于Y", "本单位是Y所属…".
    expect(read("某某市第十一中学2024年单位预算\n第一部分 某某市第十一中学概况\n本单位主管部门为某某市甲乙区教育局，属公益一类事业单位。")).toMatchObject({
      district: "甲乙区",
      parent: "某某市甲乙区教育局",
    });
    expect(read("某某市第二人民医院2024年单位预算\n一、单位概况\n某某市第二人民医院隶属于某某市丙丁区卫生健康局，是一所综合医院。")).toMatchObject({
      department: "某某市第二人民医院",
      district: "丙丁区",
      parent: "某某市丙丁区卫生健康局",
    });
    expect(read("某某市第十一中学2024年单位预算\n一、单位基本情况\n本单位是甲乙区教育局下属全额拨款事业单位。")).toMatchObject({
      district: "甲乙区",
      parent: "甲乙区教育局",
    });
  });

  it("keeps the city when the text names no parent, or one of another city", () => {
    expect(read("某某市第十一中学2024年单位预算\n一、单位基本情况\n本单位是公益一类事业单位。")).toMatchObject({ district: "某某市", parent: null });
    expect(read("某某市第十一中学2024年单位预算\n一、单位基本情况\n本单位主管部门为另一市甲乙区教育局。")).toMatchObject({ district: "某某市" });
  });
});

describe("a bureau whose overview names the body that guides it", () => {
  it("does not take another unit's 隶属于 for its own", () => {
    const h = identifyDocument(
      normalizeText("某某市卫生健康委员会2024年部门预算\n一、部门基本情况\n某某市第二医院隶属于某某市甲乙区卫生健康局。"),
    );
    expect(h).toMatchObject({ department: "某某市卫生健康委员会", district: "某某市", parentDepartment: null });
  });

  it("does not take 上级业务主管部门 for its parent", () => {
    const h = identifyDocument(
      normalizeText("某某市文物局2024年部门预算\n一、部门情况说明\n某某市文物局是负责本市文物和博物馆事业管理工作的市政府直属机构。上级业务主管部门为国家文物局。"),
    );
    expect(h).toMatchObject({ department: "某某市文物局", district: "某某市", parentDepartment: null });
  });
});
