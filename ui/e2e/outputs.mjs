// Real-window tests of what the app produces from the register: the notice
// and the register print exported through the save dialog (its answers
// injected with VVT_DIALOG_ANSWERS), the findings leading to their fields,
// and a published notice version.
//
// Environment (besides driver.mjs's):
//   VVT_E2E_VVT   the vvt CLI binary (prepares registers with the example)
//   VVT_E2E_WORK  a scratch folder for registers and exported files

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, requireEnv, runCases, withApp } from "./driver.mjs";

const TOTAL_MS = 480_000;
const vvt = requireEnv("VVT_E2E_VVT");
const work = requireEnv("VVT_E2E_WORK");

/** @param {string} name */
function exampleRegister(name) {
  const path = join(work, name);
  execFileSync(vvt, ["--db", path, "example"], { stdio: "ignore" });
  return path;
}

/**
 * The example with what the checks find wrong in its notice mended (how
 * consent is withdrawn, an instrument for the Gravatar transfer), so that its
 * notice can be published; items merely missing remain.
 * @param {string} name
 */
function publishableRegister(name) {
  const path = exampleRegister(name);
  const data = JSON.parse(execFileSync(vvt, ["--db", path, "export", "json"], { encoding: "utf8" }));
  for (const a of data.activities) {
    for (const p of a.purposes) {
      if (p.legal_bases.includes("art6-1-a")) p.consent_withdrawal = "formlos per E-Mail an den Datenschutzbeauftragten";
    }
    for (const t of a.transfers) {
      if (!t.mechanism) t.mechanism = "art49-1-a";
    }
  }
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(data));
  execFileSync(vvt, ["--db", path, "import", "json", "--replace", file], { stdio: "ignore" });
  return path;
}

/**
 * A folder for one test's files and the answer file of its save dialogs:
 * the dialog takes one line per question.
 * @param {string} name
 * @param {string[]} files  the answers, in the order the dialogs are asked
 */
function dialogAnswers(name, files) {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  const answers = join(folder, "answers.txt");
  writeFileSync(answers, files.map((file) => join(folder, file)).join("\n") + "\n");
  return { folder, env: { VVT_DIALOG_ANSWERS: answers, VVT_NO_VIEWER: "1" } };
}

/** @param {string} pdf */
const pdfText = (pdf) => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });

/**
 * @param {import("./driver.mjs").WebDriver} driver
 * @param {string} view  a view id of the main navigation
 */
async function showView(driver, view) {
  await driver.click(`[data-testid="nav-${view}"]`);
}

/**
 * Clicks `css` and waits until the status line `saved` names `file`.
 * @param {import("./driver.mjs").WebDriver} driver
 * @param {string} css
 * @param {string} saved  the status line's selector
 * @param {string} file
 */
async function saveThrough(driver, css, saved, file) {
  await driver.click(css);
  const line = await driver.textOf(saved, (text) => text.includes(file));
  assert(existsSync(file), `${file} was written (${line})`);
}

