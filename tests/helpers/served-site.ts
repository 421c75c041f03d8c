// Browser-test set-up shared by the e2e files: a built site served on 127.0.0.1 and a Chromium to visit it.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
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
