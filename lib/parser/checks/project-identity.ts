import { onClearParseMemos } from "../parse-memos";
import { foldCompatibilityForms } from "../reference/normalize-name";
import type { ProjectRecord } from "../types";

/**
 * Normalised project name: NFKC, then spaces, brackets and punctuation removed
 * ([\s()（）[\]【】“”"'‘’、,，.。:：;；·\-—]), so wrapped names compare.
 */
export function normalizeProjectName(name: string): string {
  // The same names are normalised by several checks (and pages repeat them).
  const cached = normalizedProjectNames.get(name);
  if (cached !== undefined) return cached;
  const normalized = withoutIgnored(foldCompatibilityForms(name));
  if (normalizedProjectNames.size >= NORMALIZED_CACHE_LIMIT) normalizedProjectNames = new Map();
  normalizedProjectNames.set(name, normalized);
  return normalized;
}

/** The code units a project name comparison ignores: JavaScript's \s, brackets and punctuation. */
const IGNORED = buildIgnored();

function buildIgnored(): Uint8Array {
  const ignored = new Uint8Array(0x10000);
  for (const ch of "()（）[]【】“”\"'‘’、,，.。:：;；·-—") ignored[ch.charCodeAt(0)] = 1;
  ignored.fill(1, 0x09, 0x0e);
  ignored.fill(1, 0x2000, 0x200b);
  for (const c of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) ignored[c] = 1;
  return ignored;
}

/** The text without the ignored code units, cut out by slices (the text itself when it has none). */
function withoutIgnored(text: string): string {
  let out = "";
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (IGNORED[text.charCodeAt(k)] === 0) continue;
    if (k > from) out += text.slice(from, k);
    from = k + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const NORMALIZED_CACHE_LIMIT = 20_000;
// Replaced, not cleared: see parseSlot in parse-memos.ts.
let normalizedProjectNames = new Map<string, string>();
onClearParseMemos(() => {
  normalizedProjectNames = new Map();
});

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
