import type { ParsedDocument, Totals } from "./types";

const TOTAL_KEYS: Array<keyof Totals> = ["income", "expenditure", "basic", "project", "personnel", "public"];

/**
 * The JSON object `npm run parse` prints: the contract fields other tools rely on (PRODUCT.md, "The
 * parse CLI"), then everything else the parser knows. Figures a document does not give are null.
 */
export function formatCliOutput(doc: ParsedDocument, options: { encoding?: string } = {}): Record<string, unknown> {
  const h = doc.header;
  const totals: Record<string, string | null> = {};
  for (const key of TOTAL_KEYS) totals[key] = doc.totals[key] ?? null;
  return {
    district: h.district,
    department: h.department,
    year: h.year,
    kind: h.kind,
    unit: doc.unit,
    sourceUnit: doc.sourceUnit,
    totals,
    functions: doc.functions.map((f) => ({
      code: f.code,
      name: f.name,
      total: f.total,
      basic: f.basic,
      project: f.project,
      ...(f.personnel !== undefined ? { personnel: f.personnel } : {}),
      ...(f.public !== undefined ? { public: f.public } : {}),
      level: f.level,
      ...(f.initialBudget !== undefined ? { initialBudget: f.initialBudget } : {}),
      ...(f.adjustedBudget !== undefined ? { adjustedBudget: f.adjustedBudget } : {}),
      ...(f.completionRate !== undefined ? { completionRate: f.completionRate } : {}),
      ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
      ...(f.narrativeAmount !== undefined ? { narrativeAmount: f.narrativeAmount } : {}),
      provenance: f.provenance,
    })),
    economics: doc.economics.map((e) => ({
      code: e.code,
      name: e.name,
      total: e.total,
      ...(e.personnel !== undefined ? { personnel: e.personnel } : {}),
      ...(e.public !== undefined ? { public: e.public } : {}),
      level: e.level,
      provenance: e.provenance,
    })),
    projects: doc.projects.map((p) => ({ ...p, code: p.code ?? null })),
    findings: doc.findings,
    city: h.city,
    departmentKind: h.departmentKind,
    parentDepartment: h.parentDepartment,
    provenance: h.provenance,
    totalsProvenance: doc.totalsProvenance,
    figures: doc.figures,
    statements: doc.statements,
    tables: doc.tables,
    encoding: options.encoding ?? null,
    parserVersion: doc.parserVersion,
  };
}
