// Writes an import batch into content/: creates datasets (and the organizations and themes they name),
// updates the ones an earlier import created, never touches any other, keeps every field a person has edited
// since the last import, and records the fields it filled with placeholders (source.placeholders). Nothing the
// catalog would refuse is written: each record is repaired where its meaning is plain and checked as the
// validator checks it (conform.ts, gate.ts) first. Returns a report of everything it did or would do (--dry-run).
import type nodeFs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { contentFsOf } from '../content/content-fs.ts';
import { DatasetSchema, OrganizationSchema, shapeOf } from '../../schemas/index.ts';
import { conformRecord } from './conform.ts';
import { readExisting } from './existing.ts';
import type { PlaceholderField } from '../unstated.ts';
import { fingerprint } from './fingerprint.ts';
import { gateErrors } from './gate.ts';
import { slugOf, type ImportBatch, type Skipped } from './model.ts';
import { fillMissing, PUBLISHER_NEEDED } from './placeholders.ts';
import { parentOf, slugsFor } from './slugs.ts';

export interface ApplyOptions {
  contentDir: string;
  /** Assign every dataset to this existing organization instead of creating publishers. */
  organization?: string | undefined;
  dryRun: boolean;
  /** Fill required fields the source lacks with clearly marked placeholders. */
  fillMissing: boolean;
  /** Today, `YYYY-MM-DD`: the harvest date, and the day no date may be after. */
  today: string;
  fs: typeof nodeFs;
}

export interface ImportReport {
  read: number;
  created: string[];
  updated: { slug: string; fields: string[] }[];
  unchanged: string[];
  /** Records not written, each with its reason (including datasets lacking required fields; see needsAttention). */
  skipped: Skipped[];
  /** Fields kept because a person changed them since the last import. */
  keptEdits: { slug: string; field: string }[];
  /** Datasets left out because they lack required fields the source does not give (--fill-missing writes them). */
  needsAttention: { slug: string; missing: string[] }[];
  /** Values repaired so that the catalog accepts them (a date in another form, an address with spaces …). */
  repaired: { slug: string; field: string; how: string }[];
  /** Values the catalog would refuse and that could not be repaired: left out, kept verbatim in source.extra. */
  unrepaired: { slug: string; field: string; message: string }[];
  warnings: { slug: string; kind: string; message: string }[];
  organizationsCreated: string[];
  themesCreated: string[];
}

/** Fields are written in the schema's order, as people read and write them. */
const ORDER = Object.keys(shapeOf(DatasetSchema) ?? {});

