// The S3 path against a real S3-compatible server (s3rver, from npm, started
// here on a loopback port): uploads through the route land in the bucket by
// content hash, downloads and the pack read them back.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import type { Kysely } from "kysely";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { getBlobStore, S3Store } from "~/documents";
import { planMeeting } from "~/models/meeting.server";
import { loader as downloadLoader } from "~/routes/documents.$documentId";
import { action as itemAction } from "~/routes/meetings.$meetingId_.items.$itemId.documents";
import { loader as packLoader } from "~/routes/meetings.$meetingId_.pack[.]pdf";
import { createTestDb, demoIds } from "../setup/db";
import { pdfText } from "../setup/pdf";
import { getRequest, routeArgs, settle, statusOf } from "../setup/requests";
import { makePdf } from "./fixtures";
import { multipartRequest } from "./upload";

let server: S3rver;
let endpoint: string;
const saved = { STORAGE_URL: process.env.STORAGE_URL, AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-")), configureBuckets: [{ name: "styrbord-docs", configs: [] }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials; the app reads them through the SDK's usual chain.
  process.env.AWS_ACCESS_KEY_ID = "S3RVER";
  process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
  process.env.STORAGE_URL = `s3://styrbord-docs/meetings?endpoint=${encodeURIComponent(endpoint)}&region=eu-north-1`;
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await server.close();
});

describe("documents in an S3-compatible object store", () => {
  it("stores an uploaded PDF in the bucket under its sha256, serves it to a member and puts it in the pack", async () => {
    const db: Kysely<Database> = await createTestDb();
    const ids = await demoIds(db);
    expect(getBlobStore()).toBeInstanceOf(S3Store);
    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2027-02-11", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 11 februari 2027", createdBy: ids.secretaryId });
    const item = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).orderBy("id").executeTakeFirstOrThrow();
    const params = { meetingId: String(meetingId), itemId: String(item.id) };
    const request = await multipartRequest(`/meetings/${meetingId}/items/${item.id}/documents`, { intent: "add", title: "Lägesrapport" }, { file: { name: "Lägesrapport.pdf", bytes: await makePdf(["Lägesrapport från objektlagret"]) } }, ids.secretaryId);
    expect(statusOf(await settle(async () => itemAction(routeArgs(request, params))))).toBe(303);

    const version = await db.selectFrom("document_version").select(["document_id", "sha256"]).executeTakeFirstOrThrow();
    const client = new S3Client({ endpoint, region: "eu-north-1", forcePathStyle: true });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: "styrbord-docs" }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([`meetings/${version.sha256.slice(0, 2)}/${version.sha256}`]);

    await db.updateTable("meeting").set({ state: "agenda_published", agenda_published_at: new Date().toISOString(), agenda_revision: 1 }).where("id", "=", meetingId).execute();
    const got = (await downloadLoader(routeArgs(await getRequest(`/documents/${version.document_id}`, ids.memberId), { documentId: String(version.document_id) }))) as Response;
    expect(got.headers.get("Content-Type")).toBe("application/pdf");
    expect(await pdfText(Buffer.from(await got.arrayBuffer()))).toContain("Lägesrapport från objektlagret");
    const pack = (await packLoader(routeArgs(await getRequest(`/meetings/${meetingId}/pack.pdf`, ids.memberId), { meetingId: String(meetingId) }))) as Response;
    expect(await pdfText(Buffer.from(await pack.arrayBuffer()))).toContain("Lägesrapport från objektlagret");
  });
});
