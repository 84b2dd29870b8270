// `npm start`: the extension on its sample article.
//   - builds the extension;
//   - makes .vscode-test/sample-workspace/ holding the sample article in sources/ and a draft that
//     names its actors (files already there are kept as they are: edit them freely);
//   - where a desktop `code` command exists, opens VS Code with the extension in development mode on
//     that folder;
//   - otherwise (or with `npm start -- --server`) provisions VS Code as a server (code-server from
//     npm, once, into .vscode-test/), installs the extension into its own extensions folder, starts it
//     on 127.0.0.1 and prints the address to open in a browser. Ctrl-C stops it.
// Environment: WSW_PORT (default 8080; a taken port is replaced by a free one).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, cacheDir, provision } from '../test/runner/provision.mjs';
import { startServer } from '../test/runner/server.mjs';

const SAMPLE = join(PROJECT_ROOT, 'media', 'sample');
const DRAFT = `# Draft: NATO rules out combat troops for Ukraine

Rest the pointer on a name to see what that actor said, with the source:
Jens Stoltenberg, Dmitry Peskov, Sergey Lavrov, Sergey Ryabkov, the State Department.

Stoltenberg said NATO would not deploy combat troops to Ukraine.
`;

function build() {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('the build failed; fix it and run `npm start` again');
    process.exit(1);
  }
}

/** The sample workspace; creates what is missing and never overwrites a file that is there. */
function sampleWorkspace() {
  const folder = join(cacheDir(), 'sample-workspace');
  const sources = join(folder, 'sources');
  mkdirSync(sources, { recursive: true });
  for (const name of readdirSync(SAMPLE)) {
    const target = join(sources, name);
    if (existsSync(target)) continue;
    cpSync(join(SAMPLE, name), target);
    chmodSync(target, 0o644);
  }
  const draft = join(folder, 'draft.md');
  if (!existsSync(draft)) writeFileSync(draft, DRAFT);
  return folder;
}

function desktopCode() {
  if (process.argv.includes('--server')) return undefined;
  const probe = spawnSync('code', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return probe.status === 0 ? 'code' : undefined;
}

/** Installs the built extension into an extensions folder, as unpacking its VSIX would. */
function installExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  mkdirSync(extensionsDir, { recursive: true });
  for (const entry of readdirSync(extensionsDir)) {
    if (entry.startsWith(`${id}-`)) rmSync(join(extensionsDir, entry), { recursive: true, force: true });
  }
  // extensions.json is the server's list of installed extensions; it is rebuilt from the folders
  rmSync(join(extensionsDir, 'extensions.json'), { force: true });
  const target = join(extensionsDir, `${id}-${manifest.version}`);
  for (const part of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'media']) {
    const from = join(PROJECT_ROOT, part);
    if (existsSync(from)) cpSync(from, join(target, part), { recursive: true });
  }
  return id;
}

async function serve(folder) {
  const log = (line) => console.log(line);
  const tools = await provision(log);
  const home = join(cacheDir(), 'start');
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const id = installExtension(extensionsDir);
  const settings = join(userDataDir, 'User', 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    const defaults = {
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      // the sample folder sits inside this project's repository
      'git.openRepositoryInParentFolders': 'never',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
    };
    writeFileSync(settings, JSON.stringify(defaults, null, 2));
  }
  const server = await startServer({
    tools,
    runDir: home,
    workspace: folder,
    preferredPort: Number(process.env.WSW_PORT) || 8080,
    testDriver: false,
    userDataDir,
    extensionsDir,
    log,
  });
  let stopping = false;
  const stop = async () => {
    stopping = true;
    console.log('stopping the server…');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('exit', () => server.stopNow());
  console.log(`\nWho Said What (${id}) is running in VS Code at:\n\n  ${server.url}/?folder=${encodeURIComponent(folder)}\n`);
  console.log(`Open that address in a browser on this machine. Server log: ${server.log}. Ctrl-C stops it.`);
  const ended = await server.done;
  if (stopping) return;
  console.error(`the server stopped (${ended}); see ${server.log}`);
  process.exit(1);
}

async function main() {
  build();
  const folder = sampleWorkspace();
  const code = desktopCode();
  if (code) {
    const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${PROJECT_ROOT}`, folder], { stdio: 'ignore', detached: true });
    child.unref();
    console.log(`Opened VS Code with Who Said What in development mode on ${folder}`);
    return;
  }
  await serve(folder);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