/** An organization's file from what the source says of it, without the values its schema would refuse. */
function organizationYaml(org: Record<string, unknown>): string {
  const result = OrganizationSchema.safeParse(org);
  const bad = new Set(result.error?.issues.map((i) => String(i.path[0])).filter((k) => k !== 'name') ?? []);
  return stringify(Object.fromEntries(Object.entries(org).filter(([k]) => !bad.has(k))));
}

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
    repaired: [],
    unrepaired: [],
    warnings: [],
    organizationsCreated: [],
    themesCreated: [],
  };
  const datasetsDir = path.join(o.contentDir, 'datasets');
  const existing = readExisting(o.contentDir, batch.kind, contentFsOf(fs));
  const { organizations: orgs, themes, policy } = existing;
  if (o.organization && !orgs.has(o.organization))
    throw new Error(
      `--organization "${o.organization}" is not an organization in ${path.join(o.contentDir, 'organizations')}`,
    );
  // Organizations and themes a dataset names are written with the first dataset written that names them.
  const pending = new Map<string, { file: string; text: string; created: string[]; id: string }>();
  const idFor = (name: string, known: Map<string, { name?: string | undefined }>) =>
    [...known].find(([, v]) => v.name?.toLowerCase() === name.toLowerCase())?.[0] ?? slugOf(name, 60);
  const newOrganization = (id: string, org: Record<string, unknown>) => {
    orgs.set(id, { name: String(org['name']) });
    const file = path.join(o.contentDir, 'organizations', `${id}.yaml`);
    pending.set(`organizations/${id}`, { file, text: organizationYaml(org), created: report.organizationsCreated, id });
  };

  const slugs = slugsFor(batch.datasets, existing);
  for (const d of batch.datasets) {
    const prior = existing.imported.get(d.identifier);
    const slug = slugs.get(d.identifier)!;
    const parent = parentOf(d, slugs, existing);
    // Publisher and categories → organization and themes (created when new).
    let organization = o.organization;
    if (!organization && d.publisher) {
      organization = idFor(d.publisher, orgs);
      if (!orgs.has(organization)) {
        const info = batch.publishers?.[d.publisher] ?? {};
        newOrganization(organization, {
          name: d.publisher,
          ...(info.description ? { description: info.description } : {}),
          ...(info.email ? { email: info.email } : {}),
        });
      }
    }
    const themeIds = [
      ...new Set(
        d.categories.map((c) => {
          const id = idFor(c, themes);
          if (!themes.has(id)) {
            themes.set(id, { name: c });
            const file = path.join(o.contentDir, 'themes', `${id}.yaml`);
            pending.set(`themes/${id}`, { file, text: stringify({ name: c }), created: report.themesCreated, id });
          }
          return id;
        }),
      ),
    ];
    const placeholders: PlaceholderField[] = [];
    if (!organization && o.fillMissing) {
      organization = PUBLISHER_NEEDED.id;
      placeholders.push('organization');
      if (!orgs.has(organization)) newOrganization(organization, { name: PUBLISHER_NEEDED.name });
    }
    const imported: Record<string, unknown> = {
      ...d.meta,
      ...(organization ? { organization } : {}),
      themes: themeIds,
      ...(parent.isPartOf ? { isPartOf: parent.isPartOf } : {}),
    };
    // Repair what can be repaired; what the catalog would still refuse goes to source.extra, verbatim.
    const extra: Record<string, unknown> = { ...d.extra, ...parent.extra };
    const conformed = conformRecord(imported, extra, { today: o.today, policy });
    // The schema says what is missing: fill it with marked placeholders (--fill-missing; one nobody replaced keeps
    // its first value) or leave the dataset out.
    const priorSource = prior?.data['source'] as
      { fields?: Record<string, string>; placeholders?: string[] } | undefined;
    const recorded = priorSource?.fields ?? {};
    const before = prior && { data: prior.data, fields: recorded, placeholders: priorSource?.placeholders ?? [] };
    const filled = fillMissing(imported, { fillMissing: o.fillMissing, today: o.today, before });
    placeholders.push(...filled.filled);

    // Merge with what is there: a field whose value is not what was imported last time was edited here; keep it.
    const fields: Record<string, string> = {};
    const merged: Record<string, unknown> = {};
    const changed: string[] = [];
    const keptEdits: string[] = [];
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
        keptEdits.push(field);
      } else if (prior && !recorded[field] && current !== undefined && field !== 'body') {
        value = current; // added by a person after the import
      }
      if (prior && fingerprint(value) !== fingerprint(current)) changed.push(field);
      if (field === 'body') body = String(value ?? '');
      else if (value !== undefined) merged[field] = value;
    }
    // A placeholder a person has replaced (an edit kept above) is theirs: it is not listed again.
    const unstated = placeholders.filter((f) => !keptEdits.includes(f));
    const sourceFields = {
      kind: batch.kind,
      url: batch.url,
      identifier: d.identifier,
      fields,
      ...(Object.keys(extra).length ? { extra } : {}),
      ...(unstated.length ? { placeholders: unstated } : {}),
    };
    for (const field of keptEdits) report.keptEdits.push({ slug, field });
    if (
      prior &&
      !changed.length &&
      fingerprint({ ...priorSource, harvested: undefined }) === fingerprint({ ...sourceFields, harvested: undefined })
    ) {
      report.unchanged.push(slug);
      continue;
    }
    const { kind, url, identifier, ...rest } = sourceFields;
    merged['source'] = { kind, url, identifier, harvested: o.today, ...rest };
    const ordered = Object.fromEntries([
      ...ORDER.filter((k) => k in merged).map((k) => [k, merged[k]] as const),
      ...Object.entries(merged).filter(([k]) => !ORDER.includes(k)),
    ]);
    const text = `---\n${stringify(ordered, { lineWidth: 0 })}---\n${body}\n`;
    // Read back as the catalog reads it: what it would refuse is not written.
    const file = path.join(datasetsDir, slug, 'index.md');
    const errors = gateErrors(text, { file, today: o.today, policy });
    if (errors.length) {
      const onlyMissing = errors.every((e) => e.rule === 'required-field');
      if (onlyMissing && filled.missing.length) report.needsAttention.push({ slug, missing: filled.missing });
      report.skipped.push({
        identifier: d.identifier,
        title: String(imported['title'] ?? d.meta['title']),
        reason: onlyMissing
          ? `it lacks ${errors.map((e) => e.field).join(', ')}, which the source does not give (or gives in a form the catalog cannot take; see source.extra); --fill-missing imports it with marked placeholders`
          : `the catalog would refuse it: ${errors.map((e) => `${e.field}: ${e.message} [${e.rule}]`).join('; ')}`,
      });
      continue;
    }
    for (const r of conformed.repaired) report.repaired.push({ slug, ...r });
    for (const u of conformed.unrepaired) report.unrepaired.push({ slug, ...u });
    const warnings = [...(parent.warning ? [parent.warning] : []), ...d.warnings, ...filled.warnings];
    for (const w of warnings) report.warnings.push({ slug, ...w });
    if (prior) report.updated.push({ slug, fields: changed.length ? changed : ['source'] });
    else report.created.push(slug);
    for (const key of [`organizations/${String(merged['organization'])}`, ...themeIds.map((t) => `themes/${t}`)]) {
      const p = pending.get(key);
      if (!p) continue;
      pending.delete(key);
      p.created.push(p.id);
      if (!o.dryRun) write(fs, p.file, p.text);
    }
    if (!o.dryRun) {
      write(fs, file, text);
      for (const f of d.files ?? []) fs.copyFileSync(f.source, path.join(datasetsDir, slug, f.name));
    }
  }
  return report;
}

function write(fs: typeof nodeFs, file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
