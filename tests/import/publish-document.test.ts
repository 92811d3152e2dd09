import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDocument } from "@/lib/import/publish-document";
import { fnRow, inTable, makeDraft } from "@/lib/parser/checks/draft-builder";
import { parseDocument } from "@/lib/parser/parse-document";
import type { ParsedDocument } from "@/lib/parser/types";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

function parsedDocument(overrides: { city: string | null; district: string; year: number; total: string }): ParsedDocument {
  const draft = makeDraft({ sourceUnit: "元", totals: { expenditure: overrides.total, income: overrides.total } });
  return {
    ...draft,
    header: { ...draft.header, district: overrides.district, city: overrides.city, department: `${overrides.district}测试局`, year: overrides.year },
    functions: [fnRow("2010101", overrides.total, inTable("general-expenditure", 10), { name: "行政运行", basic: overrides.total, project: "0.00" })],
  };
}

function file(name: string) {
  return { name, bytes: new TextEncoder().encode(name), mimeType: "text/plain", encoding: "utf-8", text: name };
}

describe("publishDocument", () => {
  it("keeps amounts from 元 sources exact to six decimals in 万元", async () => {
    const { documentId } = await publishDocument(t.db, { parsed: parsedDocument({ city: null, district: "甲区", year: 2022, total: "1234.567891" }), file: file("a") });
    const row = await t.db.functionLine.findFirstOrThrow({ where: { documentId } });
    expect(row.total?.toString()).toBe("1234.567891");
  });

  it("stores a 决算 item's 年初预算, 全年预算, completion rate and explanation on its function line", async () => {
    const text = [
      "某某市戊区某某局2023年度部门决算",
      "一、一般公共预算财政拨款支出决算情况说明",
      "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：年初预算为100.00万元，全年预算为120.00万元，" +
        "支出决算为110.00万元，完成全年预算的91.7%。决算数小于预算数的主要原因是：压减一般性支出。",
    ].join("\n");
    const { documentId } = await publishDocument(t.db, { parsed: parseDocument(text), file: file("adjusted") });
    const row = await t.db.functionLine.findFirstOrThrow({ where: { documentId, code: "2010301", isPrimary: true } });
    expect({
      total: row.total?.toString(),
      initialBudget: row.initialBudget?.toString(),
      adjustedBudget: row.adjustedBudget?.toString(),
      completionRate: row.completionRate?.toString(),
      explanation: row.explanation,
    }).toEqual({ total: "110", initialBudget: "100", adjustedBudget: "120", completionRate: "91.7", explanation: "压减一般性支出" });
  });

  it("matches a district printed without its city to the one stored, and fills the city in later", async () => {
    await publishDocument(t.db, { parsed: parsedDocument({ city: null, district: "乙区", year: 2021, total: "1.00" }), file: file("b1") });
    await publishDocument(t.db, { parsed: parsedDocument({ city: "某市", district: "乙区", year: 2022, total: "2.00" }), file: file("b2") });
    await publishDocument(t.db, { parsed: parsedDocument({ city: null, district: "乙区", year: 2023, total: "3.00" }), file: file("b3") });
    const districts = await t.db.district.findMany({ where: { name: "乙区" } });
    expect(districts).toHaveLength(1);
    expect(districts[0].city).toBe("某市");
  });

  it("keeps same-named districts of two cities apart", async () => {
    await publishDocument(t.db, { parsed: parsedDocument({ city: "东市", district: "丙区", year: 2021, total: "1.00" }), file: file("c1") });
    await publishDocument(t.db, { parsed: parsedDocument({ city: "西市", district: "丙区", year: 2021, total: "1.00" }), file: file("c2") });
    expect(await t.db.district.count({ where: { name: "丙区" } })).toBe(2);
  });

  it("supersedes the published version of the same department, year and kind", async () => {
    const first = await publishDocument(t.db, { parsed: parsedDocument({ city: "丁市", district: "丁区", year: 2024, total: "5.00" }), file: file("d1") });
    const second = await publishDocument(t.db, { parsed: parsedDocument({ city: "丁市", district: "丁区", year: 2024, total: "6.00" }), file: file("d2") });
    expect(second.supersededId).toBe(first.documentId);
    const old = await t.db.document.findUniqueOrThrow({ where: { id: first.documentId } });
    const current = await t.db.document.findUniqueOrThrow({ where: { id: second.documentId } });
    expect(old.status).toBe("superseded");
    expect(current.status).toBe("published");
    expect(current.supersedesId).toBe(first.documentId);
  });
});
