// Checks all of content/ before a build starts: every problem is printed, and nothing is built if any is an error.
import type { AstroIntegration } from 'astro';
import { loadCatalogOnce, readStats } from './content/cache.ts';
import { formatFinding, type Problem } from '../lib/problems.ts';
import { checkCatalog } from '../lib/rules/check.ts';

export function contentCheck(dir: string): AstroIntegration {
  return {
    name: 'cdc-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const content = loadCatalogOnce(dir);
        const { datasets } = content;
        // The rules a build can check cheaply (the validator adds those that read data files), under the catalog's policy.
        const problems = checkCatalog(content, [], { lines: 'errors' });
        const errors = problems.filter((p) => p.severity === 'error');
        const warnings = problems.filter((p) => p.severity === 'warning');
        // Warnings are counted by rule (a legacy catalog can have thousands); npm run validate lists each one.
        if (warnings.length)
          logger.warn(`${warnings.length} warnings (${countByRule(warnings)}); npm run validate lists them`);
        if (errors.length) {
          for (const p of errors) logger.error(formatFinding(p));
          logger.error(
            `${errors.length} error${errors.length === 1 ? '' : 's'} in content; nothing was built. Fix them and build again.`,
          );
          process.exit(1);
        }
        logger.info(`content checked: ${datasets.length} datasets, no errors`);
      },
      // Every page, export and integration takes the model of one read; more would mean something re-reads content/.
      'astro:build:done': ({ logger }) => {
        const { reads, files } = readStats(dir);
        let most = 0;
        for (const n of files.values()) most = Math.max(most, n);
        const line = `content/ read ${reads === 1 ? 'once' : `${reads} times`}: ${files.size} files, each read ${most === 1 ? 'once' : `up to ${most} times`}`;
        if (reads === 1 && most === 1) logger.info(line);
        else logger.warn(line);
      },
    },
  };
}

function countByRule(problems: readonly Problem[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${rule} ${n}`).join(', ');
}
