// Bundles the CLI into dist/ with esbuild so start-up stays close to bare node. Code splitting
// keeps the prompt library and the text report in chunks loaded only when used.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  minify: true,
  sourcemap: true,
  outdir: 'dist',
  logLevel: 'warning',
  // commander, yaml and table are CommonJS; an ESM bundle needs a real `require` for them.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
});
