// The in-editor test runner behind `npm run test:integration`: the extension's integration suites
// and UI checks, inside one real VS Code (code-server from npm) driven by headless Chromium.
//
//   node test/runner/run.mjs [--only=integration|ui]
//
// What it does, in order:
//   1. checks the build (dist/extension.js, out/test/integration/index.js) and /usr/bin/chromium;
//   2. provisions on first use Node 24 and code-server into .vscode-test/ (see provision.mjs);
//   3. copies the fixture workspace test/fixtures/workspace into a fresh temporary folder (tests may
//      create, change and delete files there freely; its .vscode/settings.json holds test settings);
//   4. starts code-server on a free 127.0.0.1 port with its own user-data and extensions folders;
//   5. integration: opens the workbench with extensionDevelopmentPath = this project and
//      extensionTestsPath = out/test/integration/index.js; that module runs every
//      out/test/integration/suite/**/*.test.js with mocha (bdd) and writes its results to the file
//      named by WSW_TEST_RESULT, which this runner polls;
//   6. UI checks: in the same server, a fresh copy of the workspace and a new workbench window with
//      the extension in development mode, runs every test/ui/*.ui.mjs in turn;
//   7. prints each test and a closing line `N passed, N failed`; exits 1 on any failure, a timeout or
//      when no test ran; always stops the server and the browser (also on Ctrl-C and errors).
//
// UI check contract: a file test/ui/<name>.ui.mjs exporting
//     export const title = 'what a person sees';            // optional; defaults to the file name
//     export async function run({ page, workspaceDir, screenshot, step, ...helpers }) { … }
//   page          the Playwright page showing the workbench (with the extension loaded)
//   workspaceDir  the absolute path of the open workspace folder (a throwaway copy of the fixture)
//   screenshot(n) saves test-results/screenshots/<n>.png (media/screenshots/<n>.png, the README's
//                 pictures, with WSW_UPDATE_SCREENSHOTS=1 or `npm run screenshots`) and returns its path
//   step(label, fn) runs one named step; a failure names the step
//   helpers       workbench.mjs bound to the page: openContainer(), waitForTreeRow(text, {view}),
//                 expandTreeRow(row), openFile('draft.md'), hoverOverText('Stoltenberg'),
//                 waitForHover({containing}), runCommand(label), closeAllEditors(), treeRows(view) …
// Checks share one window and run in file-name order; all editors are closed before each one.
// A check passes when run() resolves. On failure a screenshot goes to test-results/.
//
// Environment:
//   WSW_TEST_GREP     only tests whose full title matches (mocha grep; for UI checks, the title or
//                     file name)
//   WSW_TEST_TIMEOUT  seconds for the whole integration phase (default 900)
//   WSW_PORT          a port to try first (taken: another is used)
//   WSW_CACHE_DIR     where the tools are cached (default .vscode-test/)
//   WSW_CHROMIUM      the Chromium binary (default /usr/bin/chromium)
//   WSW_KEEP=1        keep the temporary folder (logs, workspaces) for inspection
//   WSW_VERBOSE=1     echo the extension host's console output
//   WSW_UPDATE_SCREENSHOTS=1  UI checks save their pictures into media/screenshots/
//   WSW_SUMMARY_FILE  where to write {passed, failed} at the end
import { chromium } from 'playwright-core';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, PROJECT_ROOT, PrerequisiteError, checkChromium, provision } from './provision.mjs';
import { startServer } from './server.mjs';
import { bindHelpers, closeAllEditors, openContainer, setSideBarWidth, waitForWorkbench } from './workbench.mjs';

const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'workspace');
const TEST_MODULE = join(PROJECT_ROOT, 'out', 'test', 'integration', 'index.js');
const UI_DIR = join(PROJECT_ROOT, 'test', 'ui');
const FAILURES = join(PROJECT_ROOT, 'test-results');
// Test runs leave the committed pictures alone; only an explicit update rewrites them.
const SCREENSHOTS = process.env.WSW_UPDATE_SCREENSHOTS === '1'
  ? join(PROJECT_ROOT, 'media', 'screenshots')
  : join(FAILURES, 'screenshots');
