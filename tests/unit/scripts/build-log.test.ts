import { describe, expect, it } from 'vitest';
import { pagesOfBuild } from '../../../scripts/lib/build-log.ts';

// Lines as Astro 7 prints them with four pages rendering at once: a page's time comes when it is done, after the
// next pages' names.
const log = [
  '04:22:49   ├─ /404.html04:22:49   ├─ /api/datasets.json04:22:49   ├─ /api/themes.json (+43ms) ',
  '04:22:49   ├─ /datasets/2/index.html04:22:49   ├─ /es/datasets/portland-crime-offense-types/index.html (restored)',
  '04:22:49   ├─ /es/datasets/trimet-stops-2012/index.html (cached)',
  '04:22:49   ├─ /es/datasets/2/index.html (+7ms) ',
].join('\n');

describe('pagesOfBuild', () => {
  it('tells the pages a build rendered from those it copied from the build before', () => {
    expect(pagesOfBuild(log)).toEqual({
      rendered: [
        '/404.html',
        '/api/datasets.json',
        '/api/themes.json',
        '/datasets/2/index.html',
        '/es/datasets/2/index.html',
      ],
      reused: ['/es/datasets/portland-crime-offense-types/index.html', '/es/datasets/trimet-stops-2012/index.html'],
    });
  });

  it('reads the colored log Astro writes in CI', () => {
    const colored =
      '\x1b[2m05:41:23\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m\x1b[2m05:41:23\x1b[22m   \x1b[32m├─\x1b[39m ' +
      '\x1b[2m/datasets/a/index.html\x1b[22m \x1b[32m(restored)\x1b[39m';
    expect(pagesOfBuild(colored)).toEqual({ rendered: ['/404.html'], reused: ['/datasets/a/index.html'] });
  });

  it('finds no pages in a silent build', () => {
    expect(pagesOfBuild('04:22:51 [build] Complete!\n')).toEqual({ rendered: [], reused: [] });
  });
});
