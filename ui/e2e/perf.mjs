// Desktop measurements of docs/performance.md (`make bench`): the time from
// starting vvt-desktop to the first activity list on screen, and the memory
// of the app and its web view after loading a register of N activities.
//
// Then, in one more start: the time to open an activity in the editor
// (click to its name on screen, measured in the page), and a scripted session
// of VVT_PERF_EDITS edits and saves (default 200) with the memory before and
// after, to see what grows.
//
// Environment (besides driver.mjs's): VVT_PERF_REGISTER, the register to open;
// VVT_PERF_RUNS, how many starts to time (default 5); VVT_PERF_EDITS.

import { readFileSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { app, requireEnv, sleep, withApp } from "./driver.mjs";

const edits = Number(process.env.VVT_PERF_EDITS || "200");

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

/** The memory of the app's processes now, summed. */
function memoryNow() {
  const { app: appPids, web } = appProcesses();
  /** @param {number[]} pids */
  const sum = (pids) =>
    pids.map(memoryOf).reduce((a, b) => ({ rss: a.rss + b.rss, pss: a.pss + b.pss }), { rss: 0, pss: 0 });
  return { app: sum(appPids), web: sum(web) };
}

await withApp(
  register,
  async (driver) => {
    await driver.waitFor(`return document.querySelectorAll(${JSON.stringify(ROW)}).length > 1;`, "the list");
    // Opening an activity: from the click on its row to its name in the
    // editor on screen (the next frame), timed in the page (a
    // MutationObserver), so WebDriver's polling does not count; and to the
    // whole form, whose later sections follow after that first paint
    // (ui/src/lib/activity/progressive.ts). Several rows, the median.
    /** @type {number[]} */
    const opens = [];
    /** @type {number[]} */
    const wholes = [];
    for (let i = 1; i <= 9; i += 1) {
      const [ms, whole] = await driver.execute(
        `const rows = document.querySelectorAll(${JSON.stringify(ROW)});
         const row = rows[arguments[0] % rows.length];
         const key = row.querySelector(".c-key").textContent.trim();
         return new Promise((resolve) => {
           const t0 = performance.now();
           const done = () => {
             const shown = document.querySelector(".activity-editor .bar .key")?.textContent.trim();
             if (shown === key && document.getElementById("field-name")) {
               observer.disconnect();
               requestAnimationFrame(() => {
                 const painted = performance.now() - t0;
                 const whole = () =>
                   document.querySelector(".activity-editor")?.dataset.complete === "true"
                     ? requestAnimationFrame(() => resolve([painted, performance.now() - t0]))
                     : setTimeout(whole, 1);
                 whole();
               });
             }
           };
           const observer = new MutationObserver(done);
           observer.observe(document.body, { subtree: true, childList: true, attributes: true });
           row.click();
           done();
         });`,
        [i],
      );
      opens.push(Math.round(Number(ms)));
      wholes.push(Math.round(Number(whole)));
    }
    console.log(`open an activity in the editor: median ${median(opens)} ms (${opens.join(", ")} ms)`);
    console.log(`… and its whole form rendered: median ${median(wholes)} ms (${wholes.join(", ")} ms)`);

    // Search as you type: "Newsletter" typed into the list's search at a
    // brisk typing pace (80 ms a key), timed in the page. Per keystroke, the
    // time from the input event to the next frame (what the hand feels);
    // then from the last keystroke to the list showing the result, which
    // includes the list's pause for the end of typing (DEBOUNCE_MS, 150 ms).
    const search = await driver.execute(
      `const box = document.getElementById("activity-search");
       const count = () => document.querySelector('[data-testid="activity-list-count"]')?.textContent.trim();
       const before = count();
       const word = "Newsletter";
       const keys = [];
       return new Promise((resolve) => {
         let i = 0;
         const next = () => {
           const t0 = performance.now();
           box.value = word.slice(0, i + 1);
           box.dispatchEvent(new Event("input", { bubbles: true }));
           requestAnimationFrame(() => {
             keys.push(performance.now() - t0);
             i += 1;
             if (i < word.length) return setTimeout(next, 80);
             const last = t0;
             const shown = () =>
               count() !== before
                 ? requestAnimationFrame(() => resolve([keys, performance.now() - last, count()]))
                 : setTimeout(shown, 2);
             shown();
           });
         };
         next();
       });`,
      [],
    );
    const [keyTimes, resultMs, countText] = /** @type {[number[], number, string]} */ (search);
    console.log(
      `search as you type: per keystroke median ${Math.round(median(keyTimes))} ms, slowest ${Math.round(Math.max(...keyTimes))} ms; ` +
        `result ${Math.round(resultMs)} ms after the last key, 150 ms pause included (${countText})`,
    );
    await driver.execute(
      `const box = document.getElementById("activity-search"); box.value = ""; box.dispatchEvent(new Event("input", { bubbles: true }));`,
      [],
    );
    await sleep(1500);

    // A session of edits and saves on the open activity.
    await sleep(1000);
    const before = memoryNow();
    const elements = () => driver.execute(`return document.querySelectorAll("*").length;`, []);
    const elementsBefore = await elements();
    for (let i = 0; i < edits; i += 1) {
      await driver.setValue("#field-description", `Bearbeitung ${i}`);
      await driver.ctrl("s");
      await driver.waitFor(
        `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
        `save ${i}`,
      );
    }
    await sleep(3000);
    const after = memoryNow();
    const elementsAfter = await elements();
    const historyEntries = await driver.execute(
      `return document.querySelectorAll("#activity-history li").length;`,
      [],
    );
    const total = (/** @type {{ app: Memory, web: Memory }} */ m) => m.app.rss + m.web.rss;
    console.log(
      `${edits} edits and saves: app and web view ${mib(total(before))} → ${mib(total(after))} MiB RSS ` +
        `(app ${mib(before.app.rss)} → ${mib(after.app.rss)}, web view ${mib(before.web.rss)} → ${mib(after.web.rss)}; ` +
        `growth ${mib(total(after) - total(before))} MiB)`,
    );
    console.log(
      `elements in the page ${elementsBefore} → ${elementsAfter} (list items in the record's history: ${historyEntries})`,
    );
  },
  {},
);
