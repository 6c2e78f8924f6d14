/**
 * Finds the test files named on the command line: a file is taken as given, a directory is searched
 * recursively for `*.json` files (skipping `node_modules` and hidden entries), in a stable sorted order.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../usage-error.js';

const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

const unreadable = (path: string, error: unknown) =>
  new UsageError(`cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? String(error)})`);

async function kindOf(path: string): Promise<'file' | 'directory'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    throw unreadable(path, error);
  }
}

async function jsonFilesUnder(directory: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch (error) {
    throw unreadable(directory, error);
  }
  const names = entries.filter((name) => !skipped(name)).sort();
  const found: string[] = [];
  for (const name of names) {
    const path = join(directory, name);
    if ((await kindOf(path)) === 'directory') found.push(...(await jsonFilesUnder(path)));
    else if (name.endsWith('.json')) found.push(path);
  }
  return found;
}

/**
 * Every test file under the given paths, each once, in the order the paths were given.
 * @throws {@link UsageError} when no path is given, a path cannot be read, or no test file is found.
 */
export async function findTestFiles(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) throw new UsageError('"test" needs at least one test file or directory, e.g. recovery-rules test rule-tests/');
  const files: string[] = [];
  for (const path of paths) {
    const found = (await kindOf(path)) === 'directory' ? await jsonFilesUnder(path) : [path];
    if (found.length === 0) throw new UsageError(`no test files (*.json) found under "${path}"`);
    files.push(...found.filter((file) => !files.includes(file)));
  }
  return files;
}