const START_TIMEOUT_MS = 240_000;
const PHASE_TIMEOUT_MS = Number(process.env.WSW_TEST_TIMEOUT || 900) * 1000;
const UI_CHECK_TIMEOUT_MS = 180_000;

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
let grep;
try {
  grep = process.env.WSW_TEST_GREP ? new RegExp(process.env.WSW_TEST_GREP) : undefined;
} catch (error) {
  console.error(`WSW_TEST_GREP is not a regular expression: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const verbose = process.env.WSW_VERBOSE === '1';

const results = { passed: 0, failed: 0 };
const cleanups = [];
let runDir;

function log(line) {
  console.log(line);
}

function indent(text, prefix = '      ') {
  return String(text)
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function report(title, passed, { durationMs, error } = {}) {
  if (passed) results.passed++;
  else results.failed++;
  const time = durationMs === undefined ? '' : ` (${Math.round(durationMs)} ms)`;
  log(`  ${passed ? '✓' : '✗'} ${title}${time}`);
  if (!passed && error) log(indent(error));
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

/** User settings of the test profile: a quiet workbench whose screenshots show only the extension. */
function writeUserSettings() {
  const folder = join(runDir, 'user-data', 'User');
  mkdirSync(folder, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
  };
  writeFileSync(join(folder, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** A throwaway copy of the fixture workspace (or an empty folder when there is none). */
function copyWorkspace(name) {
  const target = join(runDir, name);
  if (existsSync(FIXTURE)) cpSync(FIXTURE, target, { recursive: true });
  else mkdirSync(target, { recursive: true });
  // tests may change any file: make every copy writable
  const writable = (path) => {
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) writable(join(path, entry));
  };
  writable(target);
  return target;
}

function remote(server, path) {
  return `vscode-remote://${new URL(server.url).host}${path}`;
}

/** The workbench address for a folder, with the extension in development mode (and tests, if given). */
function workbenchUrl(server, folder, testsPath) {
  const payload = [['extensionDevelopmentPath', remote(server, PROJECT_ROOT)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(server, testsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function newPage(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const hostLog = join(runDir, `${name}-extension-host.log`);
  const browserLog = join(runDir, `${name}-browser.log`);
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = `[${type}] ${(Array.isArray(args) ? args : [args]).map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`;
    appendFileSync(hostLog, line + '\n');
    if (verbose) log(indent(line, '    | '));
  });
  // The workbench asks to exit when the test module settles (long after the result file is written);
  // the window stays open, and the runner decides when the run ends.
  await page.exposeFunction('codeAutomationExit', () => {});
  page.on('console', (message) => appendFileSync(browserLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => appendFileSync(browserLog, `[pageerror] ${error.stack ?? error}\n`));
  return { context, page, hostLog, browserLog };
}

function lastLines(file, count = 25) {
  if (!existsSync(file)) return '(no output)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

async function runIntegration(browser, server) {
  log('\nintegration tests (mocha in the extension host):');
  const workspace = join(runDir, 'workspace-integration');
  const resultFile = join(runDir, 'integration-result.json');
  const eventsFile = `${resultFile}.events`;
  const { context, page, hostLog } = await newPage(browser, 'integration');
  const started = Date.now();
  let crashed;
  page.on('crash', () => (crashed = 'the workbench page crashed'));
  await page.goto(workbenchUrl(server, workspace, TEST_MODULE), { waitUntil: 'domcontentloaded', timeout: START_TIMEOUT_MS });

  let seen = 0;
  let begun = false;
  let summary;
  while (!summary) {
    if (existsSync(eventsFile)) {
      const lines = readFileSync(eventsFile, 'utf8').split('\n');
      // the last element is an unfinished line or ''
      for (; seen < lines.length - 1; seen++) {
        const event = JSON.parse(lines[seen]);
        if (event.started) begun = true;
        else report(event.title, event.state === 'passed', { durationMs: event.durationMs, error: event.error });
      }
    }
    if (existsSync(resultFile)) {
      summary = JSON.parse(readFileSync(resultFile, 'utf8'));
      break;
    }
    const elapsed = Date.now() - started;
    const problem =
      crashed ??
      (!begun && elapsed > START_TIMEOUT_MS
        ? `the extension host did not start the tests within ${START_TIMEOUT_MS / 1000} s`
        : elapsed > PHASE_TIMEOUT_MS
          ? `the integration tests did not finish within ${PHASE_TIMEOUT_MS / 1000} s (WSW_TEST_TIMEOUT)`
          : undefined);
    if (problem) {
      report('integration suites finish', false, { error: `${problem}. The extension host's last output:\n${lastLines(hostLog)}` });
      await context.close().catch(() => {});
      return;
    }
    await sleep(250);
  }
  if (summary.error) report('integration suites load and run', false, { error: summary.error });
  const ran = summary.passed + summary.failed - (summary.error ? 1 : 0);
  log(`  integration: ${summary.passed} passed, ${summary.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (ran === 0 && !grep) report('integration suites hold tests', false, { error: 'no integration test ran' });
  await context.close().catch(() => {});
}

function uiChecks() {
  if (!existsSync(UI_DIR)) return [];
  return readdirSync(UI_DIR)
    .filter((name) => name.endsWith('.ui.mjs'))
    .sort()
    .map((name) => join(UI_DIR, name));
}

async function runUi(browser, server) {
  const files = uiChecks();
  log('\nUI checks (Playwright in the workbench):');
  const modules = [];
  for (const file of files) {
    const module = await import(pathToFileURL(file).href);
    const title = module.title ?? basename(file, '.ui.mjs');
    if (grep && !grep.test(title) && !grep.test(basename(file))) continue;
    if (typeof module.run !== 'function') {
      report(title, false, { error: `${relative(PROJECT_ROOT, file)} exports no run() function` });
      continue;
    }
    modules.push({ file, title, run: module.run });
  }
  if (modules.length === 0) {
    log('  (none selected)');
    return;
  }
  const phaseStarted = Date.now();
  const workspaceDir = copyWorkspace('workspace-ui');
  const { context, page, hostLog } = await newPage(browser, 'ui');
  await page.goto(workbenchUrl(server, workspaceDir), { waitUntil: 'domcontentloaded', timeout: START_TIMEOUT_MS });
  await waitForWorkbench(page);
  // a wider side bar than the default, so rows and their descriptions read in the screenshots
  await openContainer(page).then(() => setSideBarWidth(page, 440)).catch(() => {});
  mkdirSync(SCREENSHOTS, { recursive: true });
  const helpers = bindHelpers(page);
  for (const check of modules) {
    const started = Date.now();
    const screenshot = async (name) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    };
    const step = async (label, fn) => {
      try {
        if (verbose) log(`    · ${label}`);
        return await fn();
      } catch (error) {
        error.message = `${label}: ${error.message}`;
        throw error;
      }
    };
    let timer;
    try {
      await closeAllEditors(page).catch(() => {});
      await Promise.race([
        check.run({ page, workspaceDir, screenshot, step, ...helpers }),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error(`did not finish within ${UI_CHECK_TIMEOUT_MS / 1000} s`)), UI_CHECK_TIMEOUT_MS);
        }),
      ]);
      report(check.title, true, { durationMs: Date.now() - started });
    } catch (error) {
      mkdirSync(FAILURES, { recursive: true });
      const shot = join(FAILURES, `${basename(check.file, '.ui.mjs')}-failure.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      report(check.title, false, {
        durationMs: Date.now() - started,
        error: `${error.message ?? error}\n(screenshot: ${relative(PROJECT_ROOT, shot)}; extension host log: ${hostLog})`,
      });
    } finally {
      clearTimeout(timer);
    }
  }
  log(`  UI: ${modules.length} check(s) in ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s (with loading the workbench)`);
  await context.close().catch(() => {});
}

async function cleanup() {
  while (cleanups.length) {
    const step = cleanups.pop();
    await Promise.resolve()
      .then(step)
      .catch(() => {});
  }
  if (runDir && process.env.WSW_KEEP !== '1') rmSync(runDir, { recursive: true, force: true });
  else if (runDir) log(`kept ${runDir}`);
}

function interrupted(signal) {
  log(`\n${signal}: stopping the server and the browser…`);
  void cleanup().finally(() => process.exit(130));
}

async function main() {
  const started = Date.now();
  if (only && only !== 'integration' && only !== 'ui') throw new PrerequisiteError(`--only takes integration or ui, not "${only}"`);
  for (const needed of ['dist/extension.js', 'out/test/integration/index.js']) {
    if (!existsSync(join(PROJECT_ROOT, needed))) throw new PrerequisiteError(`${needed} is missing: run \`npm run build\` first`);
  }
  checkChromium();
  process.once('SIGINT', () => interrupted('SIGINT'));
  process.once('SIGTERM', () => interrupted('SIGTERM'));

  const tools = await provision(log);
  runDir = mkdtempSync(join(tmpdir(), 'wsw-test-'));
  writeUserSettings();
  copyWorkspace('workspace-integration');
  const resultFile = join(runDir, 'integration-result.json');

  const server = await startServer({
    tools,
    runDir,
    env: { WSW_TEST_RESULT: resultFile, WSW_TEST_GREP: process.env.WSW_TEST_GREP ?? '' },
    preferredPort: Number(process.env.WSW_PORT) || undefined,
    log,
  });
  cleanups.push(() => server.stop());
  process.once('exit', () => server.stopNow());
  log(`code-server ${server.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  cleanups.push(() => browser.close());

  if (only !== 'ui') await runIntegration(browser, server);
  if (only !== 'integration') await runUi(browser, server);

  await cleanup();
  log(`\nin-editor tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const total = results.passed + results.failed;
  if (total === 0) log('no test ran (WSW_TEST_GREP matched nothing?)');
  log(`${results.passed} passed, ${results.failed} failed`);
  writeSummary(results.passed, results.failed);
  process.exitCode = results.failed > 0 || total === 0 ? 1 : 0;
}

/** Hands the counts to `npm test`'s closing line (scripts/test.mjs) when it asks for them. */
function writeSummary(passed, failed) {
  if (process.env.WSW_SUMMARY_FILE) writeFileSync(process.env.WSW_SUMMARY_FILE, JSON.stringify({ passed, failed }));
}

main().catch(async (error) => {
  await cleanup();
  console.error(error instanceof PrerequisiteError ? `\n${error.message}` : `\n${error.stack ?? error}`);
  log(`${results.passed} passed, ${results.failed + 1} failed`);
  writeSummary(results.passed, results.failed + 1);
  process.exit(1);
});
