// The GitHub issue forms the site's "Report a problem" and "Request a dataset" links open
// (.github/ISSUE_TEMPLATE): valid issue-form YAML, with the field ids the links fill in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ISSUE_FORMS } from '../../src/lib/feedback.ts';

const dir = path.resolve('.github/ISSUE_TEMPLATE');

/** The rules of GitHub's issue-form syntax that a mistake here would break (docs.github.com, "Syntax for issue forms"). */
function formProblems(form: Record<string, unknown>): string[] {
  const out: string[] = [];
  const allowed = ['name', 'description', 'title', 'labels', 'assignees', 'projects', 'type', 'body'];
  for (const key of Object.keys(form)) if (!allowed.includes(key)) out.push(`unknown top-level key "${key}"`);
  if (typeof form['name'] !== 'string' || !form['name']) out.push('name must be a non-empty string');
  if (typeof form['description'] !== 'string' || !form['description'])
    out.push('description must be a non-empty string');
  const body = form['body'];
  if (!Array.isArray(body) || body.length === 0) return [...out, 'body must be a non-empty list'];
  const ids = new Set<string>();
  const labels = new Set<string>();
  if (body.every((b: { type?: string }) => b.type === 'markdown')) out.push('body needs a field that is not markdown');
  body.forEach((b: { type?: string; id?: unknown; attributes?: Record<string, unknown>; validations?: unknown }, i) => {
    const at = `body[${i}]`;
    if (!['markdown', 'textarea', 'input', 'dropdown', 'checkboxes'].includes(b.type ?? ''))
      out.push(`${at}: type "${b.type}" is not one GitHub knows`);
    const a = b.attributes ?? {};
    if (b.id !== undefined) {
      if (typeof b.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(b.id))
        out.push(`${at}: id may only hold letters, digits, - and _`);
      else if (ids.has(b.id)) out.push(`${at}: id "${b.id}" is used twice`);
      else ids.add(b.id);
    }
    if (b.type === 'markdown') {
      if (typeof a['value'] !== 'string') out.push(`${at}: markdown needs attributes.value`);
      return;
    }
    if (typeof a['label'] !== 'string' || !a['label']) out.push(`${at}: needs attributes.label`);
    else if (labels.has(a['label'])) out.push(`${at}: label "${a['label']}" is used twice`);
    else labels.add(a['label']);
    if (b.type === 'dropdown' || b.type === 'checkboxes') {
      const options = a['options'];
      if (!Array.isArray(options) || options.length === 0) out.push(`${at}: needs options`);
    }
    const v = b.validations as { required?: unknown } | undefined;
    if (v !== undefined && typeof v.required !== 'boolean')
      out.push(`${at}: validations.required must be true or false`);
  });
  return out;
}

const forms = Object.values(ISSUE_FORMS).map((f) => ({
  ...f,
  form: parse(fs.readFileSync(path.join(dir, f.template), 'utf8')) as Record<string, unknown>,
}));

describe('the issue forms in .github/ISSUE_TEMPLATE', () => {
  it.each(forms.map((f) => [f.template, f.form] as const))('%s is valid issue-form YAML', (_, form) => {
    expect(formProblems(form)).toEqual([]);
  });

  it('has every field id the links fill in', () => {
    expect(forms.map((f) => f.template)).toEqual(['report-a-problem.yml', 'request-a-dataset.yml']);
    for (const f of forms) {
      const ids = (f.form['body'] as { id?: string }[]).map((b) => b.id);
      for (const id of f.fields) expect(ids, `${f.template} has a field with id "${id}"`).toContain(id);
    }
  });

  it('finds the mistakes GitHub would refuse', () => {
    const bad = {
      name: 'X',
      description: 'Y',
      about: 'old Markdown-template key',
      body: [
        { type: 'input', id: 'data set', attributes: { label: 'A' } },
        { type: 'textarea', id: 'b', attributes: { label: 'A' } },
        { type: 'dropdown', id: 'b', attributes: { label: 'C' }, validations: { required: 'yes' } },
        { type: 'select', attributes: { label: 'D' } },
      ],
    };
    expect(formProblems(bad)).toEqual([
      'unknown top-level key "about"',
      'body[0]: id may only hold letters, digits, - and _',
      'body[1]: label "A" is used twice',
      'body[2]: id "b" is used twice',
      'body[2]: needs options',
      'body[2]: validations.required must be true or false',
      'body[3]: type "select" is not one GitHub knows',
    ]);
  });
});
