// `who-said-what bench`: runs the benchmarks of src/bench. `bench-case <kind> <length>` times one
// hostile input in its own process (the benchmark runs it as a child, with a time limit).
import { runBenchmarks, projectRoot } from '../bench/index';
import { runCase } from '../bench/engine';
import { PATHOLOGICAL_KINDS, type PathologicalKind } from '../bench/pathological';
import { dirname } from 'node:path';

export function runBench(args: string[]): Promise<number> {
  return runBenchmarks(args, process.argv[1] ?? __filename);
}

export function runBenchCase(args: string[]): number {
  const [kind, lengthArg] = args;
  const length = Number(lengthArg);
  if (!PATHOLOGICAL_KINDS.includes(kind as PathologicalKind) || !Number.isInteger(length) || length <= 0) {
    process.stderr.write(`usage: who-said-what bench-case <${PATHOLOGICAL_KINDS.join('|')}> <length>\n`);
    return 2;
  }
  const result = runCase(kind as PathologicalKind, length, projectRoot(dirname(process.argv[1] ?? __filename)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
