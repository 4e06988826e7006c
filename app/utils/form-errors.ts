/** Adds cross-field messages to a failed submission's field errors, keeping the ones already there. */
export function mergeFieldErrors(existing: Record<string, string[] | null> | undefined, extra: Record<string, string>): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(existing ?? {})) if (value && key !== "") merged[key] = [...value];
  for (const [key, message] of Object.entries(extra)) merged[key] = [...new Set([...(merged[key] ?? []), message])];
  return merged;
}
