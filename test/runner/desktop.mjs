// `npm run test:desktop`: the same compiled integration suites (out/test/integration/index.js) in a
// desktop VS Code downloaded by @vscode/test-electron. It needs internet access (the download) and,
// on Linux without a display, `xvfb-run -a npm run test:desktop`. The UI checks run only in
// `npm run test:integration` (they drive the browser workbench).
//
//   node test/runner/desktop.mjs                       run the suites
//   node test/runner/desktop.mjs --prepare-workspace   only make .vscode-test/desktop-workspace
//                                                      (the "Extension Tests" launch configuration)
// Environment: WSW_TEST_GREP (as for test:integration), WSW_VSCODE_VERSION ('stable' by default;
// for example 1.95.0, the oldest version the manifest accepts).
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, cacheDir } from './provision.mjs';

const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'workspace');
const TEST_MODULE = join(PROJECT_ROOT, 'out', 'test', 'integration', 'index.js');

/** A fresh, writable copy of the fixture workspace in the cache folder. */
export function prepareWorkspace() {
  const target = join(cacheDir(), 'desktop-workspace');
  rmSync(target, { recursive: true, force: true });
  if (existsSync(FIXTURE)) cpSync(FIXTURE, target, { recursive: true });
  else mkdirSync(target, { recursive: true });
  const writable = (path) => {
    const folder = statSync(path).isDirectory();
    chmodSync(path, folder ? 0o755 : 0o644);
    if (folder) for (const entry of readdirSync(path)) writable(join(path, entry));
  };
  writable(target);
  return target;
}

async function main() {
  const workspace = prepareWorkspace();
  if (process.argv.includes('--prepare-workspace')) {
    console.log(workspace);
    return;
  }
  if (!existsSync(TEST_MODULE)) throw new Error('out/test/integration/index.js is missing: run `npm run build` first');
  const { runTests } = await import('@vscode/test-electron');
  const runDir = mkdtempSync(join(tmpdir(), 'wsw-desktop-'));
  const resultFile = join(runDir, 'result.json');
  let failure;
  try {
    await runTests({
      version: process.env.WSW_VSCODE_VERSION || 'stable',
      cachePath: cacheDir(),
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: TEST_MODULE,
      extensionTestsEnv: { WSW_TEST_RESULT: resultFile, WSW_TEST_GREP: process.env.WSW_TEST_GREP ?? '' },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
  } catch (error) {
    failure = error;
  }
  let passed = 0;
  let failed = 0;
  if (existsSync(resultFile)) {
    const summary = JSON.parse(readFileSync(resultFile, 'utf8'));
    for (const test of summary.tests) {
      console.log(`  ${test.state === 'passed' ? '✓' : '✗'} ${test.title}`);
      if (test.error) console.log(test.error.replace(/^/gm, '      '));
    }
    if (summary.error) console.log(summary.error);
    ({ passed, failed } = summary);
  } else if (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    console.error(message);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(message)) {
      console.error('Could not download VS Code: test:desktop needs internet access. Without it, use `npm run test:integration`.');
    }
    failed = 1;
  }
  rmSync(runDir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 || failure ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
