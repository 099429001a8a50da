import { useEffect, useState } from 'react';

/** The value once it has stopped changing for a moment: a search runs when the typing pauses, not per key. */
export function useDebounced<T>(value: T, millis = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), millis);
    return () => clearTimeout(timer);
  }, [value, millis]);
  return settled;
}
