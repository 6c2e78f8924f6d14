/** Line and column counted directly in the test, independently of the app's own position code. */
export function lineColumnOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}
