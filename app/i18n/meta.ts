// Page titles in the user's language: the root loader's locale picks the messages.
import { DEFAULT_LOCALE, isLocale, messagesFor, type Messages } from "./index";

type Match = { id: string; data: unknown };

export function pageTitle(matches: ReadonlyArray<Match | undefined>, pick: (t: Messages) => string | null | undefined) {
  const root = matches.find((m) => m?.id === "root")?.data as { locale?: unknown } | undefined;
  const t = messagesFor(isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE);
  const title = pick(t);
  return [{ title: title ? `${title} – ${t.appName}` : t.appName }];
}
