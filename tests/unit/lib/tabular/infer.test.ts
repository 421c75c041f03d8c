import { describe, expect, it } from 'vitest';
import { inferType } from '../../../../src/lib/tabular/infer.ts';

describe('inferType()', () => {
  it.each([
    [['1', '22', '-3'], 'integer'],
    [['1.5', '2', ''], 'number'],
    [['0', '1', '1'], 'integer'],
    [['true', 'false'], 'boolean'],
    [['2018-04-01', '2019-12-31'], 'date'],
    [['2018-04-01T10:00:00Z'], 'datetime'],
    [['02134', '98117'], 'string'],
    [['4/30/2018 23:59'], 'string'],
    [['', ''], 'string'],
  ] as const)('infers %j as %s', (values, expected) => {
    expect(inferType([...values])).toBe(expected);
  });
});
