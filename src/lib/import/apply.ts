// Writes an import batch into content/: creates datasets (and the organizations and themes they name),
// updates the ones an earlier import created, never touches any other, and keeps every field a person has
// edited since the last import; records the fields it filled with placeholders (source.placeholders).
// Returns a report of everything it did or would do (--dry-run).
import type nodeFs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { contentFsOf } from '../content/content-fs.ts';
import { DatasetSchema, shapeOf } from '../../schemas/index.ts';
import { readExisting } from './existing.ts';
import type { PlaceholderField } from '../unstated.ts';
import { fingerprint } from './fingerprint.ts';
import { fillMissing, PUBLISHER_NEEDED } from './placeholders.ts';
import { slugOf, type ImportBatch, type Skipped } from './model.ts';
import { parentOf, slugsFor } from './slugs.ts';

export interface ApplyOptions {
  contentDir: string;
  /** Assign every dataset to this existing organization instead of creating publishers. */
  organization?: string | undefined;
  dryRun: boolean;
  /** Fill required fields the source lacks with clearly marked placeholders. */
  fillMissing: boolean;
  /** Today, `YYYY-MM-DD`: the harvest date. */
  today: string;
  fs: typeof nodeFs;
}

export interface ImportReport {
  read: number;
  created: string[];
  updated: { slug: string; fields: string[] }[];
  unchanged: string[];
  skipped: Skipped[];
  /** Fields kept because a person changed them since the last import. */
  keptEdits: { slug: string; field: string }[];
  /** Datasets written without some required fields (the validator lists them). */
  needsAttention: { slug: string; missing: string[] }[];
  warnings: { slug: string; kind: string; message: string }[];
  organizationsCreated: string[];
  themesCreated: string[];
}

/** Fields are written in the schema's order, as people read and write them. */
const ORDER = Object.keys(shapeOf(DatasetSchema) ?? {});

