// A build reads content/ once: the Astro config, the content check, the content layer, every page, the
// exports and the per-dataset files all take the model of that one read.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/lib/content/read-catalog.ts';
import { repoRoot, sampleBuildLog } from '../helpers/astro-build.ts';

describe('building the sample catalog', () => {
  it('reads content/ once, and each of its metadata files once', () => {
    const log = fs.readFileSync(sampleBuildLog, 'utf8');
    const content = readCatalog(path.join(repoRoot, 'content'));
    // catalog.yaml, every organization, theme, dataset index.md and story, plus Table Schemas kept in files.
    const schemaFiles = content.datasets.flatMap((d) =>
      d.data.resources.filter((r) => typeof r.schema === 'string'),
    ).length;
    const files =
      1 +
      content.organizations.length +
      content.themes.length +
      content.datasets.length +
      content.stories.length +
      schemaFiles;
    expect(log).toContain(`content/ read once: ${files} files, each read once`);
  });
});
