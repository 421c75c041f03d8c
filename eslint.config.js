// ESLint (npm run lint): typescript-eslint's type-checked rules for the TypeScript, eslint-plugin-astro for .astro files.
// Formatting is Prettier's job (npm run format:check), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'tests/fixtures/', 'public/admin/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Functions are passed around as closures typed with method shorthand (`{ snapshot(): … }`, Astro's LoadContext);
      // none uses `this` (the only classes are custom elements), so every report would be a false alarm.
      '@typescript-eslint/unbound-method': 'off',
      // `async` is how a function promises a Promise (a throw becomes a rejection), e.g. import kinds and getStaticPaths.
      '@typescript-eslint/require-await': 'off',
      // `String(value)` on foreign input (imported JSON, CSV cells) is deliberate; template literals are still checked.
      '@typescript-eslint/no-base-to-string': 'off',
      // Async event listeners and timer callbacks handle their own errors; promises in conditions etc. are still checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // `const { path: _drop, ...rest } = r` leaves one key out; tsc's noUnusedLocals accepts it too.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests assert on JSON the build and the CLIs wrote; typing every JSON.parse would restate the schemas.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // JavaScript files (config files) are not type-checked (no checkJs): type-aware rules would only see `any` there.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  astro.configs['flat/recommended'],
  // In .astro files typescript-eslint sees the markup without Astro's JSX types (every element is an error type), so its
  // type-checked rules would report noise there; `astro check` type-checks them instead.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Code that runs in the browser: custom elements, workers, the `<script>` of .astro components.
  { files: ['src/scripts/**', 'src/client/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/scripts/**/*.worker.ts', 'src/client/**/*.worker.ts'], languageOptions: { globals: globals.worker } },
  // Code that runs in Node: CLIs, tests, config files, and the build-time code (integrations, loaders).
  {
    files: ['scripts/**', 'tests/**', '*.{js,mjs,ts}', 'src/integrations/**'],
    languageOptions: { globals: globals.node },
  },
);
