// The per-language indexer (src/integrations/pagefind-language.ts), run as the build runs it: a process of its own.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexerAnswer, IndexerMessage } from '../../../src/integrations/pagefind-language.ts';

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
  write('datasets/parks/index.html', page('Parks', true));
  write('datasets/park-benches/index.html', page('Park benches', true));
  // Page 2 of the list of datasets, in the same folder as the datasets' pages.
  write('datasets/2/index.html', page('All datasets, page 2', false));
  write('stories/trees/index.html', page('A story of trees', true));
  write('datasets/index.html', page('All datasets', false));
  // Another language's pages, under the default language's root: not part of its bundle.
  write('es/datasets/street-trees/index.html', page('Árboles', true));
  return root;
}

/** Every file of the bundle under `root`, by its path. */
function bundleOf(root: string): Record<string, string> {
  const dir = path.join(root, 'pagefind');
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), fs.readFileSync(file).toString('base64')];
    }),
  );
}

/** Runs the indexer as a build does (with an IPC channel), tells it `messages`, and returns its answer. */
function fed(root: string, messages: IndexerMessage[]): Promise<IndexerAnswer | undefined> {
  const child = spawn(process.execPath, [indexer, 'en'], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let answer: IndexerAnswer | undefined;
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.on('message', (message: IndexerAnswer) => (answer = message));
  for (const message of messages) child.send(message);
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(answer) : reject(new Error(`exit ${code}: ${stderr} ${root}`)))),
  );
}

describe('pagefind-language.ts', () => {
  it("indexes the language's dataset and story pages into <folder>/pagefind and prints how many it holds", () => {
    const root = site();
    const result = spawnSync(process.execPath, [indexer, root, 'en'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('4');
    const bundle = fs.readdirSync(path.join(root, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    // Only what the search page uses: Pagefind's ready-made interfaces are removed.
    expect(bundle.filter((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-component-ui'))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'es/pagefind'))).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('builds the same bundle from pages given as they render, in any order, some never given, as from disk', async () => {
    const root = site();
    spawnSync(process.execPath, [indexer, root, 'en'], { encoding: 'utf8' });
    const fromDisk = bundleOf(root);
    expect(Object.keys(fromDisk).length).toBeGreaterThan(5);

    const html = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
    const expected = [
      'datasets/park-benches/index.html',
      'datasets/parks/index.html',
      'datasets/street-trees/index.html',
      'stories/trees/index.html',
    ];
    // In render order, and out of it (pages render a few at a time); a page the build copied from the previous one
    // (parks) is never given, and is read from disk when the indexer finishes.
    for (const given of [expected, [expected[2]!, expected[0]!, expected[3]!]]) {
      fs.rmSync(path.join(root, 'pagefind'), { recursive: true });
      const answer = await fed(root, [
        { kind: 'expect', files: expected },
        ...given.map((file): IndexerMessage => ({ kind: 'page', file, html: html(file) })),
        { kind: 'finish', root },
      ]);
      expect(answer).toEqual({ pages: 4 });
      expect(bundleOf(root)).toEqual(fromDisk);
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('fails with a message, not a stack trace, when it is not told what to index', () => {
    const result = spawnSync(process.execPath, [indexer], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: pagefind-language.ts <folder> <language>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
