// The command line: `who-said-what extract|eval|bench`.
import { runExtract } from './extract';
import { runEval } from './eval';
import { runBench, runBenchCase } from './bench';

const USAGE = `usage: who-said-what <command> [arguments]

commands:
  extract <files or folders…> [--json] [--max-size MB]
      actors, statements and positions of the articles, as an outline or one JSON document
  eval <text-dir> <ann-dir>
  eval --gold <file.gold.json> <article>
      scores the engine against annotated attributions (brat standoff, or the sample's gold file)
  bench [--quick] [--only suite,…]
      speed and size figures; writes .bench/results.json

Run \`who-said-what <command> --help\` for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return runExtract(rest);
    case 'eval':
      return runEval(rest);
    case 'bench':
      return runBench(rest);
    case 'bench-case':
      return runBenchCase(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`who-said-what: unknown command ${command}\n\n${USAGE}`);
      return 2;
  }
}

// Output piped into a reader that stops early (`| head`): stop quietly rather than crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`who-said-what: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
