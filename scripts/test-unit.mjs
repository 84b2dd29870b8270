// The unit tests (mocha, plain Node) over the compiled out/test/unit, counting what ran so that
// `npm test` can close with one line for every test.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('out', 'test', 'unit');
// A generous per-test limit: a loaded machine is slow, and speed is the benchmarks' business.
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 10_000 });
for (const name of readdirSync(dir).sort()) if (name.endsWith('.test.js')) mocha.addFile(join(dir, name));

const runner = mocha.run();
runner.on('end', () => {
  const { passes, failures, tests } = runner.stats;
  if (process.env.WSW_SUMMARY_FILE) writeFileSync(process.env.WSW_SUMMARY_FILE, JSON.stringify({ passed: passes, failed: failures }));
  process.exitCode = failures > 0 || tests === 0 ? 1 : 0;
});
