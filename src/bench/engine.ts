// The engine benchmark: throughput on the PolNeAR train and dev texts on one core, the same
// texts through compromise's own people/organizations/places/quotations as the reference peer,
// hostile inputs timed at growing sizes (each in its own process, with a time limit, so a slow
// one cannot hang the run), and the core bundle's size.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { extractSource } from '../core/extract';
import { Corpus } from '../core/corpus';
import { readArticle, setHtmlParser } from '../core/text/article';
import { parseHTML } from 'linkedom';
import { HTML_KINDS, PATHOLOGICAL_KINDS, pathological, type PathologicalKind } from './pathological';
import type { Article, BenchContext, BenchRow } from './index';

const MB = 1024 * 1024;

function utf8Bytes(articles: Article[]): number {
  let n = 0;
  for (const a of articles) n += Buffer.byteLength(a.text, 'utf8');
  return n;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Wall-clock and CPU time since it started, in seconds. The machine is often shared: CPU time is
 * the work done on one core, wall time what a user waited; both are reported.
 */
function timer(): () => { wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
  };
}

function loadNote(): string {
  const [one] = loadavg();
  return `load average ${(one ?? 0).toFixed(1)} on ${cpus().length} cores`;
}

type Nlp = typeof import('compromise').default;

/** Runs compromise's own entity and quotation finders, reading out each result as a real caller would. */
function peerRead(nlp: Nlp, text: string): number {
  const doc = nlp(text);
  return (
    doc.people().out('array').length +
    doc.organizations().out('array').length +
    doc.places().out('array').length +
    doc.quotations().out('array').length
  );
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const articles = ctx.polnearTexts();
  if (articles.length === 0) {
    ctx.log('engine: ../shared/corpus/polnear is absent: throughput on PolNeAR is not measured');
    rows.push({ name: 'PolNeAR texts', value: 0, unit: 'articles', note: 'corpus absent (../shared/corpus/polnear): throughput not measured' });
  } else {
    rows.push(...(await throughput(ctx, articles)));
  }
  rows.push(...hostile(ctx, articles));
  rows.push(...bundleSize(ctx));
  return rows;
}

