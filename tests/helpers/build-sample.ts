// Global set-up of the site tests: one build of the sample catalog (content/) and one of the fixture catalog.
import fs from 'node:fs';
import path from 'node:path';
import { astroBuild, fixtureContent, fixtureDist, repoRoot, sampleDist } from './astro-build.ts';

export default function setup(): void {
  for (const [contentDir, outDir] of [
    [path.join(repoRoot, 'content'), sampleDist],
    [fixtureContent, fixtureDist],
  ] as const) {
    fs.rmSync(outDir, { recursive: true, force: true });
    const result = astroBuild({ contentDir, outDir });
    if (result.status !== 0) {
      throw new Error(`Building ${path.relative(repoRoot, contentDir)} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  }
}
