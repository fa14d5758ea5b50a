// Real-window tests: start the built vvt-desktop on prepared registers and
// read what the window shows. Run under an X server: scripts/e2e.sh wraps this
// in xvfb-run.
//
// Environment (besides driver.mjs's):
//   VVT_E2E_EXAMPLE  a register holding the example data (optional: skipped when unset)
//   VVT_E2E_EMPTY    a path for a new, empty register
//   VVT_E2E_DAMAGED  a truncated register with backups in FILE.backups/ (optional: skipped when unset)

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { assert, requireEnv, runCases, windowTitles, withApp } from "./driver.mjs";

const TOTAL_MS = 480_000;
const exampleRegister = process.env.VVT_E2E_EXAMPLE || "";
const emptyRegister = requireEnv("VVT_E2E_EMPTY");
const damagedRegister = process.env.VVT_E2E_DAMAGED || "";

/** @type {Array<[string, () => Promise<void>]>} */
const cases = [];

if (exampleRegister) {
  cases.push([
    "the example register shows its organisation and three activities",
    () =>
      withApp(exampleRegister, async (driver) => {
        const organisation = await driver.textOf('[data-testid="organisation"]');
        assert(
          organisation === "Integrata Cegos GmbH",
          `organisation of the example register, got ${JSON.stringify(organisation)}`,
        );
        const count = await driver.textOf('[data-testid="activity-count"]');
        assert(count === "3 Verarbeitungstätigkeiten", `activity count, got ${JSON.stringify(count)}`);
        const file = await driver.textOf('[data-testid="register-path"]');
        assert(file === exampleRegister, `the window names the open file, got ${JSON.stringify(file)}`);
        const evalResult = await driver.execute(
          "try { return String(new Function('return 1')()); } catch (e) { return e.name; }",
        );
        assert(
          evalResult === "EvalError",
          `the strict CSP of tauri.conf.json is in force (no eval), got ${JSON.stringify(evalResult)}`,
        );
        // Everything the page loaded came from the app itself or its IPC.
        const foreign = await driver.execute(
          `return performance.getEntriesByType("resource").map((e) => e.name)
             .filter((url) => !/^(tauri:|ipc:|https?:\\/\\/(tauri|ipc)\\.localhost\\/)/.test(url));`,
        );
        assert(
          Array.isArray(foreign) && foreign.length === 0,
          `the window loaded nothing from elsewhere, got ${JSON.stringify(foreign)}`,
        );
        const title = `VVT – ${basename(exampleRegister)}`;
        assert(windowTitles().includes(title), `a window titled ${JSON.stringify(title)} is open`);
      }),
  ]);
} else {
  console.log("smoke: SKIPPED example register (VVT_E2E_EXAMPLE unset: `vvt example` failed)");
}

cases.push([
  "a new register is created and shown as empty",
  () =>
    withApp(emptyRegister, async (driver) => {
      const organisation = await driver.textOf('[data-testid="organisation"]');
      assert(
        organisation === "Noch keine Organisation erfasst",
        `an empty register says so in German, got ${JSON.stringify(organisation)}`,
      );
      const count = await driver.textOf('[data-testid="activity-count"]');
      assert(count === "0 Verarbeitungstätigkeiten", `activity count, got ${JSON.stringify(count)}`);
      assert(existsSync(emptyRegister), "opening a missing register creates the file");
    }),
]);

if (damagedRegister) {
  cases.push([
    "a damaged register is refused unchanged and restored from its backup",
    async () => {
      const damagedBytes = readFileSync(damagedRegister);
      const backupDir = `${damagedRegister}.backups`;
      await withApp(damagedRegister, async (driver) => {
        const message = await driver.textOf('[data-testid="unopenable"]');
        const expected = `Die Datei „${basename(damagedRegister)}“ ist beschädigt und wurde nicht verändert.`;
        assert(message === expected, `the damaged message, got ${JSON.stringify(message)}`);
        assert(
          readFileSync(damagedRegister).equals(damagedBytes),
          "the refused file is left byte-identical",
        );
        const list = await driver.textOf('[data-testid="backup-list"]');
        assert(
          /\d\d\.\d\d\.\d{4}, \d\d:\d\d/.test(list) && list.includes("manual"),
          `the backup is listed with a German date, got ${JSON.stringify(list)}`,
        );
        const label = await driver.click('[data-testid="backup-list"] li button');
        assert(label === "Wiederherstellen", `the row's button, got ${JSON.stringify(label)}`);
        const confirmation = await driver.textOf('[data-testid="confirm-restore"]');
        assert(
          confirmation.includes("Der aktuelle Stand wird aufbewahrt"),
          `a confirmation says the current state is kept, got ${JSON.stringify(confirmation)}`,
        );
        await driver.click('[data-testid="confirm-restore-button"]');
        const organisation = await driver.textOf('[data-testid="organisation"]');
        assert(
          organisation === "Integrata Cegos GmbH",
          `the restored register, got ${JSON.stringify(organisation)}`,
        );
        const count = await driver.textOf('[data-testid="activity-count"]');
        assert(count === "3 Verarbeitungstätigkeiten", `activity count, got ${JSON.stringify(count)}`);
      });
      const kept = readdirSync(backupDir).filter((name) =>
        readFileSync(join(backupDir, name)).equals(damagedBytes),
      );
      assert(kept.length === 1, `the damaged file is kept in ${backupDir}, got ${kept.join(", ")}`);
    },
  ]);
} else {
  console.log("smoke: SKIPPED damaged register (VVT_E2E_DAMAGED unset: preparing it failed)");
}

await runCases("smoke", cases, TOTAL_MS);
