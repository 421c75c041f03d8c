// Checks collections (DCAT-US `isPartOf`): a dataset's parent must be another dataset of the catalog, valid
// itself, and no chain of parents may loop. Run after every dataset is checked, since a parent can come later.
import type { CheckedDataset } from './check-datasets.ts';
import type { ReadContext } from './read-files.ts';

/**
 * The datasets whose parent (if any) is in the result too; each one dropped gets a problem on its `isPartOf`.
 * `folders` are all dataset folders, valid or not, so that a parent with problems of its own is told apart from
 * a name that is no dataset at all.
 */
export function checkCollections(
  datasets: readonly CheckedDataset[],
  folders: ReadonlySet<string>,
  ctx: ReadContext,
): CheckedDataset[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const problem = (d: CheckedDataset, message: string) => {
    const line = d.src.lineOf(['isPartOf']);
    ctx.problems.push({ file: d.file, ...(line ? { line } : {}), field: 'isPartOf', message, severity: 'error', rule: 'unknown-reference' });
  };
  const dropped = new Set<string>();
  for (const d of datasets) {
    const parent = d.data.isPartOf;
    if (parent === undefined) continue;
    if (parent === d.id) {
      problem(d, 'names the dataset itself; give the slug of the parent dataset, or remove isPartOf');
      dropped.add(d.id);
    } else if (!byId.has(parent)) {
      problem(
        d,
        folders.has(parent)
          ? `"${parent}" has problems of its own (see above)`
          : `"${parent}" is not a dataset; give the folder name of the parent dataset in content/datasets/`,
      );
      dropped.add(d.id);
    } else {
      const loop = loopFrom(d, byId);
      if (loop) {
        problem(d, `${loop.map((id) => `"${id}"`).join(' → ')} goes round in a loop; a dataset cannot be part of its own part`);
        dropped.add(d.id);
      }
    }
  }
  // A dataset whose parent was dropped has lost its parent too, down every chain.
  for (let changed = dropped.size > 0; changed; ) {
    changed = false;
    for (const d of datasets) {
      const parent = d.data.isPartOf;
      if (parent !== undefined && !dropped.has(d.id) && dropped.has(parent)) {
        problem(d, `"${parent}" has problems of its own (see above)`);
        dropped.add(d.id);
        changed = true;
      }
    }
  }
  return dropped.size ? datasets.filter((d) => !dropped.has(d.id)) : [...datasets];
}

/** The chain of parents from `d` back to `d`, if following `isPartOf` comes back to it. */
function loopFrom(d: CheckedDataset, byId: ReadonlyMap<string, CheckedDataset>): string[] | undefined {
  const chain = [d.id];
  const seen = new Set(chain);
  for (let id = d.data.isPartOf; id !== undefined; id = byId.get(id)?.data.isPartOf) {
    chain.push(id);
    if (id === d.id) return chain;
    if (seen.has(id)) return undefined; // a loop further up, reported on the datasets in it
    seen.add(id);
  }
  return undefined;
}
