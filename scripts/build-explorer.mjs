// Bundles the explorer page (explorer/src → dist/explorer) with Cytoscape.js inside: the page
// loads nothing from a CDN. `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'explorer');
const started = Date.now();

fs.mkdirSync(outDir, { recursive: true });
for (const file of ['index.html', 'styles.css']) {
  fs.copyFileSync(path.join(root, 'explorer', file), path.join(outDir, file));
}

const options = {
  entryPoints: [path.join(root, 'explorer', 'src', 'main.ts')],
  outfile: path.join(outDir, 'app.js'),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  legalComments: 'linked',
  logLevel: 'warning',
};

if (process.argv.includes('--watch')) {
  const ctx = await context(options);
  await ctx.watch();
  console.log('[explorer] watching explorer/ for changes');
} else {
  await build(options);
  const kb = (fs.statSync(options.outfile).size / 1024).toFixed(0);
  console.log(`[explorer] built dist/explorer/app.js (${kb} KiB) in ${Date.now() - started} ms`);
}
