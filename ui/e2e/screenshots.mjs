// Takes the screenshots in docs/screenshots/ from the app's real window,
// driven like the real-window tests: `make screenshot` runs it under Xvfb.
//
// Environment (besides driver.mjs's):
//   VVT_E2E_VVT      the vvt CLI binary (prepares registers with the example)
//   VVT_E2E_WORK     a scratch folder for the registers
//   VVT_E2E_DAMAGED  a truncated register with backups (restore.png; optional)
//   VVT_SHOTS        the folder to write into (docs/screenshots)

import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KEY, requireEnv, runCases, sleep, withApp } from "./driver.mjs";
import { openActivity } from "./views.mjs";

const TOTAL_MS = 420_000;
/** The window's size when the app starts (src-tauri/src/lib.rs). */
const DEFAULT_SIZE = { width: 1180, height: 700 };

/**
 * Resizes the app's window, as a DPO would (the screen is 1920×1080).
 * @param {import("./driver.mjs").WebDriver} driver @param {{ width: number, height: number }} size
 */
async function resize(driver, size) {
  await driver.request("POST", `/session/${driver.session}/window/rect`, { x: 0, y: 0, ...size });
  await sleep(500);
}
const vvt = requireEnv("VVT_E2E_VVT");
const work = requireEnv("VVT_E2E_WORK");
const shots = requireEnv("VVT_SHOTS");
const damaged = process.env.VVT_E2E_DAMAGED || "";
mkdirSync(shots, { recursive: true });

/**
 * @param {string} name
 * @param {{ width: number, height: number }} [size] the window's size (its default unless given)
 */
async function shoot(name, size = DEFAULT_SIZE) {
  // Let fonts, scrolling and the last answer of the core settle.
  await sleep(700);
  const file = join(shots, `${name}.png`);
  // ImageMagick grabs the X screen (WebKitWebDriver's own screenshot
  // command does not answer under Xvfb); with no window manager the window
  // sits at 0,0, so the window is the screen's top left corner.
  execFileSync("import", ["-window", "root", "-crop", `${size.width}x${size.height}+0+0`, "+repage", file]);
  console.log(`screenshots: wrote ${file}`);
}

/** @param {import("./driver.mjs").WebDriver} driver @param {string} id */
const scrollTo = (driver, id) =>
  driver.execute(`document.getElementById(arguments[0])?.scrollIntoView({ block: "start" });`, [id]);

const register = join(work, "screenshots.vvt");
execFileSync(vvt, ["--db", register, "example"], { stdio: "ignore" });

