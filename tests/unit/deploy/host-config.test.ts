// The hosting configuration shipped in the repository (public/_headers for Netlify and Cloudflare Pages,
// netlify.toml, deploy/aws/cloudformation.yaml) is well-formed, sets the same headers for every host, and agrees
// with the pages' own Content-Security-Policy (src/lib/csp.ts, given to Astro by astro.config.mjs).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from '../../../src/lib/csp.ts';
import { readCatalog } from '../../../src/lib/content/read-catalog.ts';

interface Rule {
  path: string;
  line: number;
  headers: Map<string, string>;
}

/** public/_headers as Netlify and Cloudflare read it: a path at the start of a line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`public/_headers:${i + 1}: a path must start with "/": ${line}`);
      rules.push({ path: line, line: i + 1, headers: new Map() });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule)
      throw new Error(`public/_headers:${i + 1}: expected an indented "Name: value" under a path: ${line}`);
    const name = m[1]!.toLowerCase();
    if (rule.headers.has(name)) throw new Error(`public/_headers:${i + 1}: ${m[1]} is set twice for ${rule.path}`);
    rule.headers.set(name, m[2]!);
  });
  return rules;
}

const patternOf = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
/** Headers every rule matching `url` adds, as the hosts combine them. */
function headersFor(rules: Rule[], url: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules.filter((r) => patternOf(r.path).test(url))) for (const [k, v] of r.headers) out.set(k, v);
  return out;
}

/** `a 'b'; c d` → Map { a → "'b'", c → "d" }. */
function directives(policy: string | readonly string[]): Map<string, string> {
  const list = typeof policy === 'string' ? policy.split(';') : policy;
  return new Map(
    list
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as const),
  );
}

