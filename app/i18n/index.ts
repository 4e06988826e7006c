// The UI's languages. Swedish is the default; the choice lives in the session.
import { en } from "./en";
import { sv, type Messages } from "./sv";

export type Locale = "sv" | "en";
export const LOCALES: Locale[] = ["sv", "en"];
export const DEFAULT_LOCALE: Locale = "sv";

const messages: Record<Locale, Messages> = { sv, en };

export function isLocale(value: unknown): value is Locale {
  return value === "sv" || value === "en";
}

export function messagesFor(locale: Locale): Messages {
  return messages[locale];
}

export type { Messages };
