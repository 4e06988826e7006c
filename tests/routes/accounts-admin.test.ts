// Administration's bad input: each a clear message and a 4xx, nothing half-saved;
// only administrators (and a group's secretary, for its members) get in.
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { createAdminWithLink, setUserActive } from "~/admin";
import { action as groupAction } from "~/routes/admin.groups.$groupId";
import { action as groupsAction } from "~/routes/admin.groups._index";
import { loader as adminLoader } from "~/routes/admin._index";
import { loader as mailLoader } from "~/routes/admin.mail";
import { action as usersAction } from "~/routes/admin.users._index";
import { action as userAction } from "~/routes/admin.users.$userId";
import { action as membersAction, loader as membersLoader } from "~/routes/groups.$groupId.members";
import { action as inviteAction, loader as inviteLoader } from "~/routes/invite.$token";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

type Reply = { error?: Record<string, string[] | null> };
const count = async (table: "user" | "group" | "membership") => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("administration", () => {
  it("is for administrators only (403 for others)", async () => {
    expect(statusOf(await settle(async () => adminLoader(routeArgs(await getRequest("/admin", ids.secretaryId)))))).toBe(403);
    expect(statusOf(await settle(async () => adminLoader(routeArgs(await getRequest("/admin", ids.adminId)))))).toBe(200);
  });

  it("refuses a duplicate e-mail address with 400 and saves nothing", async () => {
    const before = await count("user");
    const result = await usersAction(routeArgs(await postRequest("/admin/users", { name: "Dubblett", email: " Ledamot@ASK.example", locale: "sv" }, ids.adminId)));
    expect(statusOf(result)).toBe(400);
    expect(payloadOf<Reply>(result).error?.email).toEqual(["Det finns redan en person med den e-postadressen."]);
    expect(await count("user")).toBe(before);
  });

  it("keeps the invitation mail in the database without SMTP_URL, for /admin/mail", async () => {
    const result = await settle(async () => usersAction(routeArgs(await postRequest("/admin/users", { name: "Ny Ledamot", email: "ny@ljungby.example", locale: "en" }, ids.adminId))));
    expect(statusOf(result)).toBe(302);
    expect((result as Response).headers.get("Location")).toMatch(/mail=kept$/);
    const page = (await mailLoader(routeArgs(await getRequest("/admin/mail", ids.adminId)))) as { mails: Array<{ to_address: string; subject: string; text_body: string; status: string }> };
    const mail = page.mails.find((m) => m.to_address === "ny@ljungby.example")!;
    expect(mail.status).toBe("kept");
    // In the recipient's language.
    expect(mail.subject).toBe("Invitation to Styrbord");
    const token = mail.text_body.match(/\/invite\/([\w-]{43})/)![1];
    expect(statusOf(await inviteLoader(routeArgs(await getRequest(`/invite/${token}`), { token })))).toBe(200);
    const accepted = await settle(async () => inviteAction(routeArgs(await postRequest(`/invite/${token}`, { password: "ljungby har en fin sjö", confirm: "ljungby har en fin sjö" }), { token })));
    expect(statusOf(accepted)).toBe(302);
    const reused = await inviteAction(routeArgs(await postRequest(`/invite/${token}`, { password: "ljungby har en fin sjö", confirm: "ljungby har en fin sjö" }), { token }));
    expect(statusOf(reused)).toBe(410);
    expect(payloadOf<Reply>(reused).error?.[""]?.[0]).toContain("redan använts");
  });

  it("refuses an expired invitation with 410", async () => {
    const { url } = await createAdminWithLink(db, "utgangen@ask.example", "http://localhost");
    const token = url.split("/invite/")[1];
    await db.updateTable("auth_token").set({ expires_at: "2000-01-01T00:00:00.000Z" }).where("used_at", "is", null).where("kind", "=", "invitation").execute();
    const result = await inviteLoader(routeArgs(await getRequest(`/invite/${token}`), { token }));
    expect(statusOf(result)).toBe(410);
  });

  it("refuses a group whose parent is itself or its own child", async () => {
    const created = await settle(async () => groupsAction(routeArgs(await postRequest("/admin/groups", { name: "Verksamhetsgrupp ASK", shortName: "VG ASK", kind: "verksamhetsgrupp", parentGroupId: String(ids.askGroupId) }, ids.adminId))));
    expect(statusOf(created)).toBe(302);
    const childId = Number((created as Response).headers.get("Location")!.match(/\/groups\/(\d+)/)![1]);
    for (const parent of [ids.askGroupId, childId]) {
      const result = await groupAction(
        routeArgs(await postRequest(`/admin/groups/${ids.askGroupId}`, { name: "Styrgrupp ASK", shortName: "ASK", kind: "styrgrupp", parentGroupId: String(parent) }, ids.adminId), { groupId: String(ids.askGroupId) }),
      );
      expect(statusOf(result)).toBe(400);
      expect(payloadOf<Reply>(result).error?.parentGroupId?.[0]).toContain("kan inte ingå i sig själv");
    }
    const ask = await db.selectFrom("group").select("parent_group_id").where("id", "=", ids.askGroupId).executeTakeFirstOrThrow();
    expect(ask.parent_group_id).toBeNull();
  });

  it("never leaves Styrbord without an active administrator", async () => {
    const admins = await db.selectFrom("user").select("id").where("is_admin", "=", 1).where("deactivated_at", "is", null).execute();
    for (const a of admins) if (a.id !== ids.adminId) await setUserActive(db, ids.adminId, a.id, false);
    const result = await userAction(routeArgs(await postRequest(`/admin/users/${ids.adminId}`, { intent: "deactivate" }, ids.adminId), { userId: String(ids.adminId) }));
    expect(statusOf(result)).toBe(400);
    const demote = await userAction(routeArgs(await postRequest(`/admin/users/${ids.adminId}`, { name: "Admin", email: "admin@ask.example", locale: "sv" }, ids.adminId), { userId: String(ids.adminId) }));
    expect(statusOf(demote)).toBe(400);
    const still = await db.selectFrom("user").select(["is_admin", "deactivated_at"]).where("id", "=", ids.adminId).executeTakeFirstOrThrow();
    expect(still).toEqual({ is_admin: 1, deactivated_at: null });
  });

  it("lets the group's secretary manage its members, not a member; every change is audited", async () => {
    const path = `/groups/${ids.askGroupId}/members`;
    const params = { groupId: String(ids.askGroupId) };
    expect(statusOf(await settle(async () => membersLoader(routeArgs(await getRequest(path, ids.memberId), params))))).toBe(403);
    expect(statusOf(await settle(async () => membersAction(routeArgs(await postRequest(path, { intent: "add", userId: String(ids.staffId), role: "viewer" }, ids.memberId), params))))).toBe(403);
    const before = await count("membership");
    const again = await membersAction(routeArgs(await postRequest(path, { intent: "add", userId: String(ids.chairId), role: "member" }, ids.secretaryId), params));
    expect(statusOf(again)).toBe(400);
    expect(await count("membership")).toBe(before);
    const newcomer = await db.selectFrom("user").select("id").where("email", "=", "ny@ljungby.example").executeTakeFirstOrThrow();
    const added = await membersAction(routeArgs(await postRequest(path, { intent: "add", userId: String(newcomer.id), role: "member", represents: "Ljungby kommun" }, ids.secretaryId), params));
    expect(statusOf(added)).toBe(200);
    const audit = await db.selectFrom("audit_log").select(["entity", "action", "user_id"]).where("entity", "=", "membership").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit).toEqual({ entity: "membership", action: "create", user_id: ids.secretaryId });
  });
});
