// npm run validate [-- <content-dir>] [--json] [--base <git ref>]: checks all content, prints every problem with file, line, field
// and fix, grouped by file, then a summary. Exit 1 on any error; warnings do not fail.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFinding, type Problem } from '../src/lib/problems.ts';
import { nodeValidateEffects, validateCatalog } from '../src/lib/validate/validate.ts';
import { changedDatasets, GitError } from './lib/git.ts';

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run validate [-- <content-dir>] [--json] [--base <git ref>]\nChecks every file under content/ (or the given folder). Exit 1 if any error.\n--base: the minimum quality score (catalog.yaml) applies only to datasets changed since that ref.',
    );
    return 0;
  }
  const dir = path.resolve(positionals[0] ?? 'content');
  const started = performance.now();
  const changed = values.base ? changedDatasets(dir, values.base) : undefined;
  const result = validateCatalog(dir, nodeValidateEffects(), changed);
  const seconds = (performance.now() - started) / 1000;
  const { content, problems, errors, warnings } = result;

  if (values.json) {
    console.log(
      JSON.stringify({ ok: errors === 0, errors, warnings, datasets: content.datasets.length, problems }, null, 2),
    );
    return errors ? 1 : 0;
  }

  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, list] of byFile) {
    console.log(`\n${file}`);
    for (const p of list) console.log(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${formatFinding(p)}`);
  }
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const p of problems) {
      const props = [`file=${p.file}`, ...(p.line ? [`line=${p.line}`] : []), `title=${p.field || 'content'}`].join(
        ',',
      );
      console.log(
        `::${p.severity} ${props}::${escapeAnnotation(`${p.field ? `${p.field}: ` : ''}${p.message} [${p.rule}]`)}`,
      );
    }
  }
  const counts = `${content.datasets.length} datasets, ${content.organizations.length} organizations, ${content.themes.length} themes, ${content.stories.length} stories`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(
    errors
      ? `\n✖ ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(byFile.size, 'file')}; checked ${counts} in ${seconds.toFixed(1)} s`
      : `\n✔ No errors (${plural(warnings, 'warning')}); checked ${counts} in ${seconds.toFixed(1)} s`,
  );
  return errors ? 1 : 0;
}

function escapeAnnotation(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof GitError) {
    console.error(`validate: cannot compare with --base: ${error.message}; fetch that ref first, or leave out --base`);
    process.exitCode = 2;
  } else {
    // A bug of ours, not a mistake in content: say so plainly, without a stack trace.
    console.error(
      `validate: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
    );
    process.exitCode = 2;
  }
}
