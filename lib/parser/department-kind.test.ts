import { describe, expect, it } from "vitest";
import { deriveDepartmentKind, splitJurisdiction } from "./department-kind";

describe("splitJurisdiction", () => {
  it("splits city, district and unit", () => {
    expect(splitJurisdiction("武汉市汉阳区医疗保障局")).toEqual({ province: null, city: "武汉市", district: "汉阳区", unit: "医疗保障局" });
  });
  it("reads a city or province department without a district", () => {
    expect(splitJurisdiction("武汉市财政局")).toMatchObject({ city: "武汉市", district: null, unit: "财政局" });
    // Districts named …城区 are districts; a 主城区 is not.
    expect(splitJurisdiction("襄阳市樊城区教育局")).toMatchObject({ city: "襄阳市", district: "樊城区", unit: "教育局" });
    expect(splitJurisdiction("北京市东城区档案馆")).toMatchObject({ city: "北京市", district: "东城区", unit: "档案馆" });
    expect(splitJurisdiction("武汉市主城区档案馆")).toMatchObject({ city: "武汉市", district: null });
    expect(splitJurisdiction("湖北省卫生健康委员会")).toMatchObject({ province: "湖北省", city: null, district: null });
  });
  it("does not mistake 市 or 区 inside the unit's name for a jurisdiction", () => {
    expect(splitJurisdiction("汉阳区市场监督管理局")).toMatchObject({ city: null, district: "汉阳区", unit: "市场监督管理局" });
    expect(splitJurisdiction("武汉市城市管理执法委员会")).toMatchObject({ city: "武汉市", district: null });
  });
  it("reads a district whose own name holds 市 to its 区", () => {
    expect(splitJurisdiction("荆州市沙市区中医医院")).toEqual({ province: null, city: "荆州市", district: "沙市区", unit: "中医医院" });
    expect(splitJurisdiction("沙市区教育局")).toMatchObject({ district: "沙市区", unit: "教育局" });
    // A county-level city stays one: its 市 is followed by the unit, not by 区.
    expect(splitJurisdiction("宜昌市宜都市教育局")).toMatchObject({ city: "宜昌市", district: "宜都市", unit: "教育局" });
  });
  it("reads districts that end in 城区 (樊城区, 西城区), not the bare word", () => {
    expect(splitJurisdiction("襄阳市樊城区城市管理执法局")).toMatchObject({ city: "襄阳市", district: "樊城区", unit: "城市管理执法局" });
    expect(splitJurisdiction("鄂州市鄂城区教育局")).toMatchObject({ district: "鄂城区", unit: "教育局" });
    expect(splitJurisdiction("城区教育局")).toMatchObject({ district: null });
  });
});