async function throughput(ctx: BenchContext, articles: Article[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const bytes = utf8Bytes(articles);
  const mb = bytes / MB;
  // Warm up the engine's lexicons and the JIT on a few articles, not timed.
  for (const a of articles.slice(0, 20)) extractSource({ path: a.path, text: a.text });
  ctx.log(`engine: ${articles.length} articles, ${mb.toFixed(2)} MB`);
  let statements = 0;
  let actors = 0;
  const load = loadNote();
  const pass = (): { wall: number; cpu: number } => {
    statements = 0;
    actors = 0;
    const elapsed = timer();
    for (const a of articles) {
      const x = extractSource({ path: a.path, text: a.text });
      statements += x.statements.length;
      actors += x.actors.length;
    }
    return elapsed();
  };
  // The first pass pays for the JIT compiling the engine as it meets new text: what a user sees
  // once per session. Later passes are the engine's steady speed: the best of two is reported.
  const cold = pass();
  const warm = [pass(), pass()].reduce((a, b) => (b.cpu < a.cpu ? b : a));
  const ours = mb / warm.cpu;
  rows.push(
    { name: 'PolNeAR train+dev', value: articles.length, unit: 'articles', note: `${mb.toFixed(2)} MB UTF-8; ${statements} statements, ${actors} actors found` },
    { name: 'engine time, first pass (CPU)', value: cold.cpu, unit: 's', note: `extractSource per article, one thread, JIT still compiling: ${(mb / cold.cpu).toFixed(2)} MB/s; wall ${cold.wall.toFixed(1)} s (${load})` },
    { name: 'engine time, steady (CPU)', value: warm.cpu, unit: 's', note: `best of two more passes; wall ${warm.wall.toFixed(1)} s` },
    { name: 'engine throughput', value: ours, unit: 'MB/s', goal: { min: 2 }, note: `steady, per CPU second; by wall clock ${(mb / warm.wall).toFixed(2)} MB/s; first pass ${(mb / cold.cpu).toFixed(2)} MB/s` },
    { name: 'engine throughput', value: articles.length / warm.cpu, unit: 'articles/s', note: `steady, per CPU second; by wall clock ${(articles.length / warm.wall).toFixed(1)}/s` },
    { name: 'peak memory (engine)', value: peakRssMb(), unit: 'MB RSS', note: 'process peak so far: texts loaded and every article extracted' },
  );

  // The input stage alone (decode-free: texts are in memory): format, title, metadata, chrome.
  const reading = timer();
  for (const a of articles) readArticle({ path: a.path, text: a.text });
  const readTime = reading();
  rows.push({ name: 'reading stage throughput', value: mb / readTime.cpu, unit: 'MB/s', note: `readArticle alone (title, date, publisher, page chrome), per CPU second; wall ${(mb / readTime.wall).toFixed(1)} MB/s` });

  // The same articles into one corpus (merging actors across sources), as the command line does.
  const building = timer();
  const corpus = new Corpus();
  for (const a of articles) corpus.upsert({ path: a.path, text: a.text });
  const merged = corpus.snapshot();
  const corpusTime = building();
  rows.push({ name: 'corpus of all articles (CPU)', value: corpusTime.cpu, unit: 's', note: `extract + merge: ${merged.actors.length} actors, ${merged.statements.length} statements; wall ${corpusTime.wall.toFixed(1)} s` });

  // The peer: compromise's own finders. It is slow; where the full run would take too long,
  // every k-th article (so every publisher is in the sample) is timed and the rate extrapolated.
  const budgetSeconds = ctx.quick ? 10 : 60;
  // Loaded only here: the command line should not pay for it on every start.
  const nlp = (await import('compromise')).default;
  for (const a of articles.slice(0, 5)) peerRead(nlp, a.text);
  let peerBytes = 0;
  let peerArticles = 0;
  const stride = ctx.quick ? 12 : 3;
  const peerTimer = timer();
  for (let i = 0; i < articles.length; i += stride) {
    const a = articles[i] as Article;
    peerRead(nlp, a.text);
    peerBytes += Buffer.byteLength(a.text, 'utf8');
    peerArticles++;
    if (peerTimer().cpu > budgetSeconds) break;
  }
  const pt = peerTimer();
  const peer = peerBytes / MB / pt.cpu;
  const partial = peerArticles < articles.length;
  const peerNote = partial
    ? `timed on 1 article in ${stride}, ${peerArticles} of ${articles.length} (${(peerBytes / MB).toFixed(2)} MB, ${pt.cpu.toFixed(1)} s CPU), full run extrapolated: ${(mb / peer).toFixed(0)} s`
    : `all ${articles.length} articles in ${pt.cpu.toFixed(1)} s CPU`;
  rows.push(
    { name: 'peer throughput (compromise)', value: peer, unit: 'MB/s', note: `people() organizations() places() quotations(), per CPU second; ${peerNote}; wall ${(peerBytes / MB / pt.wall).toFixed(3)} MB/s` },
    { name: 'peer throughput (compromise)', value: peerArticles / pt.cpu, unit: 'articles/s' },
    { name: 'engine / peer', value: ours / peer, unit: 'x', goal: { min: 10 }, note: 'CPU time against CPU time: the engine steady, the peer over a run long enough to be warm' },
    { name: 'peak memory (with peer)', value: peakRssMb(), unit: 'MB RSS' },
  );
  return rows;
}

/** The full sizes of the hostile inputs, in UTF-16 code units. */
const HOSTILE_SIZES: Record<PathologicalKind, number> = {
  'quote-marks': 1 * MB,
  'one-long-line': 1 * MB,
  'one-sentence': 1 * MB,
  'nested-quotes': 1 * MB,
  'big-article': 5 * MB,
  'deep-html': 1 * MB,
  'big-html': 5 * MB,
};

export interface CaseResult {
  kind: string;
  length: number;
  /** CPU time. */
  ms: number;
  wallMs: number;
  statements: number;
  actors: number;
  rssMb: number;
}

/** Times one hostile input in this process: the `bench-case` command, run as a child by the benchmark. */
export function runCase(kind: PathologicalKind, length: number, root: string): CaseResult {
  const html = HTML_KINDS.includes(kind);
  setHtmlParser(html ? parseHTML : undefined);
  const articles = kind === 'big-article' || kind === 'big-html' ? polnearSample(root) : [];
  const text = pathological(kind, length, articles);
  const extension = html ? 'html' : 'txt';
  // A small warm-up so the first call's setup is not counted.
  extractSource({ path: `warm-up.${extension}`, text: pathological(kind, Math.min(Math.floor(length / 4), 50_000), articles) });
  const elapsed = timer();
  const x = extractSource({ path: `${kind}.${extension}`, text });
  const t = elapsed();
  return { kind, length: text.length, ms: t.cpu * 1000, wallMs: t.wall * 1000, statements: x.statements.length, actors: x.actors.length, rssMb: peakRssMb() };
}

function polnearSample(root: string): string[] {
  const dir = join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'text');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, 200).map((n) => readFileSync(join(dir, n), 'utf8'));
}

