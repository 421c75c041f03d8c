// Samples the memory of a process tree (Linux /proc) for the benchmarks: the build's own process is not all of it
// (Pagefind's indexers and a parallel build's parts are processes of their own).
//   node scripts/lib/peak-memory.ts <pid> <file>
// watches the descendants of <pid> (not itself) every 200 ms and keeps in <file>, as JSON, the largest resident
// memory of one process and of all of them together, in bytes, until it is stopped or <pid> ends.
import fs from 'node:fs';
import { writeWhole } from '../../src/lib/write-whole.ts';

export interface PeakMemory {
  /** The largest resident memory one process reached. */
  largest: number;
  /** The largest resident memory of all the processes together. */
  total: number;
}

/** Parent of each process, from /proc/<pid>/stat (its fourth field). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (second field) is in parentheses and may hold spaces: read after its closing one.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** The resident memory of each descendant of `root`, leaving out `except`. */
export function treeMemory(root: number, except: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    if (pid !== except) out.push(residentBytes(pid));
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  const [pid, file] = [Number(process.argv[2]), process.argv[3]!];
  const peak: PeakMemory = { largest: 0, total: 0 };
  const sample = () => {
    if (!fs.existsSync(`/proc/${pid}`)) process.exit(0);
    const sizes = treeMemory(pid, process.pid);
    peak.largest = Math.max(peak.largest, ...sizes);
    peak.total = Math.max(
      peak.total,
      sizes.reduce((a, b) => a + b, 0),
    );
    // Whole or not at all: the bench reads it the moment it stops this process, which may be mid-write.
    writeWhole(file, JSON.stringify(peak));
  };
  sample();
  setInterval(sample, 200);
}
