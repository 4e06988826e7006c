// Every migration, imported statically: FileMigrationProvider cannot import .ts
// files in the built server or in vitest (stack-notes.md). Add new ones here.
import type { Migration } from "kysely";
import * as createDomain from "./2026_11_23_0900_create_domain";
import * as minutes from "./2026_11_23_1100_minutes";
import * as importedDocument from "./2026_11_23_1300_import";
import * as notifications from "./2026_12_02_1400_notifications";

export const migrations: Record<string, Migration> = {
  "2026_11_23_0900_create_domain": createDomain,
  "2026_11_23_1100_minutes": minutes,
  "2026_11_23_1300_import": importedDocument,
  "2026_12_02_1400_notifications": notifications,
};
