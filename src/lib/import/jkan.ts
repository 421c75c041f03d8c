// A JKAN site (Jekyll: _datasets/*.md, _organizations/*.md, categories) → our datasets.
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../content/yaml-source.ts';
import { mapLicense } from './dcat-us.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { firstSentence, type ImportBatch, type ImportedDataset, type Skipped } from './model.ts';

type Json = Record<string, unknown>;
const MAPPED = new Set([
  'title',
  'notes',
  'organization',
  'resources',
  'license',
  'category',
  'maintainer',
  'maintainer_email',
  'updateddate',
  'modified',
]);
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** `September 2016` → `2016-09-01`; `2016-09-05` stays. */
function monthDate(value: unknown): { date?: string; approximate: boolean } {
  const v = str(value) ?? (value instanceof Date ? value.toISOString() : undefined);
  if (!v) return { approximate: false };
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return { date: iso[0], approximate: false };
  const m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(v);
  const month = m ? MONTHS.findIndex((x) => x.startsWith(m[1]!.toLowerCase())) : -1;
  return m && month >= 0
    ? { date: `${m[2]}-${String(month + 1).padStart(2, '0')}-01`, approximate: true }
    : { approximate: false };
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
    const title = str(d['title']);
    if (!title) {
      skipped.push({ identifier, reason: 'it has no title' });
      continue;
    }
    const warnings: ImportedDataset['warnings'] = [];
    const extra: Json = {};
    for (const [k, v] of Object.entries(d)) if (!MAPPED.has(k)) extra[k] = v;
    const body = htmlToMarkdown([str(d['notes']), src.body.trim()].filter(Boolean).join('\n\n'));
    const publisher = str(d['organization']);
    const org = publisher ? organizations.get(publisher) : undefined;
    const email = cleanEmail(d['maintainer_email']) ?? org?.email;
    const { license, warning } = mapLicense(d['license']);
    if (warning) {
      warnings.push({ kind: 'licence', message: warning });
      if (!license) extra['license'] = d['license'];
    }
    const updated = monthDate(d['updateddate'] ?? d['modified']);
    if (updated.approximate)
      warnings.push({
        kind: 'modified',
        message: `"${String(d['updateddate'])}" gives a month, not a day; modified is set to the 1st`,
      });
    const categories = Array.isArray(d['category'])
      ? (d['category'] as unknown[]).map(str).filter((c): c is string => !!c)
      : str(d['category'])
        ? [str(d['category'])!]
        : [];
    const resources = (Array.isArray(d['resources']) ? (d['resources'] as Json[]) : []).flatMap((r, i) => {
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
      ...(email ? { contactPoint: { name: str(d['maintainer']) ?? publisher ?? email, email } } : {}),
      ...(license ? { license } : {}),
      ...(updated.date ? { modified: updated.date } : {}),
      accessLevel: 'public',
      // JKAN has no keywords; its categories are the words people browse by.
      ...(categories.length ? { keywords: categories } : {}),
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
