import { useEffect, useState } from 'react';
import { http } from '../api/client';
import { LIST } from '../api/endpoints';
import type { CodeEntry, Page } from '../api/types';

/** Shows "code name" for a code of a code table (edition in force), or just the code while unknown. */
export function CodeName({ type, code }: { type: string; code: string | null | undefined }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    setName(null);
    if (!code) return;
    let live = true;
    http
      .get<Page<CodeEntry>>(LIST.codeEntries, { type, q: code, pageSize: 20 })
      .then((p) => live && setName(p.items.find((e) => e.code === code)?.name ?? null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [type, code]);
  if (!code) return null;
  return <>{name ? `${code} ${name}` : code}</>;
}
