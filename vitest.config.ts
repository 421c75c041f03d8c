// Three kinds of tests: unit (src/lib, src/schemas, scripts), build (builds fixture content and checks dist/),
// e2e (Chromium through playwright-core). Build and e2e share one build of the sample catalog.
// Component tests render .astro files with Astro's container API, so they run through Astro's Vite plugins.
import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'tests/.tmp/results.json' }]],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Without astro.config.mjs: its integrations (content checks, Pagefind) belong to builds, not to rendering one component.
      getViteConfig(
        { test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
        { configFile: false, logLevel: 'error' },
      ),
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-sample.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
