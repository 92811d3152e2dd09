/**
 * Expected failures: one class, a few codes, one code → HTTP status map. Anything else is a bug and
 * throws through to error.tsx / a non-zero exit with its stack.
 */
export type AppErrorCode =
  | "CONFIG" // misconfiguration: unreachable database, busy port, unwritable data folder
  | "BAD_INPUT" // empty, binary, oversized, wrong encoding, unrecognised document
  | "DUPLICATE" // same file already stored
  | "UNAUTHORIZED"
  | "NOT_FOUND";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  CONFIG: 500,
  BAD_INPUT: 422,
  DUPLICATE: 409,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
