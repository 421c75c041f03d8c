// Work that runs in another process (Pagefind's indexer) can die without a word: killed by the system when memory
// runs out, its pending promises never settle, the event loop empties and Node exits with code 0, as if the build
// had succeeded. While `work` runs, an emptied event loop means it was lost: say so and make the exit code 1.

export async function failIfLost<T>(work: () => Promise<T>, report: () => void): Promise<T> {
  const lost = () => {
    report();
    process.exitCode = 1;
  };
  process.once('beforeExit', lost);
  try {
    return await work();
  } finally {
    process.off('beforeExit', lost);
  }
}
