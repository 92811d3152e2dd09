import { describe, expect, it } from "vitest";
import { identifyDocument } from "./identify-document";
import { normalizeText } from "./normalize-text";

/**
 * Cover pages and titles as disclosures across the country print them: year first or last, the
 * title split over two lines, party and league organs (中共…区委宣传部, 共青团…委员会), units whose
 * names end in 研究室/管理处/中心学校, 单位预算/单位决算 instead of 部门预算/部门决算, and a
 * development zone with its district in brackets. Only the title is given, as on a cover page.
 */
interface TitleCase {
  title: string;
  district: string | null;
  city: string | null;
  department: string | null;
  year: number;
  kind: "budget" | "final";
}

const CASES: TitleCase[] = [
  { title: "2024年武汉市蔡甸区卫生健康局部门预算", district: "蔡甸区", city: "武汉市", department: "武汉市蔡甸区卫生健康局", year: 2024, kind: "budget" },
  { title: "2023年度武汉市新洲区水务和湖泊局部门决算", district: "新洲区", city: "武汉市", department: "武汉市新洲区水务和湖泊局", year: 2023, kind: "final" },
  { title: "武汉市汉阳区财政局\n2022年度部门决算\n2023年9月", district: "汉阳区", city: "武汉市", department: "武汉市汉阳区财政局", year: 2022, kind: "final" },
  { title: "武汉市江岸区司法局\n2025年部门预算", district: "江岸区", city: "武汉市", department: "武汉市江岸区司法局", year: 2025, kind: "budget" },
  { title: "中共武汉市江汉区委宣传部2024年部门预算", district: "江汉区", city: "武汉市", department: "中共武汉市江汉区委宣传部", year: 2024, kind: "budget" },
  // A subordinate unit titled under its parent: the unit, in its parent's district.
  { title: "武汉市硚口区教育局所属武汉市汉江湾中学2024年单位预算", district: "硚口区", city: "武汉市", department: "武汉市汉江湾中学", year: 2024, kind: "budget" },
  { title: "襄阳市樊城区档案馆2024年部门预算", district: "樊城区", city: "襄阳市", department: "襄阳市樊城区档案馆", year: 2024, kind: "budget" },
  { title: "共青团武汉市武昌区委员会2023年部门预算", district: "武昌区", city: "武汉市", department: "共青团武汉市武昌区委员会", year: 2023, kind: "budget" },
  { title: "黄陂区前川街道中心学校2024年单位预算", district: "黄陂区", city: null, department: "黄陂区前川街道中心学校", year: 2024, kind: "budget" },
  { title: "乌鲁木齐市米东区教育研究室 2023年单位预算公开", district: "米东区", city: "乌鲁木齐市", department: "乌鲁木齐市米东区教育研究室", year: 2023, kind: "budget" },
  { title: "随州市曾都区河道堤防建设管理处 2021 年度决算公开说明", district: "曾都区", city: "随州市", department: "随州市曾都区河道堤防建设管理处", year: 2021, kind: "final" },
  { title: "2023年度泸州市中医医院单位决算", district: "泸州市", city: "泸州市", department: "泸州市中医医院", year: 2023, kind: "final" },
  { title: "武汉市硚口区政务服务和大数据管理局2025年部门预算公开", district: "硚口区", city: "武汉市", department: "武汉市硚口区政务服务和大数据管理局", year: 2025, kind: "budget" },
  { title: "武汉市江夏区人民检察院2021年度部门决算公开说明", district: "江夏区", city: "武汉市", department: "武汉市江夏区人民检察院", year: 2021, kind: "final" },
  { title: "武汉东湖新技术开发区管委会财政局2024年部门预算", district: "武汉东湖新技术开发区", city: null, department: "武汉东湖新技术开发区管委会财政局", year: 2024, kind: "budget" },
  { title: "武汉市东湖生态旅游风景区管理委员会2023年部门预算", district: "东湖生态旅游风景区", city: "武汉市", department: "武汉市东湖生态旅游风景区管理委员会", year: 2023, kind: "budget" },
  { title: "武汉长江新区管理委员会2025年部门预算", district: "武汉长江新区", city: null, department: "武汉长江新区管理委员会", year: 2025, kind: "budget" },
  { title: "武汉市江夏区纪委监委2023年部门决算", district: "江夏区", city: "武汉市", department: "武汉市江夏区纪委监委", year: 2023, kind: "final" },
  { title: "中国共产党武汉市黄陂区委员会组织部2024年部门预算", district: "黄陂区", city: "武汉市", department: "中国共产党武汉市黄陂区委员会组织部", year: 2024, kind: "budget" },
  { title: "武汉市蔡甸区消泗乡人民政府2024年部门预算", district: "蔡甸区", city: "武汉市", department: "武汉市蔡甸区消泗乡人民政府", year: 2024, kind: "budget" },
  { title: "阳新县富池镇人民政府2023年度部门决算", district: "阳新县", city: null, department: "阳新县富池镇人民政府", year: 2023, kind: "final" },
  { title: "武汉市蔡甸区中医医院2023年度决算", district: "蔡甸区", city: "武汉市", department: "武汉市蔡甸区中医医院", year: 2023, kind: "final" },
  { title: "武汉市青山区（武汉化学工业区）应急管理局2024年部门预算", district: "青山区", city: "武汉市", department: "武汉市青山区(武汉化学工业区)应急管理局", year: 2024, kind: "budget" },
  { title: "武汉市公安局洪山区分局2023年部门预算", district: "洪山区", city: "武汉市", department: "武汉市公安局洪山区分局", year: 2023, kind: "budget" },
  { title: "随州市公安局曾都区分局2019年决算公开报告", district: "曾都区", city: "随州市", department: "随州市公安局曾都区分局", year: 2019, kind: "final" },
  { title: "武汉市汉阳区文化和旅游局二〇二四年部门预算", district: "汉阳区", city: "武汉市", department: "武汉市汉阳区文化和旅游局", year: 2024, kind: "budget" },
];

describe("identifyDocument on cover titles from other places", () => {
  it.each(CASES)("$title", ({ title, district, city, department, year, kind }) => {
    const header = identifyDocument(normalizeText(`${title}\n目 录\n第一部分 部门概况`));
    expect({ district: header.district, city: header.city, department: header.department, year: header.year, kind: header.kind }).toEqual({
      district,
      city,
      department,
      year,
      kind,
    });
  });
});

describe("a year and kind side by side with nothing between", () => {
  it("names the document only when it ends the title, not inside a sentence", () => {
    const report = identifyDocument(normalizeText("关于2023年预算执行情况和2024年预算草案的报告\n各位代表："));
    expect({ year: report.year, kind: report.kind }).toEqual({ year: null, kind: null });
  });
});
