// Node's flags for the production server, in one place: `npm start`
// (package.json) passes them, and the tests and benches that start server.js
// spawn it with them. They keep the server's memory near its working set, at
// about the same speed (README, Decisions: the archive at scale, third part):
// - a young generation of 2 MB a half (V8 grows it to 16 MB under load and keeps it);
// - the old generation collected once it is 30 % over what was live after the
//   last collection (V8 lets it grow up to four times under load).
// After the whole bench on the archive: 356 MB without the second, 210 MB at 50 %, 198 MB at 30 %.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=2", "--heap-growing-percent=30"];
