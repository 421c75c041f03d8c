import { describe, expect, it } from 'vitest';
import { checkProps, findUsages } from '../../../../src/lib/stories/usages.ts';

describe('findUsages() and checkProps()', () => {
  const body = `Intro.

<BigNumber dataset="calls" value="median" label="wait" />

<Chart dataset="calls" type="pie" x="hour"
  title="Calls" />
`;

  it('finds each data component with its attributes and line', () => {
    expect(findUsages(body)).toEqual([
      { component: 'BigNumber', props: { dataset: 'calls', value: 'median', label: 'wait' }, line: 3 },
      { component: 'Chart', props: { dataset: 'calls', type: 'pie', x: 'hour', title: 'Calls' }, line: 5 },
    ]);
  });

  it('says what is wrong with the attributes, so the build can stop before rendering', () => {
    const [big, chart] = findUsages(body);
    expect(checkProps(big!)).toEqual(['value="median" needs column="…", the column to compute it from']);
    expect(checkProps(chart!)).toEqual(['type="pie" must be one of: line, bar, dot, area, histogram']);
  });
});

describe('findUsages() of a <Query>', () => {
  it('reads a condition with ">" inside its quotes as part of the attribute', () => {
    const body = '<Query dataset="calls" where="answer_wait > 10; cell = 1" group="group_name" title="Waits" />\n';
    expect(findUsages(body)).toEqual([
      {
        component: 'Query',
        props: { dataset: 'calls', where: 'answer_wait > 10; cell = 1', group: 'group_name', title: 'Waits' },
        line: 1,
      },
    ]);
  });

  it('needs a title', () => {
    expect(checkProps(findUsages('<Query dataset="calls" />')[0]!)).toEqual(['needs title="…"']);
  });
});
