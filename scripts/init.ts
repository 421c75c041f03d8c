// npm run init: turns a fresh clone into an empty portal for a city. Prompts for what is missing, or takes flags:
//   npm run init -- --city "Springfield, Illinois" --publisher "City of Springfield" \
//     --base-url https://data.springfield.gov/ --contact-email opendata@springfield.gov [--repository owner/name]
// The sample catalog in content/ moves to examples/portland/ (or is deleted with --no-example); a catalog of the
// city's own is never replaced without --force.
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { EXAMPLE_DIR, initPortal, withDefaults, type InitAnswers } from './lib/init-portal.ts';
import { cmsConfigFile } from './lib/generate-schemas.ts';

const USAGE = `Usage: npm run init [-- options]
  --city <name>                 the city, e.g. "Springfield, Illinois" (required)
  --publisher <name>            who publishes the data, e.g. "City of Springfield" (required)
  --base-url <url>              where the portal will be published, e.g. https://data.springfield.gov/ (required)
  --contact-email <email>       where people write with questions (required)
  --name <name>                 the portal's name (default: "<city> Open Data")
  --contact-name <name>         default "Open Data Team"
  --publisher-homepage <url>    the publisher's web site
  --license <SPDX id>           default licence of the datasets (default CC-BY-4.0)
  --repository <owner/name>     the GitHub repository, for the content manager at /admin/
  --no-example                  delete the sample instead of moving it to ${EXAMPLE_DIR}/
  --force                       replace a catalog that already has datasets or stories
  --yes, -y                     never prompt (missing required values are errors)`;

function parse() {
  return parseArgs({
    options: {
      city: { type: 'string' },
      publisher: { type: 'string' },
      'base-url': { type: 'string' },
      'contact-email': { type: 'string' },
      name: { type: 'string' },
      'contact-name': { type: 'string' },
      'publisher-homepage': { type: 'string' },
      license: { type: 'string' },
      repository: { type: 'string' },
      'no-example': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse().values;
  } catch (error) {
    // parseArgs names the unknown option or the missing value; the usage says what exists.
    console.error(`init: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const rl =
    process.stdin.isTTY && !values.yes ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (question: string, given: string | undefined, fallback?: string) => {
    if (given !== undefined || !rl) return given;
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || undefined;
  };
  let answers: InitAnswers;
  try {
    const city = await ask('City (e.g. Springfield, Illinois)', values.city);
    answers = {
      city,
      publisher: await ask('Publisher (e.g. City of Springfield)', values.publisher),
      name: await ask("Portal's name", values.name, withDefaults({ city }).name),
      baseUrl: await ask('Address it will be published at (e.g. https://data.springfield.gov/)', values['base-url']),
      contactName: await ask('Contact name', values['contact-name'], 'Open Data Team'),
      contactEmail: await ask('Contact email', values['contact-email']),
      publisherHomepage: await ask("Publisher's web site (optional)", values['publisher-homepage']),
      license: await ask('Default licence (SPDX id)', values.license, 'CC-BY-4.0'),
      repository: await ask('GitHub repository, owner/name (optional)', values.repository),
    };
  } finally {
    rl?.close();
  }

  const root = process.cwd();
  const result = initPortal(root, answers, { force: values.force, keepExample: !values['no-example'] }, { fs });
  if (!result.ok) {
    for (const e of result.errors) console.error(`✖ ${e}`);
    console.error('\nNothing was changed. npm run init -- --help lists every option.');
    return 1;
  }
  // The content manager proposes changes to the repository named in catalog.yaml.
  const cms = path.join(root, 'public/admin/config.yml');
  if (fs.existsSync(cms)) fs.writeFileSync(cms, cmsConfigFile(answers.repository?.trim()));

  const rel = (p: string) => path.relative(root, p);
  console.log(`✔ Wrote ${rel(result.catalogFile)} and ${rel(result.organizationFile)}: content/ is an empty catalog.`);
  if (result.sample === 'moved')
    console.log(
      `  The sample catalog moved to ${EXAMPLE_DIR}/ (see it with CDC_CONTENT_DIR=${EXAMPLE_DIR} npm start).`,
    );
  if (result.sample === 'deleted') console.log('  The sample catalog was deleted (it stays in git history).');
  if (result.replaced) console.log(`  ${result.replaced} datasets of the previous catalog were deleted (--force).`);
  if (answers.repository) console.log(`  The content manager at /admin/ proposes changes to ${answers.repository}.`);
  console.log(`
Next:
  1. Add datasets: import them from the portal you have now
       npm run import -- dcat-us https://…/data.json --fill-missing     (or ckan, datapackage, jkan: docs/importing.md)
     or one at a time: npm run new:dataset
  2. Check and look: npm run validate, then npm start (http://127.0.0.1:4321)
  3. Deploy: docs/deploy.md (GitHub Pages, Netlify, Cloudflare Pages, or a bucket behind a CDN).${
    result.basePath === '/'
      ? ' On GitHub Pages with your own domain, remove the CDC_BASE line of .github/workflows/deploy.yml.'
      : ` The site is served under ${result.basePath}: build with CDC_BASE=${result.basePath}.`
  }
  4. Commit: git add -A && git commit -m "Start the ${answers.name ?? withDefaults(answers).name} portal"`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`init: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
