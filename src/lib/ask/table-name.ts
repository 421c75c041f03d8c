// The name a resource's file has in SQL and in links to a question: its file name without the extension,
// lowercased, anything but letters and digits as `_` (`boec-911-calls-april-2018.csv` → `boec_911_calls_april_2018`).

export function tableName(path: string): string {
  const file = path.split('/').pop() ?? path;
  const stem = file.replace(/\.[^.]*$/, '') || file;
  const name = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // SQL names cannot start with a digit.
  return /^[0-9]/.test(name) || !name ? `t_${name}` : name;
}
