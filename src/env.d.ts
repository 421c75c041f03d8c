/// <reference types="astro/client" />

// For `tsc` outside Astro's language tools: .astro files imported from .ts modules are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
