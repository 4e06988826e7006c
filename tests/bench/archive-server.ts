// What `npm run bench` and `npm run load` share: the archive's demo people,
// a free port for the server, and signing in as one of them over HTTP.
import net from "node:net";

export const PASSWORD = process.env.STYRBORD_DEMO_PASSWORD ?? "arkiv-demo-2026";

export type Role = "secretary" | "chair" | "member" | "staff" | "admin";
export const EMAIL: Record<Role, string> = {
  secretary: "sekreterare@ask.example",
  chair: "ordforande@ask.example",
  member: "ledamot@ask.example",
  staff: "projektenhet@ask.example",
  admin: "admin@ask.example",
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The session cookie of `role`, signed in through the sign-in form. */
export async function signIn(baseURL: string, role: Role): Promise<string> {
  const body = new URLSearchParams({ email: EMAIL[role], password: PASSWORD, redirectTo: "/" });
  const response = await fetch(`${baseURL}/login`, { method: "POST", body, redirect: "manual" });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie.includes("styrbord_session")) throw new Error(`sign-in as ${role} failed: ${response.status}`);
  return cookie;
}
