/* global fetch */
// Starts and stops VS Code as a server (code-server) on a free loopback port.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const HOST = '127.0.0.1';

function tryListen(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => resolve(undefined));
    probe.listen({ host: HOST, port, exclusive: true }, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

/** A free port on the loopback: `preferred` if it is free, otherwise one the system gives. */
export async function freePort(preferred, log = () => {}) {
  if (preferred) {
    const port = await tryListen(preferred);
    if (port) return port;
    log(`port ${preferred} is taken; using a free one instead`);
  }
  const port = await tryListen(0);
  if (!port) throw new Error(`no free port on ${HOST}`);
  return port;
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

function tail(file, lines = 30) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Starts code-server; resolves once it answers HTTP. Retries on another port when the chosen one
 * was taken between choosing and binding (a taken port is never a failure).
 * @returns {Promise<{ port: number, url: string, stop: () => Promise<void>, stopNow: () => void, done: Promise<unknown>, log: string }>}
 */
export async function startServer({ tools, runDir, workspace, env = {}, preferredPort, log, readyTimeoutMs = 180_000, testDriver = true, userDataDir, extensionsDir }) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort(attempt === 1 ? preferredPort : undefined, log);
    const logFile = join(runDir, `server-${port}.log`);
    const out = openSync(logFile, 'a');
    const args = [
      tools.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `${HOST}:${port}`,
      '--config', join(runDir, 'code-server.yaml'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // without it the workbench ignores the extension-development parameters of the test runs
      ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      '--user-data-dir', userDataDir ?? join(runDir, 'user-data'),
      '--extensions-dir', extensionsDir ?? join(runDir, 'extensions'),
      ...(workspace ? [workspace] : []),
    ];
    // Its own process group, so stopping it also stops the extension hosts it started.
    const child = spawn(tools.node, args, {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...tools.env, XDG_DATA_HOME: join(runDir, 'xdg-data'), XDG_CONFIG_HOME: join(runDir, 'xdg-config'), ...env },
    });
    closeSync(out);
    let exited = false;
    const done = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    void done.then(() => (exited = true));

    const stopNow = () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const stop = async () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      for (let waited = 0; waited < 5000 && !exited; waited += 100) await sleep(100);
      stopNow();
    };

    const url = `http://${HOST}:${port}`;
    const deadline = Date.now() + readyTimeoutMs;
    let ready = false;
    while (!ready && !exited && Date.now() < deadline) {
      try {
        const response = await fetch(`${url}/healthz`);
        ready = response.ok;
      } catch {
        // not listening yet
      }
      if (!ready) await sleep(300);
    }
    if (ready) return { port, url, stop, stopNow, done, log: logFile };

    await stop();
    const output = tail(logFile);
    if (/EADDRINUSE/.test(output) && attempt < 5) {
      log(`port ${port} was taken before the server could bind it; trying another`);
      continue;
    }
    throw new Error(
      exited
        ? `code-server exited before it was ready. Its last output:\n${output}`
        : `code-server did not answer within ${readyTimeoutMs / 1000} s. Its last output:\n${output}`,
    );
  }
}
