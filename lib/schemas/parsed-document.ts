import { z } from "zod";
import type { ParsedDocument } from "@/lib/parser/types";

/**
 * The parser's output checked once more where it enters the database: every amount must fit
 * numeric(18,6), every code its column, every rate numeric(12,4). A parser bug then stops an import
 * with a message naming the field, instead of failing half-way through the transaction.
 */
const money = z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/, "not an exact amount in 万元 (numeric(18,6))");
const optionalMoney = money.nullable().optional();
const rate = z.string().regex(/^-?\d{1,8}(\.\d{1,4})?$/, "not a percentage (numeric(12,4))").nullable().optional();
const provenance = z.object({ source: z.enum(["table", "sentence"]), line: z.number().int().positive(), endLine: z.number().int().positive().optional() }).passthrough();

const functionRow = z
  .object({
    code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, "not a 类/款/项 function code"),
    name: z.string(),
    total: money.nullable(),
    basic: money.nullable(),
    project: money.nullable(),
    personnel: optionalMoney,
    public: optionalMoney,
    initialBudget: optionalMoney,
    adjustedBudget: optionalMoney,
    narrativeAmount: optionalMoney,
    completionRate: rate,
    provenance,
  })
  .passthrough();

const economicRow = z
  .object({
    code: z.string().regex(/^\d{3}(\d{2})?$/, "not an economic code"),
    name: z.string(),
    total: money.nullable(),
    personnel: optionalMoney,
    public: optionalMoney,
    provenance,
  })
  .passthrough();

export const parsedDocumentSchema = z
  .object({
    header: z.object({ year: z.number().int().min(1990).max(2100).nullable() }).passthrough(),
    totals: z.record(z.string(), money.nullable().optional()),
    functions: z.array(functionRow),
    functionRows: z.array(functionRow),
    economics: z.array(economicRow),
    economicRows: z.array(economicRow),
    projects: z.array(
      z
        .object({
          code: z.string().nullable(),
          name: z.string().min(1),
          amount: money.nullable(),
          initialBudget: optionalMoney,
          adjustedBudget: optionalMoney,
          executed: optionalMoney,
          provenance,
        })
        .passthrough(),
    ),
    figures: z.array(z.object({ key: z.string(), value: money, provenance }).passthrough()),
    statements: z.array(
      z
        .object({
          amount: money.nullable(),
          initialBudget: optionalMoney,
          priorYear: optionalMoney,
          change: optionalMoney,
          changeRate: rate,
          completionRate: rate,
          provenance,
        })
        .passthrough(),
    ),
    findings: z.array(z.object({ rule: z.string(), severity: z.enum(["error", "warning", "info"]), expected: optionalMoney, actual: optionalMoney }).passthrough()),
  })
  .passthrough();

/** Null when the document fits the database; otherwise the first problem, naming the field. */
export function findParsedDocumentProblem(doc: ParsedDocument): string | null {
  const result = parsedDocumentSchema.safeParse(doc);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `${issue.path.join(".")}: ${issue.message}`;
}
