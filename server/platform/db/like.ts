/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching values that contain the (trimmed) text. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}