export function applyImport(batch: ImportBatch, o: ApplyOptions): ImportReport {
  const { fs } = o;
  const report: ImportReport = {
    read: batch.read,
    created: [],
    updated: [],
    unchanged: [],
    skipped: [...batch.skipped],
    keptEdits: [],
    needsAttention: [],
    warnings: [],
    organizationsCreated: [],
    themesCreated: [],
  };
  const datasetsDir = path.join(o.contentDir, 'datasets');
  const existing = readExisting(o.contentDir, batch.kind, contentFsOf(fs));
  const { organizations: orgs, themes } = existing;
  if (o.organization && !orgs.has(o.organization))
    throw new Error(
      `--organization "${o.organization}" is not an organization in ${path.join(o.contentDir, 'organizations')}`,
    );

  const idFor = (name: string, known: Map<string, { name?: string | undefined }>) =>
    [...known].find(([, v]) => v.name?.toLowerCase() === name.toLowerCase())?.[0] ?? slugOf(name, 60);

  const slugs = slugsFor(batch.datasets, existing);
  for (const d of batch.datasets) {
    const prior = existing.imported.get(d.identifier);
    const slug = slugs.get(d.identifier)!;
    const parent = parentOf(d, slugs, existing);
    const extra = { ...d.extra, ...parent.extra };
    if (parent.warning) report.warnings.push({ slug, ...parent.warning });
    // Publisher and categories → organization and themes (created when new).
    let organization = o.organization;
    if (!organization && d.publisher) {
      organization = idFor(d.publisher, orgs);
      if (!orgs.has(organization)) {
        orgs.set(organization, { name: d.publisher });
        report.organizationsCreated.push(organization);
        const info = batch.publishers?.[d.publisher] ?? {};
        const org = {
          name: d.publisher,
          ...(info.description ? { description: info.description } : {}),
          ...(info.email ? { email: info.email } : {}),
        };
        if (!o.dryRun) write(fs, path.join(o.contentDir, 'organizations', `${organization}.yaml`), stringify(org));
      }
    }
    const themeIds = d.categories.map((c) => {
      const id = idFor(c, themes);
      if (!themes.has(id)) {
        themes.set(id, { name: c });
        report.themesCreated.push(id);
        if (!o.dryRun) write(fs, path.join(o.contentDir, 'themes', `${id}.yaml`), stringify({ name: c }));
      }
      return id;
    });
    const filled: PlaceholderField[] = [];
    if (!organization && o.fillMissing) {
      organization = PUBLISHER_NEEDED.id;
      filled.push('organization');
      if (!orgs.has(organization)) {
        orgs.set(organization, { name: PUBLISHER_NEEDED.name });
        report.organizationsCreated.push(organization);
        const file = path.join(o.contentDir, 'organizations', `${organization}.yaml`);
        if (!o.dryRun) write(fs, file, stringify({ name: PUBLISHER_NEEDED.name }));
      }
    }
    const imported: Record<string, unknown> = {
      ...d.meta,
      ...(organization ? { organization } : {}),
      themes: themeIds,
      ...(parent.isPartOf ? { isPartOf: parent.isPartOf } : {}),
    };
    // The schema says what is missing; fill it with marked placeholders (--fill-missing) or report it.
    const fill = fillMissing(imported, o);
    filled.push(...fill.filled);
    for (const w of fill.warnings) report.warnings.push({ slug, ...w });
    for (const w of d.warnings) report.warnings.push({ slug, ...w });
    if (fill.missing.length) report.needsAttention.push({ slug, missing: fill.missing });

    // Merge with what is there: a field whose value is not what was imported last time was edited here; keep it.
    const priorSource = prior?.data['source'] as
      { fields?: Record<string, string>; placeholders?: string[] } | undefined;
    const recorded = priorSource?.fields ?? {};
    // A placeholder nobody replaced keeps its first value, so a later import (another day) changes nothing.
    for (const f of filled)
      if (prior && priorSource?.placeholders?.includes(f) && fingerprint(prior.data[f]) === recorded[f])
        imported[f] = prior.data[f];
    const edited = new Set<string>();
    const fields: Record<string, string> = {};
    const merged: Record<string, unknown> = {};
    const changed: string[] = [];
    let body = d.body;
    const all = new Set([
      ...Object.keys(imported),
      ...(prior ? Object.keys(prior.data).filter((k) => k !== 'source') : []),
    ]);
    for (const field of [...all, 'body']) {
      const next = field === 'body' ? d.body : imported[field];
      const current = field === 'body' ? prior?.body : prior?.data[field];
      fields[field] = fingerprint(next);
      let value = next;
      if (prior && recorded[field] && fingerprint(current) !== recorded[field]) {
        value = current;
        edited.add(field);
        report.keptEdits.push({ slug, field });
      } else if (prior && !recorded[field] && current !== undefined && field !== 'body') {
        value = current; // added by a person after the import
      }
      if (prior && fingerprint(value) !== fingerprint(current)) changed.push(field);
      if (field === 'body') body = String(value ?? '');
      else if (value !== undefined) merged[field] = value;
    }
    // A placeholder a person has replaced (an edit kept above) is theirs: it is not listed again.
    const placeholders = filled.filter((f) => !edited.has(f));
    const sourceFields = {
      kind: batch.kind,
      url: batch.url,
      identifier: d.identifier,
      fields,
      ...(Object.keys(extra).length ? { extra } : {}),
      ...(placeholders.length ? { placeholders } : {}),
    };
    if (
      prior &&
      !changed.length &&
      fingerprint({ ...priorSource, harvested: undefined }) === fingerprint({ ...sourceFields, harvested: undefined })
    ) {
      report.unchanged.push(slug);
      continue;
    }
    merged['source'] = {
      kind: batch.kind,
      url: batch.url,
      identifier: d.identifier,
      harvested: o.today,
      fields,
      ...(Object.keys(extra).length ? { extra } : {}),
      ...(placeholders.length ? { placeholders } : {}),
    };
    const ordered = Object.fromEntries([
      ...ORDER.filter((k) => k in merged).map((k) => [k, merged[k]] as const),
      ...Object.entries(merged).filter(([k]) => !ORDER.includes(k)),
    ]);
    if (prior) report.updated.push({ slug, fields: changed.length ? changed : ['source'] });
    else report.created.push(slug);
    if (!o.dryRun) {
      write(fs, path.join(datasetsDir, slug, 'index.md'), `---\n${stringify(ordered, { lineWidth: 0 })}---\n${body}\n`);
      for (const f of d.files ?? []) fs.copyFileSync(f.source, path.join(datasetsDir, slug, f.name));
    }
  }
  return report;
}

function write(fs: typeof nodeFs, file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
