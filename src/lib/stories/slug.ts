// A story's URL segment from its content id: `calls-in-april.mdx` or `calls-in-april/index.mdx` → `calls-in-april`.
export function storySlug(id: string): string {
  return id.replace(/\/index(\.mdx?)?$/, '').replace(/\.mdx?$/, '');
}
