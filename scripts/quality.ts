// npm run quality [-- <content-dir>] [--base <git ref>]: the quality score of every dataset as a Markdown
// table, lowest first; with --base, the score change of each dataset the branch touched (for a PR's summary).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/lib/i18n.ts';
import { catalogQuality, type CatalogQuality } from '../src/lib/quality/catalog.ts';
import { nodeValidateEffects, validateCatalog } from '../src/lib/validate/validate.ts';
import { changedDatasets, contentAt, GitError } from './lib/git.ts';

function qualityOf(dir: string): { quality: CatalogQuality; titles: Map<string, string>; score: number } {
  const effects = nodeValidateEffects();
  const { content, problems } = validateCatalog(dir, effects);
  const quality = catalogQuality(content, {
    today: process.env['CDC_TODAY'] ?? effects.now().toISOString().slice(0, 10),
    findings: problems,
  });
  return { quality, titles: new Map(content.datasets.map((d) => [d.id, d.data.title])), score: quality.score };
}

const missedOf = (quality: CatalogQuality, id: string) =>
  quality.byDataset
    .get(id)!
    .checks.filter((c) => !c.passed)
    .map((c) => c.id)
    .join(', ') || '—';

function main(): number {
  const { values, positionals } = parseArgs({
    options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run quality [-- <content-dir>] [--base <git ref>]\nPrints quality scores as a Markdown table.',
    );
    return 0;
  }
  const dir = path.resolve(positionals[0] ?? 'content');
  const now = qualityOf(dir);
  if (!values.base) {
    console.log(`## ${t('quality.title')}: ${now.score} / 100\n`);
    console.log('| dataset | score | freshness | missed checks |\n|---|---|---|---|');
    const rows = [...now.quality.byDataset.values()].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
    for (const q of rows)
      console.log(
        `| ${now.titles.get(q.id)} (\`${q.id}\`) | ${q.score} | ${q.freshness.status} | ${missedOf(now.quality, q.id)} |`,
      );
    return 0;
  }
  const changed = changedDatasets(dir, values.base);
  const baseDir = contentAt(dir, values.base);
  try {
    const before = fs.existsSync(path.join(baseDir, 'catalog.yaml')) ? qualityOf(baseDir) : undefined;
    console.log(`## Quality of the datasets this branch changes (compared with ${values.base})\n`);
    if (!changed.size) {
      console.log('No dataset changed.');
      return 0;
    }
    console.log('| dataset | before | after | change | missed checks |\n|---|---|---|---|---|');
    for (const id of [...changed].sort()) {
      const was = before?.quality.byDataset.get(id)?.score;
      const is = now.quality.byDataset.get(id)?.score;
      const change =
        was === undefined || is === undefined
          ? is === undefined
            ? 'removed'
            : 'new'
          : `${is - was >= 0 ? '+' : ''}${is - was}`;
      const missed = is === undefined ? '—' : missedOf(now.quality, id);
      console.log(`| ${now.titles.get(id) ?? id} (\`${id}\`) | ${was ?? '—'} | ${is ?? '—'} | ${change} | ${missed} |`);
    }
    return 0;
  } finally {
    fs.rmSync(path.dirname(baseDir), { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof GitError) {
    console.error(`quality: cannot compare with --base: ${error.message}; fetch that ref first, or leave out --base`);
  } else {
    console.error(
      `quality: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
    );
  }
  process.exitCode = 2;
}
