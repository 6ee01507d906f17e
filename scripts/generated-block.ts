/**
 * Generated blocks in markdown files: the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`
 * is replaced by `body` (used by `npm run coverage -- --write` and `npm run data`).
 */
import { readFileSync, writeFileSync } from "node:fs";

/** Rewrites the block in `file`; false (file untouched) when the file has no such block. */
export function writeGeneratedBlock(file: string, name: string, body: string): boolean {
  const text = readFileSync(file, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return false;
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${body.endsWith("\n") ? body : `${body}\n`}${text.slice(b)}`);
  return true;
}
