// The rules of the code's layout that keep it changeable in one place: small files in src/lib, and no
// module of src/ that imports itself back through others (a circle makes every change ripple).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

/** The relative .ts imports (and re-exports) of each file under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources('src')) {
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+\.ts)'/gm)].map((m) => m[1]!);
    graph.set(
      file,
      specifiers.map((s) => path.join(path.dirname(file), s)),
    );
  }
  return graph;
}

/** Every circle of imports, as `a -> b -> a`. */
function circles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (file: string, trail: string[]) => {
    state.set(file, 'open');
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') found.push([...trail.slice(trail.indexOf(dep)), file, dep].join(' -> '));
      else if (!state.has(dep)) visit(dep, [...trail, file]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return found;
}

describe('the code under src/', () => {
  it('keeps every file of src/lib under 250 lines', () => {
    const long = sources('src/lib')
      .map((f) => [f, fs.readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it('has no circle of imports', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(graph)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts']);
  });
});
