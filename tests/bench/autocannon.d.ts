// autocannon ships no types; the bench uses a small part of it.
declare module "autocannon" {
  type Result = {
    requests: { average: number; total: number };
    throughput: { total: number };
    non2xx: number;
  };
  type Instance = Promise<Result> & { on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  export default function autocannon(options: { url: string; connections: number; duration: number; headers?: Record<string, string> }): Instance;
}
