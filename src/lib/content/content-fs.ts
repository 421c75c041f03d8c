// The file system as the content reader needs it: passed in, so tests read a catalog from memory.
import nodeFs from 'node:fs';

export interface ContentFs {
  readText(file: string): string;
  list(dir: string): { name: string; isDirectory: boolean }[];
  /** Size in bytes of a regular file; undefined when there is none. */
  size(file: string): number | undefined;
}

/** The reader's view of a Node-style file system (the real one, or one a CLI was given). */
export function contentFsOf(fs: Pick<typeof nodeFs, 'readFileSync' | 'existsSync' | 'readdirSync' | 'statSync'>): ContentFs {
  return {
    readText: (file) => fs.readFileSync(file, 'utf8'),
    list: (dir) =>
      fs.existsSync(dir)
        ? fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }))
        : [],
    size: (file) => {
      try {
        const st = fs.statSync(file);
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export const nodeContentFs: ContentFs = contentFsOf(nodeFs);
