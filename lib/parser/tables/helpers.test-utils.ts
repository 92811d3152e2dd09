import { normalizeText } from "../normalize-text";
import type { Line } from "../types";

/** Lines numbered from 1, as normalizeText would return them for a snippet. */
export function linesOf(text: string): Line[] {
  return normalizeText(text);
}
