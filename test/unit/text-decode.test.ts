import * as assert from 'node:assert/strict';
import { decodeText, firstInvalidUtf8, sniffBinary } from '../../src/core/text/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('text/decode', () => {
  it('decodes UTF-8 and keeps curly quotes, no-break spaces and CRLF as they are', () => {
    const text = 'Title\r\n\r\nShe said “yes”\u00a0today.\r\n';
    const decoded = decodeText(utf8(text));
    assert.deepEqual(decoded, { ok: true, text });
  });

  it('strips a UTF-8 byte order mark, so offsets start at the first letter', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('NATO said “no”.')]);
    const decoded = decodeText(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, 'NATO said “no”.');
    assert.equal(decoded.text.indexOf('NATO'), 0);
  });

  it('refuses invalid UTF-8 with a reason that names the byte', () => {
    const bytes = new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait')]); // Latin-1 "café"
    const decoded = decodeText(bytes);
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /not valid UTF-8 \(byte 3\)/);
  });

  it('finds the first byte that breaks UTF-8: overlong forms, surrogates, truncated sequences', () => {
    assert.equal(firstInvalidUtf8(utf8('plain “quoted” text')), -1);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf])), 1); // overlong "/"
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80])), 1); // a UTF-16 surrogate
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x80])), 2); // cut short at the end
  });

  it('refuses a binary file: NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const decoded = decodeText(png);
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /binary/);
  });

  it('refuses a binary file without NUL bytes but full of control characters', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 26)));
    assert.match(sniffBinary(bytes) ?? '', /control characters/);
    assert.equal(sniffBinary(utf8('Tabs\tand form feeds\f are text.\r\n')), undefined);
  });

  it('names UTF-16 files instead of calling them binary noise', () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /UTF-16/);
  });

  it('refuses a file over the size limit, with both sizes in the reason', () => {
    const decoded = decodeText(new Uint8Array(2048).fill(0x41), { maxBytes: 1024 });
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /too large: 2\.0 KB, over the limit of 1\.0 KB/);
    assert.ok(decodeText(new Uint8Array(1024).fill(0x41), { maxBytes: 1024 }).ok);
  });

  it('reads an empty file as an empty text', () => {
    assert.deepEqual(decodeText(new Uint8Array(0)), { ok: true, text: '' });
  });
});
