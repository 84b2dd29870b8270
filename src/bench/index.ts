// The benchmarks behind `npm run bench` (`who-said-what bench`). Speed is measured here and
// reported as numbers, never asserted in tests.
//
// Adding a suite: write src/bench/<name>.ts exporting
//     export async function run(ctx: BenchContext): Promise<BenchRow[]>
// and add one line to SUITES below. A row is one figure: { name, value, unit }, with an optional
// goal ({ min } or { max }: the table marks it met or missed) and an optional note (how it was
// measured, what was left out). Use ctx.log() for progress, ctx.polnearTexts() for the PolNeAR
// texts, ctx.quick to shorten long runs. A suite that throws is reported and the others still run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import * as engine from './engine';
import * as hover from './hover';
import * as check from './check';
import * as indexing from './indexing';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target: at least `min`, or at most `max`. */
  goal?: { min?: number; max?: number };
  note?: string;
}

export interface BenchContext {
  /** The project's root folder (where package.json is). */
  root: string;
  /** `../shared/corpus` from the root, or undefined where it is absent. */
  corpusDir: string | undefined;
  /** The PolNeAR train and dev texts in name order (empty where the corpus is absent). */
  polnearTexts(): Article[];
  /** Shorter runs (`bench --quick`). */
  quick: boolean;
  log(message: string): void;
  /** The path of the running command line, for suites that time things in a child process. */
  cliPath: string;
}

export interface Article {
  path: string;
  text: string;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Every suite, in the order they run. One line per suite. */
export const SUITES: BenchSuite[] = [
  { name: 'engine', run: engine.run },
  { name: 'hover', run: hover.run },
  { name: 'check', run: check.run },
  { name: 'indexing', run: indexing.run },
];

/** The nearest folder upwards holding this project's package.json. */
export function projectRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'who-said-what') return dir;
      } catch {
        // not ours: keep looking
      }
    }
    if (dirname(dir) === dir) return process.cwd();
  }
}

function loadPolnear(corpusDir: string | undefined): Article[] {
  if (!corpusDir) return [];
  const articles: Article[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(corpusDir, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      articles.push({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return articles;
}

function met(row: BenchRow): string {
  if (!row.goal) return '';
  const ok = (row.goal.min === undefined || row.value >= row.goal.min) && (row.goal.max === undefined || row.value <= row.goal.max);
  const target = row.goal.min !== undefined ? `≥ ${row.goal.min}` : `≤ ${row.goal.max}`;
  return `${ok ? 'met' : 'MISSED'} (${target})`;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Prints rows as an aligned table. */
export function table(rows: (BenchRow & { suite: string })[]): string {
  const cells = rows.map((r) => [r.suite, r.name, formatValue(r.value), r.unit, met(r), r.note ?? '']);
  const head = ['suite', 'measure', 'value', 'unit', 'goal', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const widthsNoNote = widths.slice(0, 5);
  const line = (c: string[]): string => c.map((x, i) => (i < 5 ? (i === 2 ? x.padStart(widthsNoNote[i] as number) : x.padEnd(widthsNoNote[i] as number)) : x)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(Math.min(w, 40)))), ...cells.map(line)].join('\n');
}

export const BENCH_USAGE = `usage: who-said-what bench [--quick] [--only suite,…]
  Runs the benchmarks (${SUITES.map((s) => s.name).join(', ')}), prints a table and writes .bench/results.json.
`;

export async function runBenchmarks(args: string[], cliPath: string): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(BENCH_USAGE);
    return 0;
  }
  const quick = args.includes('--quick');
  const onlyAt = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const onlyArg = onlyAt >= 0 ? ((args[onlyAt] as string).includes('=') ? (args[onlyAt] as string).split('=')[1] : args[onlyAt + 1]) : undefined;
  const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
  const root = projectRoot(dirname(cliPath));
  const corpusCandidate = resolve(root, '..', 'shared', 'corpus');
  const corpusDir = existsSync(corpusCandidate) ? corpusCandidate : undefined;
  let texts: Article[] | undefined;
  const ctx: BenchContext = {
    root,
    corpusDir,
    quick,
    cliPath,
    polnearTexts: () => (texts ??= loadPolnear(corpusDir)),
    log: (m) => process.stderr.write(`${m}\n`),
  };
  const loadAtStart = loadavg()[0] ?? 0;
  const results: (BenchRow & { suite: string })[] = [];
  const failures: string[] = [];
  for (const suite of SUITES) {
    if (only && !only.has(suite.name)) continue;
    ctx.log(`bench: ${suite.name}…`);
    try {
      for (const row of await suite.run(ctx)) results.push({ suite: suite.name, ...row });
    } catch (error) {
      failures.push(`${suite.name}: ${(error as Error).stack ?? String(error)}`);
    }
  }
  process.stdout.write(`${table(results)}\n`);
  for (const f of failures) process.stderr.write(`bench suite failed: ${f}\n`);
  const cpu = cpus()[0];
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpu ? `${cpu.model} (${cpus().length} cores)` : 'unknown',
    quick,
    // Other work on the machine slows wall-clock figures: the one-minute load average, before and after.
    loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number((loadavg()[0] ?? 0).toFixed(2)) },
    rows: results,
    failures,
  };
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`bench: results written to ${join('.bench', 'results.json')}\n`);
  return failures.length ? 1 : 0;
}