describe("deriveDepartmentKind", () => {
  it("gives the same kind to the same sort of unit in different districts", () => {
    expect(deriveDepartmentKind("武汉市汉阳区医疗保障局")).toBe("医疗保障");
    expect(deriveDepartmentKind("蔡甸区医疗保障服务中心")).toBe("医疗保障");
    expect(deriveDepartmentKind("区医保局")).toBe("医疗保障");
    expect(deriveDepartmentKind("江汉区医疗保障局本级")).toBe("医疗保障");
  });
  it("strips body-type suffixes and expands abbreviations", () => {
    expect(deriveDepartmentKind("湖北省财政厅")).toBe("财政");
    expect(deriveDepartmentKind("武汉市洪山区卫健委")).toBe("卫生健康");
    expect(deriveDepartmentKind("武汉市卫生健康委员会")).toBe("卫生健康");
    expect(deriveDepartmentKind("汉阳区市场监督管理局")).toBe("市场监督管理");
    expect(deriveDepartmentKind("江岸区文旅局")).toBe(deriveDepartmentKind("武汉市汉阳区文化和旅游局"));
  });
  it("gives a city bureau's district branch its bureau's kind, and keeps what a service centre does", () => {
    expect(deriveDepartmentKind("武汉市公安局洪山区分局")).toBe("公安");
    expect(splitJurisdiction("随州市公安局曾都区分局")).toMatchObject({ city: "随州市", district: "曾都区" });
    expect(deriveDepartmentKind("武汉市汉阳区机关事务服务中心")).toBe("机关事务");
    expect(deriveDepartmentKind("武汉市江汉区机关事务中心")).toBe("机关事务");
    expect(deriveDepartmentKind("江岸区城管执法局")).toBe(deriveDepartmentKind("武汉市硚口区城市管理执法局"));
  });
  it("reads zones, committees' departments, 纪委监委 and street offices of a government", () => {
    expect(splitJurisdiction("武汉经济技术开发区(汉南区)教育局")).toMatchObject({ district: "武汉经济技术开发区(汉南区)", unit: "教育局" });
    expect(splitJurisdiction("武汉市东湖生态旅游风景区管理委员会")).toMatchObject({ city: "武汉市", district: "东湖生态旅游风景区" });
    expect(deriveDepartmentKind("武汉经济技术开发区（汉南区）教育局")).toBe("教育");
    expect(deriveDepartmentKind("武汉东湖新技术开发区管委会财政局")).toBe("财政");
    expect(deriveDepartmentKind("武汉长江新区管理委员会")).toBe("管理委员会");
    expect(deriveDepartmentKind("中国共产党武汉市黄陂区委员会组织部")).toBe("组织部");
    expect(deriveDepartmentKind("武汉市江夏区纪委监委")).toBe("纪委监委");
    expect(deriveDepartmentKind("武汉市武昌区人民政府中南路街道办事处")).toBe("中南路街道办事处");
    expect(deriveDepartmentKind("武汉市江汉区卫生健康局（本级）")).toBe("卫生健康");
  });

  it("reads party and league organs and government offices as their own kinds", () => {
    expect(deriveDepartmentKind("中共武汉市江汉区委宣传部")).toBe("宣传部");
    expect(deriveDepartmentKind("中共武汉市洪山区委宣传部")).toBe("宣传部");
    expect(deriveDepartmentKind("共青团武汉市武昌区委员会")).toBe("共青团");
    expect(deriveDepartmentKind("中国共产主义青年团南宁市西乡塘区委员会")).toBe("共青团");
    expect(deriveDepartmentKind("政协兰州市委员会")).toBe("政协");
    expect(deriveDepartmentKind("应城市政协办公室")).toBe("政协");
    expect(deriveDepartmentKind("中国人民政治协商会议四川省射洪市委员会")).toBe("政协");
    expect(deriveDepartmentKind("常德市武陵区人大常委会办公室")).toBe("人大常委会");
    expect(deriveDepartmentKind("黄石市人民代表大会常务委员会办公室")).toBe("人大常委会");
    expect(deriveDepartmentKind("湛江市人民政府行政服务中心")).toBe("行政服务");
    expect(deriveDepartmentKind("新洲区人民政府办公室")).toBe("政府办公室");
  });
  it("compares like with like across districts: bracketed second names, 城管委, the discipline commission, a party committee's office", () => {
    expect(deriveDepartmentKind("武汉市蔡甸区教育局（体育局）")).toBe("教育");
    expect(deriveDepartmentKind("武汉市江岸区人民政府办公室（区外事办公室）")).toBe("政府办公室");
    expect(deriveDepartmentKind("武汉市蔡甸区城管委")).toBe(deriveDepartmentKind("武汉市汉阳区城市管理执法局"));
    expect(deriveDepartmentKind("武汉市洪山区城市管理执法委员会")).toBe("城市管理");
    expect(deriveDepartmentKind("长沙市岳麓区城市管理和综合执法局")).toBe("城市管理");
    expect(deriveDepartmentKind("福州市鼓楼区城市管理综合行政执法局")).toBe("城市管理");
    expect(deriveDepartmentKind("中共武汉市江汉区纪律检查委员会")).toBe("纪委监委");
    expect(deriveDepartmentKind("中共武汉市洪山区委办公室")).toBe("党委办公室");
    expect(deriveDepartmentKind("中国共产党武汉市江汉区委员会办公室")).toBe("党委办公室");
    expect(deriveDepartmentKind("武汉市汉阳区档案馆（区地方志办公室）")).toBe("档案馆");
  });
  it("returns null without a name", () => {
    expect(deriveDepartmentKind(null)).toBeNull();
  });
});

describe("schools, kindergartens and health centres", () => {
  it("compare by what they are, not by their own names", () => {
    expect(deriveDepartmentKind("十堰市第五中学")).toBe("中学");
    expect(deriveDepartmentKind("沂源县中庄镇社庄完全小学")).toBe("小学");
    expect(deriveDepartmentKind("厦门市海沧区东孚中心幼儿园")).toBe("幼儿园");
    expect(deriveDepartmentKind("禄丰市黑井中心卫生院")).toBe("卫生院");
    expect(deriveDepartmentKind("陆良县中医医院")).toBe("中医医院");
  });

  it("reads an autonomous region as a province and a bare organ's district", () => {
    expect(splitJurisdiction("内蒙古自治区鄂尔多斯市审计局")).toMatchObject({ province: "内蒙古自治区", city: "鄂尔多斯市", unit: "审计局" });
    expect(splitJurisdiction("政协益阳市赫山区")).toMatchObject({ city: "益阳市", district: "赫山区" });
    expect(splitJurisdiction("自治区政协办公厅")).toMatchObject({ district: null });
  });
});
