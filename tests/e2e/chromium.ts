// The browser for the browser tests comes from npm: @sparticuz/chromium ships
// Chromium and its fonts inside its tarball and unpacks them to the temp
// folder, so no apt step and no download is needed. CHROMIUM_PATH points at
// another Chromium when wanted. A browser that cannot start fails the run with
// what to do, never a skipped test.
import { chromium as playwright } from "playwright-core";

export type ChromiumLaunch = { executablePath: string; args: string[] };

// Its Lambda-oriented flags that would change what a test sees: one process for
// everything, and web security (same-origin, CSP) switched off.
const DROPPED = new Set(["--single-process", "--disable-web-security", "--allow-running-insecure-content", "--disable-site-isolation-trials"]);
const QUIET = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"];

export async function resolveChromium(): Promise<ChromiumLaunch> {
  let launch: ChromiumLaunch;
  try {
    if (process.env.CHROMIUM_PATH) {
      launch = { executablePath: process.env.CHROMIUM_PATH, args: ["--no-sandbox", "--headless=new", ...QUIET] };
    } else {
      const { default: sparticuz } = await import("@sparticuz/chromium");
      const args = sparticuz.args.filter((a) => !DROPPED.has(a) && !a.startsWith("--headless"));
      launch = { executablePath: await sparticuz.executablePath(), args: [...args, ...QUIET] };
    }
    const browser = await playwright.launch({ ...launch, headless: true });
    await browser.close();
  } catch (error) {
    throw new Error(
      "The browser tests cannot start Chromium.\n" +
        "  It comes from the npm package @sparticuz/chromium (a devDependency): run `npm install` again.\n" +
        "  It needs the system library libnss3 (Debian: `apt-get install libnss3`), or set CHROMIUM_PATH to a Chromium binary.\n" +
        `  Cause: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return launch;
}