function hostile(ctx: BenchContext, _articles: Article[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const limitSeconds = ctx.quick ? 20 : 60;
  for (const kind of PATHOLOGICAL_KINDS) {
    const full = ctx.quick ? HOSTILE_SIZES[kind] / 4 : HOSTILE_SIZES[kind];
    const times: { length: number; ms: number }[] = [];
    let failure: string | undefined;
    // Doubling sizes up to the full one: the times show how the work grows, even where the
    // full size is out of reach.
    for (const length of [full / 16, full / 8, full / 4, full / 2, full]) {
      const child = spawnSync(process.execPath, [ctx.cliPath, 'bench-case', kind, String(Math.round(length))], {
        encoding: 'utf8',
        timeout: limitSeconds * 1000,
        maxBuffer: 1024 * 1024,
      });
      if (child.error || child.status !== 0) {
        failure = child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
          ? `over ${limitSeconds} s at ${(length / MB).toFixed(2)} M chars: stopped`
          : `failed at ${(length / MB).toFixed(2)} M chars: ${(child.stderr || String(child.error)).trim().split('\n').slice(-1)[0]}`;
        break;
      }
      const result = JSON.parse(child.stdout) as CaseResult;
      times.push({ length: result.length, ms: result.ms });
      ctx.log(`engine: ${kind} ${(result.length / MB).toFixed(2)} M chars: ${result.ms.toFixed(0)} ms, ${result.statements} statements, peak ${result.rssMb.toFixed(0)} MB`);
    }
    const last = times[times.length - 1];
    const half = times[times.length - 2];
    if (!last) {
      rows.push({ name: `hostile: ${kind}`, value: NaN, unit: 'ms', note: failure ?? 'not measured' });
      continue;
    }
    // Linear work doubles when the input doubles: a ratio near 2 is linear, near 4 quadratic.
    const ratio = half ? last.ms / Math.max(half.ms, 0.001) : NaN;
    const series = times.map((t) => `${(t.length / MB).toFixed(3)}M: ${t.ms.toFixed(0)} ms`).join(', ');
    rows.push({
      name: `hostile: ${kind} ${(last.length / MB).toFixed(2)} M chars (CPU)`,
      value: last.ms,
      unit: 'ms',
      note: `${series}; last doubling x${ratio.toFixed(2)} (2 = linear, 4 = quadratic)${failure ? `; ${failure}` : ''}`,
    });
  }
  return rows;
}

function bundleSize(ctx: BenchContext): BenchRow[] {
  const sizes = join(ctx.root, 'dist', 'sizes.json');
  if (!existsSync(sizes)) return [{ name: 'core bundle', value: NaN, unit: 'KB', note: 'dist/sizes.json absent: run npm run build' }];
  const { coreMinifiedBytes } = JSON.parse(readFileSync(sizes, 'utf8')) as { coreMinifiedBytes: number };
  return [{ name: 'core bundle (minified)', value: coreMinifiedBytes / 1024, unit: 'KB', goal: { max: 400 }, note: 'dist/web/core.js' }];
}
