// `who-said-what extract <files or folders…> [--json] [--max-size MB]`: reads articles, runs the
// engine over them in one corpus and prints the result as JSON or as a readable outline.
// A file that cannot be read gets one line on stderr and the rest go on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { Corpus } from '../core/corpus';
import type { Actor, Extraction, Source, Statement } from '../core/model';
import { decodeText, DEFAULT_MAX_BYTES, formatBytes } from '../core/text/decode';
import { ARTICLE_EXTENSIONS, formatOfPath, setHtmlParser } from '../core/text/article';

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
  /** True when stderr is a terminal: progress then rewrites one line. */
  errIsTty: boolean;
}

const nodeOutput: Output = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  errIsTty: Boolean(process.stderr.isTTY),
};

/** Progress shows only from this many files on. */
const PROGRESS_FROM = 50;
const PROGRESS_EVERY = 50;

export const EXTRACT_USAGE = `usage: who-said-what extract <files or folders…> [--json] [--max-size MB]
  Reads articles (.txt, .md, .markdown, .html, .htm; folders are searched) and prints their
  actors, statements and positions: a readable outline, or with --json one JSON document
  { "version": 1, "sources", "actors", "statements", "positions" }.
  --max-size MB   skip files larger than this (default ${DEFAULT_MAX_BYTES / (1024 * 1024)} MB)
`;

interface ExtractArgs {
  paths: string[];
  json: boolean;
  maxBytes: number;
}

function parseArgs(args: string[], io: Output): ExtractArgs | undefined {
  const parsed: ExtractArgs = { paths: [], json: false, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') parsed.json = true;
    else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const mb = Number(value);
      if (!value || !Number.isFinite(mb) || mb <= 0) {
        io.err(`who-said-what: --max-size needs a size in MB, such as --max-size 5\n`);
        return undefined;
      }
      parsed.maxBytes = Math.floor(mb * 1024 * 1024);
    } else if (a === '--') {
      parsed.paths.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('--')) {
      io.err(`who-said-what: unknown option ${a}\n${EXTRACT_USAGE}`);
      return undefined;
    } else parsed.paths.push(a);
  }
  if (parsed.paths.length === 0) {
    io.err(EXTRACT_USAGE);
    return undefined;
  }
  return parsed;
}

/** A path as given joined with a name found under it, keeping the given spelling. */
function joinGiven(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? dir + name : `${dir}${sep}${name}`;
}

