// Sessions live on the server: a cookie stops working the moment its session
// ends (sign-out, deactivation, password change), and the sixth wrong password
// within a minute is refused with 429 and Retry-After.
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { setUserActive } from "~/admin";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { action as profileAction, loader as profileLoader } from "~/routes/profile";
import { createTestDb, DEMO_PASSWORD, demoIds } from "../setup/db";
import { cookieFor, payloadOf, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

const BASE = "http://localhost";

function post(path: string, form: Record<string, string>, cookie?: string): Request {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Firefox/140 (test)" });
  if (cookie) headers.set("Cookie", cookie);
  return new Request(BASE + path, { method: "POST", body: new URLSearchParams(form), headers });
}

function get(path: string, cookie: string): Request {
  return new Request(BASE + path, { headers: { Cookie: cookie } });
}

/** Signs in through the sign-in form and returns the cookie the browser would keep. */
async function signIn(email: string, password = DEMO_PASSWORD, address = "198.51.100.1"): Promise<string> {
  const result = await settle(() => loginAction({ request: post("/login", { email, password }), params: {}, context: { clientAddress: address } }));
  expect(statusOf(result)).toBe(302);
  return (result as Response).headers.get("Set-Cookie")!.split(";")[0];
}

/** Whether the cookie still opens /profile (a signed-out cookie is sent to /login). */
async function works(cookie: string): Promise<boolean> {
  const result = await settle(() => profileLoader({ request: get("/profile", cookie), params: {}, context: {} }));
  if (result instanceof Response) {
    expect(result.headers.get("Location")).toMatch(/^\/login/);
    return false;
  }
  return true;
}

describe("a session on the server", () => {
  it("keeps only a random id in the cookie and a hash of it in the table", async () => {
    const cookie = await signIn("ledamot@ask.example");
    const rows = await db.selectFrom("session").select(["id", "user_agent"]).where("user_id", "=", ids.memberId).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.user_agent === "Firefox/140 (test)")).toBe(true);
    const value = decodeURIComponent(cookie.split("=")[1]);
    for (const row of rows) expect(value).not.toContain(row.id);
  });

  it("ends at sign-out: the old cookie no longer works", async () => {
    const cookie = await signIn("ledamot@ask.example");
    expect(await works(cookie)).toBe(true);
    const result = await settle(() => logoutAction({ request: post("/logout", {}, cookie), params: {}, context: {} }));
    expect(statusOf(result)).toBe(302);
    // A stolen copy of the cookie, replayed after sign-out, is anonymous.
    expect(await works(cookie)).toBe(false);
  });

  it("gets a new id at every sign-in", async () => {
    const first = await signIn("ordforande@ask.example");
    const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded", Cookie: first });
    const again = await settle(() =>
      loginAction({
        request: new Request(BASE + "/login", { method: "POST", body: new URLSearchParams({ email: "ordforande@ask.example", password: DEMO_PASSWORD }), headers }),
        params: {},
        context: {},
      }),
    );
    const second = (again as Response).headers.get("Set-Cookie")!.split(";")[0];
    expect(second).not.toBe(first);
    expect(await works(first)).toBe(false);
    expect(await works(second)).toBe(true);
  });

  it("ends every session of a person an administrator deactivates, and refuses their sign-in", async () => {
    const cookie = await signIn("projektenhet@ask.example");
    const other = await cookieFor(ids.staffId);
    const authored = async () => (await db.selectFrom("mandate_entry").select("id").where("author_id", "=", ids.staffId).execute()).length;
    const before = await authored();
    expect(await works(cookie)).toBe(true);
    expect(await setUserActive(db, ids.adminId, ids.staffId, false)).toEqual({ ok: true });
    expect(await works(cookie)).toBe(false);
    expect(await works(other)).toBe(false);
    const refused = await loginAction({ request: post("/login", { email: "projektenhet@ask.example", password: DEMO_PASSWORD }), params: {}, context: {} });
    expect(statusOf(refused)).toBe(401);
    // What they wrote stays theirs.
    const user = await db.selectFrom("user").select(["name", "deactivated_at"]).where("id", "=", ids.staffId).executeTakeFirstOrThrow();
    expect(user.deactivated_at).not.toBeNull();
    expect(await authored()).toBe(before);
    await setUserActive(db, ids.adminId, ids.staffId, true);
    expect(await works(await signIn("projektenhet@ask.example"))).toBe(true);
  });

  it("ends the other sessions at a password change, keeps this one, and the new password signs in", async () => {
    const here = await signIn("sekreterare@ask.example");
    const elsewhere = await signIn("sekreterare@ask.example");
    const newPassword = "tre röda båtar i Växjö hamn";
    const result = await profileAction({ request: post("/profile", { intent: "password", current: DEMO_PASSWORD, password: newPassword, confirm: newPassword }, here), params: {}, context: {} });
    expect(statusOf(result)).toBe(200);
    expect(await works(elsewhere)).toBe(false);
    expect(await works(here)).toBe(true);
    expect(await works(await signIn("sekreterare@ask.example", newPassword))).toBe(true);
  });

  it("refuses a short, common or wrongly confirmed password, and a wrong current one, with 400", async () => {
    const cookie = await signIn("ordforande@ask.example");
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ current: DEMO_PASSWORD, password: "kort", confirm: "kort" }, "password", "minst 12 tecken"],
      [{ current: DEMO_PASSWORD, password: "qwertyuiop123", confirm: "qwertyuiop123" }, "password", "för vanligt"],
      [{ current: DEMO_PASSWORD, password: "en lång mening här", confirm: "en annan mening" }, "confirm", "inte lika"],
      [{ current: "fel-lösenord", password: "en lång mening här", confirm: "en lång mening här" }, "current", "stämmer inte"],
    ];
    for (const [form, field, message] of cases) {
      const result = await profileAction({ request: post("/profile", { intent: "password", ...form }, cookie), params: {}, context: {} });
      expect(statusOf(result)).toBe(400);
      const reply = payloadOf<{ password: { error: Record<string, string[]> } }>(result).password;
      expect(reply.error[field]?.join(" ")).toContain(message);
    }
    expect(await works(cookie)).toBe(true);
  });

  it("lists the person's sessions on /profile and ends the others on request", async () => {
    const here = await signIn("ordforande@ask.example");
    const there = await signIn("ordforande@ask.example");
    const page = (await profileLoader({ request: get("/profile", here), params: {}, context: {} })) as { sessions: Array<{ current: boolean }> };
    expect(page.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(page.sessions.length).toBeGreaterThanOrEqual(2);
    const result = await profileAction({ request: post("/profile", { intent: "end-others" }, here), params: {}, context: {} });
    expect(payloadOf<{ ended: number }>(result).ended).toBeGreaterThanOrEqual(1);
    expect(await works(there)).toBe(false);
    expect(await works(here)).toBe(true);
  });

  it("ends a session left idle past STYRBORD_SESSION_IDLE_MINUTES", async () => {
    const cookie = await signIn("ledamot@ask.example");
    await db
      .updateTable("session")
      .set({ last_seen_at: new Date(Date.now() - 9 * 3600_000).toISOString() })
      .where("user_id", "=", ids.memberId)
      .execute();
    expect(await works(cookie)).toBe(false);
  });
});

