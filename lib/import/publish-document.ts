import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { findParsedDocumentProblem } from "@/lib/schemas/parsed-document";
import type { FunctionLevel, ParsedDocument, Provenance } from "@/lib/parser/types";

/** The file as uploaded, and what decoding made of it. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  encoding: string;
  text: string;
}

export interface PublishDocumentOptions {
  parsed: ParsedDocument;
  file: SourceFile;
  uploadedById?: number | null;
  /** "published" shows it on public pages at once; "parsed" keeps it for review. */
  status?: "published" | "parsed";
}

export interface PublishedDocument {
  documentId: number;
  supersededId: number | null;
}

const LEVEL: Record<FunctionLevel, "class" | "section" | "item"> = { 类: "class", 款: "section", 项: "item" };

function provenanceColumns(p: Provenance) {
  return {
    sourceKind: p.source,
    tableKind: p.table ?? null,
    lineStart: p.line,
    lineEnd: p.endLine ?? p.line,
    excerpt: p.excerpt ?? null,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Finds or creates the district row. Documents do not always name their city (a 区 document may print
 * only "江汉区"), so a district without a city matches the one stored district of that name, and a
 * district stored without a city gains it when a later document names it. Two cities' districts of
 * the same name stay apart.
 */
async function findOrCreateDistrict(tx: Tx, parsed: ParsedDocument) {
  const name = parsed.header.district;
  if (!name) throw new AppError("BAD_INPUT", "the document does not name its district, city or province");
  const city = parsed.header.city ?? "";
  const sameName = await tx.district.findMany({ where: { name }, orderBy: { id: "asc" } });
  const exact = sameName.find((d) => d.city === city);
  if (exact) return exact;
  if (city === "" && sameName.length === 1) return sameName[0];
  const cityless = sameName.find((d) => d.city === "");
  if (city !== "" && cityless) return tx.district.update({ where: { id: cityless.id }, data: { city } });
  return tx.district.create({ data: { name, city } });
}

/**
 * Writes one parsed document — district, department, the file, every record with its provenance, and
 * every finding — in a single transaction: either all of it is stored or none of it. The one write
 * path for seeding and for admin uploads.
 */
export async function publishDocument(db: PrismaClient, options: PublishDocumentOptions): Promise<PublishedDocument> {
  const { parsed, file } = options;
  const { header } = parsed;
  if (!header.department || !header.year || !header.kind) {
    throw new AppError("BAD_INPUT", "the document's department, year or kind could not be read; fix the header before publishing");
  }
  const problem = findParsedDocumentProblem(parsed);
  if (problem) throw new AppError("BAD_INPUT", `the parsed document cannot be stored (${problem})`);
  const department = header.department;
  const year = header.year;
  const kind = header.kind;
  const fileSha256 = sha256(file.bytes);
  const status = options.status ?? "published";

  return db.$transaction(async (tx) => {
    const existing = await tx.document.findUnique({ where: { fileSha256 }, select: { id: true } });
    if (existing) throw new AppError("DUPLICATE", `this file is already stored as document ${existing.id}`);

    const district = await findOrCreateDistrict(tx, parsed);
    let parentId: number | null = null;
    if (header.parentDepartment) {
      const parent = await tx.department.upsert({
        where: { districtId_name: { districtId: district.id, name: header.parentDepartment } },
        create: { districtId: district.id, name: header.parentDepartment, kind: header.departmentKind ?? "其他" },
        update: {},
      });
      parentId = parent.id;
    }
    const dept = await tx.department.upsert({
      where: { districtId_name: { districtId: district.id, name: department } },
      create: { districtId: district.id, name: department, kind: header.departmentKind ?? "其他", parentId },
      update: parentId ? { parentId } : {},
    });

    const previous =
      status === "published"
        ? await tx.document.findFirst({
            where: { departmentId: dept.id, fiscalYear: year, kind, status: "published" },
            orderBy: { uploadedAt: "desc" },
            select: { id: true },
          })
        : null;
    if (previous) {
      await tx.document.update({ where: { id: previous.id }, data: { status: "superseded" } });
    }

    const totals = parsed.totals;
    const doc = await tx.document.create({
      data: {
        departmentId: dept.id,
        fiscalYear: year,
        kind,
        title: `${department} ${year}年部门${kind === "budget" ? "预算" : "决算"}`,
        status,
        fileName: file.name,
        fileBytes: Buffer.from(file.bytes),
        fileSha256,
        fileSize: file.bytes.byteLength,
        mimeType: file.mimeType,
        encoding: file.encoding,
        extractedText: file.text,
        parserVersion: parsed.parserVersion,
        sourceUnit: parsed.sourceUnit === "元" ? "yuan" : parsed.sourceUnit === "万元" ? "wan" : null,
        incomeTotal: totals.income ?? null,
        expenditureTotal: totals.expenditure ?? null,
        basicTotal: totals.basic ?? null,
        projectTotal: totals.project ?? null,
        personnelTotal: totals.personnel ?? null,
        publicTotal: totals.public ?? null,
        uploadedById: options.uploadedById ?? null,
        publishedAt: status === "published" ? new Date() : null,
        supersedesId: previous?.id ?? null,
      },
      select: { id: true },
    });
    const documentId = doc.id;

    await tx.sourceTable.createMany({
      data: parsed.tables.map((t) => ({
        documentId,
        kind: t.kind,
        title: t.title,
        number: t.number,
        unit: t.unit === "元" ? "yuan" : t.unit === "万元" ? "wan" : null,
        lineStart: t.line,
        lineEnd: t.endLine,
        isEmpty: t.isEmpty,
        noneNote: t.noneNote ?? null,
      })),
    });

    // The merged view rows are flagged primary; every other printed row is kept for provenance and checks.
    const primaryFunctions = new Set(parsed.functions);
    const functionRows = [...parsed.functions, ...parsed.functionRows.filter((r) => !primaryFunctions.has(r))];
    await tx.functionLine.createMany({
      data: functionRows.map((r) => ({
        documentId,
        code: r.code,
        level: LEVEL[r.level],
        name: r.name,
        isPrimary: primaryFunctions.has(r),
        total: r.total,
        basic: r.basic,
        project: r.project,
        personnel: r.personnel ?? null,
        public: r.public ?? null,
        initialBudget: r.initialBudget ?? null,
        adjustedBudget: r.adjustedBudget ?? null,
        completionRate: r.completionRate ?? null,
        explanation: r.explanation ?? null,
        narrativeAmount: r.narrativeAmount ?? null,
        ...provenanceColumns(r.provenance),
      })),
    });

    const primaryEconomics = new Set(parsed.economics);
    const economicRows = [...parsed.economics, ...parsed.economicRows.filter((r) => !primaryEconomics.has(r))];
    await tx.economicLine.createMany({
      data: economicRows.map((r) => ({
        documentId,
        code: r.code,
        level: r.level === "类" ? "class" : "section",
        name: r.name,
        isPrimary: primaryEconomics.has(r),
        total: r.total,
        personnel: r.personnel ?? null,
        public: r.public ?? null,
        ...provenanceColumns(r.provenance),
      })),
    });

    await tx.project.createMany({
      data: parsed.projects.map((p) => ({
        documentId,
        code: p.code,
        name: p.name,
        amount: p.amount,
        initialBudget: p.initialBudget ?? null,
        adjustedBudget: p.adjustedBudget ?? null,
        executed: p.executed ?? null,
        unit: p.unit ?? null,
        ...provenanceColumns(p.provenance),
      })),
    });

    await tx.summaryFigure.createMany({
      data: parsed.figures.map((f) => ({
        documentId,
        key: f.key,
        label: f.label,
        value: f.value,
        isCount: f.isCount ?? false,
        ...provenanceColumns(f.provenance),
      })),
    });

    await tx.narrativeStatement.createMany({
      data: parsed.statements.map((s) => {
        const { tableKind: _ignored, ...prov } = provenanceColumns(s.provenance);
        return {
          documentId,
          code: s.code,
          subject: s.subject,
          subjectKind: s.subjectKind,
          amount: s.amount,
          initialBudget: s.initialBudget ?? null,
          priorYear: s.priorYear ?? null,
          priorYearLabel: s.priorYearLabel ?? null,
          change: s.change ?? null,
          changeRate: s.changeRate ?? null,
          completionRate: s.completionRate ?? null,
          explanation: s.explanation ?? null,
          isNone: s.isNone ?? false,
          ...prov,
        };
      }),
    });

    await tx.finding.createMany({
      data: parsed.findings.map((f) => ({
        documentId,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        codes: f.codes,
        lines: f.lines ?? [],
        expected: f.expected ?? null,
        actual: f.actual ?? null,
      })),
    });

    await tx.uploadLog.create({
      data: {
        userId: options.uploadedById ?? null,
        fileName: file.name,
        fileSize: file.bytes.byteLength,
        fileSha256,
        outcome: status,
        documentId,
      },
    });

    return { documentId, supersededId: previous?.id ?? null };
  }, { timeout: 60_000, maxWait: 10_000 });
}
