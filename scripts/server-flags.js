// Node's flags for the production server, in one place: `npm start`
// (package.json) passes them, and the tests and benches that start server.js
// spawn it with them. A young generation of 2 MB a half (V8's default grows to
// 16 MB) keeps the server's memory near its working set: after the whole bench
// on the archive, 313 → 237 MB, at the same speed (README, Decisions: the
// archive at scale, second pass).
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=2"];
