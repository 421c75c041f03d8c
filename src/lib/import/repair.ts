// Repairs an imported record's values that the catalog would refuse but whose meaning is plain: stray spaces,
// dates written in other forms, addresses with characters an address cannot hold, keywords with spaces around
// them, a title over the length limit. Each repair is reported; each original value a repair changes in meaning
// or precision (a date, a cut title) is kept verbatim in `source.extra`.
import { toUri } from '../../schemas/index.ts';
import { readDay } from './dates.ts';

type Json = Record<string, unknown>;

export interface Repair {
  /** The field, as the validator names it: `modified`, `resources[2].url`. */
  field: string;
  /** What was done, e.g. `"2023" (a year; its first day) → 2023-01-01`. */
  how: string;
}

/** The longest title the schema takes. */
export const MAX_TITLE = 200;

/** Fields of one line: runs of spaces and line breaks become one space. */
const ONE_LINE = ['title', 'summary', 'spatial'];
/** Markdown fields: only the ends are trimmed (line breaks inside mean something). */
const MARKDOWN = ['methodology', 'caveats', 'rights', 'accessInstructions'];

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const atWord = head.replace(/\s+\S*$/, '');
  return `${(atWord.length >= max / 2 ? atWord : head).trimEnd()}…`;
}

/** Repairs `record` in place, keeping originals in `extra` (never overwriting what the source put there). */
export function repairRecord(record: Json, extra: Json): Repair[] {
  const out: Repair[] = [];
  const keep = (field: string, value: unknown) => {
    if (!(field in extra)) extra[field] = value;
  };
  const text = (obj: Json, key: string, field: string, tidy: (s: string) => string) => {
    const v = obj[key];
    if (typeof v !== 'string') return;
    const next = tidy(v);
    if (next === v) return;
    // Only spaces is no value: left unset, so that no export writes an empty text (DCAT-US refuses them).
    if (next === '') delete obj[key];
    else obj[key] = next;
    out.push({ field, how: next ? 'spaces around or inside it tidied' : 'only spaces: left unset' });
  };
  for (const f of ONE_LINE) text(record, f, f, oneLine);
  for (const f of MARKDOWN) text(record, f, f, (s) => s.trim());

  const title = record['title'];
  if (typeof title === 'string' && title.length > MAX_TITLE) {
    record['title'] = cutAtWord(title, MAX_TITLE);
    keep('title', title);
    out.push({
      field: 'title',
      how: `${title.length} characters, over ${MAX_TITLE}: cut at a word; the full title is kept in source.extra.title`,
    });
  }

  if (Array.isArray(record['keywords'])) {
    const before = record['keywords'] as unknown[];
    const after = [...new Set(before.map((k) => (typeof k === 'string' ? oneLine(k) : k)).filter((k) => k !== ''))];
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      record['keywords'] = after;
      out.push({ field: 'keywords', how: 'spaces around keywords trimmed, empty and repeated ones removed' });
    }
  }

  for (const f of ['modified', 'issued']) {
    const read = record[f] === undefined ? undefined : readDay(record[f]);
    if (read?.how) {
      keep(f, record[f]);
      out.push({
        field: f,
        how: `"${String(record[f])}" (${read.how}) → ${read.day}; the original is kept in source.extra`,
      });
      record[f] = read.day;
    }
  }
  const temporal = record['temporal'];
  if (typeof temporal === 'string' && temporal.includes('/')) {
    const [a, b] = temporal.split('/').map(readDay);
    if (a && b && (a.how || b.how)) {
      keep('temporal', temporal);
      record['temporal'] = `${a.day}/${b.day}`;
      out.push({ field: 'temporal', how: `"${temporal}" → ${a.day}/${b.day}; the original is kept in source.extra` });
    }
  }

  const url = (obj: Json, key: string, field: string) => {
    const v = obj[key];
    if (typeof v !== 'string') return;
    const fixed = toUri(v);
    if (fixed && fixed !== v) {
      obj[key] = fixed;
      out.push({ field, how: `"${v}" → ${fixed} (characters an address cannot hold, percent-encoded)` });
    }
  };
  url(record, 'landingPage', 'landingPage');
  if (typeof record['license'] === 'string' && /^\s*https?:/i.test(record['license']))
    url(record, 'license', 'license');
  if (Array.isArray(record['references']))
    (record['references'] as unknown[]).forEach((_, i) =>
      url(record['references'] as Json, String(i), `references[${i}]`),
    );

  const contact = record['contactPoint'];
  if (contact && typeof contact === 'object') {
    const c = contact as Json;
    text(c, 'name', 'contactPoint.name', oneLine);
    text(c, 'email', 'contactPoint.email', (s) => s.trim().replace(/^mailto:/i, ''));
  }
  if (Array.isArray(record['resources']))
    (record['resources'] as Json[]).forEach((r, i) => {
      if (!r || typeof r !== 'object') return;
      text(r, 'title', `resources[${i}].title`, oneLine);
      text(r, 'format', `resources[${i}].format`, oneLine);
      text(r, 'description', `resources[${i}].description`, (s) => s.trim());
      url(r, 'url', `resources[${i}].url`);
    });
  return out;
}
