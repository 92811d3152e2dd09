import { z } from "zod";
import { AppError } from "./errors";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  /** Folder (git-ignored) for the embedded database. */
  PORTAL_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed once at startup; a bad value fails fast with one line naming the variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("CONFIG", `${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
