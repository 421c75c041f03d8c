// Numbers as charts show them to readers (descriptions, tooltips, data tables): to two decimals at most.

/** How a caller writes a number for readers: `formatNumber` at build time, the page's locale in the browser. */
export type FormatNumber = (n: number) => string;

export function roundForReaders(n: number): number {
  return Math.round(n * 100) / 100;
}
