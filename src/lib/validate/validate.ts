// Everything `npm run validate` checks: the schemas and references (readCatalog), then what a schema alone
// cannot see: dates in the future, files too large for git, data dictionaries that disagree with their files,
// values that look like personal data (one read of each file's head serves both).
import nodeFsSync from 'node:fs';
import { nodeContentFs, type ContentFs } from '../content/content-fs.ts';
import type { CatalogContent, DatasetModel } from '../content/model.ts';
import { readCatalog } from '../content/read-catalog.ts';
import type { Problem } from '../problems.ts';
import { checkCatalog } from '../rules/check.ts';
import { futureDateProblems } from '../rules/dates.ts';
import { finding } from '../rules/finding.ts';
import { minimumScoreProblems } from '../quality/gate.ts';
import { sampleTable } from '../tabular/sample.ts';
import { constraintError, typeError } from '../tabular/values.ts';
import { resourceKind } from '../resource-kind.ts';
import { privacyOfRows } from '../privacy/detect.ts';
import { privacyProblems } from '../privacy/findings.ts';
import { geojsonRows } from '../tabular/geojson-rows.ts';

/** Git hosts refuse files over 100 MB and warn over 50 MB; a portal's data this large belongs elsewhere. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** How much of a file the dictionary check reads, and how many rows. */
const SAMPLE_BYTES = 4 * 1024 * 1024;
const SAMPLE_ROWS = 1000;
/** The privacy check looks at every row of the head, up to this many. */
const PRIVACY_ROWS = 200_000;
/** GeoJSON files up to this size are read whole for the privacy check. */
const MAX_GEOJSON_BYTES = 16 * 1024 * 1024;
/** At most this many bad values are reported per column. */
const MAX_VALUE_PROBLEMS = 3;

export interface ValidateEffects {
  fs: ContentFs;
  /** The first `maxBytes` bytes of a file. */
  readHead(file: string, maxBytes: number): Uint8Array;
  /** Today, for "not in the future" checks. */
  now(): Date;
  cwd: string;
}

