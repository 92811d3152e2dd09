/**
 * Whether a UTF-16 code unit is one that `\s` matches in a regex without the u flag (and that
 * String.prototype.trim removes). The hand-written scanners of several stages test characters
 * one at a time; this keeps them agreeing with the patterns they stand in for.
 */
export function isRegexSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
