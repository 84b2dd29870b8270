// Bytes to text, refusing what is not a readable article: a binary file, invalid UTF-8 or a file
// over the size limit. Pure: TextDecoder with `fatal` behaves the same in Node and in browsers.

/** The default size limit: larger files are refused rather than read (they could freeze the editor). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes. Default 5 MB. */
  maxBytes?: number;
}

/** How much of the start of a file is sniffed for binary content. */
const SNIFF_BYTES = 8192;
/** Above this share of control bytes in the sniffed start, the file is taken as binary. */
const CONTROL_RATIO = 0.1;

/**
 * Decodes an article's bytes as UTF-8 (a byte order mark is stripped). Refuses, with a reason a
 * person can act on: a file over `maxBytes`, a binary file (NUL bytes or many control
 * characters), and bytes that are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large: ${formatBytes(bytes.length)}, over the limit of ${formatBytes(maxBytes)}` };
  }
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, reason: binary };
  const bom = hasUtf8Bom(bytes);
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const text = decoder.decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `not valid UTF-8${at >= 0 ? ` (byte ${at})` : ''}: save it as UTF-8 and try again` };
  }
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Why the bytes look binary, or undefined when they look like text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  // UTF-16 text has a BOM and many NUL bytes: name it so the reason is useful.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return 'UTF-16 text is not supported: save it as UTF-8 and try again';
  }
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) return 'a binary file (it contains NUL bytes), not a text article';
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (end > 0 && control / end > CONTROL_RATIO) return 'a binary file (many control characters), not a text article';
  return undefined;
}

/** The offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
