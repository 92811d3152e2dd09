import { findEconomicCodesByName, findFunctionCodesByName } from "../reference";
import {
  economicClassOfNormalised,
  findFunctionClassCode,
  functionClassOfNormalised,
  normaliseName,
  parseFunctionChain,
  splitPrintedCode,
} from "./function-names";

/** A narrative subject recognised as a classification item. */
export interface ResolvedItem {
  kind: "function" | "economic";
  code: string | null;
  /** Name to show: the subject as written, minus a printed code. */
  name: string;
  /** True when the text itself marks it as a classification item (code printed, (类)(款)(项)). */
  isMarked: boolean;
}

/** The word 科目 ("类科目", "款科目") a template may write after an item's name. */
const SUBJECT_WORD_RE = /(?:类|款|项)?科目$/;

const DIGIT_RE = /\d/;

function unique(codes: readonly string[]): string | null {
  return codes.length === 1 ? codes[0] : null;
}

/** unique(codes.filter((c) => c.startsWith("3"))), without building the filtered list. */
function uniqueDepartmentCode(codes: readonly string[]): string | null {
  let found: string | null = null;
  for (const c of codes) {
    if (!c.startsWith("3")) continue;
    if (found !== null) return null;
    found = c;
  }
  return found;
}

function findFunctionClass(name: string): string | null {
  return findFunctionClassCode(name) ?? unique(findFunctionCodesByName(name, { level: "类" }));
}

/**
 * Recognises a function or economic item in a subject: a printed code ("2101301城乡医疗救助"), a
 * (类)(款)(项) chain (named by its most specific level, markers dropped), or a name the national catalogues know unambiguously (`parent` narrows
 * generic names such as 行政运行 to the class or 款 the sentence is about). Returns null when the
 * subject is not such an item.
 */
export function resolveItem(
  subject: string,
  parent: string | null = null,
  prefer: "function" | "economic" = "function",
): ResolvedItem | null {
  return resolveMarkedItem(subject) ?? resolveNamedItem(subject, parent, prefer);
}

/**
 * resolveItem's answer when it is marked (isMarked), else null: a printed code, a (类)(款)(项)
 * chain, or a class named with the word 科目. It skips the catalogue lookups of names written
 * plainly, for callers that only take marked items.
 */
export function resolveMarkedItem(subject: string): ResolvedItem | null {
  const printed = splitPrintedCode(subject);
  if (printed) {
    return { kind: printed.isEconomic ? "economic" : "function", code: printed.code, name: printed.name, isMarked: true };
  }
  const chain = parseFunctionChain(subject);
  if (chain) {
    const classCode = chain.names["类"] ? findFunctionClass(chain.names["类"]) : null;
    let kuanCode: string | null = null;
    if (chain.names["款"]) {
      kuanCode = unique(findFunctionCodesByName(chain.names["款"], classCode ? { level: "款", parent: classCode } : { level: "款" }));
    }
    let code: string | null = null;
    if (chain.level === "类") code = classCode;
    else if (chain.level === "款") code = kuanCode;
    else {
      const under = kuanCode ?? classCode;
      code = unique(findFunctionCodesByName(chain.name, under ? { level: "项", parent: under } : { level: "项" }));
    }
    // The item is the most specific level: "公共安全支出(类)公安(款)行政运行(项)" is 行政运行.
    return { kind: "function", code, name: chain.name, isMarked: true };
  }
  // "文化旅游体育与传媒支出类科目": some templates name a class with the word 科目 after it.
  if (!subject.endsWith("科目")) return null;
  // SUBJECT_WORD_RE matches whenever the subject ends in 科目, so `bare` is shorter: marked.
  const bare = subject.replace(SUBJECT_WORD_RE, "");
  const classCode = findFunctionClassCode(bare);
  return classCode ? { kind: "function", code: classCode, name: bare, isMarked: true } : null;
}

/** resolveItem for a subject resolveMarkedItem does not mark. */
/** The year a sentence may open with before the item it names: "2024年卫生健康支出…", "本年度农林水支出…". */
const YEAR_LEAD_RE = /^(?:\d{4}年度?|本年度?|当年)[,，]?/;

function resolveNamedItem(printed: string, parent: string | null, prefer: "function" | "economic"): ResolvedItem | null {
  const subject = YEAR_LEAD_RE.test(printed) ? printed.replace(YEAR_LEAD_RE, "") : printed;
  // A subject ending in 科目 had its class looked up by resolveMarkedItem, which found none.
  const normalised = normaliseName(subject);
  const classCode = subject.endsWith("科目") ? null : functionClassOfNormalised(normalised);
  if (classCode) return { kind: "function", code: classCode, name: subject, isMarked: false };
  const economicClass = economicClassOfNormalised(normalised);
  if (economicClass) return { kind: "economic", code: economicClass, name: subject, isMarked: false };
  if (subject.length < 2 || DIGIT_RE.test(subject)) return null;
  let fn = parent ? unique(findFunctionCodesByName(subject, { parent })) : null;
  if (!fn) fn = unique(findFunctionCodesByName(subject));
  // Departments use the 部门 economic classification (3xx); the 政府 one (5xx) repeats its names.
  const ec = parent ? null : uniqueDepartmentCode(findEconomicCodesByName(subject));
  if (ec && prefer === "economic") return { kind: "economic", code: ec, name: subject, isMarked: false };
  if (fn && !ec) return { kind: "function", code: fn, name: subject, isMarked: false };
  if (ec && !fn) return { kind: "economic", code: ec, name: subject, isMarked: false };
  if (fn || ec) return null;
  // "初中教育支出 2,065,405.42 元": a 款 or 项 named with 支出 after its catalogue name (初中教育).
  if (subject.length > 4 && subject.endsWith("支出")) {
    const bare = subject.slice(0, -2);
    const code = (parent ? unique(findFunctionCodesByName(bare, { parent })) : null) ?? unique(findFunctionCodesByName(bare));
    if (code && code.length > 3) return { kind: "function", code, name: subject, isMarked: false };
  }
  return null;
}
