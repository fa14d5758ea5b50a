// The WebDriver client of the real-window tests: starts the built vvt-desktop
// through tauri-driver (which drives WebKitWebDriver) and talks the W3C
// protocol with plain fetch, so no test framework has to be installed.
//
// Environment:
//   VVT_E2E_APP      the vvt-desktop binary (built with --features custom-protocol)
//   VVT_E2E_DRIVER   the tauri-driver binary

import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
/** Nothing here may hang CI: every wait is bounded. */
export const WAIT_MS = 30_000;

export const app = requireEnv("VVT_E2E_APP");
const driverBin = requireEnv("VVT_E2E_DRIVER");

/** @param {string} name */
export function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`smoke: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

/** WebDriver's codes of the keys that are no characters. */
export const KEY = {
  enter: "\uE007",
  tab: "\uE004",
  shift: "\uE008",
  escape: "\uE00C",
  down: "\uE015",
  up: "\uE013",
};

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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

export class WebDriver {
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
    /** When the app was asked to start, for start-up timing. */
    this.startedAt = Date.now();
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
   * Runs `script` (a function body; `arguments[i]` are `args`) in the page
   * and returns its result.
   * @param {string} script
   * @param {unknown[]} [args]
   */
  execute(script, args = []) {
    return this.request("POST", `/session/${this.session}/execute/sync`, { script, args });
  }

  /**
   * Polls `script` until it returns something truthy, and returns that.
   * @param {string} script
   * @param {string} what  said when it never happens
   */
  async waitFor(script, what) {
    const deadline = Date.now() + WAIT_MS;
    let last;
    while (Date.now() < deadline) {
      try {
        last = await this.execute(script);
        if (last) return last;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await sleep(200);
    }
    throw new Error(`${what} never happened; last answer: ${JSON.stringify(last)}`);
  }

  /**
   * Types `text` into the input `css` selects, replacing its value, the way
   * the UI sees typing: an `input` event per change.
   * @param {string} css
   * @param {string} text
   */
  async setValue(css, text) {
    await this.waitFor(`return !!document.querySelector(${JSON.stringify(css)});`, `${css} to appear`);
    await this.execute(
      `const el = document.querySelector(arguments[0]);
       el.focus();
       el.value = arguments[1];
       el.dispatchEvent(new Event("input", { bubbles: true }));
       el.dispatchEvent(new Event("change", { bubbles: true }));`,
      [css, text],
    );
  }

  /**
   * Sends keys to the element that has the focus, through the WebDriver
   * actions API, as a keyboard would: each string is typed character by
   * character; use the KEY constants for Enter, Tab and the like.
   * @param {...string} parts
   */
  async keys(...parts) {
    const actions = [];
    for (const part of parts) {
      for (const ch of part) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
    }
    await this.request("POST", `/session/${this.session}/actions`, {
      actions: [{ type: "key", id: "keyboard", actions }],
    });
  }

  /**
   * Moves the focus with Tab until the element with `id` has it, as a
   * keyboard user would; fails after `most` presses.
   * @param {string} id
   * @param {number} [most]
   */
  async tabTo(id, most = 400) {
    await this.tabUntil(`return document.activeElement?.id === ${JSON.stringify(id)};`, `#${id}`, most);
  }

  /**
   * Moves the focus with Tab until `script` (run in the page, with the
   * focused element at hand as `document.activeElement`) returns true.
   * @param {string} script
   * @param {string} what
   * @param {number} [most]
   */
  async tabUntil(script, what, most = 400) {
    for (let i = 0; i < most; i++) {
      if (await this.execute(script)) return;
      await this.keys(KEY.tab);
    }
    throw new Error(`Tab never reached ${what}`);
  }

  /**
   * Moves the focus with Tab to the button reading `text` and presses Enter on it.
   * @param {string} text
   */
  async tabToButtonAndPress(text) {
    await this.tabUntil(
      `const el = document.activeElement; return el?.tagName === "BUTTON" && el.textContent.trim() === ${JSON.stringify(text)};`,
      `the button ${JSON.stringify(text)}`,
    );
    await this.keys(KEY.enter);
  }

  /**
   * Types `text` into the searchable picker `css` selects and takes the
   * first match with Enter, as the keyboard does.
   * @param {string} css
   * @param {string} text
   */
  async pick(css, text) {
    await this.setValue(css, text);
    await this.keys(KEY.enter);
  }

  /**
   * Presses Ctrl together with `key` (e.g. "s") through the WebDriver actions
   * API, as a keyboard would.
   * @param {string} key
   */
  async ctrl(key) {
    const CONTROL = "\uE009";
    await this.request("POST", `/session/${this.session}/actions`, {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value: CONTROL },
            { type: "keyDown", value: key },
            { type: "keyUp", value: key },
            { type: "keyUp", value: CONTROL },
          ],
        },
      ],
    });
  }

  /**
   * Clicks the element `css` selects once it exists, and returns its text.
   * @param {string} css
   */
  async click(css) {
    const text = await this.textOf(css);
    await this.clickFound("css selector", css);
    return text;
  }

  /**
   * Clicks the element `css` selects once it exists, text or not (a radio
   * button, a checkbox).
   * @param {string} css
   */
  async clickInput(css) {
    await this.waitFor(`return !!document.querySelector(${JSON.stringify(css)});`, `${css} to appear`);
    await this.clickFound("css selector", css);
  }

  /**
   * Clicks the element the XPath `xpath` selects, once it exists: for "the
   * row that says meetings-jitsi", which CSS cannot express.
   * @param {string} xpath
   */
  async clickXPath(xpath) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        await this.clickFound("xpath", xpath);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(200);
      }
    }
  }

  /**
   * @param {string} using
   * @param {string} value
   */
  async clickFound(using, value) {
    // "Not interactable" passes once a layout shift settles (a status line
    // appearing above the element, a bar going away): try again a while.
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        const found = await this.request("POST", `/session/${this.session}/element`, { using, value });
        // WebKitWebDriver leaves an element half hidden at the edge of a
        // scrolled pane as it is and then finds its centre covered: centre it.
        await this.execute(`arguments[0].scrollIntoView({ block: "center", inline: "nearest" });`, [found]);
        await this.request("POST", `/session/${this.session}/element/${found[ELEMENT]}/click`, {});
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!message.includes("not interactable") || Date.now() > deadline) {
          throw new Error(`click on ${value}: ${message}`);
        }
        await sleep(250);
      }
    }
  }

  /**
   * The current value of the input `css` selects.
   * @param {string} css
   */
  async valueOf(css) {
    await this.waitFor(`return !!document.querySelector(${JSON.stringify(css)});`, `${css} to appear`);
    return this.execute("return document.querySelector(arguments[0]).value;", [css]);
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
 * Starts tauri-driver (and so the app) with VVT_DB=register and `env`, runs
 * `check`, and tears everything down again, whatever happens.
 * @param {string} register
 * @param {(driver: WebDriver) => Promise<void>} check
 * @param {Record<string, string>} [env]
 */
export async function withApp(register, check, env = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  // Own process group, so the driver, WebKitWebDriver and the app all go at once.
  const child = spawn(driverBin, ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, ...env, VVT_DB: register },
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
export function windowTitles() {
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
export function assert(condition, why) {
  if (!condition) throw new Error(why);
}

/**
 * Runs `cases` one after another, each in a fresh app, and exits with 1 when
 * any failed or the whole run took longer than `totalMs`.
 * @param {string} suite  named in every line
 * @param {Array<[string, () => Promise<void>]>} cases
 * @param {number} totalMs
 */
export async function runCases(suite, cases, totalMs) {
  const watchdog = setTimeout(() => {
    console.error(`${suite}: gave up after ${totalMs / 1000} s`);
    process.exit(1);
  }, totalMs);
  let passed = 0;
  let failed = 0;
  // VVT_E2E_ONLY runs only the cases whose name holds it (while working on one).
  const only = process.env.VVT_E2E_ONLY;
  for (const [name, run] of cases) {
    if (only && !name.includes(only)) continue;
    try {
      await run();
      passed += 1;
      console.log(`${suite}: ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.error(`${suite}: FAIL ${name}\n  ${error instanceof Error ? error.message : error}`);
    }
  }
  clearTimeout(watchdog);
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
