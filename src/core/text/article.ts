import type { SourceInput, Source, SourceFormat } from '../model';

/** Reads an article: its title, format and the text that all offsets index. */
export function readArticle(input: SourceInput): Source {
  const format: SourceFormat = input.format ?? 'text';
  const text = input.text;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return { id: input.id ?? input.path, path: input.path, title: firstLine.trim(), format, text, chrome: [] };
}
