/**
 * The module graph of the built CLI has no import cycles among src/ files (static imports; a
 * lazy `import()` is how a command loads what it alone needs). Reads esbuild's metafile, which
 * `npm test` writes with the build before vitest runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/calendar.js';

const META = `${repoRoot}dist/meta.json`;

describe.runIf(existsSync(META))('the module graph', () => {
  it('has no import cycle among the sources', () => {
    const meta = JSON.parse(readFileSync(META, 'utf8')) as { inputs: Record<string, { imports: { path: string; kind: string }[] }> };
    const graph = new Map(
      Object.entries(meta.inputs)
        .filter(([f]) => f.startsWith('src/'))
        .map(([f, v]) => [f, v.imports.filter((i) => i.kind === 'import-statement' && i.path.startsWith('src/')).map((i) => i.path)]),
    );
    expect(graph.size).toBeGreaterThan(50);
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (n: string) => {
      state.set(n, 'open');
      stack.push(n);
      for (const next of graph.get(n) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of graph.keys()) if (!state.has(n)) visit(n);
    expect(cycles).toEqual([]);
  });
});
