import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  inSearchOrder,
  isSearchedHtml,
  isSearchedRoute,
  searchedFiles,
  searchedPage,
  searchOrder,
} from '../../../../src/lib/build/search-pages.ts';

const languages = ['en', 'es'];

describe('searchedPage()', () => {
  it("places a dataset's or a story's page in its language's index, relative to that language's root", () => {
    expect(searchedPage('/datasets/street-trees/', languages)).toEqual({
      lang: 'en',
      file: 'datasets/street-trees/index.html',
    });
    expect(searchedPage('/es/datasets/street-trees/', languages)).toEqual({
      lang: 'es',
      file: 'datasets/street-trees/index.html',
    });
    expect(searchedPage('es/stories/trees', languages)).toEqual({ lang: 'es', file: 'stories/trees/index.html' });
  });

  it('leaves out every other page: lists, history pages, other folders, the default language under its code', () => {
    for (const pathname of ['/', '/datasets/', '/es/', '/datasets/a/history/', '/themes/parks/', '/en/datasets/a/'])
      expect(searchedPage(pathname, languages)).toBeUndefined();
  });
});

describe('isSearchedRoute() and isSearchedHtml()', () => {
  it("tells a dataset's and a story's route from the lists that share their folders", () => {
    expect(isSearchedRoute('/[...lang]/datasets/[slug]')).toBe(true);
    expect(isSearchedRoute('/[...lang]/stories/[slug]')).toBe(true);
    expect(isSearchedRoute('/[...lang]/datasets/[...page]')).toBe(false);
    expect(isSearchedRoute('/[...lang]/datasets/[slug]/history')).toBe(false);
  });

  it('knows a page for search by its data-pagefind-body', () => {
    expect(isSearchedHtml('<main data-pagefind-body><h1>Trees</h1></main>')).toBe(true);
    expect(isSearchedHtml('<main><h1>All datasets</h1></main>')).toBe(false);
  });
});

describe('search order', () => {
  it('sorts by folder, then by name, whatever characters follow a shared start', () => {
    expect(
      searchOrder([
        'stories/a/index.html',
        'datasets/a-b/index.html',
        'datasets/b/index.html',
        'datasets/a/index.html',
        'datasets/a0/index.html',
      ]),
    ).toEqual([
      'datasets/a/index.html',
      'datasets/a-b/index.html',
      'datasets/a0/index.html',
      'datasets/b/index.html',
      'stories/a/index.html',
    ]);
  });

  it("is the order the pages' routes render them in (inSearchOrder of their slugs)", () => {
    const slugs = ['b', 'a-b', 'a0', 'a', 'Z', '10', '9'];
    const files = slugs.map((s) => `datasets/${s}/index.html`);
    expect(inSearchOrder(slugs, (s) => s).map((s) => `datasets/${s}/index.html`)).toEqual(searchOrder(files));
  });
});

describe('searchedFiles()', () => {
  it("lists a language's dataset and story folders' pages in search order, and nothing else", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdc-search-pages-'));
    for (const file of [
      'datasets/a-b/index.html',
      'datasets/a/index.html',
      'datasets/2/index.html',
      'datasets/index.html',
      'datasets/a/history/index.html',
      'datasets/a/data.csv',
      'stories/s/index.html',
      'themes/parks/index.html',
      'es/datasets/a/index.html',
    ]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '<html></html>');
    }
    fs.mkdirSync(path.join(root, 'datasets/empty'));
    expect(searchedFiles(root)).toEqual([
      'datasets/2/index.html',
      'datasets/a/index.html',
      'datasets/a-b/index.html',
      'stories/s/index.html',
    ]);
    expect(searchedFiles(path.join(root, 'nowhere'))).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
