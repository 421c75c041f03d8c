// The properties of a GeoJSON FeatureCollection as a table: one column per property name (in order of first
// appearance), one row per feature; objects are written as JSON, missing values as empty cells.

export interface PropertyTable {
  header: string[];
  rows: string[][];
}

export function geojsonRows(text: string): PropertyTable {
  const doc = JSON.parse(text) as { features?: { properties?: Record<string, unknown> | null }[] };
  const features = Array.isArray(doc.features) ? doc.features : [];
  const header: string[] = [];
  const seen = new Set<string>();
  for (const f of features)
    for (const k of Object.keys(f.properties ?? {}))
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return { header, rows: features.map((f) => header.map((k) => cell(f.properties?.[k]))) };
}