export interface ValidationResult {
  content: CatalogContent;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * `changed`, when given, names the datasets a change touched: the catalog's minimum quality score applies to
 * them only (new work); without it, to every dataset.
 */
export function validateCatalog(
  contentDir: string,
  effects: ValidateEffects,
  changed?: ReadonlySet<string>,
): ValidationResult {
  const content = readCatalog(contentDir, { fs: effects.fs, cwd: effects.cwd });
  const today = effects.now().toISOString().slice(0, 10);
  const found = content.datasets.flatMap((d) => checkDataset(d, today, effects));
  const gate = minimumScoreProblems(
    content,
    [...checkCatalog(content, [], { lines: 'errors' }), ...found],
    today,
    changed,
  );
  const problems = checkCatalog(content, [...found, ...gate]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content, problems, errors, warnings: problems.length - errors };
}

function checkDataset(d: DatasetModel, today: string, effects: ValidateEffects): Problem[] {
  const out: Problem[] = [];
  const add = (field: PropertyKey[], message: string, rule: string) => out.push(finding(d, field, message, rule));
  const m = d.data;
  out.push(...futureDateProblems(d, today));

  m.resources.forEach((r, i) => {
    const file = d.files[i];
    if (!r.path || !file) return;
    if (file.bytes > MAX_FILE_BYTES) {
      add(
        ['resources', i, 'path'],
        `file "${r.path}" is ${(file.bytes / 1024 / 1024).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for files in git; publish it elsewhere and give its address as "url"`,
        'file-too-large',
      );
      return;
    }
    const schema = d.schemas[i];
    const kind = resourceKind(r);
    if (kind.tabular) {
      const sample = sampleTable(effects.readHead(file.absolutePath, SAMPLE_BYTES), {
        delimiter: r.dialect?.delimiter ?? kind.delimiter,
        encoding: r.dialect?.encoding,
        maxRows: PRIVACY_ROWS,
      });
      // A head cut mid-file may end in half a row: leave that row out.
      const rows = file.bytes > SAMPLE_BYTES ? sample.rows.slice(0, -1) : sample.rows;
      if (schema) out.push(...checkDictionary(d, i, sample.header, rows.slice(0, SAMPLE_ROWS)));
      const whole = file.bytes <= SAMPLE_BYTES && !sample.truncated;
      const columns = privacyOfRows(sample.header, rows, schema?.missingValues);
      out.push(...privacyProblems(d, i, columns, { rows: rows.length, whole }));
    } else if (kind.profile === 'geojson' && file.bytes <= MAX_GEOJSON_BYTES) {
      // GeoJSON cannot be read from a head cut mid-file: the whole file (the build profiles larger ones).
      let table;
      try {
        table = geojsonRows(new TextDecoder().decode(effects.readHead(file.absolutePath, file.bytes)));
      } catch {
        return; // Not JSON: the build's profile says so on the dataset page.
      }
      const columns = privacyOfRows(table.header, table.rows, schema?.missingValues);
      out.push(...privacyProblems(d, i, columns, { rows: table.rows.length, whole: true }));
    }
  });
  return out;
}

/** Compares a data dictionary with a file's header and a sample of its rows. */
export function checkDictionary(d: DatasetModel, index: number, header: string[], rows: string[][]): Problem[] {
  const out: Problem[] = [];
  const r = d.data.resources[index]!;
  const schema = d.schemas[index]!;
  const base: PropertyKey[] = ['resources', index, 'schema'];
  const add = (field: PropertyKey[], message: string, rule = 'dictionary-mismatch') =>
    out.push(finding(d, field, message, rule));
  const declared = schema.fields.map((f) => f.name);
  const inFile = new Set(header);
  const unnamed = header.map((name, col) => (name.trim() === '' ? col + 1 : 0)).filter(Boolean);
  if (unnamed.length) {
    // A column without a name cannot be described; the file itself should be fixed at the source.
    add(
      [...base, 'fields'],
      `${r.path} has ${unnamed.length} column${unnamed.length === 1 ? '' : 's'} with no name in the header (column ${unnamed.join(', ')}); the dictionary cannot describe them`,
      'unnamed-column',
    );
  }
  const loose = (x: string) => x.trim().toLowerCase();
  header.forEach((name, col) => {
    // A field that differs only in spaces or capitals is reported once, on the field (below).
    if (name.trim() !== '' && !declared.includes(name) && !declared.some((f) => loose(f) === loose(name)))
      add(
        [...base, 'fields'],
        `column "${name}" (column ${col + 1} of ${r.path}) is not in the data dictionary; add a field named exactly "${name}"`,
      );
  });
  schema.fields.forEach((f, j) => {
    if (!inFile.has(f.name)) {
      const near = header.find((h) => h.trim().toLowerCase() === f.name.trim().toLowerCase());
      add(
        [...base, 'fields', j, 'name'],
        `"${f.name}" is not a column of ${r.path}${near !== undefined ? `; the file has "${near}" (check spaces and capitals)` : `; its columns are: ${header.join(', ')}`}`,
      );
      return;
    }
    const col = header.indexOf(f.name);
    const missing = new Set(schema.missingValues ?? ['']);
    let reported = 0;
    const seen = new Map<string, number>();
    for (let row = 0; row < rows.length && reported < MAX_VALUE_PROBLEMS; row++) {
      const value = rows[row]![col] ?? '';
      const line = `row ${row + 2} of ${r.path}`;
      if (missing.has(value)) {
        if (f.constraints?.required) {
          add(
            [...base, 'fields', j, 'constraints', 'required'],
            `${line} has no value, but the column is marked required; fill it in or remove "required: true"`,
          );
          reported++;
        }
        continue;
      }
      const problem = typeError(value, f) ?? constraintError(value, f);
      if (problem) {
        add(
          [...base, 'fields', j, typeError(value, f) ? 'type' : 'constraints'],
          `${line}: "${value}" ${problem}; fix the value or the dictionary`,
        );
        reported++;
      }
      if (f.constraints?.unique) {
        const first = seen.get(value);
        if (first !== undefined) {
          add(
            [...base, 'fields', j, 'constraints', 'unique'],
            `${line}: "${value}" repeats row ${first}, but the column is marked unique`,
          );
          reported++;
        } else seen.set(value, row + 2);
      }
    }
  });
  return out;
}

/** The real file system and clock. */
export function nodeValidateEffects(cwd = process.cwd()): ValidateEffects {
  return {
    fs: nodeContentFs,
    cwd,
    now: () => new Date(),
    readHead: (file, maxBytes) => {
      // Read only the head: a dictionary check needs a sample, not the whole file.
      const fd = nodeFsSync.openSync(file, 'r');
      try {
        const buf = Buffer.alloc(Math.min(maxBytes, nodeFsSync.fstatSync(fd).size));
        nodeFsSync.readSync(fd, buf, 0, buf.length, 0);
        return buf;
      } finally {
        nodeFsSync.closeSync(fd);
      }
    },
  };
}
