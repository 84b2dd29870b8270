// Builds every bundle with esbuild. Type checking is separate (`npm run typecheck`).
//   dist/extension.js      the extension for the Node extension host (desktop, server)
//   dist/web/extension.js  the same extension for VS Code for the Web (no Node built-ins)
//   dist/extractWorker.js  the Node extension host's extraction thread
//   dist/cli.js            the command line
//   dist/web/core.js       the core alone, minified for the browser: its size is a budget
//   out/                   tests and sources transpiled file by file for mocha
import * as esbuild from 'esbuild';
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const CORE_BUDGET = 400 * 1024;

function filesUnder(dir, pattern) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, pattern));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

// esbuild's tables date Unicode property escapes (/\p{Lu}/u) in Node later than Node 20 and rewrite
// each as `new RegExp(…)`, built again on every call: a cost in the engine's hot loops. Node 20 and
// every browser VS Code for the Web supports read them as written.
const supported = { 'regexp-unicode-property-escapes': true };

const common = {
  supported,
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // The browser has no Node built-ins: an import of one fails this build.
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    // The extraction thread of the Node extension host (see src/vscode/extractThread.ts).
    ...common,
    entryPoints: ['src/vscode/extractWorker.ts'],
    outfile: 'dist/extractWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/web/core.js',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    metafile: true,
  },
  {
    entryPoints: [...filesUnder('src', /\.ts$/), ...filesUnder('test', /\.ts$/)],
    outdir: 'out',
    outbase: '.',
    supported,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  },
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const coreBytes = statSync('dist/web/core.js').size;
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/sizes.json', JSON.stringify({ coreMinifiedBytes: coreBytes }, null, 2));
  console.log(`core bundle: ${(coreBytes / 1024).toFixed(1)} KB minified (budget ${CORE_BUDGET / 1024} KB)`);
  if (coreBytes > CORE_BUDGET) {
    console.error('core bundle is over its size budget');
    process.exit(1);
  }
  void results;
}
