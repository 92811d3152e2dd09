import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/create-client";
import { decodeText } from "@/lib/parser/decode-text";
import { parseDocument } from "@/lib/parser/parse-document";
import { publishDocument } from "./publish-document";

export const SAMPLES_DIR = path.join(process.cwd(), "data", "samples");

export interface SeedResult {
  file: string;
  documentId: number;
}

/**
 * Loads the sample disclosures through the same parse → publish path an admin upload takes, but only
 * into an empty database: a portal with data of its own is never touched.
 */
export async function seedSamplesIfEmpty(db: PrismaClient, log: (m: string) => void = () => {}): Promise<SeedResult[]> {
  const count = await db.document.count();
  if (count > 0) return [];
  const files = (await readdir(SAMPLES_DIR)).filter((f) => f.endsWith(".txt")).sort();
  const results: SeedResult[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(path.join(SAMPLES_DIR, file)));
    const { text, encoding } = decodeText(bytes);
    const parsed = parseDocument(text);
    const { documentId } = await publishDocument(db, {
      parsed,
      file: { name: file, bytes, mimeType: "text/plain", encoding, text },
      status: "published",
    });
    log(`loaded sample ${file} as document ${documentId}`);
    results.push({ file, documentId });
  }
  return results;
}
