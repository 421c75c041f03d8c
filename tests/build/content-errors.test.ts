// A build of content with mistakes fails before writing anything, listing every mistake with file, line and field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenDist, brokenResultFile, type BuildResult } from '../helpers/astro-build.ts';

const result = JSON.parse(fs.readFileSync(brokenResultFile, 'utf8')) as BuildResult;

describe('building content with mistakes', () => {
  it('exits non-zero and writes no site', () => {
    expect(result.status).not.toBe(0);
    expect(fs.existsSync(path.join(brokenDist, 'index.html'))).toBe(false);
  });

  it('names every bad reference and value with its file, line and field, and no stack trace', () => {
    const output = result.stdout + result.stderr;
    expect(output).toContain(
      'tests/.tmp/broken-content/datasets/sf-street-trees/index.md:4 organization: "sf-public-work" is not an organization; use one of boston-police-department, city-of-seattle, sf-public-works or add content/organizations/sf-public-work.yaml',
    );
    expect(output).toContain(
      'tests/.tmp/broken-content/datasets/sf-street-trees/index.md:9 modified: is not a real date (that day does not exist); write it as YYYY-MM-DD, for example 2024-02-29',
    );
    expect(output).toContain(
      'tests/.tmp/broken-content/datasets/boston-offense-codes/index.md:12 themes[1]: "crime" is not a theme; use one of environment, public-safety or add content/themes/crime.yaml',
    );
    expect(output).toMatch(
      /tests\/\.tmp\/broken-content\/stories\/trees\.mdx:11 <Chart>: column "Species" is not in trees-é\.csv; its columns are: TreeID, qLegalStatus, qSpecies, /,
    );
    expect(output).toContain(
      'tests/.tmp/broken-content/stories/trees.mdx:13 <Query>: group: column "qSpecies" of trees-é.csv does not hold dates in every row, so it cannot be grouped by month; write "qSpecies" without "by month"',
    );
    expect(output).toContain('5 errors in content; nothing was built.');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
