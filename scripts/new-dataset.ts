// npm run new:dataset: scaffolds content/datasets/<slug>/index.md with every required field, the recommended
// ones commented, and (given a CSV) a drafted data dictionary. Every prompt has a flag, for scripts and tests:
//   npm run new:dataset -- --title "Street trees" --organization sf-public-works --license CC0-1.0 \
//     --contact-name "Open Data Team" --contact-email opendata@example.org --frequency monthly --file trees.csv
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { scaffoldDataset, FREQUENCIES, type ScaffoldAnswers } from './lib/scaffold.ts';
import { readCatalog } from '../src/lib/content/read-catalog.ts';
import { KNOWN_LICENSES } from '../src/schemas/licenses.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    summary: { type: 'string' },
    slug: { type: 'string' },
    organization: { type: 'string' },
    themes: { type: 'string' },
    license: { type: 'string' },
    'contact-name': { type: 'string' },
    'contact-email': { type: 'string' },
    frequency: { type: 'string' },
    keywords: { type: 'string' },
    file: { type: 'string' },
    content: { type: 'string', default: 'content' },
    yes: { type: 'boolean', short: 'y', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run new:dataset [-- options]
  --title, --summary, --slug, --organization <id>, --themes <id,id>, --license <SPDX id>,
  --contact-name, --contact-email, --frequency <daily|weekly|monthly|quarterly|yearly|irregular|R/P…>,
  --keywords <a,b>, --file <data file to copy in>, --content <folder> (default content), --yes (never prompt)`);
  process.exit(0);
}

const contentDir = path.resolve(values.content);
const catalog = readCatalog(contentDir);
const interactive = process.stdin.isTTY && !values.yes;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, given: string | undefined, choices?: string[]): Promise<string | undefined> {
  if (given !== undefined) return given;
  if (!rl) return undefined;
  if (choices) console.log(choices.map((c, i) => `  ${i + 1}. ${c}`).join('\n'));
  const answer = (await rl.question(`${question}: `)).trim();
  const n = Number(answer);
  if (choices && Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.split(' ')[0];
  return answer || undefined;
}

try {
  const orgs = catalog.organizations.map((o) => `${o.id} (${o.data.name})`);
  const themes = catalog.themes.map((t) => `${t.id} (${t.data.name})`);
  const answers: ScaffoldAnswers = {
    title: await ask('Title', values.title),
    summary: await ask('One-sentence summary', values.summary),
    slug: values.slug,
    organization: await ask('Organization (number or id)', values.organization, orgs),
    themes: (await ask('Themes (ids, comma-separated)', values.themes, themes))
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    license: await ask(
      'Licence (number or SPDX id)',
      values.license,
      KNOWN_LICENSES.map((l) => `${l.id} (${l.name})`),
    ),
    contactName: await ask('Contact name', values['contact-name']),
    contactEmail: await ask('Contact email', values['contact-email']),
    frequency: await ask('Update frequency', values.frequency, Object.keys(FREQUENCIES)),
    keywords: (await ask('Keywords (comma-separated)', values.keywords))
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    file: await ask('Data file to copy in (optional, Enter to skip)', values.file),
  };
  rl?.close();
  const result = scaffoldDataset(contentDir, answers, catalog, { today: new Date(), fs });
  if (!result.ok) {
    for (const e of result.errors) console.error(`✖ ${e}`);
    process.exitCode = 1;
  } else {
    console.log(
      `✔ Wrote ${path.relative(process.cwd(), result.file)}${result.copied ? ` and copied ${result.copied}` : ''}.`,
    );
    console.log(
      '  Next: write the description below the front matter, fill in the commented fields, then run npm run validate.',
    );
    if (refreshEditorManifest(contentDir))
      console.log("  VS Code checks and completes its front matter as you type (the editor's file list is refreshed).");
    else
      console.log(
        '  In VS Code, run npm run sync (or restart npm run dev) so the editor checks the new file as you type.',
      );
  }
} catch (error) {
  rl?.close();
  console.error(`new:dataset: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

/**
 * When the editor already uses the content manifest (someone ran `npm run sync` or `npm run dev` in this
 * clone), runs `astro sync` so the new file is in it. Only for the repository's own content/.
 */
function refreshEditorManifest(dir: string): boolean {
  const root = path.resolve(import.meta.dirname, '..');
  if (
    path.resolve(dir) !== path.join(root, 'content') ||
    !fs.existsSync(path.join(root, '.astro/collections/collections.json'))
  )
    return false;
  const sync = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--silent'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  return sync.status === 0;
}
