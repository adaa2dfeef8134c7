// Bundles the CLI into dist/ with esbuild so start-up stays close to bare node. Code splitting
// keeps the prompt library and the text report in chunks loaded only when used.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', 'write-snapshot': 'src/data/writeSnapshot.ts' },
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
  // commander, yaml and table are CommonJS; an ESM bundle needs a real `require` for them.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
});

// Kept for the start-up test, which checks what the CLI loads before any lazy import.
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));

// Validate the shipped rules and calendar once, so the CLI can skip YAML parsing at start-up.
const { writeSnapshot } = await import('../dist/write-snapshot.js');
const root = new URL('..', import.meta.url).pathname;
for (const problem of writeSnapshot(root)) {
  console.warn(
    `permit build: left out of the start-up snapshot (fix it; the CLI will report it too):\n${problem}`,
  );
}