const rules = parseHeadersFile(fs.readFileSync('public/_headers', 'utf8'));
const everything = rules.find((r) => r.path === '/*')!;
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('public/_headers (Netlify, Cloudflare Pages)', () => {
  it('is well-formed, and no two rules that can match one path set the same header (the hosts would join them)', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const a of rules)
      for (const b of rules) {
        if (a === b) continue;
        const overlap =
          patternOf(a.path).test(b.path.replace(/\*/g, 'x')) || patternOf(b.path).test(a.path.replace(/\*/g, 'x'));
        if (!overlap) continue;
        for (const name of a.headers.keys())
          expect(b.headers.has(name), `${a.path} and ${b.path} both set ${name}`).toBe(false);
      }
  });

  it('sends the security headers with every response', () => {
    for (const url of ['/', '/datasets/trees/', '/datasets/trees/trees.csv', '/admin/', '/_astro/x.css', '/404.html']) {
      const h = headersFor(rules, url);
      expect(h.get('x-content-type-options'), url).toBe('nosniff');
      expect(h.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin');
      expect(h.get('x-frame-options'), url).toBe('DENY');
      expect(h.get('permissions-policy'), url).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(h.get('strict-transport-security'), url).toMatch(/^max-age=\d{8,}$/);
      expect(h.get('content-security-policy'), url).toBeDefined();
    }
  });

  it("carries the pages' CSP directives that a header can hold for every path, with the same values, and frame-ancestors", () => {
    const header = directives(everything.headers.get('content-security-policy')!);
    const page = directives([...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_RESOURCES.join(' ')}`]);
    expect(header.get('frame-ancestors')).toBe("'none'");
    for (const [name, value] of header) if (page.has(name)) expect(value, name).toBe(page.get(name));
    expect([...header.keys()].filter((name) => page.has(name)).sort()).toEqual([
      'base-uri',
      'form-action',
      'object-src',
    ]);
    // A header's fetch directives would apply without the hashes of the pages' own scripts and styles.
    for (const name of ['default-src', 'script-src', 'style-src']) expect(header.has(name), name).toBe(false);
  });

  it('caches files named by their content for a year, and nothing else', () => {
    for (const url of [
      '/_astro/Base.Bx1y2z.css',
      '/pagefind/fragment/en_1a5cc9b.pf_fragment',
      '/pagefind/index/en_9eb4a71.pf_index',
      '/pagefind/filter/en_1.pf_filter',
      '/es/pagefind/fragment/es_1a5cc9b.pf_fragment',
      '/es/pagefind/index/es_9eb4a71.pf_index',
      '/es/pagefind/filter/es_1.pf_filter',
    ])
      expect(headersFor(rules, url).get('cache-control'), url).toBe(IMMUTABLE);
    for (const url of [
      '/',
      '/datasets/trees/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/es/pagefind/pagefind-entry.json',
      '/es/datasets/trees/',
      '/data.json',
    ])
      expect(headersFor(rules, url).has('cache-control'), url).toBe(false);
  });

  it("caches the search index of each of the catalog's other languages too (one bundle per language)", () => {
    const [, ...others] = readCatalog(path.resolve('content')).catalog!.languages;
    expect(others.length).toBeGreaterThan(0);
    for (const lang of others)
      for (const dir of ['fragment', 'index', 'filter'])
        expect(headersFor(rules, `/${lang}/pagefind/${dir}/${lang}_1.pf_${dir}`).get('cache-control'), lang).toBe(
          IMMUTABLE,
        );
  });

  it('lets any site read data files and the files for machines (CORS)', () => {
    for (const url of [
      '/datasets/trees/trees.csv',
      '/datasets/trees/trees.geojson',
      '/datasets/trees/datapackage.json',
      '/data.json',
      '/catalog.jsonld',
      '/catalog/page/2.jsonld',
      '/api/datasets.json',
      '/api/datasets/trees.json',
      '/feeds/datasets.xml',
    ])
      expect(headersFor(rules, url).get('access-control-allow-origin'), url).toBe('*');
    expect(headersFor(rules, '/').has('access-control-allow-origin')).toBe(false);
  });
});

describe('netlify.toml', () => {
  const toml = parseToml(fs.readFileSync('netlify.toml', 'utf8')) as {
    build: { command: string; publish: string; environment: Record<string, string> };
    headers?: unknown;
  };
  it('builds with npm run build on the Node the project pins, publishes dist/, and leaves headers to public/_headers', () => {
    expect(toml.build.command).toBe('npm run build');
    expect(toml.build.publish).toBe('dist');
    const pinned = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies['node']!;
    expect(pinned.replace(/^\D+/, '').split('.')[0]).toBe(toml.build.environment['NODE_VERSION']);
    expect(toml.headers).toBeUndefined();
  });
});

describe('deploy/aws/cloudformation.yaml (S3 behind CloudFront)', () => {
  interface Policy {
    Properties: {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Record<string, Record<string, string | number | boolean>>;
        CustomHeadersConfig: { Items: { Header: string; Value: string }[] };
        CorsConfig?: { AccessControlAllowOrigins: { Items: string[] }; AccessControlAllowCredentials: boolean };
      };
    };
  }
  const template = parseYaml(fs.readFileSync('deploy/aws/cloudformation.yaml', 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const resources = template.Resources;
  const policy = (name: string) => resources[name] as unknown as Policy;
  /** The headers a response headers policy adds, as a header file would write them. */
  function headersOf(name: string): Map<string, string> {
    const c = policy(name).Properties.ResponseHeadersPolicyConfig;
    const s = c.SecurityHeadersConfig;
    const out = new Map<string, string>([
      ['content-security-policy', String(s['ContentSecurityPolicy']!['ContentSecurityPolicy'])],
      ['x-content-type-options', 'nosniff'],
      ['referrer-policy', String(s['ReferrerPolicy']!['ReferrerPolicy'])],
      ['x-frame-options', String(s['FrameOptions']!['FrameOption'])],
      ['strict-transport-security', `max-age=${String(s['StrictTransportSecurity']!['AccessControlMaxAgeSec'])}`],
    ]);
    for (const h of c.CustomHeadersConfig.Items) out.set(h.Header.toLowerCase(), h.Value);
    if (c.CorsConfig) out.set('access-control-allow-origin', c.CorsConfig.AccessControlAllowOrigins.Items.join(', '));
    return out;
  }
  const distribution = resources['Distribution']!.Properties['DistributionConfig'] as {
    DefaultCacheBehavior: { ResponseHeadersPolicyId: { Ref: string } };
    CacheBehaviors: { PathPattern: string; ResponseHeadersPolicyId: { Ref: string } }[];
    CustomErrorResponses: { ErrorCode: number; ResponseCode: number; ResponsePagePath: string }[];
  };
  /** The policy CloudFront applies to `url`: the first behavior whose pattern matches, or the default. */
  const behaviorFor = (url: string) =>
    (distribution.CacheBehaviors.find((b) => patternOf(b.PathPattern).test(url)) ?? distribution.DefaultCacheBehavior)
      .ResponseHeadersPolicyId.Ref;

  it('sends for every URL the headers public/_headers sends, with Cache-Control only where CloudFront needs its own', () => {
    const urls = [
      '/',
      '/datasets/trees/',
      '/datasets/trees/trees.csv',
      '/data.json',
      '/catalog.jsonld',
      '/catalog/page/2.jsonld',
      '/api/datasets.json',
      '/feeds/datasets.xml',
      '/_astro/x.js',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/pagefind.js',
      '/es/pagefind/fragment/es_1.pf_fragment',
      '/es/pagefind/pagefind.js',
      '/admin/',
    ];
    for (const url of urls) {
      const fromHeadersFile = headersFor(rules, url);
      const fromCloudFront = headersOf(behaviorFor(url));
      // Netlify and Cloudflare have browsers revalidate by default; CloudFront would send no Cache-Control.
      if (!fromHeadersFile.has('cache-control'))
        expect(fromCloudFront.get('cache-control'), url).toBe('public, max-age=0, must-revalidate');
      fromCloudFront.delete('cache-control');
      fromHeadersFile.delete('cache-control');
      expect(Object.fromEntries(fromCloudFront), url).toEqual(Object.fromEntries(fromHeadersFile));
    }
    expect(headersOf(behaviorFor('/_astro/x.js')).get('cache-control')).toBe(IMMUTABLE);
    expect(policy('DataHeaders').Properties.ResponseHeadersPolicyConfig.CorsConfig?.AccessControlAllowCredentials).toBe(
      false,
    );
  });

  it('answers a missing path with the 404 page and status 404 (S3 answers 403 when CloudFront may not list the bucket)', () => {
    expect(
      distribution.CustomErrorResponses.map((e) => [e.ErrorCode, e.ResponseCode, e.ResponsePagePath]).sort(),
    ).toEqual([
      [403, 404, '/404.html'],
      [404, 404, '/404.html'],
    ]);
    expect(fs.existsSync('src/pages/404.astro')).toBe(true);
  });

  it('serves directory URLs from index.html and redirects a URL without its slash', () => {
    const code = String((resources['DirectoryIndex']!.Properties as { FunctionCode: string }).FunctionCode);
    // Run as CloudFront runs it: the function's own code, in a context of its own.
    const handler = vm.runInNewContext(`${code}; handler`) as (e: unknown) => {
      uri?: string;
      statusCode?: number;
      headers?: { location: { value: string } };
    };
    expect(handler({ request: { uri: '/datasets/trees/' } }).uri).toBe('/datasets/trees/index.html');
    expect(handler({ request: { uri: '/datasets/trees/trees.csv' } }).uri).toBe('/datasets/trees/trees.csv');
    const redirect = handler({ request: { uri: '/datasets/trees' } });
    expect([redirect.statusCode, redirect.headers?.location.value]).toEqual([301, '/datasets/trees/']);
  });
});
