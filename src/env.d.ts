/// <reference types="astro/client" />

// For `tsc` outside Astro's language tools: .astro files imported from .ts modules are components (the type the
// container API renders, so component tests type-check).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// The URLs of the SQL engine's WebAssembly parts, in order (src/integrations/duckdb-wasm.ts).
declare module 'virtual:cdc/duckdb-wasm' {
  const parts: string[];
  export default parts;
}
