import type { DocumentHeader, Line, NarrativeExtraction, ProjectRecord, SummaryFigure } from "../types";
import { segmentParagraphs } from "./paragraphs";
import { readParagraph } from "./read-paragraph";

export interface ExtractNarrativeContext {
  header: DocumentHeader;
}

/**
 * Reads the figures the 情况说明 states in sentences: totals and income sources, class/款/项
 * amounts, project lists, prior-year comparisons, a 决算's 年初预算/支出决算/完成率/原因 per item,
 * staff counts, “三公”经费, 机关运行经费, 政府采购, 政府购买服务, vehicles, and what the text says
 * does not exist. Every figure keeps the sentence and source lines it came from, so a reader can
 * see the text next to a table figure that disagrees with it.
 */
export function extractNarrative(lines: Line[], ctx: ExtractNarrativeContext): NarrativeExtraction {
  const result: NarrativeExtraction = { statements: [], figures: [], projects: [], findings: [] };
  /** Values already taken, per figure key. */
  const figureSeen = new Map<string, Set<string>>();
  const projectSeen = new Map<string, ProjectRecord>();
  const options = { kind: ctx.header.kind };
  for (const paragraph of segmentParagraphs(lines)) {
    const reading = readParagraph(paragraph, options);
    for (const statement of reading.statements) result.statements.push(statement);
    for (const figure of reading.figures) {
      let values = figureSeen.get(figure.key);
      if (values === undefined) figureSeen.set(figure.key, (values = new Set()));
      if (values.has(figure.value)) continue;
      values.add(figure.value);
      result.figures.push(figure);
    }
    for (const project of reading.projects) {
      // A 决算 names a project in the spending summary and again in its self-evaluation: one record, both figures.
      const id = projectId(project);
      const seen = projectSeen.get(id);
      if (seen) {
        seen.initialBudget ??= project.initialBudget;
        seen.adjustedBudget ??= project.adjustedBudget;
        seen.executed ??= project.executed;
        continue;
      }
      projectSeen.set(id, project);
      result.projects.push(project);
    }
  }
  return result;
}

function projectId(project: ProjectRecord): string {
  // "医疗救助(武财社〔2022〕591号)" and "医疗救助" are one project: the document number is a note.
  // The pattern needs a 〔: without one it removes nothing.
  const name = project.name.includes("〔") ? project.name.replace(/\([^()]*〔\d{4}〕[^()]*\)/g, "") : project.name;
  return `${project.code ?? ""}|${name}|${project.amount ?? ""}`;
}

export type { SummaryFigure };
