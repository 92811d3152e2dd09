import { compareAmounts, isGreater } from "./amounts";
import type { Finding, FunctionRow, ParsedDocumentDraft, TableKind } from "../types";
import { describeCode, describeSource, makeAmountFinding, wan } from "./describe";
import { groupRowsByTable } from "./table-groups";

/** Which money a table's function rows cover. */
type Scope = "all" | "fiscal" | "general" | "gov-fund" | "state-capital";

const SCOPE_OF: Partial<Record<TableKind, Scope>> = {
  expenditure: "all",
  "income-expenditure-summary": "all",
  "fiscal-summary": "fiscal",
  "general-expenditure": "general",
  "gov-fund": "gov-fund",
  "state-capital": "state-capital",
};

/** Scopes that contain another: 一般公共预算 ⊆ 财政拨款 ⊆ 全部资金. */
const SUPERSETS: Record<Scope, Scope[]> = {
  all: [],
  fiscal: ["all"],
  general: ["fiscal", "all"],
  "gov-fund": ["fiscal", "all"],
  "state-capital": ["fiscal", "all"],
};

interface Printed {
  row: FunctionRow;
  scope: Scope;
}

/**
 * cross-table: the same function code printed with different totals in different tables.
 *
 * Why: readers compare a code across the 支出总表, 财政拨款收支总表 and 一般公共预算支出表; two
 * tables covering the same money must agree, and a table covering part of the money (一般公共预算)
 * can never show more than one covering all of it (支出总表). Smaller-in-the-subset is legitimate
 * (other funds) and not reported. Error: these are the document's own tables contradicting each
 * other. Income tables are left out: per code, a 决算's income differs from its spending.
 * One finding per code, naming every table involved.
 */
export function checkCrossTable(doc: ParsedDocumentDraft): Finding[] {
  const byCode = new Map<string, Printed[]>();
  for (const group of groupRowsByTable(doc, doc.functionRows)) {
    const scope = SCOPE_OF[group.kind];
    if (!scope) continue;
    for (const row of group.rows.values()) {
      if (row.total == null) continue;
      const list = byCode.get(row.code);
      if (list) list.push({ row, scope });
      else byCode.set(row.code, [{ row, scope }]);
    }
  }
  const findings: Finding[] = [];
  for (const [code, printed] of byCode) {
    if (printed.length < 2) continue;
    const conflict = findConflict(printed);
    if (!conflict) continue;
    const [a, b] = conflict;
    const name = printed.find((p) => p.row.name)?.row.name;
    const all = printed.map((p) => `${describeSource(p.row.provenance)}为${wan(p.row.total!)}`).join("，");
    const finding = makeAmountFinding({
      rule: "cross-table",
      severity: "error",
      message: `${describeCode(code, name)}在不同表格中金额不一致：${all}`,
      codes: [code],
      lines: printed.map((p) => p.row.provenance.line),
      expected: a.row.total!,
      actual: b.row.total!,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function findConflict(printed: Printed[]): [Printed, Printed] | null {
  for (let i = 0; i < printed.length; i++) {
    for (let j = 0; j < printed.length; j++) {
      if (i === j) continue;
      const a = printed[i];
      const b = printed[j];
      const va = a.row.total!;
      const vb = b.row.total!;
      if (a.scope === b.scope && i < j && compareAmounts(va, vb) !== "equal") return [a, b];
      // b is a part of a's money yet larger.
      if (SUPERSETS[b.scope].includes(a.scope) && isGreater(vb, va)) return [a, b];
    }
  }
  return null;
}
