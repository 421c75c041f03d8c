// Builds the fixture catalog under a sub-path (as on GitHub Pages) and checks that no link escapes it.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot, tmpDir } from '../helpers/astro-build.ts';
import { htmlPages, references } from '../helpers/dist.ts';

const out = path.join(tmpDir, 'base-dist');
const base = '/city-portal/';

describe('a build served under a base path', () => {
  beforeAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    const result = astroBuild({ contentDir: path.join(repoRoot, 'tests/fixtures/catalog'), outDir: out, base });
    expect(result.status, result.stderr).toBe(0);
  });

  it('prefixes every site-relative link, form and asset with the base path', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(5);
    let checked = 0;
    for (const page of pages) {
      for (const ref of references(fs.readFileSync(path.join(out, page), 'utf8'))) {
        if (/^(https?:|mailto:|#)/.test(ref.value)) continue;
        checked++;
        expect(ref.value.startsWith(base), `${page}: <${ref.tag} ${ref.attr}="${ref.value}">`).toBe(true);
        const target = ref.value.slice(base.length - 1).split(/[?#]/)[0] as string;
        const file = path.join(out, target.endsWith('/') ? `${target}index.html` : target);
        expect(fs.existsSync(file), `${page} → ${ref.value}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
