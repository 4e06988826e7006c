import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, messagesFor, type Locale } from "./index";

type RootData = { locale: Locale };

export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as RootData | undefined;
  return data?.locale ?? DEFAULT_LOCALE;
}

/** The messages of the current language: `const t = useT(); t.nav.home`. */
export function useT() {
  return messagesFor(useLocale());
}
