// npm run import -- <kind> <file-or-url> [--organization <id>] [--dry-run] [--fill-missing] [--content <dir>]
// Imports datasets from another catalog; re-running updates what it created and keeps people's edits.
// Kinds so far: dcat-us (data.json v1.1 and v1.0), ckan (a package_search or package_show response), datapackage (a datapackage.json/.yml or its folder; local
// files up to --max-bytes, default 20 MB, are copied in) and jkan (a JKAN site's folder). Exit 1 when any record could not be imported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyImport, type ImportReport } from '../src/lib/import/apply.ts';
import { readDcatUs } from '../src/lib/import/dcat-us.ts';
import { readJkan } from '../src/lib/import/jkan.ts';
import { readDataPackage } from '../src/lib/import/datapackage.ts';
import { readCkan } from '../src/lib/import/ckan.ts';
import { unmappedFields, type ImportBatch } from '../src/lib/import/model.ts';

/** Each kind reads a file or folder into a batch. */
const KINDS: Record<string, (where: string) => Promise<ImportBatch>> = {
  'dcat-us': async (where) =>
    readDcatUs(await readSource(where), /^https?:/.test(where) ? where : path.basename(where)),
  ckan: async (where) => {
    // A site's address (not a JSON file or an API call): page through its package_search.
    if (/^https?:\/\//.test(where) && !/\.json($|\?)|\/api\//.test(where))
      return readCkan(await pageCkan(where), where);
    return readCkan(await readSource(where), /^https?:/.test(where) ? where : path.basename(where));
  },
  datapackage: async (where) => {
    if (/^https?:\/\//.test(where)) return readDataPackage(await mirrorPackage(where), { maxBytes: maxBytes() });
    const file =
      fs.existsSync(where) && fs.statSync(where).isDirectory()
        ? ['datapackage.json', 'datapackage.yml', 'datapackage.yaml']
            .map((f) => path.join(where, f))
            .find((f) => fs.existsSync(f))
        : where;
    if (!file || !fs.existsSync(file)) throw new Error(`${where}: no datapackage.json or datapackage.yml there`);
    return readDataPackage(file, { maxBytes: maxBytes() });
  },
  jkan: async (where) => {
    if (!fs.existsSync(where) || !fs.statSync(where).isDirectory())
      throw new Error(`${where} is not a folder: give the JKAN site's folder (the one holding _datasets/)`);
    return readJkan(where);
  },
};

let maxBytesOption = 20_000_000;
const maxBytes = () => maxBytesOption;

async function readSource(where: string): Promise<unknown> {
  let text: string;
  if (/^https?:\/\//.test(where)) {
    const res = await fetch(where);
    if (!res.ok) throw new Error(`${where} answered HTTP ${res.status}`);
    text = await res.text();
  } else {
    if (!fs.existsSync(where)) throw new Error(`${where} does not exist`);
    text = fs.readFileSync(where, 'utf8');
  }
  const start = text.trimStart().slice(0, 40);
  if (/^<(!doctype|html)/i.test(start))
    throw new Error(
      `${where} is an HTML page, not JSON (it starts with "${start.slice(0, 20)}…"): is the address right, or is it an error page?`,
    );
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(
      `${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}); is the file complete?`,
      { cause: error },
    );
  }
}

/** Every package of a CKAN site, through package_search, 100 at a time, as one package_search-shaped response. */
async function pageCkan(site: string): Promise<unknown> {
  const base = site.replace(/\/+$/, '');
  const results: unknown[] = [];
  let count = Infinity;
  // Sites may cap rows below what is asked: advance by what each page holds.
  for (let start = 0; start < count;) {
    const doc = (await readSource(`${base}/api/3/action/package_search?rows=100&start=${start}`)) as {
      result?: { count?: number; results?: unknown[] };
    };
    const page = doc.result?.results ?? [];
    count = Number(doc.result?.count ?? 0);
    results.push(...page);
    if (!page.length) break;
    start += page.length;
  }
  return { result: { count: results.length, results } };
}

/** Downloads a Data Package's descriptor and its relative resources (each up to --max-bytes) into a temporary folder. */
async function mirrorPackage(url: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-datapackage-'));
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  const text = await res.text();
  const name = /\.ya?ml($|\?)/.test(url) ? 'datapackage.yml' : 'datapackage.json';
  fs.writeFileSync(path.join(dir, name), text);
  const doc = (name.endsWith('.yml') ? null : (JSON.parse(text) as { resources?: { path?: unknown }[] })) ?? {
    resources: [],
  };
  for (const r of doc.resources ?? []) {
    if (typeof r.path !== 'string' || /^https?:/.test(r.path) || r.path.includes('..')) continue;
    const resourceUrl = new URL(r.path, url).href;
    const head = await fetch(resourceUrl);
    const size = Number(head.headers.get('content-length') ?? NaN);
    if (!head.ok || !head.body || size > maxBytes()) {
      await head.body?.cancel();
      continue; // reported by the reader as not in the package folder, or too large
    }
    const bytes = new Uint8Array(await head.arrayBuffer());
    if (bytes.length > maxBytes()) continue;
    fs.mkdirSync(path.dirname(path.join(dir, r.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, r.path), bytes);
  }
  return path.join(dir, name);
}

function print(report: ImportReport, dryRun: boolean, unmapped: { field: string; count: number }[]): void {
  const verb = dryRun ? 'would be ' : '';
  for (const slug of report.created) console.log(`+ ${slug} ${verb}created`);
  for (const u of report.updated) console.log(`~ ${u.slug} ${verb}updated: ${u.fields.join(', ')}`);
  for (const k of report.keptEdits)
    console.log(`! ${k.slug} ${k.field}: edited here since the last import; kept, not overwritten`);
  for (const s of report.skipped) console.log(`- skipped ${s.identifier ?? s.title ?? '(no identifier)'}: ${s.reason}`);
  for (const u of report.unrepaired)
    console.log(`  not imported ${u.slug} ${u.field}: ${u.message}; kept in source.extra`);
  for (const r of report.repaired) console.log(`  repaired ${r.slug} ${r.field}: ${r.how}`);
  const byKind = new Map<string, number>();
  for (const w of report.warnings) byKind.set(w.kind, (byKind.get(w.kind) ?? 0) + 1);
  for (const w of report.warnings) console.log(`  warning ${w.slug} ${w.kind}: ${w.message}`);
  if (unmapped.length)
    console.log(`kept in source.extra (no field here): ${unmapped.map((u) => `${u.field} (${u.count})`).join(', ')}`);
  if (report.organizationsCreated.length)
    console.log(`organizations ${verb}created: ${report.organizationsCreated.join(', ')}`);
  if (report.themesCreated.length) console.log(`themes ${verb}created: ${report.themesCreated.join(', ')}`);
  console.log(
    `\n${dryRun ? '(dry run) ' : ''}read ${report.read} = created ${report.created.length} + updated ${report.updated.length} + unchanged ${report.unchanged.length} + skipped ${report.skipped.length}` +
      `; warnings: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}` +
      `; left out for lacking required fields: ${report.needsAttention.length}${report.needsAttention.length ? ' (--fill-missing writes them with marked placeholders)' : ''}`,
  );
  console.log(`repaired: ${countBy(report.repaired)}`);
  console.log(`not imported (kept in source.extra): ${countBy(report.unrepaired)}`);
}

/** `modified 134, keywords 12`: how many values of each field, with list indexes left out (`resources[].url`). */
function countBy(list: { field: string }[]): string {
  const counts = new Map<string, number>();
  for (const { field } of list) {
    const key = field.replace(/\[\d+\]/g, '[]');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      'max-bytes': { type: 'string' },
      organization: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'fill-missing': { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
    },
    allowPositionals: true,
  });
  const [kind, where] = positionals;
  if (values['max-bytes']) maxBytesOption = Number(values['max-bytes']);
  if (!kind || !where || !KINDS[kind]) {
    console.error(
      `Usage: npm run import -- <${Object.keys(KINDS).join('|')}> <file-or-url> [--organization <id>] [--dry-run] [--fill-missing] [--content <dir>]`,
    );
    return 2;
  }
  const batch = await KINDS[kind](where);
  for (const note of batch.notes ?? []) console.log(`note: ${note}`);
  const report = applyImport(batch, {
    contentDir: path.resolve(values.content),
    organization: values.organization,
    dryRun: values['dry-run'],
    fillMissing: values['fill-missing'],
    today: new Date().toISOString().slice(0, 10),
    fs,
  });
  print(report, values['dry-run'], unmappedFields(batch.datasets));
  return report.skipped.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
