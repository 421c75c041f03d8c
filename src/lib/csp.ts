// The Content-Security-Policy of the site, in one place: astro.config.mjs gives it to Astro, which writes it into
// every page as a meta tag with the hashes of its own scripts and styles; the hosts' header files (public/_headers,
// deploy/aws/cloudformation.yaml) repeat the directives a header can carry for every path, and add frame-ancestors.

/** The page policy, besides script-src and style-src (which Astro completes with hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval). */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
