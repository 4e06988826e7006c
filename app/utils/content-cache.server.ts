// Results kept by what they were made from: a hash of the whole input is the
// key, so a result is reused only when it would come out the same and there is
// no invalidation to forget. For work that is slow and asked for again and
// again with the same input: PDFs of minutes (about a second each, approved
// minutes never change) and calendar feeds (polled by calendar clients).
// Least recently used results go first once the cache holds `maxBytes`.
import { createHash } from "node:crypto";

type Sized = { byteLength: number } | string;

export function contentCache<T extends Sized>(maxBytes: number) {
  const results = new Map<string, T>();
  let bytes = 0;
  const sizeOf = (value: T) => (typeof value === "string" ? value.length * 2 : value.byteLength);

  return async function cached(kind: string, input: unknown, make: () => Promise<T> | T): Promise<T> {
    const key = keyOf(kind, input);
    const hit = results.get(key);
    if (hit !== undefined) {
      results.delete(key);
      results.set(key, hit);
      return hit;
    }
    const value = await make();
    results.set(key, value);
    bytes += sizeOf(value);
    for (const [oldKey, old] of results) {
      if (bytes <= maxBytes) break;
      results.delete(oldKey);
      bytes -= sizeOf(old);
    }
    return value;
  };
}

/** The messages (`t`) and other functions follow from the locale, which is part of the input. */
function keyOf(kind: string, input: unknown): string {
  const json = JSON.stringify(input, (key, value) => {
    if (key === "t" || typeof value === "function") return undefined;
    return value instanceof Map ? [...value] : value;
  });
  return createHash("sha256").update(kind).update("\0").update(json).digest("base64url");
}
