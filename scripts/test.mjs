// `npm test`: every check in turn, stopping at the first stage that fails, and one closing line
// that counts every test: the unit tests in Node and the tests inside VS Code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const totals = { passed: 0, failed: 0 };
const scratch = mkdtempSync(join(tmpdir(), 'wsw-test-'));

function stage(title, command, args, env = {}) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function counts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function finish(code) {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

for (const [title, script] of [['type check', 'typecheck'], ['lint', 'lint'], ['build', 'build']]) {
  if (stage(title, npm, ['run', '--silent', script]) !== 0) {
    totals.failed++;
    finish(1);
  }
}

const unitFile = join(scratch, 'unit.json');
const unitStatus = stage('unit tests', process.execPath, ['scripts/test-unit.mjs'], { WSW_SUMMARY_FILE: unitFile });
const unit = counts(unitFile) ?? { passed: 0, failed: 1 };
totals.passed += unit.passed;
totals.failed += unit.failed;
if (unitStatus !== 0) finish(1);

const editorFile = join(scratch, 'editor.json');
const editorStatus = stage('tests inside VS Code', process.execPath, ['test/runner/run.mjs'], { WSW_SUMMARY_FILE: editorFile });
const editor = counts(editorFile) ?? { passed: 0, failed: 1 };
totals.passed += editor.passed;
totals.failed += editor.failed;
finish(editorStatus === 0 && totals.failed === 0 ? 0 : 1);
