import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to the element when it appears, so each new step or result is
 * announced and the next Tab lands inside it rather than back at the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>(): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
