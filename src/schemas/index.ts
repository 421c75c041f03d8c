// Every content schema, for the Astro content layer, the validator, importers and editor tooling.
export * from './field-meta.ts';
export * from './field-queries.ts';
export * from './common.ts';
export * from './translations.ts';
export * from './table-schema.ts';
export * from './resource.ts';
export * from './dataset.ts';
export * from './organization.ts';
export * from './theme.ts';
export * from './catalog.ts';
export * from './story.ts';
