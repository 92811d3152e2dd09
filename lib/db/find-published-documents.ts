import "server-only";
import { getDb } from "./client";

export interface PublishedDocumentSummary {
  id: number;
  district: string;
  city: string;
  department: string;
  departmentKind: string;
  fiscalYear: number;
  kind: "budget" | "final";
  /** Exact decimal string in 万元, or null when the document gives no total. */
  expenditureTotal: string | null;
  errorCount: number;
  warningCount: number;
}

/** Every published document with its headline figures, for the home page's district overview. */
export async function findPublishedDocuments(): Promise<PublishedDocumentSummary[]> {
  const rows = await getDb().document.findMany({
    where: { status: "published" },
    orderBy: [{ department: { district: { name: "asc" } } }, { fiscalYear: "desc" }, { kind: "asc" }],
    select: {
      id: true,
      fiscalYear: true,
      kind: true,
      expenditureTotal: true,
      department: { select: { name: true, kind: true, district: { select: { name: true, city: true } } } },
      findings: { select: { severity: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    district: r.department.district.name,
    city: r.department.district.city,
    department: r.department.name,
    departmentKind: r.department.kind,
    fiscalYear: r.fiscalYear,
    kind: r.kind,
    expenditureTotal: r.expenditureTotal?.toString() ?? null,
    errorCount: r.findings.filter((f) => f.severity === "error").length,
    warningCount: r.findings.filter((f) => f.severity === "warning").length,
  }));
}
