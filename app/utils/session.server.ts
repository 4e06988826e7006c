import { createCookieSessionStorage } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n";
import { isProduction, sessionSecret } from "./config.server";

/**
 * The cookie: the server session's random id (`sid`, see app/auth/sessions.server.ts)
 * and the UI language, signed. Who is signed in lives only on the server.
 */
type SessionData = { sid: string; locale: Locale };

let storage: ReturnType<typeof createCookieSessionStorage<SessionData>> | undefined;

export function sessionStorage() {
  storage ??= createCookieSessionStorage<SessionData>({
    cookie: {
      name: "styrbord_session",
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: isProduction() && process.env.STYRBORD_INSECURE_COOKIE !== "1",
      secrets: [sessionSecret()],
      maxAge: 60 * 60 * 24 * 14,
    },
  });
  return storage;
}

export async function getSession(request: Request) {
  return sessionStorage().getSession(request.headers.get("Cookie"));
}

export async function getLocale(request: Request): Promise<Locale> {
  const session = await getSession(request);
  const locale = session.get("locale");
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
