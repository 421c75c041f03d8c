// Two built sites compared file by file: what the sharded build's test and bench:build -- --parallel check.
import fs from 'node:fs';
import path from 'node:path';

const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));

/** The files that differ between the sites in `a` and `b`: missing from either, or other bytes. */
export function differingFiles(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = new Set(filesUnder(b));
  const inLeft = new Set(left);
  const out = [...right].filter((f) => !inLeft.has(f)).map((f) => `only in ${b}: ${f}`);
  for (const f of left) {
    if (!right.has(f)) out.push(`only in ${a}: ${f}`);
    else if (!fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))) out.push(f);
  }
  return out;
}
