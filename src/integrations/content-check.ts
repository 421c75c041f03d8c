// Checks all of content/ before a build starts: every problem is printed, and nothing is built if any is an error.
import type { AstroIntegration } from 'astro';
import { loadCatalogOnce } from './content/cache.ts';
import { formatProblem } from '../lib/problems.ts';

export function contentCheck(dir: string): AstroIntegration {
  return {
    name: 'cdc-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, datasets } = loadCatalogOnce(dir);
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        if (errors.length) {
          for (const p of errors) logger.error(formatProblem(p));
          logger.error(`${errors.length} error${errors.length === 1 ? '' : 's'} in content; nothing was built. Fix them and build again.`);
          process.exit(1);
        }
        logger.info(`content checked: ${datasets.length} datasets, no errors`);
      },
    },
  };
}
