/** Planting a value somewhere in a JSON tree, copying the path to it so the original stays untouched. */
type Path = readonly (string | number)[];

/** Every path to a value in `json` (iterative; the root is the empty path). */
export function pathsIn(json: unknown): Path[] {
  const paths: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    paths.push(path);
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return paths;
}

/**
 * A copy of `json` with `value` at `path`. With `add`, the value goes under a new key (or at the end of a
 * list) of the object at `path` instead of replacing it. Keys are set with defineProperty so that a
 * `__proto__` key stays an own property.
 */
export function plantAt(json: unknown, path: Path, value: unknown, add: boolean): unknown {
  if (path.length === 0) {
    if (!add || json === null || typeof json !== 'object') return value;
    if (Array.isArray(json)) return [...json, value];
    return define({ ...(json as object) }, 'planted', value);
  }
  const [head, ...rest] = path as [string | number, ...Path];
  const container = json as Record<string | number, unknown>;
  const copy = Array.isArray(json) ? [...json] : { ...container };
  return define(copy, head, plantAt(container[head], rest, value, add));
}

function define<T extends object>(target: T, key: string | number, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}
