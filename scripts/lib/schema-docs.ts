// Reads the JSDoc written above each field of the zod object schemas in src/schemas, so the generated JSON
// Schema and CMS configuration carry the same explanations (the schema is the documentation).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Field docs keyed by the sorted, comma-joined field names of each object schema: "email,name" → docs. */
export type FieldDocs = Map<string, Record<string, string>>;

export function readFieldDocs(dir: string): FieldDocs {
  const out: FieldDocs = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node) && ts.isCallExpression(node.parent) && /(strictObject|object)$/.test(node.parent.expression.getText(source))) {
        const docs: Record<string, string> = {};
        const names: string[] = [];
        for (const prop of node.properties) {
          if (!ts.isPropertyAssignment(prop)) continue;
          const name = prop.name.getText(source).replace(/^['"]|['"]$/g, '');
          names.push(name);
          const comment = ts.getJSDocCommentsAndTags(prop).map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? ''))).join(' ').trim();
          if (comment) docs[name] = comment.replace(/\s+/g, ' ');
        }
        out.set([...names].sort().join(','), docs);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Puts each field's JSDoc into a JSON Schema as `description`, matching objects by their set of field names. */
export function addDescriptions(schema: unknown, docs: FieldDocs): void {
  if (Array.isArray(schema)) {
    for (const s of schema) addDescriptions(s, docs);
    return;
  }
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  const props = node['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (props) {
    const found = docs.get(Object.keys(props).sort().join(','));
    if (found) for (const [k, v] of Object.entries(props)) if (found[k] && !v['description']) v['description'] = found[k];
  }
  for (const v of Object.values(node)) addDescriptions(v, docs);
}
