import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";

interface Outcome {
  code: number | null;
  stderr: string;
}

function runScript(script: string, env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stderr: stderr.trim() }));
  });
}

function expectOneClearLine(outcome: Outcome, pattern: RegExp) {
  expect(outcome.code).not.toBe(0);
  expect(outcome.stderr.split("\n")).toHaveLength(1);
  expect(outcome.stderr).toMatch(pattern);
}

describe("misconfiguration gets one clear line and a non-zero exit", () => {
  it("names the unreachable DATABASE_URL host and what to check", async () => {
    const outcome = await runScript("scripts/migrate.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/portal" });
    expectOneClearLine(outcome, /cannot reach Postgres at 127\.0\.0\.1:9 .*Check that the server is running/);
  });

  it("rejects a DATABASE_URL that is not a Postgres URL", async () => {
    const outcome = await runScript("scripts/migrate.ts", { DATABASE_URL: "mysql://localhost/x" });
    expectOneClearLine(outcome, /DATABASE_URL/);
  });

  it("says when the embedded data folder is not writable", async () => {
    const outcome = await runScript("scripts/migrate.ts", { PORTAL_DATA_DIR: "/proc/portal-data" /* root may write almost anywhere; /proc it may not */ });
    expectOneClearLine(outcome, /not writable/);
  });

  it("says when the web port is busy", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const outcome = await runScript("scripts/start.ts", { PORT: String(port) });
      expectOneClearLine(outcome, new RegExp(`port ${port} is busy`));
    } finally {
      blocker.close();
    }
  });
});