describe("too many wrong passwords", () => {
  type Reply = { error?: Record<string, string[] | null> };
  const attempt = (email: string, password: string, address: string) =>
    settle(() => loginAction({ request: post("/login", { email, password }), params: {}, context: { clientAddress: address } }));

  it("answers the sixth wrong password within a minute with 429, Retry-After and a Swedish message", async () => {
    for (let i = 1; i <= 5; i++) expect(statusOf(await attempt("ledamot@ask.example", `fel-${i}`, "203.0.113.7"))).toBe(401);
    const sixth = await attempt("ledamot@ask.example", "fel-6", "203.0.113.7");
    expect(statusOf(sixth)).toBe(429);
    const init = (sixth as unknown as { init: { headers: Record<string, string> } }).init;
    const retryAfter = Number(init.headers["Retry-After"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(payloadOf<Reply>(sixth).error?.[""]).toEqual(["För många misslyckade inloggningsförsök. Vänta en minut och försök sedan igen."]);
    // Even the right password waits: the limit is not a way to test guesses.
    expect(statusOf(await attempt("ledamot@ask.example", DEMO_PASSWORD, "198.51.100.99"))).toBe(429);
  });

  it("answers an unknown address the same way, so the 429 tells nothing about the account", async () => {
    for (let i = 1; i <= 5; i++) expect(statusOf(await attempt("finns-inte@ask.example", `fel-${i}`, "203.0.113.8"))).toBe(401);
    const sixth = await attempt("finns-inte@ask.example", "fel-6", "203.0.113.8");
    expect(statusOf(sixth)).toBe(429);
    expect(payloadOf<Reply>(sixth).error?.[""]?.[0]).toContain("För många");
  });

  it("limits one address trying many accounts", async () => {
    let status = 0;
    for (let i = 1; i <= 21; i++) status = statusOf(await attempt(`person${i}@ask.example`, "fel", "192.0.2.50"));
    expect(status).toBe(429);
    // Another address is not held up.
    expect(statusOf(await attempt("person1@ask.example", "fel", "192.0.2.51"))).toBe(401);
  });

  it("keeps the count in the database, where every app instance sees it", async () => {
    const row = await db.selectFrom("rate_limit").select(["key", "points"]).where("key", "like", "%finns-inte@ask.example").executeTakeFirstOrThrow();
    expect(row.points).toBeGreaterThanOrEqual(5);
  });
});
