// Global set-up of the site tests: one build of the sample catalog (content/) into tests/.tmp/sample-dist.
import fs from 'node:fs';
import path from 'node:path';
import { astroBuild, repoRoot, sampleDist } from './astro-build.ts';

export default function setup(): void {
  fs.rmSync(sampleDist, { recursive: true, force: true });
  const result = astroBuild({ contentDir: path.join(repoRoot, 'content'), outDir: sampleDist });
  if (result.status !== 0) {
    throw new Error(`Building the sample catalog failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
