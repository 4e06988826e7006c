// autocannon ships no types; the bench and the load script use a small part of it.
declare module "autocannon" {
  export type Result = {
    requests: { average: number; total: number };
    throughput: { total: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    latency: { p50: number; p99: number; average: number };
    statusCodeStats?: Record<string, { count: number }>;
  };
  export type Request = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
  type Instance = Promise<Result> & { on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  export default function autocannon(options: {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    requests?: Request[];
    timeout?: number;
  }): Instance;
}
