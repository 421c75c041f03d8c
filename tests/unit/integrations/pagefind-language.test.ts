// The per-language indexer (src/integrations/pagefind-language.ts), run as the build runs it: a process of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const indexer = path.resolve('src/integrations/pagefind-language.ts');
const page = (title: string, body: boolean) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><header>Site menu</header><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Street trees of the city, by species.</p></main></body></html>`;

function site(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-pagefind-'));
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), html);
  };
  write('datasets/street-trees/index.html', page('Street trees', true));
  write('stories/trees/index.html', page('A story of trees', true));
  write('datasets/index.html', page('All datasets', false));
  // Another language's pages, under the default language's root: not part of its bundle.
  write('es/datasets/street-trees/index.html', page('Árboles', true));
  return root;
}

describe('pagefind-language.ts', () => {
  it("indexes the language's dataset and story pages into <folder>/pagefind and prints how many it holds", () => {
    const root = site();
    const result = spawnSync(process.execPath, [indexer, root, 'en'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('2');
    const bundle = fs.readdirSync(path.join(root, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    // Only what the search page uses: Pagefind's ready-made interfaces are removed.
    expect(bundle.filter((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-component-ui'))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'es/pagefind'))).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('fails with a message, not a stack trace, when it is not told what to index', () => {
    const result = spawnSync(process.execPath, [indexer], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: pagefind-language.ts <folder> <language>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
