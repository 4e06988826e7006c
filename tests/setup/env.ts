// Every unit test runs with a pinned "today" (the day the issues were written)
// and a throwaway data folder, so nothing touches data/.
import os from "node:os";
import path from "node:path";

process.env.STYRBORD_TODAY ??= "2026-11-23";
process.env.STYRBORD_DATA_DIR ??= path.join(os.tmpdir(), `styrbord-test-${process.pid}`);
process.env.SESSION_SECRET ??= "test-secret";
