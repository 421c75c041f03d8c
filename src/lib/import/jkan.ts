// A JKAN site (Jekyll: _datasets/*.md, _organizations/*.md, categories) → our datasets. Fields are mapped by
// what the site's own schema says they mean (jkan-schema.ts); whatever has no place here is kept in source.extra.
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../content/yaml-source.ts';
import { mapLicense } from './dcat-us.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { PeriodicitySchema } from '../../schemas/index.ts';
import { MONTHS } from './dates.ts';
import { readJkanLicenses, readJkanSchemas, schemaOf, type Meaning } from './jkan-schema.ts';
import { firstSentence, periodicityOfWord, type ImportBatch, type ImportedDataset, type Skipped } from './model.ts';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** `September 2016` → `2016-09-01` (approximate); `July 1, 2019` → `2019-07-01`; `2016-09-05` stays. */
function monthDate(value: unknown): { date?: string; approximate: boolean } {
  const v = str(value) ?? (value instanceof Date ? value.toISOString() : undefined);
  if (!v) return { approximate: false };
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return { date: iso[0], approximate: false };
  const m = /^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(v);
  const month = m ? MONTHS.findIndex((x) => x.startsWith(m[1]!.toLowerCase())) : -1;
  if (!m || month < 0 || m[1]!.length < 3) return { approximate: false };
  const day = Number(m[2] ?? 1);
  const date = `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const valid = new Date(`${date}T00:00:00Z`).getUTCDate() === day;
  return valid ? { date, approximate: m[2] === undefined } : { approximate: false };
}

/** An address written with <wbr> tags or spaces, as JKAN sites do to hide it from scrapers → a plain email. */
function cleanEmail(value: unknown): string | undefined {
  const v = str(value)
    ?.replace(/<wbr\s*\/?>/gi, '')
    .replace(/\s+/g, '');
  return v && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? v : undefined;
}

export function readJkan(siteDir: string): ImportBatch {
  const dir = path.join(siteDir, '_datasets');
  if (!fs.existsSync(dir)) throw new Error(`${siteDir} is not a JKAN site: it has no _datasets folder`);
  const organizations = new Map<string, { email?: string | undefined; description?: string | undefined }>();
  const orgDir = path.join(siteDir, '_organizations');
  for (const f of fs.existsSync(orgDir)
    ? fs
        .readdirSync(orgDir)
        .filter((x) => x.endsWith('.md'))
        .sort()
    : []) {
    const data = (parseFrontMatter(fs.readFileSync(path.join(orgDir, f), 'utf8')).data ?? {}) as Json;
    if (str(data['title']))
      organizations.set(str(data['title'])!, {
        email: cleanEmail(data['contact']) ?? cleanEmail(data['email']),
        description: str(data['description']),
      });
  }
  const { schemas, siteSchema } = readJkanSchemas(siteDir);
  const licenses = readJkanLicenses(siteDir);
  const datasets: ImportedDataset[] = [];
  const skipped: Skipped[] = [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (const f of files) {
    const identifier = f.replace(/\.md$/, '');
    const src = parseFrontMatter(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (src.errors.length || !src.data) {
      skipped.push({
        identifier,
        reason: `its front matter cannot be read (${src.errors[0]?.message ?? 'no front matter'})`,
      });
      continue;
    }
    const d = src.data as Json;
    const schema = schemas.get(str(d['schema']) ?? siteSchema) ?? schemaOf([]);
    // The first non-empty field of each meaning is used; every other field is kept as it was.
    const extra: Json = {};
    const used = new Map<Meaning, { field: string; value: unknown }>();
    for (const [field, value] of Object.entries(d)) {
      const meaning = schema.meaningOf(field);
      if (meaning === 'internal') continue;
      if (!meaning || used.has(meaning) || value === null || value === '') extra[field] = value;
      else used.set(meaning, { field, value });
    }
    const value = (m: Meaning) => used.get(m)?.value;
    const warnings: ImportedDataset['warnings'] = [];
    /** A value of a known meaning that cannot be used as it is: kept under its own name, and said why. */
    const keep = (m: Meaning, why: string, kind: string = m) => {
      const u = used.get(m)!;
      extra[u.field] = u.value;
      warnings.push({ kind, message: `${u.field} "${String(u.value)}" ${why}; kept in source.extra.${u.field}` });
    };
    const title = str(value('title'));
    if (!title) {
      skipped.push({ identifier, reason: 'it has no title' });
      continue;
    }
    const body = htmlToMarkdown([str(value('description')), src.body.trim()].filter(Boolean).join('\n\n'));
    const publisher = str(value('publisher'));
    const org = publisher ? organizations.get(publisher) : undefined;
    const email = cleanEmail(value('contactEmail')) ?? org?.email;
    // A site may name a licence as its licences.yml does; the URL beside the name identifies it.
    const licenseText = str(value('license'));
    const { license, warning } = mapLicense(
      licenseText ? (licenses.get(licenseText.toLowerCase()) ?? licenseText) : undefined,
    );
    if (licenseText && !license) keep('license', 'is neither a licence the catalog knows nor a URL', 'licence');
    else if (warning) warnings.push({ kind: 'licence', message: warning });
    const updated = monthDate(value('modified'));
    // "Updated: Daily" says how often, not when.
    const updatedEvery = updated.date ? undefined : periodicityOfWord(value('modified'));
    if (used.has('modified') && !updated.date && !updatedEvery) keep('modified', 'is not a date');
    if (updated.approximate)
      warnings.push({
        kind: 'modified',
        message: `"${String(value('modified'))}" gives a month, not a day; modified is set to the 1st`,
      });
    if (updatedEvery)
      warnings.push({
        kind: 'modified',
        message: `"${String(value('modified'))}" is how often it is updated, not when: read as accrualPeriodicity ${updatedEvery}`,
      });
    const issued = monthDate(value('issued'));
    if (used.has('issued') && !issued.date) keep('issued', 'is not a date');
    const frequencyText = str(value('accrualPeriodicity'));
    const periodicity =
      periodicityOfWord(frequencyText) ??
      (frequencyText && PeriodicitySchema.safeParse(frequencyText).success ? frequencyText : undefined);
    if (frequencyText && !periodicity) keep('accrualPeriodicity', 'is not a frequency the catalog knows');
    const landingPage = str(value('landingPage'));
    if (landingPage && !/^https?:\/\//.test(landingPage)) keep('landingPage', 'is not an http(s) address');
    // A list, or one string: a category name may hold a comma, keywords written as one string are comma-separated.
    const list = (v: unknown, separator?: string) =>
      (Array.isArray(v) ? v : ((separator ? str(v)?.split(separator) : [v]) ?? []))
        .map(str)
        .filter((c): c is string => !!c);
    const categories = list(value('categories'));
    const keywords = list(value('keywords'), ',');
    const resources = (Array.isArray(value('resources')) ? (value('resources') as Json[]) : []).flatMap((r, i) => {
      const url = str(r['url']);
      if (!url || !/^https?:\/\//.test(url)) {
        warnings.push({ kind: 'resource', message: `resource ${i + 1} has no http(s) URL and was left out` });
        return [];
      }
      const format = (str(r['format']) ?? 'File').toUpperCase();
      return [{ title: str(r['name']) ?? `${format} ${i + 1}`, url, format }];
    });
    const meta: Json = {
      title,
      summary: firstSentence(body) || title,
      ...(email ? { contactPoint: { name: str(value('contactName')) ?? publisher ?? email, email } } : {}),
      ...(license ? { license } : {}),
      ...(updated.date ? { modified: updated.date } : {}),
      accessLevel: 'public',
      // JKAN sites seldom have keywords; their categories are the words people browse by.
      ...(keywords.length || categories.length ? { keywords: keywords.length ? keywords : categories } : {}),
      ...(issued.date ? { issued: issued.date } : {}),
      ...((updatedEvery ?? periodicity) ? { accrualPeriodicity: periodicity ?? updatedEvery } : {}),
      ...(str(value('spatial')) ? { spatial: str(value('spatial')) } : {}),
      ...(landingPage && /^https?:\/\//.test(landingPage) ? { landingPage } : {}),
      resources,
    };
    datasets.push({ identifier, meta, body, extra, warnings, publisher, categories });
  }
  return {
    kind: 'jkan',
    url: path.basename(path.resolve(siteDir)),
    datasets,
    skipped,
    read: files.length,
    publishers: Object.fromEntries(organizations),
  };
}
