import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function runCli(file: string) {
  const result = spawnSync("npx", ["tsx", "lib/parser/cli.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(path.join(tmpdir(), "parse-cli-"));

describe("parse CLI", () => {
  it("prints exactly one JSON object with the contract fields and exits 0", () => {
    const { status, stdout, stderr } = runCli("data/samples/hongshan-2025-budget.txt");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ district: "洪山区", year: 2025, kind: "budget", unit: "万元", encoding: "utf-8" });
    for (const key of ["department", "sourceUnit", "totals", "functions", "economics", "projects", "findings", "parserVersion"]) {
      expect(out).toHaveProperty(key);
    }
    expect(out.functions[0]).toEqual(expect.objectContaining({ code: expect.any(String), name: expect.any(String) }));
  });

  it.each([
    ["a missing file", path.join(scratch, "nope.txt"), null],
    ["an empty file", path.join(scratch, "empty.txt"), new Uint8Array()],
    ["a binary file", path.join(scratch, "image.bin"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03])],
    ["a PDF", path.join(scratch, "doc.pdf"), new TextEncoder().encode("%PDF-1.7\n1 0 obj")],
    ["text that is not a disclosure", path.join(scratch, "minutes.txt"), new TextEncoder().encode("会议纪要\n2023年3月1日召开了会议。\n")],
  ])("refuses %s with a one-line reason on stderr", (_label, file, bytes) => {
    if (bytes) writeFileSync(file, bytes);
    const { status, stdout, stderr } = runCli(file);
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^parse: /);
  });
});
