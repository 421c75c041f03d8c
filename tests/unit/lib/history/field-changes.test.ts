import { describe, expect, it } from 'vitest';
import { fieldChanges, shortText, SHORT_VALUE } from '../../../../src/lib/history/field-changes.ts';

const md = (yaml: string, body = 'Body.\n') => `---\n${yaml}\n---\n${body}`;

describe('fieldChanges()', () => {
  it('gives old and new values of short fields that changed', () => {
    expect(
      fieldChanges(md('title: Trees\nmodified: 2024-01-15'), md('title: Street trees\nmodified: 2024-03-01')),
    ).toEqual([
      { field: 'title', change: 'changed', before: 'Trees', after: 'Street trees' },
      { field: 'modified', change: 'changed', before: '2024-01-15', after: '2024-03-01' },
    ]);
  });

  it('says a long value changed without quoting it', () => {
    const long = 'x'.repeat(SHORT_VALUE + 1);
    expect(fieldChanges(md('summary: short'), md(`summary: ${long}`))).toEqual([
      { field: 'summary', change: 'changed' },
    ]);
  });

  it('lists added fields (with their value when short) in file order, then removed ones', () => {
    expect(
      fieldChanges(md('title: T\nspatial: Portland'), md('issued: 2020-01-01\ntitle: T\nkeywords: [a, b]')),
    ).toEqual([
      { field: 'issued', change: 'added', after: '2020-01-01' },
      { field: 'keywords', change: 'added', after: 'a, b' },
      { field: 'spatial', change: 'removed', before: 'Portland' },
    ]);
  });

  it('names the nested field that changed in a resource or its Table Schema', () => {
    const before = md(
      'resources:\n  - title: Calls\n    schema:\n      fields:\n        - name: id\n          title: Id',
    );
    const after = md(
      'resources:\n  - title: Calls\n    schema:\n      fields:\n        - name: id\n          title: Call id',
    );
    expect(fieldChanges(before, after)).toEqual([
      { field: 'resources[0].schema.fields[0].title', change: 'changed', before: 'Id', after: 'Call id' },
    ]);
  });

  it('reports a list of resources that grew as the list, not item by item', () => {
    const before = md('resources:\n  - title: A');
    const after = md('resources:\n  - title: A\n  - title: B');
    expect(fieldChanges(before, after)).toEqual([{ field: 'resources', change: 'changed' }]);
  });

  it('reports the Markdown body as the description', () => {
    expect(fieldChanges(md('title: T', 'Old text.\n'), md('title: T', 'New text.\n'))).toEqual([
      { field: 'description', change: 'changed', before: 'Old text.', after: 'New text.' },
    ]);
  });

  it('finds no change when only the YAML layout or the order of keys differs', () => {
    expect(
      fieldChanges(
        md('title: T\ncontactPoint: { name: A, email: a@b.org }'),
        md("contactPoint:\n  email: a@b.org\n  name: A\ntitle: 'T'"),
      ),
    ).toEqual([]);
  });

  it('gives undefined when a version cannot be read', () => {
    expect(fieldChanges(md('title: [unclosed'), md('title: T'))).toBeUndefined();
    expect(fieldChanges('no front matter', md('title: T'))).toBeUndefined();
  });
});

describe('shortText()', () => {
  it.each([
    ['a string', 'Trees', 'Trees'],
    ['a number', 42, '42'],
    ['a boolean', true, 'true'],
    ['a list of words', ['a', 'b'], 'a, b'],
    ['text on two lines', 'a\nb', undefined],
    ['an object', { a: 1 }, undefined],
    ['a list of objects', [{ a: 1 }], undefined],
  ])('shows %s as one line, or not at all', (_case, value, expected) => {
    expect(shortText(value)).toBe(expected);
  });
});
