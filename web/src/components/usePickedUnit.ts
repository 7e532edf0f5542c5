import { useEffect, useRef, useState } from 'react';

/**
 * A unit the user picked on a page, inside the header's data scope. When the header scope changes
 * the pick is dropped, so the page shows the new scope instead of a unit that may lie outside it.
 */
export function usePickedUnit(scopeCode: string): [string | undefined, (code: string | undefined) => void] {
  const [unit, setUnit] = useState<string | undefined>();
  const seen = useRef(scopeCode);
  useEffect(() => {
    if (seen.current === scopeCode) return;
    seen.current = scopeCode;
    setUnit(undefined);
  }, [scopeCode]);
  return [unit, setUnit];
}
