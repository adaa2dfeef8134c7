// Bundles the CLI into dist/ with esbuild so start-up stays close to bare node. Code splitting
// keeps the prompt library, the YAML parser and the reports in chunks loaded only when used.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(join(root, 'dist'), { recursive: true, force: true });

// The build id hashes every source file and the package manifest, so a start-up snapshot made
// by other code is never served (src/data/snapshot.ts).
const hash = createHash('sha256');
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else hash.update(p.slice(root.length)).update(readFileSync(p));
  }
};
walk(join(root, 'src'));
const pkg = readFileSync(join(root, 'package.json'), 'utf8');
hash.update(pkg);
const buildId = hash.digest('hex').slice(0, 16);

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', 'write-snapshot': 'src/data/writeSnapshot.ts' },
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  minify: true,
  sourcemap: true,
  outdir: 'dist',
  logLevel: 'warning',
  metafile: true,
  define: {
    __PERMIT_BUILD__: JSON.stringify(buildId),
    __PERMIT_VERSION__: JSON.stringify(JSON.parse(pkg).version),
  },
  // commander, yaml and table are CommonJS; an ESM bundle needs a real `require` for them.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
});

// Kept for the start-up test, which checks what the CLI loads before any lazy import.
writeFileSync(join(root, 'dist/meta.json'), JSON.stringify(result.metafile));

// Validate the shipped data once, so the CLI can skip YAML parsing at start-up.
const { writeSnapshot } = await import('../dist/write-snapshot.js');
for (const problem of writeSnapshot(root)) {
  console.warn(`permit build: left out of the start-up snapshot (fix it; the CLI will report it too):\n${problem}`);
}
