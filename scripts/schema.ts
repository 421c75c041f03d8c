// npm run schema: writes the JSON Schemas and the CMS configuration generated from src/schemas.
import fs from 'node:fs';
import path from 'node:path';
import { generatedSchemaFiles, repositoryRoot } from './lib/generate-schemas.ts';

for (const [file, content] of Object.entries(generatedSchemaFiles())) {
  const target = path.join(repositoryRoot, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const changed = !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content;
  if (changed) fs.writeFileSync(target, content);
  console.log(`${changed ? 'wrote    ' : 'unchanged'} ${file}`);
}
