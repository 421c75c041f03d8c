// The SQL engine's WebAssembly (DuckDB, 34 MB), served by the site itself: the build publishes it in parts
// under the static hosts' 25 MiB file limit, named by their content's hash under /_astro/ (cached for a year,
// public/_headers); the dev server serves the package's file whole. Client code imports the parts' URLs from
// the virtual module `virtual:cdc/duckdb-wasm` and joins them in order.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { partRanges } from '../lib/sql/parts.ts';

const require = createRequire(import.meta.url);
const MODULE = 'virtual:cdc/duckdb-wasm';
const RESOLVED = `\0${MODULE}`;
const WASM = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';

function duckdbWasmPlugin(): Plugin {
  let serving = false;
  return {
    name: 'cdc-duckdb-wasm',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (serving) return `import url from '${WASM}?url';\nexport default [url];`;
      const bytes = fs.readFileSync(require.resolve(WASM));
      const refs = partRanges(bytes.length).map(([start, end], i) =>
        this.emitFile({ type: 'asset', name: `duckdb-eh-${i + 1}.wasm`, source: bytes.subarray(start, end) }),
      );
      return `export default [${refs.map((ref) => `import.meta.ROLLUP_FILE_URL_${ref}`).join(', ')}];`;
    },
  };
}

export function duckdbWasm(): AstroIntegration {
  return {
    name: 'cdc-duckdb-wasm',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [duckdbWasmPlugin()] } });
      },
    },
  };
}
