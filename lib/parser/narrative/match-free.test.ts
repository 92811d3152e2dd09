/**
 * Functions that locate regex matches with test() and lastIndex instead of exec() (no match array
 * per match) against their exec() versions, kept below verbatim.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FigureTerm } from "./figure-terms";
import { findNoneTerms, noneWordOffsets } from "./read-none";

const NONE_RE = /(?:未安排|不安排|没有|无)(?!此|下属|二级)/g;
const SUBJECTS: Array<[RegExp, FigureTerm]> = [
  [/政府性基金/, { key: "govFund.expenditure", subjectKind: "figure", label: "政府性基金预算支出" }],
  [/国有资本经营/, { key: "stateCapital.expenditure", subjectKind: "figure", label: "国有资本经营预算支出" }],
  [/三公/, { key: "threePublic.total", subjectKind: "figure", label: "“三公”经费" }],
  [/因公出国/, { key: "threePublic.abroad", subjectKind: "figure", label: "因公出国(境)费" }],
  [/公务接待/, { key: "threePublic.reception", subjectKind: "figure", label: "公务接待费" }],
  [/公务用车购置费/, { key: "threePublic.vehiclePurchase", subjectKind: "figure", label: "公务用车购置费" }],
  [/公务用车运行/, { key: "threePublic.vehicleOperation", subjectKind: "figure", label: "公务用车运行维护费" }],
  [/公务用车/, { key: "threePublic.vehicle", subjectKind: "figure", label: "公务用车购置及运行维护费" }],
  [/政府采购/, { key: "procurement.total", subjectKind: "figure", label: "政府采购" }],
  [/政府购买服务/, { key: "purchasedServices", subjectKind: "figure", label: "政府购买服务" }],
  [/机关运行经费/, { key: "operatingCost", subjectKind: "figure", label: "机关运行经费" }],
];

function oldNoneWordOffsets(text: string): number[] {
  const offsets: number[] = [];
  NONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NONE_RE.exec(text)) !== null) offsets.push(m.index);
  return offsets;
}

function oldFindNoneTerms(sentence: string): FigureTerm[] {
  const found: FigureTerm[] = [];
  NONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NONE_RE.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 3), m.index);
    if (/上年|去年|以前/.test(before)) continue;
    const rest = sentence.slice(m.index + m[0].length);
    const clauseEnd = rest.search(/[，,。；;]/);
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    if (!/支出|经费|收入|预算|安排|费/.test(clause)) continue;
    if (/[“"][^”"]*项目/.test(clause)) continue;
    for (const [re, term] of SUBJECTS) {
      if (re.test(clause)) {
        if (!found.some((f) => f.key === term.key)) found.push(term);
        break;
      }
    }
  }
  return found;
}

const PIECES = [
  "未安排", "不安排", "没有", "无", "未", "安排", "排", "有", "没", "不", "此", "下属", "二级", "上年", "去年", "以前",
  "政府性基金", "三公", "因公出国", "公务接待", "公务用车", "购置费", "运行", "政府采购", "政府购买服务", "机关运行经费",
  "支出", "经费", "收入", "预算", "费", "项目", "“", "”", "\"", "，", ",", "。", "；", ";", "2023年", "本部门", " ",
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 24 }).map((parts) => parts.join(""));

describe("none words located without match arrays", () => {
  it("noneWordOffsets", () => {
    fc.assert(fc.property(text, (t) => {
        expect(noneWordOffsets(t)).toEqual(oldNoneWordOffsets(t));
      }), { numRuns: 5000 });
  });

  it("findNoneTerms", () => {
    fc.assert(fc.property(text, (t) => {
        expect(findNoneTerms(t)).toEqual(oldFindNoneTerms(t));
      }), { numRuns: 5000 });
  });
});
