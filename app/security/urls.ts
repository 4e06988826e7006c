// A link the app writes from stored data (a funding call's or a project's web
// address): only http(s) and mailto, so a javascript: or data: address that got
// into the database (an import, an old row, a hand edit) never becomes a link.
// Forms refuse such addresses already (app/validation); this is the output side.
const SAFE = /^(https?:\/\/|mailto:)/i;

export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!SAFE.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
