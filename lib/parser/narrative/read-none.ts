import type { FigureTerm } from "./figure-terms";

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

/**
 * Where a paragraph's none words are (the matches of NONE_RE over the whole text). A sentence
 * holds a match of its own exactly when one of these offsets falls inside it: the words hold no
 * sentence end, and what the look-ahead reads past a word is the same in the sentence and in the
 * paragraph (a sentence ends in a sentence mark, or with the paragraph). So sentences with no
 * offset need no reading.
 */
export function noneWordOffsets(text: string): number[] {
  const offsets: number[] = [];
  NONE_RE.lastIndex = 0;
  while (NONE_RE.test(text)) offsets.push(noneWordStart(text, NONE_RE.lastIndex));
  return offsets;
}

const PAI = "排".charCodeAt(0);
const YOU = "有".charCodeAt(0);

/**
 * Where the none word that ends at `end` starts. NONE_RE's words end in different characters
 * (未安排 and 不安排 in 排, 没有 in 有, 无 in 无), so test() and lastIndex locate a match as
 * exec() would, without building a match array per word.
 */
function noneWordStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  return end - (last === PAI ? 3 : last === YOU ? 2 : 1);
}

// Module constants rather than literals in findNoneTerms: a regex literal makes a new RegExp
// object each time it is evaluated.
/** "上年无此预算": the none word speaks of an earlier year. */
const PAST_RE = /上年|去年|以前/;
const CLAUSE_END_RE = /[，,。；;]/;
const MONEY_WORD_RE = /支出|经费|收入|预算|安排|费/;
/** "无“…项目”": a named project, not a figure. */
const QUOTED_PROJECT_RE = /[“"][^”"]*项目/;

/**
 * Figures a sentence says do not exist this year ("本部门未安排政府性基金预算支出", "2023年无公务
 * 接待费支出", "本单位为事业单位，不安排机关运行经费"): each is a statement of 0.00 with isNone. "上年无此预算" speaks of last year and
 * does not count; a none word must be followed, in the same clause, by 支出/经费/收入/预算/安排.
 */
export function findNoneTerms(sentence: string): FigureTerm[] {
  const found: FigureTerm[] = [];
  NONE_RE.lastIndex = 0;
  while (NONE_RE.test(sentence)) {
    const end = NONE_RE.lastIndex;
    const start = noneWordStart(sentence, end);
    const before = sentence.slice(Math.max(0, start - 3), start);
    if (PAST_RE.test(before)) continue;
    const rest = sentence.slice(end);
    const clauseEnd = rest.search(CLAUSE_END_RE);
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    if (!MONEY_WORD_RE.test(clause)) continue;
    if (QUOTED_PROJECT_RE.test(clause)) continue;
    for (const [re, term] of SUBJECTS) {
      if (re.test(clause)) {
        if (!found.some((f) => f.key === term.key)) found.push(term);
        break;
      }
    }
  }
  return found;
}
