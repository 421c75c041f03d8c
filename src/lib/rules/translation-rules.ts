// The rules on translations written by staff: `translations:` of datasets, organizations and themes, and stories
// that translate other stories (`language`, `translationOf`). Listed with every other rule in rules.ts.
// (Written without the Rule type, which rules.ts declares: rules.ts imports this file, not the other way round.)

export const TRANSLATION = [
  {
    id: 'story-translation',
    severity: 'error' as const,
    // A broken link between a story and its translation would leave a page linking to nothing.
    adjustable: false,
    checks:
      'A translated story names an existing story (`translationOf`) in another language, translated once into each language.',
    fix: 'Fix the name or the language, or remove the second translation.',
  },
  {
    id: 'translation/unlisted-language',
    severity: 'warning' as const,
    adjustable: true,
    checks: "A translation is into one of the catalog's languages other than its default, so the site shows it.",
    fix: 'Add the language to `languages` in content/catalog.yaml, or remove the translation.',
  },
  {
    id: 'translation/unknown-column',
    severity: 'warning' as const,
    adjustable: true,
    checks: "A translated column is a column of one of the dataset's data dictionaries.",
    fix: 'Write the column name exactly as in the data dictionary.',
  },
];
