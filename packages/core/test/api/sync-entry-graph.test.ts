/**
 * The `./sync` entry must never reach json-rules-engine, not even through a lazy `import()`: browser and
 * React Native bundles built from it would otherwise carry (or emit) the engine and its dependencies.
 * The test walks the entry's module graph as written in src/.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
// Type-only imports are erased from the JavaScript, so they cannot pull anything into a bundle.
const TYPE_ONLY = /(?:import|export)\s+type\s+(?:\{[^}]*\}|\*\s+as\s+\w+|\w+)\s+from\s+['"][^'"]+['"];?/g;

function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').replace(TYPE_ONLY, '').matchAll(SPECIFIER)].map((m) => m[1] as string);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(SRC, entry));
  return graph;
}

describe('the ./sync entry', () => {
  it('reaches no module that imports json-rules-engine, statically or lazily', () => {
    const graph = moduleGraph('sync.ts');
    const offenders = [...graph].filter(([, specifiers]) => specifiers.includes('json-rules-engine')).map(([file]) => file);
    expect(graph.size).toBeGreaterThan(40);
    expect(offenders).toEqual([]);
  });

  it('leaves out what a running app does not need: the Spanish catalog, lint and ts-pattern', () => {
    const graph = moduleGraph('sync.ts');
    const files = [...graph.keys()].map((file) => file.slice(SRC.length + 1));
    const specifiers = [...graph.values()].flat();
    expect(files.filter((file) => file.startsWith('lint/') || file === 'messages/spanish.ts')).toEqual([]);
    expect(specifiers.filter((specifier) => specifier.endsWith('es.json') || specifier === 'ts-pattern')).toEqual([]);
  });

  it('validates facts without zod: only the custom rule-set loader reaches zod, which the goal entry leaves out', () => {
    const importsZod = (graph: Map<string, string[]>) =>
      [...graph]
        .filter(([, specifiers]) => specifiers.some((specifier) => specifier === 'zod' || specifier.startsWith('zod/')))
        .map(([file]) => file.slice(SRC.length + 1))
        .sort();
    expect(importsZod(moduleGraph('facts/parse-facts.ts'))).toEqual([]);
    expect(importsZod(moduleGraph('sync.ts'))).toEqual(['rule-set/schema.ts']);
    // The walk can see zod: the authoring entry exports the facts schema.
    expect(importsZod(moduleGraph('authoring.ts'))).toContain('facts/schema.ts');
  });

  it('while the main entry does reach it (the walk can see the engine)', () => {
    const graph = moduleGraph('index.ts');
    expect([...graph.values()].some((specifiers) => specifiers.includes('json-rules-engine'))).toBe(true);
  });
});