/** @type {Array<[string, () => Promise<void>]>} */
const cases = [
  [
    "list, editor, history, notice beside the editor, parties, notice, findings, export",
    () =>
      withApp(register, async (driver) => {
        await driver.textOf('[data-testid="activity-count"]');
        await driver.waitFor(`return document.querySelectorAll('[data-testid="activity-row"]').length === 3;`, "the list");
        await shoot("list");

        await openActivity(driver, "meetings-teams");
        await scrollTo(driver, "activity-purposes");
        await shoot("editor");

        // A value the core refuses, with its reason at the field; then the
        // value as it was, so leaving the record asks nothing.
        const reviewed = await driver.execute(`return document.getElementById("field-next_review").value;`);
        await driver.setValue("#field-next_review", "2026-02-30");
        await driver.ctrl("s");
        await driver.textOf("#field-next_review-error");
        await shoot("refused");
        await driver.setValue("#field-next_review", reviewed);

        // A change, so the history shows old and new values.
        await openActivity(driver, "meetings-jitsi");
        await driver.setValue("#field-next_review", "2027-03-31");
        await driver.pick("#field-purposes-0-legal_bases", "art6-1-b");
        await driver.ctrl("s");
        await driver.waitFor(
          `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
          "the save",
        );
        // The history loads once in view.
        await scrollTo(driver, "activity-history");
        await driver.textOf('[data-testid="history-change"]');
        await scrollTo(driver, "activity-history");
        await shoot("history");

        // The live notice in the list's place, beside the editor.
        await driver.click('[data-testid="show-notice"]');
        await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Integrata"));
        await shoot("beside");
        await driver.click('[data-testid="show-list"]');

        await driver.click('[data-testid="nav-parties"]');
        await driver.clickXPath(`//*[@data-testid="party-list"]//button[contains(., "Cisco")]`);
        await driver.waitFor(`return !!document.getElementById("field-agreement-signed_on");`, "the party editor");
        await shoot("parties");

        await driver.click('[data-testid="nav-notice"]');
        await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Integrata"));
        await shoot("notice");

        await driver.click('[data-testid="nav-findings"]');
        await driver.textOf('[data-testid="findings-summary"]');
        await shoot("findings");

        await driver.click('[data-testid="nav-export"]');
        await driver.textOf('[data-testid="register-export"]');
        await shoot("export");
      }),
  ],
  [
    "the editor with its section navigation, a picker open and the summary of a refused save, small and large",
    () =>
      withApp(register, async (driver) => {
        await driver.textOf('[data-testid="activity-count"]');
        for (const [suffix, size] of /** @type {const} */ ([
          ["1024", { width: 1024, height: 700 }],
          ["1920", { width: 1920, height: 1080 }],
        ])) {
          await resize(driver, size);
          await openActivity(driver, "meetings-teams");
          await shoot(`editor-sections-${suffix}`, size);

          // The legal-basis picker, searched by article.
          await driver.setValue("#field-purposes-0-legal_bases", "6 1");
          await driver.execute(
            `document.getElementById("field-purposes-0-legal_bases")?.scrollIntoView({ block: "center" });`,
          );
          await shoot(`picker-${suffix}`, size);
          await driver.keys(KEY.escape);

          // Two problems at once: no name, a day that does not exist.
          const name = await driver.valueOf("#field-name");
          const reviewed = await driver.valueOf("#field-next_review");
          await driver.setValue("#field-name", "");
          await driver.setValue("#field-next_review", "30.02.2027");
          await driver.ctrl("s");
          await driver.textOf(".problems");
          await shoot(`problems-${suffix}`, size);
          await driver.setValue("#field-name", name);
          await driver.setValue("#field-next_review", reviewed);
        }
        await resize(driver, DEFAULT_SIZE);
      }),
  ],
];

// The schema-5 fixture: an organisation without a DPO (with its reason), an
// activity with a notice of its own and one exempt from the duty to inform.
const decided = join(work, "decided.vvt");
const decisions = fileURLToPath(new URL("../../tests/fixtures/schema-v5-example.json", import.meta.url));
execFileSync(vvt, ["--db", decided, "import", "json", decisions], { stdio: "ignore" });

cases.push([
  "information duty in the editor and the notice, no DPO in the organisation",
  () =>
    withApp(decided, async (driver) => {
      await driver.textOf('[data-testid="activity-count"]');
      await openActivity(driver, "meetings-teams");
      // Centred: the editor's sticky bar would cover a field at the top.
      await driver.execute(
        `document.getElementById("field-information")?.scrollIntoView({ block: "center" });`,
        [],
      );
      await shoot("information");

      await driver.click('[data-testid="nav-notice"]');
      await driver.textOf('[data-testid="notice-left-out"]', (t) => t.includes("meetings-teams"));
      await driver.execute(
        `document.querySelector('[data-testid="notice-left-out"]')?.scrollIntoView({ block: "center" });`,
        [],
      );
      await shoot("notice-left-out");

      await driver.setValue('[data-testid="notice-choice"]', "Datenschutzhinweise für Beschäftigte im Intranet");
      await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Microsoft Teams"));
      await driver.execute(`document.querySelector('[data-testid="notice-choice"]')?.scrollIntoView({ block: "start" });`, []);
      await shoot("notice-separate");

      await driver.click('[data-testid="nav-organisation"]');
      await driver.waitFor(`return !!document.getElementById("field-no_dpo_reason");`, "the reason for no DPO");
      await scrollTo(driver, "org-dpo");
      await shoot("organisation");
    }),
]);

if (damaged) {
  cases.push([
    "a damaged register with its backups",
    () =>
      withApp(damaged, async (driver) => {
        await driver.textOf('[data-testid="backup-list"]');
        await shoot("restore");
      }),
  ]);
}

await runCases("screenshots", cases, TOTAL_MS);
