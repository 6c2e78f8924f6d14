import { useEffect, useState } from 'react';

/**
 * The value as it was once it stopped changing for `delayMs`: live re-evaluation without work on every
 * keystroke. `settleNow` skips the wait, for changes that are not typing (loading a file from a picker).
 */
export function useDebouncedValue<T>(value: T, delayMs: number): readonly [settled: T, settleNow: (value: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return [settled, setSettled];
}
