// Debian's Chromium driven by playwright-core, with the flags this sandbox needs, plus axe-core.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The flags this sandbox needs (no GPU, no sandbox, nothing fetched in the background). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    // playwright-core gives every launch a fresh, empty user-data directory of its own.
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/** Runs axe-core with the WCAG 2.1 AA rule sets on the page; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export interface Fetched {
  url: string;
  bytes: number;
  /** As a CDN serves it: gzip, except Pagefind's files and WebAssembly, which are compressed already. */
  gzip: number;
}

/**
 * Records every response the page receives, for weighing what it fetched. Bodies are read asynchronously,
 * so `snapshot()` waits for every read begun so far; `reset()` starts a new count.
 */
export function recordResponses(page: Page, origin: string): { snapshot(): Promise<Fetched[]>; reset(): void } {
  let responses: Promise<Fetched>[] = [];
  page.on('response', (res) => {
    const url = res.url().replace(origin, '');
    responses.push(
      res.body().then(
        (body) => ({
          url,
          bytes: body.length,
          gzip: /\.pf_|\.pagefind$|wasm/.test(url) ? body.length : gzipSync(body).length,
        }),
        () => ({ url, bytes: 0, gzip: 0 }), // redirects have no body
      ),
    );
  });
  return {
    snapshot: () => Promise.all([...responses]),
    reset: () => {
      responses = [];
    },
  };
}
