// The test module that VS Code's extension host loads (extensionTestsPath), for both runners:
// test/runner/run.mjs (code-server + Chromium) and test/runner/desktop.mjs (@vscode/test-electron).
// It runs every out/test/integration/suite/**/*.test.js with mocha (bdd: describe/it).
//
// Environment (set by the runner on the server process; the extension host inherits it):
//   WSW_TEST_RESULT  a file path: one JSON line per finished test goes to `<path>.events` as the
//                    run goes, and the final summary to `<path>` when it ends (written to a
//                    temporary name, then renamed, so a reader never sees half a file)
//   WSW_TEST_GREP    run only the tests whose full title matches this regular expression
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha/lib/mocha.cjs';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export interface RunSummary {
  passed: number;
  failed: number;
  tests: TestOutcome[];
  error?: string;
}

function suiteFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...suiteFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function writeAtomically(file: string, text: string): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}

export async function run(): Promise<void> {
  const resultFile = process.env.WSW_TEST_RESULT;
  const events = resultFile ? `${resultFile}.events` : undefined;
  const record = (outcome: TestOutcome): void => {
    summary.tests.push(outcome);
    if (outcome.state === 'passed') summary.passed++;
    else summary.failed++;
    if (events) fs.appendFileSync(events, JSON.stringify(outcome) + '\n');
  };
  const summary: RunSummary = { passed: 0, failed: 0, tests: [] };
  if (events) fs.appendFileSync(events, JSON.stringify({ started: true }) + '\n');

  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
    const grep = process.env.WSW_TEST_GREP;
    if (grep) mocha.grep(new RegExp(grep));
    for (const file of suiteFiles(path.resolve(__dirname, 'suite'))) mocha.addFile(file);
    await mocha.loadFilesAsync();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, error) =>
        record({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describeError(error) }),
      );
    });
  } catch (error) {
    summary.error = describeError(error);
    summary.failed++;
  }

  if (resultFile) writeAtomically(resultFile, JSON.stringify(summary, null, 2));
  if (summary.failed > 0) throw new Error(`${summary.failed} integration test(s) failed`);
  if (summary.passed === 0) throw new Error('no integration test ran');
}
