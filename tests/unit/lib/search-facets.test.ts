// Every search filter has its interface text: its name and the label of its find box.
import { describe, expect, it } from 'vitest';
import { FACETS } from '../../../src/lib/search-facets.ts';
import { t } from '../../../src/lib/i18n.ts';

describe('FACETS', () => {
  it.each(FACETS.map((f) => [f]))('%s has a name and a find-box label', (facet) => {
    expect(t(`search.facet.${facet}`)).not.toBe('');
    expect(t(`search.facet.find.${facet}`)).not.toBe('');
  });
});
