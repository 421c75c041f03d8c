// The file system as the content reader needs it: passed in, so tests read a catalog from memory.
import nodeFs from 'node:fs';

export interface ContentFs {
  readText(file: string): string;
  list(dir: string): { name: string; isDirectory: boolean }[];
  /** Size in bytes of a regular file; undefined when there is none. */
  size(file: string): number | undefined;
}

export const nodeContentFs: ContentFs = {
  readText: (file) => nodeFs.readFileSync(file, 'utf8'),
  list: (dir) =>
    nodeFs.existsSync(dir)
      ? nodeFs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }))
      : [],
  size: (file) => {
    try {
      const st = nodeFs.statSync(file);
      return st.isFile() ? st.size : undefined;
    } catch {
      return undefined;
    }
  },
};
