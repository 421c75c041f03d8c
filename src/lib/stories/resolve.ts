// Finds the file behind a story component's dataset="…" resource="…", with a message naming what is wrong.
import type { Dataset, Resource } from '../../schemas/index.ts';
import type { ResourceFile } from '../content/model.ts';

/** What resolving needs of a dataset: its id, its resources and their local files. */
export interface DatasetWithFiles {
  id: string;
  data: Pick<Dataset, 'resources'>;
  files: readonly (ResourceFile | undefined)[];
}

export interface ResolvedResource<D extends DatasetWithFiles = DatasetWithFiles> {
  dataset: D;
  resource: Resource;
  file: string;
}

export function resolveResource<D extends DatasetWithFiles>(
  datasets: readonly D[],
  slug: string | undefined,
  name: string | undefined,
): ResolvedResource<D> | string {
  if (!slug) return 'needs dataset="<slug>", the folder name of a catalog dataset';
  const dataset = datasets.find((d) => d.id === slug);
  if (!dataset) return `dataset="${slug}" is not a dataset in content/datasets/`;
  const local = dataset.data.resources.map((r, i) => ({ r, file: dataset.files[i] })).filter((x) => x.r.path && x.file);
  if (!name) {
    if (local.length === 1) return { dataset, resource: local[0]!.r, file: local[0]!.file!.absolutePath };
    const files = local.length ? `these files: ${local.map((x) => x.r.path).join(', ')}` : 'no local files';
    return `needs resource="<file>": dataset "${slug}" has ${files}`;
  }
  const hit = local.find((x) => x.r.path === name);
  if (!hit)
    return `resource="${name}" is not a file of dataset "${slug}"${local.length ? `; its files: ${local.map((x) => x.r.path).join(', ')}` : ''}`;
  return { dataset, resource: hit.r, file: hit.file!.absolutePath };
}
