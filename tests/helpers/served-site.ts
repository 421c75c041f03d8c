// Browser-test set-up shared by the e2e files: a built site served on 127.0.0.1 and a Chromium to visit it.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serve, type Server } from '../../scripts/lib/serve.ts';

export interface ServedSite {
  readonly url: string;
  readonly browser: Browser;
}

/** Serves `dist` and launches Chromium for the tests of the calling file; both stop after them. */
export function servedSite(dist: string): ServedSite {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Every URL the page requests and every Content-Security-Policy violation it logs, from now on. */
export function watchRequests(page: Page): { requested: string[]; violations: string[] } {
  const requested: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { requested, violations };
}
