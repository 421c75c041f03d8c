// The short hash of a field's value that an import records in source.fields, so a later import (or a check)
// can tell whether a person changed the field since.
import { createHash } from 'node:crypto';

export const fingerprint = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')
    .slice(0, 12);
