// A git repository whose content/ is the fixture catalog, with three commits to one dataset after the first:
// a field change, its CSV replaced by one with more rows (the first commit has the first 5 of its 10 rows),
// and a title change. Its history is what the history build test checks; a shallow clone of it has none.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureContent } from './astro-build.ts';

export const HISTORY_DATASET = 'sf-street-trees';
export const FIRST_TITLE = 'San Francisco street trees (sample)';
export const NEW_TITLE = 'Street trees of San Francisco';
/** The commits after the first, oldest first. */
export const HISTORY_COMMITS = [
  { message: 'Street trees: modified date', date: '2024-03-01T09:00:00+01:00' },
  { message: 'Street trees: 5 more rows & <em>no</em> markup', date: '2024-04-02T10:30:00+02:00' },
  { message: 'Street trees: clearer title', date: '2024-05-03T12:00:00Z' },
] as const;

export function makeHistoryRepo(repo: string): void {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.mkdirSync(repo, { recursive: true });
  const content = path.join(repo, 'content');
  fs.cpSync(fixtureContent, content, { recursive: true });
  const dataset = path.join(content, 'datasets', HISTORY_DATASET);
  const csv = path.join(dataset, 'street-trees.csv');
  const fullCsv = fs.readFileSync(csv, 'utf8');
  fs.writeFileSync(csv, fullCsv.split('\n').slice(0, 6).join('\n') + '\n');
  const edit = (from: string, to: string) => {
    const file = path.join(dataset, 'index.md');
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    fs.writeFileSync(file, text.replace(from, to));
  };
  const commit = (message: string, date: string) => {
    git(repo, date, 'add', '-A');
    git(repo, date, 'commit', '-q', '-m', message);
  };
  git(repo, '2024-01-10T08:00:00Z', 'init', '-q');
  commit('Add the fixture catalog', '2024-01-10T08:00:00Z');
  const [modified, rows, title] = HISTORY_COMMITS;
  edit('modified: 2024-01-15', 'modified: 2024-03-01');
  commit(modified.message, modified.date);
  fs.writeFileSync(csv, fullCsv);
  commit(rows.message, rows.date);
  edit(`title: ${FIRST_TITLE}`, `title: ${NEW_TITLE}`);
  commit(title.message, title.date);
}

/** A clone of `repo` with only its last commit. */
export function shallowClone(repo: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, to]);
}

export function git(repo: string, date: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ana Pérez',
      GIT_AUTHOR_EMAIL: 'ana@example.org',
      GIT_COMMITTER_NAME: 'Ana Pérez',
      GIT_COMMITTER_EMAIL: 'ana@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}
