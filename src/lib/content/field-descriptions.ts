// Puts the field explanations that `npm run schema` copied from the JSDoc in src/schemas into
// schemas/*.schema.json back onto the zod schemas, as zod metadata. Astro's content intellisense turns the
// collection schemas into JSON Schemas for the editor; with this, hovering a front-matter key in VS Code
// shows the same explanation as the CMS hint and the committed JSON Schema.
import { z } from 'zod';

type Json = Record<string, unknown>;
type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch']);

/** Every (zod node, description) pair found by walking a zod schema beside its generated JSON Schema. */
function collect(schema: z.ZodType, json: unknown, out: Array<[z.ZodType, string]>): void {
  if (!json || typeof json !== 'object') return;
  let node = schema;
  for (let def = defOf(node); WRAPPERS.has(def.type); def = defOf(node)) node = def['innerType'] as z.ZodType;
  const def = defOf(node);
  const j = json as Json;
  if (def.type === 'object') {
    const props = (j['properties'] ?? {}) as Record<string, Json>;
    for (const [key, field] of Object.entries(def['shape'] as Record<string, z.ZodType>)) {
      const description = props[key]?.['description'];
      if (typeof description === 'string') out.push([field, description]);
      collect(field, props[key], out);
    }
  } else if (def.type === 'array') {
    collect(def['element'] as z.ZodType, j['items'], out);
  } else if (def.type === 'union') {
    const options = def['options'] as z.ZodType[];
    const branches = (j['anyOf'] ?? j['oneOf'] ?? []) as unknown[];
    options.forEach((option, i) => collect(option, branches[i], out));
  } else if (def.type === 'pipe') {
    collect(def['in'] as z.ZodType, json, out);
  }
}

/**
 * Registers each field's description in zod's global registry. A zod node shared by fields with different
 * explanations (one `DateSchema` used bare for two dates) gets none rather than a wrong one.
 */
export function describeFields(pairs: Array<{ schema: z.ZodType; json: unknown }>): void {
  const found: Array<[z.ZodType, string]> = [];
  for (const { schema, json } of pairs) collect(schema, json, found);
  const byNode = new Map<z.ZodType, Set<string>>();
  for (const [node, description] of found) byNode.set(node, (byNode.get(node) ?? new Set()).add(description));
  for (const [node, descriptions] of byNode) {
    if (descriptions.size !== 1 || z.globalRegistry.has(node)) continue;
    z.globalRegistry.add(node, { description: [...descriptions][0]! });
  }
}
