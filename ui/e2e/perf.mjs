// Desktop measurements of docs/performance.md (`make bench`): the time from
// starting vvt-desktop to the first activity list on screen, and the memory
// of the app and its web view after loading a register of N activities.
//
// Environment (besides driver.mjs's): VVT_PERF_REGISTER, the register to open;
// VVT_PERF_RUNS, how many starts to time (default 5).

import { readFileSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { app, requireEnv, sleep, withApp } from "./driver.mjs";

const register = requireEnv("VVT_PERF_REGISTER");
const runs = Number(process.env.VVT_PERF_RUNS || "5");
/** A row of the activity list (ui/src/lib/list). */
const ROW = '[data-testid="activity-row"]';

/** @typedef {{ rss: number, pss: number }} Memory */

/**
 * Resident and proportional memory in KiB of one process, from /proc.
 * @param {number} pid
 * @returns {Memory}
 */
function memoryOf(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  /** @param {string} name */
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(rollup)?.[1] ?? 0);
  return { rss: field("Rss"), pss: field("Pss") };
}

/** Every process id with its parent's, from /proc. */
function processTable() {
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) may hold spaces; the parent follows its ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  return parents;
}

/**
 * The app's processes (those running the binary under test) and the WebKit
 * processes descending from them. Matching command lines instead would also
 * count other programs that merely name vvt-desktop, such as a cargo build.
 */
function appProcesses() {
  const parents = processTable();
  const runs = (/** @type {number} */ pid, /** @type {RegExp | string} */ what) => {
    try {
      const exe = readlinkSync(`/proc/${pid}/exe`);
      return typeof what === "string" ? exe === what : what.test(exe);
    } catch {
      return false;
    }
  };
  const appPids = [...parents.keys()].filter((pid) => runs(pid, realpathSync(app)));
  const descends = (/** @type {number} */ pid) => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) {
      if (appPids.includes(p)) return true;
    }
    return false;
  };
  const web = [...parents.keys()].filter((pid) => runs(pid, /WebKit(Web|Network)Process$/) && descends(pid));
  return { app: appPids, web };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** @type {number[]} */
const startTimes = [];
/** @type {{ app: Memory, web: Memory } | null} */
let memory = null;
for (let run = 0; run < runs; run += 1) {
  await withApp(
    register,
    async (driver) => {
      // The session start launches the app; tauri-driver's own start-up is
      // excluded by waiting for it first (withApp does).
      const t0 = driver.startedAt ?? Date.now();
      await driver.waitFor(`return document.querySelectorAll(${JSON.stringify(ROW)}).length > 0;`, "the first list row");
      startTimes.push(Date.now() - t0);
      if (run === runs - 1) {
        await sleep(1000);
        const { app: appPids, web } = appProcesses();
        /** @param {number[]} pids */
        const sum = (pids) =>
          pids.map(memoryOf).reduce((a, b) => ({ rss: a.rss + b.rss, pss: a.pss + b.pss }), { rss: 0, pss: 0 });
        memory = { app: sum(appPids), web: sum(web) };
      }
    },
    {},
  );
}

/** @param {number} kib */
const mib = (kib) => (kib / 1024).toFixed(0);
console.log(`start to first list: median ${median(startTimes)} ms over ${runs} starts (${startTimes.join(", ")} ms)`);
// Set inside the callback, which TypeScript's narrowing does not follow.
const measured = /** @type {{ app: Memory, web: Memory } | null} */ (memory);
if (measured) {
  console.log(
    `memory after loading: app ${mib(measured.app.rss)} MiB RSS / ${mib(measured.app.pss)} MiB PSS; ` +
      `web view processes ${mib(measured.web.rss)} MiB RSS / ${mib(measured.web.pss)} MiB PSS; ` +
      `total PSS ${mib(measured.app.pss + measured.web.pss)} MiB`,
  );
}
