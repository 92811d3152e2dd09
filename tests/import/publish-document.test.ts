import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDocument } from "@/lib/import/publish-document";
import { fnRow, inTable, makeDraft } from "@/lib/parser/checks/draft-builder";
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
