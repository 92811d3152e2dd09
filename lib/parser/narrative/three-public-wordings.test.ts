import { describe, expect, it } from "vitest";
import type { DocumentHeader } from "../types";
import { normalizeText } from "../normalize-text";
import { extractNarrative } from "./index";

function header(kind: "budget" | "final"): DocumentHeader {
  return { district: null, city: null, department: null, departmentKind: null, parentDepartment: null, year: 2024, kind, provenance: null };
}

function rows(text: string, kind: "budget" | "final" = "budget") {
  return extractNarrative(normalizeText(text), { header: header(kind) }).statements.map((s) => [
    s.key ?? s.code,
    s.amount,
    s.priorYear ?? null,
    s.change ?? null,
    s.changeRate ?? null,
    s.initialBudget ?? null,
  ]);
}

describe("“三公” wordings of other provinces", () => {
  it("reads 因公出国(境)支出 without 费 as the 出国 item", () => {
    const text =
      "2023年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元，较上年减少0.03万元，减少了1.44%，原因为厉行节约；其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费用支出0万元；公务接待费支出2.05万元，占“三公”经费的100%。";
    expect(rows(text, "final")).toEqual([
      ["threePublic.total", "2.05", "2.08", "-0.03", "-1.44", null],
      ["threePublic.abroad", "0.00", null, null, null, null],
      ["threePublic.vehiclePurchase", "0.00", null, null, null, null],
      ["threePublic.vehicleOperation", "0.00", null, null, null, null],
      ["threePublic.reception", "2.05", null, null, null, null],
    ]);
  });

  it("reads last year's figure stated before the change (四川: 较2023年的X万元减少Y万元)", () => {
    const text =
      "2024年使用财政拨款安排“三公”经费预算总额为19.69万元，较2023年的21.90万元减少2.21万元，下降10.1%；其中：因公出国（境）经费0.40万元，较上年持平；公务接待费2.42万元，较上年减少0.12万元，下降4.7%。";
    expect(rows(text)).toEqual([
      ["threePublic.total", "19.69", "21.90", "-2.21", "-10.1", null],
      ["threePublic.abroad", "0.40", "0.40", "0.00", "0", null],
      ["threePublic.reception", "2.42", "2.54", "-0.12", "-4.7", null],
    ]);
  });
});
