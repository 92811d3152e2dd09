import type { Finding, ParsedDocumentDraft } from "../../types";

/**
 * Tables the document announces but prints only as a title, without rows (蔡甸 2023 prints all eleven
 * titles and no table; PDF extraction can lose a table the same way). Readers must know that the
 * figures then come from the prose alone, or are missing. A title-only table that states it has no
 * content this year ("本部门未安排…") is not a problem and is not reported, nor is a title whose kind
 * of table is printed with rows elsewhere (a contents entry or a section heading). One finding per document,
 * listing the tables, so a document of eleven empty tables does not bury the other findings.
 */
export function checkTitleOnlyTables(doc: ParsedDocumentDraft): Finding[] {
  // A title whose kind is printed with rows elsewhere is a heading or a table of contents entry.
  const printed = new Set(doc.tables.filter((t) => !t.isEmpty).map((t) => t.kind));
  const empty = doc.tables.filter((t) => t.isEmpty && !t.noneNote && !printed.has(t.kind));
  if (empty.length === 0) return [];
  const titles = empty.map((t) => `《${t.title}》`).join("、");
  const allEmpty = empty.length === doc.tables.length;
  return [
    {
      rule: "title-only-table",
      severity: "warning",
      message: allEmpty
        ? `文件列出的${empty.length}张表都只有标题、没有数据：${titles}。本文件的数字只能取自说明文字。`
        : `${empty.length}张表只有标题、没有数据：${titles}。`,
      codes: empty.map((t) => t.kind),
      lines: empty.map((t) => t.line),
    },
  ];
}
