import { beforeAll, describe, expect, it } from "vitest";
import { sqlitePathFromUrl } from "../../db/client";
import { action as loginAction } from "~/routes/login";
import { loader as healthz } from "~/routes/healthz";
import { loader as meetingLoader } from "~/routes/meetings.$meetingId/route";
import { loader as meetingsLoader } from "~/routes/meetings._index";
import { loader as projectLoader } from "~/routes/projects.$projectId";
import { safeRedirect } from "~/utils/auth.server";
import { createTestDb, DEMO_PASSWORD, demoIds } from "../setup/db";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  ids = await demoIds(await createTestDb());
});

type Reply = { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> };

describe("signing in", () => {
  it("refuses a wrong password and an unknown address with the same 401 message", async () => {
    for (const email of ["sekreterare@ask.example", "okand@ask.example"]) {
      const result = await loginAction(routeArgs(await postRequest("/login", { email, password: "fel" })));
      expect(statusOf(result)).toBe(401);
      const reply = payloadOf<Reply>(result);
      expect(reply.error?.[""]).toEqual(["Fel e-postadress eller lösenord."]);
      expect(reply.initialValue?.email).toBe(email);
      expect(reply.initialValue?.password).toBeUndefined();
    }
  });

  it("asks for missing fields in Swedish with a 400", async () => {
    const result = await loginAction(routeArgs(await postRequest("/login", { email: "inte-en-adress", password: "" })));
    expect(statusOf(result)).toBe(400);
    const reply = payloadOf<Reply>(result);
    expect(reply.error?.email?.[0]).toContain("giltig e-postadress");
    expect(reply.error?.password).toEqual(["Skriv ditt lösenord."]);
  });

  it("signs in with the demo password and goes back where the user was going", async () => {
    const result = await settle(async () =>
      loginAction(routeArgs(await postRequest("/login", { email: "LEDAMOT@ask.example ", password: DEMO_PASSWORD, redirectTo: "/mandates" }))),
    );
    expect(result).toBeInstanceOf(Response);
    const response = result as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/mandates");
    expect(response.headers.get("Set-Cookie")).toMatch(/HttpOnly/i);
    expect(response.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/i);
  });

  it("never redirects off the site after signing in", () => {
    expect(safeRedirect("//evil.example/x")).toBe("/");
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect("/meetings/2")).toBe("/meetings/2");
  });
});

describe("pages", () => {
  it("send anonymous visitors to /login with their way back", async () => {
    const result = await settle(async () => meetingsLoader(routeArgs(await getRequest("/meetings?x=1"))));
    expect(statusOf(result)).toBe(302);
    expect((result as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fmeetings%3Fx%3D1");
  });

  it("answer unknown and malformed ids with 404", async () => {
    for (const meetingId of ["999999", "abc", "0", "1e3"]) {
      const result = await settle(async () =>
        meetingLoader(routeArgs(await getRequest(`/meetings/${meetingId}`, ids.memberId), { meetingId })),
      );
      expect(statusOf(result), meetingId).toBe(404);
    }
    const project = await settle(async () => projectLoader(routeArgs(await getRequest("/projects/77", ids.memberId), { projectId: "77" })));
    expect(statusOf(project)).toBe(404);
  });

  it("hide a draft agenda from members (404) but show it to the secretary", async () => {
    const meetingId = String(ids.novemberMeetingId);
    const asMember = await settle(async () => meetingLoader(routeArgs(await getRequest(`/meetings/${meetingId}`, ids.memberId), { meetingId })));
    expect(statusOf(asMember)).toBe(404);
    const asSecretary = await settle(async () => meetingLoader(routeArgs(await getRequest(`/meetings/${meetingId}`, ids.secretaryId), { meetingId })));
    expect(statusOf(asSecretary)).toBe(200);
  });

  it("report health as ok when the database answers", async () => {
    const response = await healthz();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });
});

describe("DATABASE_URL", () => {
  it("defaults to data/styrbord.db and accepts paths and file: URLs", () => {
    expect(sqlitePathFromUrl(undefined, "/srv/app")).toBe("/srv/app/data/styrbord.db");
    expect(sqlitePathFromUrl("db/x.db", "/srv/app")).toBe("/srv/app/db/x.db");
    expect(sqlitePathFromUrl("file:///var/lib/styrbord.db", "/srv/app")).toBe("/var/lib/styrbord.db");
    expect(sqlitePathFromUrl("file:rel.db", "/srv/app")).toBe("/srv/app/rel.db");
    expect(() => sqlitePathFromUrl("mysql://x/y")).toThrow(/a SQLite path, a file: URL or a postgres:\/\/ URL/);
  });
});
