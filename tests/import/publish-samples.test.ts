import { readFile } from "node:fs/promises";
import path from "node:path";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { publishDocument } from "@/lib/import/publish-document";
import { SAMPLES_DIR, seedSamplesIfEmpty } from "@/lib/import/seed-samples";
import { decodeText } from "@/lib/parser/decode-text";
import { parseDocument } from "@/lib/parser/parse-document";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SAMPLES = ["hanyang-2023-budget", "caidian-2023-budget", "hongshan-2025-budget", "hanyang-2023-final", "jianghan-2021-budget"];
const FIXTURES = path.join(process.cwd(), "lib", "parser", "fixtures");

interface Golden {
  district: string;
  department: string;
  year: number;
  kind: "budget" | "final";
  totals: Record<string, string | null>;
  functions: Array<{ code: string; name: string; total: string | null; basic?: string | null; project?: string | null; initialBudget?: string | null }>;
  economics: Array<{ code: string; total: string | null }>;
  projects: Array<{ code: string | null; name: string; amount: string | null }>;
}

/** Canonical text of an amount, so "774.16" (golden) and 774.160000 (numeric(18,6)) compare equal. */
const sameAmount = (v: string | null | undefined) => (v == null ? null : new Decimal(v).toString());
const decimalText = (v: { toString(): string } | null | undefined) => (v == null ? null : v.toString());

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedSamplesIfEmpty(t.db);
});
afterAll(async () => {
  await t?.drop();
});

async function loadDocument(sample: string) {
  const doc = await t.db.document.findFirstOrThrow({
    where: { fileName: `${sample}.txt` },
    include: {
      department: { include: { district: true } },
      functionLines: { where: { isPrimary: true } },
      economicLines: { where: { isPrimary: true } },
      projects: true,
      findings: true,
    },
  });
  return doc;
}

describe("the samples loaded at first start", () => {
  it("are stored once each, published, with every record and its provenance", async () => {
    expect(await t.db.document.count({ where: { status: "published" } })).toBe(SAMPLES.length);
    const districts = await t.db.district.findMany({ orderBy: { name: "asc" } });
    expect(districts.map((d) => d.name).sort()).toEqual(["汉阳区", "江汉区", "洪山区", "蔡甸区"].sort());
    const lines = await t.db.functionLine.findMany({ select: { lineStart: true, lineEnd: true } });
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.lineEnd).toBeGreaterThanOrEqual(l.lineStart);
  });

  for (const sample of SAMPLES) {
    it(`${sample}: stored figures match the golden file checked against the source`, async () => {
      const golden = JSON.parse(await readFile(path.join(FIXTURES, `${sample}.expected.json`), "utf8")) as Golden;
      const doc = await loadDocument(sample);
      expect(doc.department.district.name).toBe(golden.district);
      expect(doc.department.name).toBe(golden.department);
      expect(doc.fiscalYear).toBe(golden.year);
      expect(doc.kind).toBe(golden.kind);
      expect(sameAmount(decimalText(doc.expenditureTotal))).toBe(sameAmount(golden.totals.expenditure));
      expect(sameAmount(decimalText(doc.incomeTotal))).toBe(sameAmount(golden.totals.income));

      const stored = new Map(doc.functionLines.map((f) => [f.code, f]));
      for (const g of golden.functions) {
        const row = stored.get(g.code);
        expect(row, `function ${g.code} stored`).toBeDefined();
        expect(sameAmount(decimalText(row!.total)), `function ${g.code} total`).toBe(sameAmount(g.total));
        if (g.initialBudget !== undefined) {
          expect(sameAmount(decimalText(row!.initialBudget)), `function ${g.code} 年初预算`).toBe(sameAmount(g.initialBudget));
        }
      }
      const storedProjects = doc.projects.map((p) => `${p.code ?? ""}|${sameAmount(decimalText(p.amount))}`).sort();
      expect(storedProjects).toEqual(golden.projects.map((p) => `${p.code ?? ""}|${sameAmount(p.amount)}`).sort());

      // Findings stored are exactly the parser's findings for the same text.
      const text = (await readFile(path.join(SAMPLES_DIR, `${sample}.txt`), "utf8")).replace(/^\uFEFF/, "");
      const parsed = parseDocument(text);
      expect(doc.findings.map((f) => `${f.rule}|${f.severity}|${f.codes.join(",")}`).sort()).toEqual(
        parsed.findings.map((f) => `${f.rule}|${f.severity}|${f.codes.join(",")}`).sort(),
      );
    });
  }

  it("refuses the same file twice and changes nothing", async () => {
    const bytes = new Uint8Array(await readFile(path.join(SAMPLES_DIR, "hanyang-2023-budget.txt")));
    const { text, encoding } = decodeText(bytes);
    const before = await t.db.functionLine.count();
    const attempt = publishDocument(t.db, {
      parsed: parseDocument(text),
      file: { name: "again.txt", bytes, mimeType: "text/plain", encoding, text },
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "DUPLICATE" });
    expect(await t.db.functionLine.count()).toBe(before);
  });

  it("writes nothing when a record fails half-way (one transaction)", async () => {
    const bytes = new TextEncoder().encode("a different file with the same parsed content");
    const text = (await readFile(path.join(SAMPLES_DIR, "jianghan-2021-budget.txt"), "utf8"));
    const parsed = parseDocument(text);
    // Postgres refuses a NUL character in text: the project insert fails after the document, district
    // and function rows were written, and the transaction must take all of them back.
    const broken = { ...parsed, projects: [...parsed.projects, { ...parsed.projects[0], name: "bad\u0000name" }] };
    const counts = async () => [await t.db.document.count(), await t.db.functionLine.count(), await t.db.department.count(), await t.db.uploadLog.count()];
    const before = await counts();
    await expect(
      publishDocument(t.db, { parsed: broken, file: { name: "broken.txt", bytes, mimeType: "text/plain", encoding: "utf-8", text } }),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("refuses parser output that does not fit the database, naming the field", async () => {
    const text = await readFile(path.join(SAMPLES_DIR, "jianghan-2021-budget.txt"), "utf8");
    const parsed = parseDocument(text);
    const bad = { ...parsed, functions: [{ ...parsed.functions[0], code: "12345678" }] };
    const attempt = publishDocument(t.db, { parsed: bad, file: { name: "bad.txt", bytes: new Uint8Array([1, 2, 3]), mimeType: "text/plain", encoding: "utf-8", text } });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringContaining("functions.0.code") });
  });
});
