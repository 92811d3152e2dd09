/**
 * Errors the parser's edges throw for input they cannot read. Bad data inside a readable document is
 * never an error: it is a Finding. UnrecognisedDocumentError (types.ts) covers readable text that is
 * not a budget/final disclosure; DecodeError covers bytes that are not text at all.
 */
export class DecodeError extends Error {
  readonly code = "UNDECODABLE_INPUT" as const;
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}
