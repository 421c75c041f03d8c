// The model joins each dataset to its organization, themes and stories, and each of those back to its datasets.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../src/lib/content/read-catalog.ts';

const content = readCatalog(path.resolve('content'));

describe('readCatalog() joins the model', () => {
  it('gives every dataset its organization, and every organization exactly its datasets, newest first', () => {
    for (const d of content.datasets) {
      expect(d.organization.id).toBe(d.data.organization);
      expect(d.organization.datasets).toContain(d);
    }
    for (const o of content.organizations) {
      expect(o.datasets.map((d) => d.id).sort()).toEqual(content.datasets.filter((d) => d.data.organization === o.id).map((d) => d.id).sort());
      expect(o.datasets.map((d) => d.data.modified)).toEqual(o.datasets.map((d) => d.data.modified).sort().reverse());
    }
    expect(content.organizations.reduce((n, o) => n + o.datasets.length, 0)).toBe(content.datasets.length);
  });

  it('gives datasets their themes in the order they list them, and themes their datasets', () => {
    for (const d of content.datasets) {
      expect(d.themes.map((t) => t.id)).toEqual(d.data.themes);
      for (const t of d.themes) expect(t.datasets).toContain(d);
    }
  });

  it('links stories and the datasets they use both ways', () => {
    expect(content.stories.length).toBeGreaterThan(0);
    for (const s of content.stories) {
      expect(s.datasets.map((d) => d.id)).toEqual(s.data.datasets);
      for (const d of s.datasets) expect(d.stories).toContain(s);
    }
    const used = content.datasets.filter((d) => d.stories.length);
    for (const d of used) for (const s of d.stories) expect(s.data.datasets).toContain(d.id);
  });

  it('orders datasets newest first and stories by publication date, newest first', () => {
    const modified = content.datasets.map((d) => d.data.modified);
    expect(modified).toEqual([...modified].sort().reverse());
    const published = content.stories.map((s) => s.data.published);
    expect(published).toEqual([...published].sort().reverse());
  });
});
