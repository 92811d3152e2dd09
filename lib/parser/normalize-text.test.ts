import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";

function texts(input: string): string[] {
  return normalizeText(input).map((l) => l.text);
}

/** Line numbers and texts (the marks for identification are tested in normalize-text.property.test.ts). */
function numbered(input: string): Array<{ no: number; text: string }> {
  return normalizeText(input).map(({ no, text }) => ({ no, text }));
}

describe("normalizeText", () => {
  it("keeps original 1-based line numbers and drops empty lines", () => {
    const lines = numbered("\uFEFF第一行\r\n\r\n第三行\n\n\n第六行");
    expect(lines).toEqual([
      { no: 1, text: "第一行" },
      { no: 3, text: "第三行" },
      { no: 6, text: "第六行" },
    ]);
  });

  it("treats a form feed as a page break, not a line break, and drops the page number next to it", () => {
    const lines = numbered("合计 1.00\f\n12\n下一页");
    expect(lines).toEqual([
      { no: 1, text: "合计 1.00" },
      { no: 3, text: "下一页" },
    ]);
  });

  it("converts full-width digits, letters and table punctuation but keeps Chinese sentence punctuation", () => {
    expect(texts("单位：万元（合计）１２３．４５％ ＡＢｃ，。；、“三公”")).toEqual([
      "单位:万元(合计)123.45% ABc，。；、“三公”",
    ]);
    expect(texts("项目\u3000预算数")).toEqual(["项目 预算数"]);
  });

  it("writes years printed in Chinese numerals as digits, and nothing else", () => {
    expect(texts("二〇二四年部门预算\n二零二三年度决算\n二○二二 年\n零星支出〇元")).toEqual(["2024年部门预算", "2023年度决算", "2022 年", "零星支出〇元"]);
  });

  it("writes bracketed and dashed classification codes as plain codes", () => {
    expect(texts("[2080201]行政运行 900.00\n【301】工资福利支出\t880.50\n208-社会保障和就业支出 3,000.00\n2023-2025年规划")).toEqual([
      "2080201 行政运行 900.00",
      "301 工资福利支出\t880.50",
      "208 社会保障和就业支出 3,000.00",
      "2023-2025年规划",
    ]);
  });

  it("writes a function chain without brackets or in quotes as the national template does, and leaves other 类 alone", () => {
    expect(texts("1.一般公共服务支出类统计信息事务款行政运行项：年初预算\n“卫生健康支出”类“行政事业单位医疗”款“行政单位医疗”项\n货物类100万元，服务类款项")).toEqual([
      "1.一般公共服务支出(类)统计信息事务(款)行政运行(项):年初预算",
      "卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)",
      "货物类100万元，服务类款项",
    ]);
  });

  it("writes a function chain joined by dashes as the national template does, and leaves other dashes alone", () => {
    expect(
      texts(
        "1.一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行：年初预算为350.00万元\n住房保障支出 - 住房改革支出 - 住房公积金。年初预算24万元\n2023-2025年规划-年度计划-实施：略",
      ),
    ).toEqual([
      "1.一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项):年初预算为350.00万元",
      "住房保障支出(类)住房改革支出(款)住房公积金(项)。年初预算24万元",
      "2023-2025年规划-年度计划-实施:略",
    ]);
    expect(texts("4.社会保障和就业支出—行政事业单位养老支出—机关事业单位基本养老保险缴费支出：年初预算为40.20万元\n— 4 —")).toEqual([
      "4.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):年初预算为40.20万元",
    ]);
  });

  it("re-joins amounts that PDF extraction split with spaces", () => {
    expect(texts("合计 1, 077. 43 214. 07 196. 65 17. 42 863. 36")).toEqual([
      "合计 1,077.43 214.07 196.65 17.42 863.36",
    ]);
    expect(texts("208 社会保障和就业支出 13. 52 11. 72 11. 72 0. 00 1. 80")).toEqual([
      "208 社会保障和就业支出 13.52 11.72 11.72 0.00 1.80",
    ]);
    expect(texts("上年结转结余 0. 00年终结转结余 0. 00")).toEqual(["上年结转结余 0.00年终结转结余 0.00"]);
  });

  it("does not glue a list number to a year or two separate columns", () => {
    expect(texts("1. 2023年预算")).toEqual(["1. 2023年预算"]);
    expect(texts("11.72 11.72")).toEqual(["11.72 11.72"]);
  });

  it("joins a number split inside its fraction only when its tab cell or space-separated column holds nothing else", () => {
    expect(texts("本年收入合计\t842.9 3\t本年支出合计\t842.93")).toEqual([
      "本年收入合计\t842.93\t本年支出合计\t842.93",
    ]);
    expect(texts("本年收入合计    842.9 3    本年支出合计    842.93")).toEqual(["本年收入合计 842.93 本年支出合计 842.93"]);
    // Single spaces between the columns: "842.9 3" may be two of them.
    expect(texts("本年收入合计 842.9 3 本年支出合计")).toEqual(["本年收入合计 842.9 3 本年支出合计"]);
  });

  it("closes up letter-spaced Chinese without gluing names to numbers or words to words", () => {
    expect(texts("项 目 名 称")).toEqual(["项目名称"]);
    expect(texts("收 入 总 计 1, 077. 43支 出 总 计 1077. 43")).toEqual(["收入总计 1,077.43支出总计 1077.43"]);
    expect(texts("一般公共预算“ 三公” 经费支出表")).toEqual(["一般公共预算“三公”经费支出表"]);
    expect(texts("“ 三公” 经费合计 因公出国（境）费 公务接待费")).toEqual(["“三公”经费合计 因公出国(境)费 公务接待费"]);
    expect(texts("项目 预算数")).toEqual(["项目 预算数"]);
    expect(texts("2101301 城乡医疗救助 774. 16")).toEqual(["2101301 城乡医疗救助 774.16"]);
  });

  it("keeps tabs as cell separators and cleans each cell", () => {
    expect(texts("\t合计\t842.93\t317.93  \t\t")).toEqual(["\t合计\t842.93\t317.93"]);
  });

  it("strips HTML inside Markdown cells and decodes entities", () => {
    expect(texts("<b>303</b>\t<b>对个人和家庭的补助</b>\t<b>0.91</b>")).toEqual(["303\t对个人和家庭的补助\t0.91"]);
    expect(texts('职能\t<p>主要职责是：</p> <ol style="list-style-type: none"> <li>负责医疗保障&amp;救助</li></ol>')).toEqual([
      "职能\t主要职责是: 负责医疗保障&救助",
    ]);
    expect(texts("a<br/>b&nbsp;c")).toEqual(["a b c"]);
  });

  it("removes Markdown heading, bold and list markers", () => {
    expect(texts("### 部门收支总表\n**2025 年部门预算**\n- 一、部门收支总表")).toEqual([
      "部门收支总表",
      "2025 年部门预算",
      "一、部门收支总表",
    ]);
  });

  it("turns Markdown pipe tables into tab-separated rows", () => {
    expect(texts("| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n| 208 | 社会保障和就业支出 | 16.22 |")).toEqual([
      "科目编码\t科目名称\t合计",
      "208\t社会保障和就业支出\t16.22",
    ]);
  });

  it("drops page furniture but keeps lone numbers that may be codes or wrapped amounts", () => {
    expect(texts("— 4 —\n- 12 -\n第 3 页\n第3页 共10页\n208\n社会保障")).toEqual(["208", "社会保障"]);
  });

  it("drops 'page of pages' numbers printed with a slash or between dots, but not a date or a ratio beyond the count", () => {
    expect(texts("本部门2024年收入预算\n4/20\n1,077.43万元。\n· 5 ·\n12 / 20")).toEqual(["本部门2024年收入预算", "1,077.43万元。"]);
    expect(texts("2024/3\n部门/单位：某某局\n0/5")).toEqual(["2024/3", "部门/单位:某某局", "0/5"]);
  });

  it("drops the later copies of a cover title that PDF pages repeat as a running header", () => {
    const doc = [
      "某某市某某区某某局",
      "2024年部门预算",
      "目录",
      "第一部分 某某局概况",
      "第二部分 2024年部门预算情况说明",
      "第一部分 某某局概况",
      "本部门2024年收入预算",
      "2024年部门预算",
      "1,077.43万元。",
      "表1 2024年部门收支总表",
      "单位：万元",
      "2024年部门预算",
      "表2 2024年部门收入总表",
      "单位：万元",
      // A name alone is kept: a table's cells repeat too.
      "某某市某某区某某局",
    ].join("\n");
    expect(texts(doc)).toEqual([
      "某某市某某区某某局",
      "2024年部门预算",
      "目录",
      "第一部分 某某局概况",
      "第二部分 2024年部门预算情况说明",
      "第一部分 某某局概况",
      "本部门2024年收入预算",
      "1,077.43万元。",
      "表1 2024年部门收支总表",
      "单位:万元",
      "表2 2024年部门收入总表",
      "单位:万元",
      "某某市某某区某某局",
    ]);
  });

  it("joins every group of a long number split after each thousands comma", () => {
    expect(texts("合计\t1, 200, 000. 00\n12, 345, 678. 91")).toEqual(["合计\t1,200,000.00", "12,345,678.91"]);
  });

  it("keeps a negative number at the start of a line", () => {
    expect(texts("-12.50")).toEqual(["-12.50"]);
  });
  it("glues a single letter-spaced character after a full-width bracket", () => {
    expect(texts("收入 支出（功能分类） 支出（部门预算经济分类）")).toEqual(["收入 支出(功能分类) 支出(部门预算经济分类)"]);
    expect(texts("支出（功能分类） 合 计")).toEqual(["支出(功能分类)合计"]);
  });

  it("leaves Chinese sentence punctuation lines as they are", () => {
    expect(texts("一、部门主要职能，负责本区医疗保障；\n二、其他？")).toEqual(["一、部门主要职能，负责本区医疗保障；", "二、其他？"]);
  });
});
