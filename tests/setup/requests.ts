// Route tests call loaders and actions directly with real Requests. A signed-in
// request carries the session cookie the app itself would set: a real server
// session's id.
import { createSession } from "~/auth/sessions.server";
import { getDb } from "~/utils/db.server";
import { sessionStorage } from "~/utils/session.server";

const BASE = "http://localhost";

export async function cookieFor(userId: number, locale: "sv" | "en" = "sv"): Promise<string> {
  const session = await sessionStorage().getSession();
  session.set("sid", await createSession(getDb(), userId, "route test"));
  session.set("locale", locale);
  const setCookie = await sessionStorage().commitSession(session);
  return setCookie.split(";")[0];
}

export async function getRequest(path: string, userId?: number): Promise<Request> {
  const headers = new Headers();
  if (userId) headers.set("Cookie", await cookieFor(userId));
  return new Request(BASE + path, { headers });
}

export async function postRequest(path: string, form: Record<string, string | string[]>, userId?: number): Promise<Request> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  if (userId) headers.set("Cookie", await cookieFor(userId));
  return new Request(BASE + path, { method: "POST", body, headers });
}

/** Runs a loader or action and returns what it returned or threw, as a Response when it is one. */
export async function settle<T>(run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

export function routeArgs(request: Request, params: Record<string, string> = {}) {
  return { request, params, context: {} };
}

/** The HTTP status of what a loader or action gave: a Response, a `data()` result, or plain data (200). */
export function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    return (result as { init?: { status?: number } }).init?.status ?? 200;
  }
  return 200;
}

/** The payload of a `data()` result, or the value itself. */
export function payloadOf<T = unknown>(result: unknown): T {
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    return (result as unknown as { data: T }).data;
  }
  return result as T;
}
