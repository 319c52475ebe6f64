import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { startBffProcess } from "../../bff/src/test/bff-process.ts";
import { buildMiniApp } from "../e2e/support/build.ts";
import { CHROMIUM, launchChromium } from "../e2e/support/browser.ts";
import { APP_BASE_PATH, wwwDir } from "../e2e/support/paths.ts";
import { measureBundle, printBundleReport } from "./bundle-size.ts";
import { measureHomeTti, readinessShowsUp, type Readiness } from "./tti.ts";

/** Home's search box: the first thing a citizen uses. */
const HOME_SEARCH: Readiness = { selector: 'input[type="search"]', description: "Home's search box" };
/** Until Home has a search box: the screen's own content has replaced the lazy-route spinner. */
const HOME_CONTENT: Readiness = { selector: "#app main > *", description: "the first element of Home's content" };

const USAGE = `Usage: tsx bench/run.ts [--only size|tti] [--runs N] [--ready <css selector>]
  --only   size: bundle sizes only; tti: Home's time to interactive only (default: both)
  --runs   cold loads to take the median of (default 5)
  --ready  what "Home is usable" means (default: Home's search box, ${HOME_SEARCH.selector})`;

const { values } = parseArgs({
  options: { only: { type: "string" }, runs: { type: "string", default: "5" }, ready: { type: "string" }, help: { type: "boolean" } },
});
const runs = Number(values.runs);
if (values.help || (values.only && !["size", "tti"].includes(values.only)) || !Number.isInteger(runs) || runs < 1) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

process.stdout.write("\nBuilding the mini app (vite build)…\n");
await buildMiniApp({ force: true });
let withinLimits = true;
if (values.only !== "tti") withinLimits = printBundleReport(measureBundle(wwwDir));
if (values.only !== "size") await benchHome();
if (!withinLimits) {
  process.stdout.write("\nThe bundle exceeds a budget or one of Zalo's limits (marked OVER above).\n");
  process.exitCode = 1;
}

async function benchHome(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`\nSkipping Home's time to interactive: no Chromium at ${CHROMIUM} (apt-get install chromium).\n`);
    return;
  }
  const bff = await startBffProcess({ env: { LOG_LEVEL: "silent" } });
  const browser = await launchChromium();
  try {
    // Straight to the app, as Zalo opens it; the / → /zapps/motcua/ redirect is a local convenience.
    const url = `http://localhost:${bff.port}${APP_BASE_PATH}/`;
    await describeAssetServing(url);
    const readiness = await chooseReadiness(browser, url);
    await measureHomeTti(browser, url, readiness, runs);
  } finally {
    await browser.close();
    await bff.stop();
  }
}

/** An explicit --ready is used as given; otherwise the search box, or Home's content while Home has none. */
async function chooseReadiness(browser: Browser, url: string): Promise<Readiness> {
  if (values.ready) return { selector: values.ready, description: "the --ready element" };
  // The probe is an unthrottled load that is not counted; it also warms the BFF up.
  if (await readinessShowsUp(browser, url, HOME_SEARCH)) return HOME_SEARCH;
  process.stdout.write(`\nHome shows no ${HOME_SEARCH.selector} yet: measuring until ${HOME_CONTENT.description} (${HOME_CONTENT.selector}) instead.\n`);
  return HOME_CONTENT;
}

/** Transfer sizes on 3G depend on whether the server compresses the bundle; say which. */
async function describeAssetServing(url: string): Promise<void> {
  const { listSyncJS } = JSON.parse(readFileSync(join(wwwDir, "app-config.json"), "utf8")) as { listSyncJS: string[] };
  const entry = listSyncJS[0];
  if (!entry) return;
  const res = await fetch(`${url}${entry}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
  await res.arrayBuffer();
  const encoding = res.headers.get("content-encoding");
  process.stdout.write(`\nThe BFF serves ${entry} ${encoding ? `with Content-Encoding: ${encoding}` : "uncompressed (no Content-Encoding), so the phone downloads the raw sizes"}.\n`);
}
