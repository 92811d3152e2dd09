import { describe, expect, it } from "vitest";
import { splitHtmlTables } from "./html-tables";
import { normalizeText } from "./normalize-text";
import { parseDocument } from "./parse-document";

const ONE_LINE =
  "<table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr><tr><td>2010501</td><td>行政运行</td><td>720.00</td><td>720.00</td><td></td></tr><tr><td>2010507</td><td>专项普查活动</td><td>120.00</td><td></td><td>120.00</td></tr></table>";

describe("HTML tables in a text disclosure", () => {
  it("writes each row as one tab-separated line, numbered by the line the row starts on", () => {
    expect(splitHtmlTables(`表5 一般公共预算支出表\n${ONE_LINE}\n说明：无`)).toEqual([
      { no: 1, text: "表5 一般公共预算支出表" },
      { no: 2, text: "科目编码\t科目名称\t合计\t基本支出\t项目支出" },
      { no: 2, text: "2010501\t行政运行\t720.00\t720.00\t" },
      { no: 2, text: "2010507\t专项普查活动\t120.00\t\t120.00" },
      { no: 3, text: "说明：无" },
    ]);
    const spread = ONE_LINE.replace(/<tr>/g, "\n<tr>\n").replace(/<\/td>/g, "</td>\n");
    const rows = splitHtmlTables(spread).filter((l) => l.text.includes("\t"));
    expect(rows.map((l) => l.text)).toEqual([
      "科目编码\t科目名称\t合计\t基本支出\t项目支出",
      "2010501\t行政运行\t720.00\t720.00\t",
      "2010507\t专项普查活动\t120.00\t\t120.00",
    ]);
    expect(rows.map((l) => l.no)).toEqual([2, 9, 16]);
  });

  it("keeps text around a table on its line and leaves tags inside a cell to the line rules", () => {
    expect(normalizeText("单位：万元<table><tr><td>合计</td><td><b>1,077.43</b></td></tr></table>注：无").map((l) => l.text)).toEqual([
      "单位:万元",
      "合计\t1,077.43",
      "注:无",
    ]);
  });

  it("reads a function table written as HTML cells, never gluing one cell's figure to the next", () => {
    const parents = "<tr><td>201</td><td>一般公共服务支出</td><td>840.00</td><td>720.00</td><td>120.00</td></tr><tr><td>20105</td><td>统计信息事务</td><td>840.00</td><td>720.00</td><td>120.00</td></tr>";
    const table = ONE_LINE.replace("</tr><tr><td>2010501", `</tr>${parents}<tr><td>2010501`);
    const doc = parseDocument(`# 武汉市青山区统计局2024年部门预算\n## 表5 一般公共预算支出表\n单位：万元\n${table}`);
    expect(doc.functionRows.map((r) => [r.code, r.total, r.basic ?? "0.00", r.project ?? "0.00"])).toEqual([
      ["201", "840.00", "720.00", "120.00"],
      ["20105", "840.00", "720.00", "120.00"],
      ["2010501", "720.00", "720.00", "0.00"],
      ["2010507", "120.00", "0.00", "120.00"],
    ]);
    expect(doc.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a web page's paragraphs around its tables", () => {
  it("puts each block outside the tables on a line of its own, so a table's title stands alone", () => {
    const lines = splitHtmlTables(
      "<p>收入支出决算表</p><p>公开01表</p><p>单位：万元</p>\n<table><tr><td>本年收入合计</td><td>1,015.00</td></tr></table>\n<p>一、说明</p><br/><div>其他</div>",
    );
    expect(lines).toEqual([
      { no: 1, text: "<p>收入支出决算表" },
      { no: 1, text: "<p>公开01表" },
      { no: 1, text: "<p>单位：万元" },
      { no: 2, text: "本年收入合计\t1,015.00" },
      { no: 3, text: "<p>一、说明" },
      { no: 3, text: "<div>其他" },
    ]);
  });

  it("keeps a Markdown table row whole, HTML in its cells and all", () => {
    const row = "| 项目 | <p>说明一</p><p>说明二</p> |";
    expect(splitHtmlTables(`${row}\n<table><tr><td>合计</td></tr></table>`)[0]).toEqual({ no: 1, text: row });
  });
});
