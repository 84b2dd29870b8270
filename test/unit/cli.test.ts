// The command line, run as users run it: `node dist/cli.js …` on files written for each test.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = [
  'Ministers agree on a new fishing deal',
  '',
  'The agriculture minister, Paula Grant, said on Monday that the deal was “a fair compromise for everyone.”',
  '',
  '“We listened to the fishermen,” Grant told reporters in Dover.',
  '',
  'Read more',
  'Harbour workers strike for a second day',
  '',
].join('\r\n');

describe('cli', function () {
  this.timeout(60_000);
  let dir: string;

  before(function () {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'who-said-what-cli-'));
    writeFileSync(join(dir, 'deal.txt'), ARTICLE);
    mkdirSync(join(dir, 'folder', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'folder', 'one.md'), '# Vote delayed\n\nThe speaker said the vote would be delayed.\n');
    writeFileSync(join(dir, 'folder', 'nested', 'two.html'), '<html><head><title>Page</title></head><body><p>Officials said the road would reopen.</p></body></html>');
    writeFileSync(join(dir, 'folder', 'ignored.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2 * 1024 * 1024));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('extract --json prints one document in the data model, with paths as given', () => {
    const r = run(['extract', '--json', 'deal.txt', './folder'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const doc = JSON.parse(r.stdout) as Record<string, unknown[]> & { version: number };
    assert.deepEqual(Object.keys(doc), ['version', 'sources', 'actors', 'statements', 'positions']);
    assert.equal(doc.version, 1);
    const sources = doc.sources as { path: string; text: string; title: string; format: string }[];
    assert.deepEqual(sources.map((s) => s.path).sort(), ['./folder/nested/two.html', './folder/one.md', 'deal.txt'].map((p) => p.replace(/\//g, process.platform === 'win32' ? '\\' : '/')).sort());
    const deal = sources.find((s) => s.path === 'deal.txt');
    assert.ok(deal);
    assert.equal(deal.text, ARTICLE, 'the text is the file as it is, CRLF and all');
    assert.equal(deal.title, 'Ministers agree on a new fishing deal');
    assert.equal(sources.find((s) => s.path.endsWith('two.html'))?.format, 'html');
    for (const s of doc.statements as { content: { start: number; end: number }[]; speakerSpan: unknown; source: string }[]) {
      assert.ok(Array.isArray(s.content));
      assert.ok(s.speakerSpan === null || typeof s.speakerSpan === 'object');
      assert.ok(sources.some((src) => src.path === s.source || (src as unknown as { id: string }).id === s.source));
    }
  });

  it('extract without --json prints a readable outline', () => {
    const r = run(['extract', 'deal.txt'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^1 source, \d+ actors?, \d+ statements?, \d+ positions?\n/);
    assert.match(r.stdout, /deal\.txt: Ministers agree on a new fishing deal/);
  });

  it('gives one clear line per unreadable input and goes on with the rest', () => {
    const r = run(['extract', '--json', 'missing.txt', 'empty', 'binary.txt', 'latin1.txt', 'big.txt', '--max-size', '1', 'deal.txt'], dir);
    assert.equal(r.status, 0, 'one article could be read');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 5, r.stderr);
    assert.match(r.stderr, /^who-said-what: missing\.txt: no such file or folder$/m);
    assert.match(r.stderr, /^who-said-what: empty: no articles in this folder/m);
    assert.match(r.stderr, /^who-said-what: binary\.txt: a binary file/m);
    assert.match(r.stderr, /^who-said-what: latin1\.txt: not valid UTF-8 \(byte 3\)/m);
    assert.match(r.stderr, /^who-said-what: big\.txt: too large: 2\.0 MB, over the limit of 1\.0 MB/m);
    const doc = JSON.parse(r.stdout) as { sources: { path: string }[] };
    assert.deepEqual(doc.sources.map((s) => s.path), ['deal.txt']);
  });

  it('refuses devices and pipes, which could stream forever', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const r = run(['extract', '/dev/zero', 'deal.txt'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^who-said-what: \/dev\/zero: not a regular file$/m);
  });

  it('exits non-zero only when nothing could be read', () => {
    const r = run(['extract', 'missing.txt', 'binary.txt'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no article could be read/);
  });

  it('rejects a bad option or no paths with usage and exit code 2', () => {
    assert.equal(run(['extract'], dir).status, 2);
    const bad = run(['extract', '--max-size', 'lots', 'deal.txt'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--max-size needs a size in MB/);
    assert.equal(run(['frobnicate'], dir).status, 2);
  });

  it('shows progress on stderr for many files, and stays quiet for a few', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 55; i++) writeFileSync(join(many, `a${String(i).padStart(2, '0')}.txt`), `Title ${i}\n\nThe mayor said the road would reopen.\n`);
    const r = run(['extract', '--json', 'many'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stderr.trim().split('\n'), ['extracting 50/55', 'extracting 55/55']);
    assert.equal((JSON.parse(r.stdout) as { sources: unknown[] }).sources.length, 55);
    assert.equal(run(['extract', '--json', 'deal.txt'], dir).stderr, '');
  });

  it('lists its commands with --help', () => {
    const r = run(['--help'], dir);
    assert.equal(r.status, 0);
    for (const command of ['extract', 'eval', 'bench']) assert.match(r.stdout, new RegExp(`^  ${command} `, 'm'));
  });
});
