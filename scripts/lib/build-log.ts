// What a build did with each page, read from Astro's log (a build run without --silent): with the incremental build,
// a page Astro copied from the previous build is listed as "(restored)" or "(cached)", one it rendered is not.
import { stripVTControlCharacters } from 'node:util';

export interface PagesOfBuild {
  /** The output files rendered, as the log lists them: `/datasets/x/index.html`. */
  rendered: string[];
  /** Those copied from the previous build. */
  reused: string[];
}

export function pagesOfBuild(log: string): PagesOfBuild {
  const out: PagesOfBuild = { rendered: [], reused: [] };
  // Pages render a few at a time, so a rendered page's line may run into the next line's time (`04:22:49`); a reused
  // page's mark always follows its name.
  // Colored where Astro thinks a terminal or CI shows it (CI=true).
  for (const m of stripVTControlCharacters(log).matchAll(
    /├─ (\S+?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g,
  ))
    (m[2] ? out.reused : out.rendered).push(m[1]!);
  return out;
}
