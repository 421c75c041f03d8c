import { describe, expect, it } from 'vitest';
import { joinChunks, toUtf8 } from '../../../../src/lib/sql/bytes.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('joinChunks()', () => {
  it('puts the chunks one after the other', () => {
    const enc = new TextEncoder();
    expect(text(joinChunks([enc.encode('a,b\n'), enc.encode('1,2\n')], 8))).toBe('a,b\n1,2\n');
  });
});

describe('toUtf8()', () => {
  it('drops the byte-order mark of a UTF-8 file', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]);
    expect([...toUtf8(bytes, 'utf-8-sig')]).toEqual([0x61, 0x0a]);
    expect([...toUtf8(bytes)]).toEqual([0x61, 0x0a]);
  });

  it('keeps a UTF-8 file without one as it is', () => {
    const bytes = new TextEncoder().encode('Español\n');
    expect(toUtf8(bytes, 'utf-8')).toBe(bytes);
  });

  it('re-encodes a Windows-1252 file, where é is the one byte 0xE9', () => {
    expect(text(toUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'windows-1252'))).toBe('Café');
  });
});
