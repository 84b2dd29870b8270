// The command line: `who-said-what extract|eval|bench`.
function main(argv: string[]): number {
  const [command] = argv;
  process.stderr.write(`who-said-what: unknown command ${command ?? ''}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
