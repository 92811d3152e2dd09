import { parseMemo } from "../../parse-memos";
import type { ProjectRecord } from "../../types";

/** Normalised project name: spaces, brackets and punctuation removed, so wrapped names compare. */
export function normalizeProjectName(name: string): string {
  // The same names are normalised by several checks (and pages repeat them); NFKC is not cheap.
  const cached = normalizedProjectNames.get(name);
  if (cached !== undefined) return cached;
  const normalized = name.normalize("NFKC").replace(/[\s()（）[\]【】“”"'‘’、,，.。:：;；·\-—]/g, "");
  if (normalizedProjectNames.size >= NORMALIZED_CACHE_LIMIT) normalizedProjectNames.clear();
  normalizedProjectNames.set(name, normalized);
  return normalized;
}

const NORMALIZED_CACHE_LIMIT = 20_000;
const normalizedProjectNames = parseMemo(new Map<string, string>());

/**
 * One key per distinct project: its printed code when there is one, else its normalised name.
 * The same project is often printed three times (项目支出表, 申报表, 绩效目标表).
 */
export function projectKey(project: ProjectRecord): string {
  const code = project.code?.trim();
  return code ? `code:${code}` : `name:${normalizeProjectName(project.name)}`;
}

/**
 * Groups project records that denote the same project: same code, or, when either side has no
 * code, the same normalised name.
 */
export function groupProjects(projects: ProjectRecord[]): ProjectRecord[][] {
  const byName = new Map<string, ProjectRecord[]>();
  const byCode = new Map<string, ProjectRecord[]>();
  const groups: ProjectRecord[][] = [];
  for (const p of projects) {
    const code = p.code?.trim() || null;
    const name = normalizeProjectName(p.name);
    let group = (code && byCode.get(code)) || (name && byName.get(name)) || null;
    if (!group) {
      group = [];
      groups.push(group);
    }
    group.push(p);
    if (code && !byCode.has(code)) byCode.set(code, group);
    if (name && !byName.has(name)) byName.set(name, group);
  }
  return groups;
}
