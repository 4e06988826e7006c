import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { loader as pdfLoader } from "~/routes/meetings.$meetingId.minutes[.]pdf";
import { createTestDb, demoIds } from "../setup/db";
import { writePdfPages } from "../setup/pdf-images";
import { readPdf } from "../setup/pdf";
import { getRequest, routeArgs, settle } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

async function minutesPdf(meetingId: number, userId: number) {
  const response = (await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${meetingId}/minutes.pdf`, userId), { meetingId: String(meetingId) }) as never))) as Response;
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("the minutes PDF in protocol form", () => {
  it("3 September 2025", async () => {
    const bytes = await minutesPdf(ids.septemberMeetingId, ids.memberId);
    const pdf = await readPdf(bytes);
    console.log(pdf.pages);
    await writePdfPages(bytes, "minutes-2025-09-03-sv");
  });
});
