// Real-window smoke test: starts the built vvt-desktop through tauri-driver
// (which drives WebKitWebDriver) on prepared registers and reads what the
// window shows. Run it under an X server: scripts/e2e.sh wraps it in xvfb-run.
//
// Environment:
//   VVT_E2E_APP      the vvt-desktop binary (built with --features custom-protocol)
//   VVT_E2E_DRIVER   the tauri-driver binary
//   VVT_E2E_EXAMPLE  a register holding the example data (optional: skipped when unset)
//   VVT_E2E_EMPTY    a path for a new, empty register
//   VVT_E2E_DAMAGED  a truncated register with backups in FILE.backups/ (optional: skipped when unset)

import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
/** Nothing here may hang CI: every wait is bounded. */
const WAIT_MS = 30_000;
const TOTAL_MS = 240_000;

const app = requireEnv("VVT_E2E_APP");
const driverBin = requireEnv("VVT_E2E_DRIVER");
const exampleRegister = process.env.VVT_E2E_EXAMPLE || "";
const emptyRegister = requireEnv("VVT_E2E_EMPTY");
const damagedRegister = process.env.VVT_E2E_DAMAGED || "";

/** @param {string} name */
function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`smoke: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on, so parallel runs and stray drivers cannot clash. */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    })
  );
}

class WebDriver {
  /** @param {string} base */
  constructor(base) {
    this.base = base;
    /** @type {string | null} */
    this.session = null;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @returns {Promise<any>}
   */
  async request(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(WAIT_MS * 2),
    });
    /** @type {any} */
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.value ?? json)}`);
    }
    return json.value;
  }

  async waitUntilUp() {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      try {
        const status = await this.request("GET", "/status");
        if (status?.ready !== false) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error("tauri-driver did not come up");
  }

  async start() {
    const value = await this.request("POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application: app } } },
    });
    this.session = value.sessionId;
  }

  async stop() {
    if (this.session) await this.request("DELETE", `/session/${this.session}`).catch(() => {});
    this.session = null;
  }

  /**
   * Runs `script` in the page and returns its result.
   * @param {string} script
   */
  execute(script) {
    return this.request("POST", `/session/${this.session}/execute/sync`, { script, args: [] });
  }

  /**
   * Clicks the element `css` selects once it exists, and returns its text.
   * @param {string} css
   */
  async click(css) {
    const text = await this.textOf(css);
    const found = await this.request("POST", `/session/${this.session}/element`, {
      using: "css selector",
      value: css,
    });
    await this.request("POST", `/session/${this.session}/element/${found[ELEMENT]}/click`, {});
    return text;
  }

  /**
   * Text of the element `css` selects, once it exists and `ready(text)` holds.
   * @param {string} css
   * @param {(text: string) => boolean} [ready]
   */
  async textOf(css, ready = (text) => text.length > 0) {
    const deadline = Date.now() + WAIT_MS;
    let last = "(element not found)";
    while (Date.now() < deadline) {
      try {
        const found = await this.request("POST", `/session/${this.session}/element`, {
          using: "css selector",
          value: css,
        });
        if (!found?.[ELEMENT]) throw new Error(`unexpected find answer ${JSON.stringify(found)}`);
        last = await this.request("GET", `/session/${this.session}/element/${found[ELEMENT]}/text`);
        if (ready(last)) return last;
      } catch (error) {
        // not rendered yet
        last = `(${error instanceof Error ? error.message : error})`;
      }
      await sleep(200);
    }
    throw new Error(`${css} never became ready; last text: ${JSON.stringify(last)}`);
  }
}

/**
 * Starts tauri-driver (and so the app) with VVT_DB=register, runs `check`, and
 * tears everything down again, whatever happens.
 * @param {string} register
 * @param {(driver: WebDriver) => Promise<void>} check
 */
async function withApp(register, check) {
  const port = await freePort();
  const nativePort = await freePort();
  // Own process group, so the driver, WebKitWebDriver and the app all go at once.
  const child = spawn(driverBin, ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, VVT_DB: register },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // The driver logs a refused connection for every poll before WebKitWebDriver
  // listens: keep its output, and show it only when the check fails.
  /** @type {string[]} */
  const log = [];
  child.stdout?.on("data", (chunk) => log.push(String(chunk)));
  child.stderr?.on("data", (chunk) => log.push(String(chunk)));
  const driver = new WebDriver(`http://127.0.0.1:${port}`);
  try {
    await driver.waitUntilUp();
    await driver.start();
    await check(driver);
  } catch (error) {
    console.error(`--- tauri-driver output ---\n${log.join("").slice(-4000)}\n---`);
    throw error;
  } finally {
    await driver.stop();
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}

/** Titles of the top-level X windows: the native title is not visible to WebDriver. */
function windowTitles() {
  try {
    return execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  } catch (error) {
    return `xwininfo failed: ${error}`;
  }
}

/**
 * @param {boolean} condition
 * @param {string} why
 */
function assert(condition, why) {
  if (!condition) throw new Error(why);
}

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

const watchdog = setTimeout(() => {
  console.error(`smoke: gave up after ${TOTAL_MS / 1000} s`);
  process.exit(1);
}, TOTAL_MS);

let passed = 0;
let failed = 0;
for (const [name, run] of cases) {
  try {
    await run();
    passed += 1;
    console.log(`smoke: ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.error(`smoke: FAIL ${name}\n  ${error instanceof Error ? error.message : error}`);
  }
}
clearTimeout(watchdog);
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
