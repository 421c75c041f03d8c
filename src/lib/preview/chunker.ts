// Splits streamed CSV text into whole records: each call returns the text up to the last line break that is
// not inside quotes, and keeps the rest for the next chunk. Lets a worker parse a file while it downloads.

export class RecordChunker {
  #pending = '';
  #inQuotes = false;
  /** Quote state at the end of #pending, so a rescan starts where the last one stopped. */
  #scanned = 0;

  /** Adds text; returns the complete records available so far ('' when none). */
  push(text: string): string {
    this.#pending += text;
    let lastBreak = -1;
    let inQuotes = this.#inQuotes;
    let breakQuoteState = this.#inQuotes;
    // Most files quote nothing: outside quotes with no quote ahead, the last line break is found natively.
    const quoteFree = !inQuotes && this.#pending.indexOf('"', this.#scanned) < 0;
    if (quoteFree) {
      lastBreak = Math.max(this.#pending.lastIndexOf('\n'), this.#pending.lastIndexOf('\r'));
      if (lastBreak < this.#scanned) lastBreak = -1;
    }
    for (let i = quoteFree ? this.#pending.length : this.#scanned; i < this.#pending.length; i++) {
      const c = this.#pending.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (!inQuotes && (c === 10 || c === 13)) {
        lastBreak = i;
        breakQuoteState = inQuotes;
      }
    }
    if (lastBreak < 0) {
      this.#scanned = this.#pending.length;
      this.#inQuotes = inQuotes;
      return '';
    }
    // Keep a CR LF pair together.
    let cut = lastBreak + 1;
    if (this.#pending.charCodeAt(lastBreak) === 13 && cut === this.#pending.length) {
      // A CR at the very end may be the first half of CR LF: wait for the next chunk.
      cut = lastBreak;
      if (cut === 0) return '';
    }
    const out = this.#pending.slice(0, cut);
    this.#pending = this.#pending.slice(cut);
    this.#inQuotes = breakQuoteState;
    // Re-scan the kept remainder from its start next time, from the quote state at the cut.
    this.#scanned = 0;
    return out;
  }

  /** The text left when the stream ends. */
  flush(): string {
    const rest = this.#pending;
    this.#pending = '';
    return rest;
  }
}
