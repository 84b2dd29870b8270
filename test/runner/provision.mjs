// Provisions the tools the in-editor tests need, once, into a cache folder ignored by git:
//   <cache>/node-24/             a Node 24 binary from the npm registry (code-server requires it)
//   <cache>/code-server-4.139.1/ VS Code as a server, from the npm registry
// Each is installed into a fresh temporary folder and renamed into place only when complete, so an
// interrupted install never leaves a folder that looks finished: the next run removes the leftover
// and installs again. A lock folder keeps two runs from installing at the same time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const CHROMIUM = process.env.WSW_CHROMIUM || '/usr/bin/chromium';

const COMPLETE = '.complete';

/** The cache folder: `.vscode-test/` in the project, or `WSW_CACHE_DIR`. */
export function cacheDir() {
  return resolve(process.env.WSW_CACHE_DIR || join(PROJECT_ROOT, '.vscode-test'));
}

export class PrerequisiteError extends Error {}

/** Chromium drives the workbench; without it nothing can run. */
export function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new PrerequisiteError(
      `Chromium is missing: ${CHROMIUM} does not exist.\n` +
        '  Install it with: apt-get install -y chromium   (or point WSW_CHROMIUM at a Chromium binary)',
    );
  }
}

/** code-server builds a native Kerberos module while installing; it needs the headers. */
function checkKerberosHeaders() {
  const headers = ['/usr/include/krb5.h', '/usr/include/krb5/krb5.h', '/usr/include/gssapi/gssapi.h'];
  if (!headers.some((path) => existsSync(path))) {
    throw new PrerequisiteError(
      'The Kerberos headers are missing (code-server builds a native module against them).\n' +
        '  Install them with: apt-get install -y libkrb5-dev',
    );
  }
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Holds `<cache>/.install.lock` while `work` runs; waits for a live holder, breaks a dead one. */
async function withInstallLock(cache, log, work) {
  const lock = join(cache, '.install.lock');
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // the holder may be between mkdir and writing its pid
      }
      const known = Number.isInteger(holder) && holder > 0;
      // a lock without a pid is one whose holder died between taking it and writing the pid
      const orphaned = !known && Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 10_000;
      if ((known && !processAlive(holder)) || orphaned) {
        log(`removing the install lock of a run that ended${known ? ` (pid ${holder})` : ''}`);
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!waited) log('another run is installing the test tools; waiting for it…');
      waited = true;
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function run(command, args, options, log) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const interrupt = () => child.kill('SIGTERM');
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      if (code === 0) done(output);
      else {
        log(output.split('\n').slice(-40).join('\n'));
        fail(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
      }
    });
  });
}

/**
 * Installs `spec` with npm into `<cache>/<name>` unless a complete install is there. Leftover
 * temporary folders of interrupted installs, and a target without its completion mark, are removed.
 */
async function installOnce(cache, name, spec, env, log, check) {
  const target = join(cache, name);
  if (existsSync(join(target, COMPLETE))) return target;
  return withInstallLock(cache, log, async () => {
    if (existsSync(join(target, COMPLETE))) return target; // another run finished it meanwhile
    for (const entry of readdirSync(cache)) {
      if (entry.startsWith(`.${name}.partial-`)) {
        log(`removing an unfinished earlier install: ${entry}`);
        rmSync(join(cache, entry), { recursive: true, force: true });
      }
    }
    if (existsSync(target)) {
      log(`removing an incomplete install: ${target}`);
      rmSync(target, { recursive: true, force: true });
    }
    check?.();
    const partial = join(cache, `.${name}.partial-${process.pid}`);
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: `wsw-${name}`, private: true }));
    const started = Date.now();
    log(`installing ${spec} into ${target} (first run only)…`);
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', '--omit=dev', '--loglevel=error', spec],
      { cwd: partial, env },
      log,
    );
    writeFileSync(join(partial, COMPLETE), `${spec}\n`);
    renameSync(partial, target);
    log(`installed ${spec} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return target;
  });
}

/** The Node 24 binary and the folder of its headers (native modules must build against 24, not 20). */
function nodeLayout(nodeFolder) {
  const packageDir = join(nodeFolder, 'node_modules', 'node');
  const binary = join(packageDir, 'bin', 'node');
  const platformDir = join(packageDir, 'node_modules');
  const headers = existsSync(platformDir)
    ? readdirSync(platformDir)
        .map((entry) => join(platformDir, entry))
        .find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')))
    : undefined;
  return { binary, headers };
}

/**
 * Makes sure Node 24 and code-server are installed; returns how to start the server.
 * @returns {Promise<{ node: string, codeServerEntry: string, env: NodeJS.ProcessEnv }>}
 */
export async function provision(log = (line) => console.log(line)) {
  const cache = cacheDir();
  mkdirSync(cache, { recursive: true });
  // Without the settings of an outer `npm run`: its npm_config_user_agent names the machine's Node,
  // and code-server's install script refuses any Node but 24 by reading it.
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  baseEnv.npm_config_update_notifier = 'false';

  const nodeFolder = await installOnce(cache, `node-${NODE_MAJOR}`, `node@${NODE_MAJOR}`, baseEnv, log);
  const { binary: node, headers } = nodeLayout(nodeFolder);
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (!version?.startsWith(`v${NODE_MAJOR}.`)) {
    rmSync(join(nodeFolder, COMPLETE), { force: true });
    throw new Error(`the Node ${NODE_MAJOR} binary in ${nodeFolder} does not run (got "${version}"); run again to reinstall it`);
  }

  // Node 24 first on PATH only for code-server: the project itself builds and tests on the machine's Node.
  const serverEnv = { ...baseEnv, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  if (headers) serverEnv.npm_config_nodedir = headers;
  const serverFolder = await installOnce(
    cache,
    `code-server-${CODE_SERVER_VERSION}`,
    `code-server@${CODE_SERVER_VERSION}`,
    serverEnv,
    log,
    checkKerberosHeaders,
  );
  const codeServerEntry = join(serverFolder, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(codeServerEntry)) {
    rmSync(join(serverFolder, COMPLETE), { force: true });
    throw new Error(`code-server in ${serverFolder} has no ${codeServerEntry}; run again to reinstall it`);
  }
  return { node, codeServerEntry, env: serverEnv };
}
