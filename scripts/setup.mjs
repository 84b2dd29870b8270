// Runs before `npm start` and `npm test` so that both work on a fresh machine: installs the
// project's npm packages where they are missing and, on Debian as root, the system packages that
// VS Code's server and the test browser need. Only Node's built-ins here: nothing is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const purpose = process.argv[2] === 'start' ? 'start' : 'test';
const KERBEROS_HEADERS = ['/usr/include/krb5.h', '/usr/include/krb5/krb5.h', '/usr/include/gssapi/gssapi.h'];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The Debian packages still missing for this purpose. */
function missingPackages() {
  const missing = [];
  // code-server builds a native Kerberos module when it is installed: the tests always use it,
  // `npm start` only where no desktop `code` command exists.
  const needsServer = purpose === 'test' || !has('code');
  if (needsServer && !KERBEROS_HEADERS.some((h) => existsSync(h))) missing.push('libkrb5-dev');
  if (purpose === 'test' && !existsSync(process.env.WSW_CHROMIUM || '/usr/bin/chromium')) missing.push('chromium', 'fonts-dejavu-core');
  return missing;
}

const packages = missingPackages();
if (packages.length > 0) {
  const line = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get')) {
    console.error(`npm ${purpose} needs system packages that are missing: ${packages.join(', ')}.\n  On Debian or Ubuntu: sudo ${line}`);
    process.exit(1);
  }
  console.log(`installing system packages: ${packages.join(' ')}…`);
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
    console.error(`could not install ${packages.join(', ')}; try: ${line}`);
    process.exit(1);
  }
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('installing npm packages (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}
