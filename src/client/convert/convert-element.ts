// <cdc-convert>: the button that downloads a local file in another format (a CSV as JSON, GeoJSON as CSV), made in
// the reader's browser when asked rather than stored beside every file on the site. Without JavaScript the button
// stays hidden and the original file is the download.
import { fill } from '../../lib/fill.ts';
import { saveFile } from '../dom.ts';
import type { FromConvert, ToConvert } from './convert.worker.ts';

/** The labels the page gives, in its language: `{percent}`, `{file}` and `{message}` are filled in. */
interface Labels {
  working: string;
  done: string;
  error: string;
}

const MEDIA_TYPES = { json: 'application/json', csv: 'text/csv' } as const;

class CdcConvert extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-convert-status]');
    const { src, name, to, encoding, delimiter } = this.dataset;
    if (!button || !status || !src || !name || (to !== 'json' && to !== 'csv')) return;
    const labels = JSON.parse(this.dataset['labels'] ?? '{}') as Labels;
    const say = (text: string) => (status.textContent = text);
    const percent = new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' });
    button.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      say(fill(labels.working, { percent: '' }));
      const worker = new Worker(new URL('./convert.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data: m }: MessageEvent<FromConvert>) => {
        if (m.type === 'progress') {
          say(fill(labels.working, { percent: m.total ? percent.format(m.loaded / m.total) : '' }));
          return;
        }
        worker.terminate();
        button.disabled = false;
        if (m.type === 'error') {
          say(fill(labels.error, { message: m.message }));
          return;
        }
        saveFile(new Blob([m.bytes as Uint8Array<ArrayBuffer>], { type: MEDIA_TYPES[to] }), name);
        say(fill(labels.done, { file: name }));
      };
      worker.postMessage({ href: new URL(src, location.href).href, to, encoding, delimiter } satisfies ToConvert);
    });
  }
}

customElements.define('cdc-convert', CdcConvert);