/** The article files under a folder, in name order; hidden folders and node_modules are skipped. */
export function articlesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 32) return;
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = joinGiven(d, name);
      let isDir: boolean;
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        if (!isDir && !st.isFile()) continue;
      } catch {
        continue;
      }
      if (isDir) walk(path, depth + 1);
      else if (formatOfPath(name)) found.push(path);
    }
  };
  walk(dir, 0);
  return found;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read it: permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read it: ${(error as Error).message ?? String(error)}`;
}

/** Reads, decodes and extracts every article; returns the corpus and how many could be read. */
export function extractPaths(paths: string[], maxBytes: number, io: Output): { corpus: Corpus; read: number; failed: number } {
  setHtmlParser(parseHTML);
  const corpus = new Corpus();
  const files: string[] = [];
  let failed = 0;
  for (const given of paths) {
    let st;
    try {
      st = statSync(given);
    } catch (error) {
      io.err(`who-said-what: ${given}: ${reasonOf(error)}\n`);
      failed++;
      continue;
    }
    if (st.isDirectory()) {
      const found = articlesUnder(given);
      if (found.length === 0) {
        io.err(`who-said-what: ${given}: no articles in this folder (${Object.keys(ARTICLE_EXTENSIONS).join(', ')})\n`);
        failed++;
      }
      files.push(...found);
    } else files.push(given);
  }
  const seen = new Set<string>();
  let read = 0;
  let done = 0;
  const progress = files.length >= PROGRESS_FROM;
  for (const path of files) {
    done++;
    if (seen.has(path)) continue;
    seen.add(path);
    const problem = extractOne(corpus, path, maxBytes);
    if (problem) {
      io.err(`${io.errIsTty && progress ? '\r\x1b[K' : ''}who-said-what: ${path}: ${problem}\n`);
      failed++;
    } else read++;
    if (progress && (io.errIsTty ? done % 10 === 0 || done === files.length : done % PROGRESS_EVERY === 0 || done === files.length)) {
      io.err(io.errIsTty ? `\r\x1b[Kextracting ${done}/${files.length}` : `extracting ${done}/${files.length}\n`);
    }
  }
  if (progress && io.errIsTty) io.err('\n');
  return { corpus, read, failed };
}

/** Reads one file into the corpus, or says why not. */
function extractOne(corpus: Corpus, path: string, maxBytes: number): string | undefined {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return 'is a folder';
    // Devices and pipes can stream forever (/dev/zero): only regular files are read.
    if (!st.isFile()) return 'not a regular file';
    // Refuse before reading: a huge file should cost nothing.
    if (st.size > maxBytes) return `too large: ${formatBytes(st.size)}, over the limit of ${formatBytes(maxBytes)} (see --max-size)`;
    bytes = readFileSync(path);
  } catch (error) {
    return reasonOf(error);
  }
  const decoded = decodeText(bytes, { maxBytes });
  if (!decoded.ok) return decoded.reason;
  try {
    corpus.upsert({ path, text: decoded.text, ...(formatOfPath(path) ? {} : { format: 'text' as const }) });
  } catch (error) {
    // The engine should never throw; if it does, one article must not stop the others.
    return `could not be read: ${(error as Error).message ?? String(error)}`;
  }
  return undefined;
}

export function runExtract(args: string[], io: Output = nodeOutput): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(EXTRACT_USAGE);
    return 0;
  }
  const parsed = parseArgs(args, io);
  if (!parsed) return 2;
  const { corpus, read } = extractPaths(parsed.paths, parsed.maxBytes, io);
  if (read === 0) {
    io.err('who-said-what: no article could be read\n');
    return 1;
  }
  const result = corpus.snapshot();
  if (parsed.json) io.out(`${JSON.stringify(toJson(result))}\n`);
  else io.out(outline(result));
  return 0;
}

/** The JSON document: the data model, in a fixed key order. */
export function toJson(x: Extraction): Extraction {
  return { version: 1, sources: x.sources, actors: x.actors, statements: x.statements, positions: x.positions };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function clip(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A readable outline: per actor, its name, kind and role, then its statements with cue and source. */
export function outline(x: Extraction): string {
  const sources = new Map<string, Source>(x.sources.map((s) => [s.id, s]));
  const byActor = new Map<string, Statement[]>();
  const unattributed: Statement[] = [];
  for (const s of x.statements) {
    if (!s.speaker) { unattributed.push(s); continue; }
    const list = byActor.get(s.speaker);
    if (list) list.push(s);
    else byActor.set(s.speaker, [s]);
  }
  const actors = [...x.actors].sort((a, b) => (byActor.get(b.id)?.length ?? 0) - (byActor.get(a.id)?.length ?? 0) || a.name.localeCompare(b.name));
  const lines: string[] = [];
  lines.push(`${x.sources.length} source${x.sources.length === 1 ? '' : 's'}, ${x.actors.length} actor${x.actors.length === 1 ? '' : 's'}, ${x.statements.length} statement${x.statements.length === 1 ? '' : 's'}, ${x.positions.length} position${x.positions.length === 1 ? '' : 's'}`);
  for (const s of x.sources) lines.push(`  ${s.path}: ${clip(s.title, 100)}${s.published ? ` (${s.published})` : ''}`);
  const statementLine = (s: Statement): string => {
    const source = sources.get(s.source);
    const where = source ? `${source.path}:${lineOf(source.text, s.content[0]?.start ?? 0)}` : s.source;
    return `    - “${clip(s.text)}” (${s.kind}${s.cue ? `, ${s.cue.text}` : ''}) ${where}`;
  };
  const header = (a: Actor): string => `${a.name} (${[a.kind, a.role].filter(Boolean).join(', ')})`;
  for (const a of actors) {
    lines.push('', header(a));
    const others = a.aliases.filter((alias) => alias !== a.name);
    if (others.length) lines.push(`  also: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ', …' : ''}`);
    for (const s of byActor.get(a.id) ?? []) lines.push(statementLine(s));
    for (const p of x.positions.filter((q) => q.actor === a.id)) lines.push(`  position: ${p.stance} ${p.topic}`);
  }
  if (unattributed.length) {
    lines.push('', 'No speaker found');
    for (const s of unattributed) lines.push(statementLine(s));
  }
  return `${lines.join('\n')}\n`;
}
