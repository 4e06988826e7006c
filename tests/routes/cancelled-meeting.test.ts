// A called-off meeting stays in the lists, marked as such, and is nobody's next meeting.
import { describe, expect, it } from "vitest";
import { cancelMeeting, planMeeting } from "~/models/meeting.server";
import { loader as homeLoader } from "~/routes/_index";
import { loader as meetingsLoader } from "~/routes/meetings._index";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, payloadOf, routeArgs, settle } from "../setup/requests";

describe("a cancelled meeting", () => {
  it("is marked in the meetings list and skipped as the secretary's next meeting", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const plan = (date: string) =>
      planMeeting(db, { groupId: ids.askGroupId, date, startTime: "13:00", endTime: "15:00", place: "Växjö", title: `Styrgrupp ASK ${date}`, createdBy: ids.secretaryId });
    const early = await plan("2098-01-10");
    const later = await plan("2098-02-10");
    await cancelMeeting(db, ids.secretaryId, early);

    const list = payloadOf(await settle(async () => meetingsLoader(routeArgs(await getRequest("/meetings", ids.secretaryId))))) as {
      upcoming: Array<{ id: number; cancelledAt: string | null }>;
    };
    expect(list.upcoming.find((m) => m.id === early)?.cancelledAt).toBeTruthy();
    expect(list.upcoming.find((m) => m.id === later)?.cancelledAt).toBeNull();

    const home = JSON.stringify(payloadOf(await settle(async () => homeLoader(routeArgs(await getRequest("/", ids.secretaryId))))));
    expect(home).toContain("Styrgrupp ASK 2098-02-10");
    expect(home).not.toContain("Styrgrupp ASK 2098-01-10");
  });
});
