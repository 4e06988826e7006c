// Every migration, imported statically: FileMigrationProvider cannot import .ts
// files in the built server or in vitest (stack-notes.md). Add new ones here.
import type { Migration } from "kysely";
import * as createDomain from "./2026_11_23_0900_create_domain";
import * as minutes from "./2026_11_23_1100_minutes";
import * as importedDocument from "./2026_11_23_1300_import";
import * as protocol from "./2026_12_02_1300_protocol";
import * as search from "./2026_12_02_1100_search";
import * as documents from "./2026_12_02_1200_documents";
import * as accounts from "./2026_12_02_1000_accounts";
import * as notifications from "./2026_12_02_1400_notifications";
import * as rounds from "./2026_12_02_1600_rounds";
import * as mandateDueDays from "./2026_12_02_1500_mandate_due_days";
import * as jobRuns from "./2026_12_02_1700_job_runs";
import * as mailRetry from "./2026_12_02_2000_mail_retry";
import * as importSha from "./2026_12_03_1100_import_sha";
import * as importReview from "./2026_12_03_1500_import_review";

export const migrations: Record<string, Migration> = {
  "2026_11_23_0900_create_domain": createDomain,
  "2026_11_23_1100_minutes": minutes,
  "2026_11_23_1300_import": importedDocument,
  "2026_12_02_1300_protocol": protocol,
  "2026_12_02_1100_search": search,
  "2026_12_02_1200_documents": documents,
  "2026_12_02_1000_accounts": accounts,
  "2026_12_02_1400_notifications": notifications,
  "2026_12_02_1600_rounds": rounds,
  "2026_12_02_1500_mandate_due_days": mandateDueDays,
  "2026_12_02_1700_job_runs": jobRuns,
  "2026_12_02_2000_mail_retry": mailRetry,
  "2026_12_03_1100_import_sha": importSha,
  "2026_12_03_1500_import_review": importReview,
};