/** @type {Array<[string, () => Promise<void>]>} */
const cases = [
  [
    "the notice is exported as HTML, Markdown and PDF through the save dialog",
    async () => {
      const register = exampleRegister("hinweise.vvt");
      const { folder, env } = dialogAnswers("hinweise", ["hinweise.html", "hinweise.md", "hinweise"]);
      await withApp(
        register,
        async (driver) => {
          await showView(driver, "notice");
          const page = await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Integrata Cegos GmbH"));
          assert(page.includes("Datenschutzhinweise"), "the preview shows the German notice");
          await saveThrough(driver, '[data-testid="notice-export-html"]', '[data-testid="notice-saved"]', join(folder, "hinweise.html"));
          await saveThrough(driver, '[data-testid="notice-export-md"]', '[data-testid="notice-saved"]', join(folder, "hinweise.md"));
          // No extension given in the dialog: the app adds ".pdf".
          await saveThrough(driver, '[data-testid="notice-export-pdf"]', '[data-testid="notice-saved"]', join(folder, "hinweise.pdf"));
        },
        env,
      );
      const html = readFileSync(join(folder, "hinweise.html"), "utf8");
      assert(html.startsWith("<!DOCTYPE html>") && html.includes('<html lang="de">'), "a German HTML page");
      assert(html.includes("Integrata Cegos GmbH") && html.includes("Jitsi"), "the HTML names controller and services");
      const md = readFileSync(join(folder, "hinweise.md"), "utf8");
      assert(md.startsWith("# Datenschutzhinweise"), `the Markdown notice, got ${JSON.stringify(md.slice(0, 60))}`);
      const pdf = readFileSync(join(folder, "hinweise.pdf"));
      assert(pdf.subarray(0, 5).toString() === "%PDF-", "a PDF file");
      const text = pdfText(join(folder, "hinweise.pdf"));
      assert(text.includes("Integrata Cegos GmbH") && text.includes("Webex"), "the PDF holds the notice's text");
    },
  ],
  [
    "the public notice leaves out an employees' activity, whose notice of its own is exported",
    async () => {
      // The schema-5 fixture: Teams is informed by the employees' notice.
      const register = join(work, "eigene.vvt");
      const fixture = fileURLToPath(new URL("../../tests/fixtures/schema-v5-example.json", import.meta.url));
      execFileSync(vvt, ["--db", register, "import", "json", fixture], { stdio: "ignore" });
      const reference = "Datenschutzhinweise für Beschäftigte im Intranet";
      const { folder, env } = dialogAnswers("eigene", ["beschaeftigte.md"]);
      await withApp(
        register,
        async (driver) => {
          await showView(driver, "notice");
          await driver.textOf('[data-testid="notice-left-out"]', (t) => t.includes(reference));
          const page = await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Cisco Webex"));
          assert(!page.includes("Microsoft Teams"), "the public notice does not describe the Teams activity");

          await driver.setValue('[data-testid="notice-choice"]', reference);
          await driver.textOf('[data-testid="notice-page"]', (t) => t.includes("Microsoft Teams") && !t.includes("Cisco Webex"));
          await saveThrough(driver, '[data-testid="notice-export-md"]', '[data-testid="notice-saved"]', join(folder, "beschaeftigte.md"));
        },
        env,
      );
      const md = readFileSync(join(folder, "beschaeftigte.md"), "utf8");
      assert(md.includes("## Online-Meetings und Zusammenarbeit mit Microsoft Teams"), "the employees' notice describes Teams");
      assert(!md.includes("Cisco Webex"), "and only the activities naming it");
    },
  ],
  [
    "the register is exported as PDF, XLSX and CSV with the chosen options",
    async () => {
      const register = exampleRegister("verzeichnis.vvt");
      const { folder, env } = dialogAnswers("verzeichnis", ["vvt.pdf", "vvt.xlsx", "vvt-en.csv"]);
      await withApp(
        register,
        async (driver) => {
          await showView(driver, "export");
          // A wrong date is said at its field before any file is asked for:
          // the dialog's first answer is still there for the PDF below.
          await driver.setValue("#field-history_since", "2026-02-30");
          await driver.click('[data-testid="export-run"]');
          const dateError = await driver.textOf("#field-history_since-error");
          assert(dateError.includes("2026-02-30"), `the error at the date field, got ${JSON.stringify(dateError)}`);
          assert(
            readFileSync(env.VVT_DIALOG_ANSWERS, "utf8").startsWith(join(folder, "vvt.pdf")),
            "no save dialog was asked for the refused export",
          );
          await driver.setValue("#field-history_since", "");
          await driver.clickInput('[data-testid="export-format-pdf"]');
          await driver.clickInput('[data-testid="export-processor-record"]');
          await saveThrough(driver, '[data-testid="export-run"]', '[data-testid="export-saved"]', join(folder, "vvt.pdf"));
          await driver.clickInput('[data-testid="export-format-xlsx"]');
          await saveThrough(driver, '[data-testid="export-run"]', '[data-testid="export-saved"]', join(folder, "vvt.xlsx"));
          await driver.clickInput('[data-testid="export-format-csv"]');
          await driver.clickInput('[data-testid="export-lang-en"]');
          await saveThrough(driver, '[data-testid="export-run"]', '[data-testid="export-saved"]', join(folder, "vvt-en.csv"));
          // "Print" writes a PDF and hands it to the system viewer
          // (VVT_NO_VIEWER keeps the viewer closed here).
          await driver.click('[data-testid="export-print"]');
          const printed = await driver.textOf('[data-testid="export-printed"]', (t) => t.includes(".pdf"));
          const pdf = printed.match(/(\/\S+\.pdf)/)?.[1] ?? "";
          assert(existsSync(pdf), `the PDF to print exists: ${JSON.stringify(printed)}`);
          assert(pdfText(pdf).includes("Record of processing activities"), "printed in the chosen language");
        },
        env,
      );
      const text = pdfText(join(folder, "vvt.pdf"));
      for (const expected of ["Verzeichnis von Verarbeitungstätigkeiten", "Integrata Cegos GmbH", "Microsoft Teams", "Art. 30 Abs. 2"]) {
        assert(text.includes(expected), `the register PDF holds ${JSON.stringify(expected)}`);
      }
      const xlsx = readFileSync(join(folder, "vvt.xlsx"));
      assert(xlsx.subarray(0, 2).toString() === "PK", "an XLSX file (a zip)");
      const csv = readFileSync(join(folder, "vvt-en.csv"), "utf8");
      assert(csv.includes("meetings-jitsi") && csv.includes("meetings-teams"), "the CSV lists the activities");
      // The register's header block (Art. 30(1)(a)) comes first, then an empty line and the table.
      const lines = csv.split(/\r?\n/);
      assert(/controller/i.test(lines.slice(0, 8).join("\n")), `the CSV starts with the controller, got ${JSON.stringify(lines.slice(0, 3))}`);
      const heading = lines[lines.findIndex((l) => l.trim() === "") + 1] ?? "";
      assert(/purpose/i.test(heading), `the CSV's table heading is English, got ${JSON.stringify(heading)}`);
    },
  ],
  [
    "a click on a finding opens the record at its field",
    async () => {
      const register = exampleRegister("befunde.vvt");
      await withApp(register, async (driver) => {
        await showView(driver, "findings");
        const summary = await driver.textOf('[data-testid="findings-summary"]');
        assert(/Fehler/.test(summary), `the summary counts the errors, got ${JSON.stringify(summary)}`);
        // § 26 BDSG alone on the first purpose of the Jitsi activity.
        await driver.clickXPath(
          `//*[@data-testid="finding"][@data-field="purposes[0].legal_bases"][contains(., "meetings-jitsi")]//*[@data-testid="finding-open"]`,
        );
        const landed = await driver.waitFor(
          `const key = document.querySelector(".activity-editor .bar .key")?.textContent.trim();
           const focused = document.activeElement?.id;
           return key === "meetings-jitsi" && focused === "field-purposes-0-legal_bases" ? focused : null;`,
          "the editor of meetings-jitsi with the legal-basis picker focused",
        );
        assert(landed === "field-purposes-0-legal_bases", "landed on the field");
        const badge = await driver.textOf('[data-testid="finding-badge"]');
        assert(/^\d+$/.test(badge.trim()), `the list shows a findings badge, got ${JSON.stringify(badge)}`);

        // And a party's finding opens the party at its agreement.
        await showView(driver, "findings");
        await driver.clickXPath(
          `//*[@data-testid="finding"][@data-field="agreement.signed_on"]//*[@data-testid="finding-open"]`,
        );
        await driver.waitFor(
          `return document.activeElement?.id === "field-agreement-signed_on";`,
          "the party's agreement date to be focused",
        );
      });
    },
  ],
  [
    "a missing notice item leads to its field, and a published version is listed",
    async () => {
      const register = publishableRegister("veroeffentlichen.vvt");
      await withApp(register, async (driver) => {
        await showView(driver, "notice");
        await driver.textOf('[data-testid="notice-missing"]', (t) => t.includes("13"));
        // The controller's e-mail address is recommended, not required.
        await driver.clickXPath(`//*[@data-testid="notice-recommended"]//button[contains(., "E-Mail")]`);
        await driver.waitFor(
          `return document.activeElement?.id === "field-controller-email";`,
          "the controller's e-mail address to be focused in the organisation",
        );

        await showView(driver, "notice");
        await driver.click('[data-testid="notice-publish"]');
        // The example leaves items missing: publishing asks first.
        await driver.click('[role="dialog"] button.risky');
        const versions = await driver.textOf('[data-testid="notice-versions"]', (t) => t.length > 0);
        const count = await driver.execute(
          `return document.querySelectorAll('[data-testid="notice-version"]').length;`,
        );
        assert(count === 1, `the new version is listed, got ${count}: ${versions}`);
      });
      const listed = execFileSync(vvt, ["--db", register, "notice", "versions"], { encoding: "utf8" });
      // One row: id 1, the language, then the time of publishing.
      assert(/^\s*1\s+de\s+\d{4}-\d{2}-\d{2} /m.test(listed), `the CLI sees the published version too:\n${listed}`);
    },
  ],
];

await runCases("outputs", cases, TOTAL_MS);
