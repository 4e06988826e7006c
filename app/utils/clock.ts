// "Now" for the instants the app records (created, published, sent, approved).
// Real time, except while the demo seed replays the group's past meetings
// through the model functions (`atInstant`), so that their timestamps fall on
// the days those meetings happened. Calendar days use dates.ts `today()`.
let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date();
}

export function nowIso(): string {
  return now().toISOString();
}

/** Runs `fn` with the clock standing at `instant` (one caller at a time: the seed). */
export async function atInstant<T>(instant: Date, fn: () => Promise<T>): Promise<T> {
  const previous = fixed;
  fixed = instant;
  try {
    return await fn();
  } finally {
    fixed = previous;
  }
}
