// Real-window tests of the editor: what a DPO does with the app every day,
// through the window, and read back from the register file.
//
// Environment (besides driver.mjs's):
//   VVT_E2E_VVT   the vvt CLI binary (prepares registers with the example)
//   VVT_E2E_WORK  a scratch folder for the registers of these tests

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assert, KEY, requireEnv, runCases, withApp } from "./driver.mjs";
import { editorStatus, openActivity } from "./views.mjs";

const TOTAL_MS = 900_000;
const vvt = requireEnv("VVT_E2E_VVT");
const work = requireEnv("VVT_E2E_WORK");

/**
 * A register holding the example, made by the CLI.
 * @param {string} name
 */
function exampleRegister(name) {
  const path = join(work, name);
  execFileSync(vvt, ["--db", path, "example"], { stdio: "ignore" });
  return path;
}

/**
 * Runs SQL on the register as another program would, behind the app's back,
 * and returns the rows as JSON. The app holds no lock between its
 * transactions, so this is what a second writer can do at any time.
 * @param {string} register
 * @param {string} sql
 * @param {unknown[]} [params]
 */
function sql(register, sql, params = []) {
  const script = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=10)
rows = db.execute(sys.argv[2], json.loads(sys.argv[3])).fetchall()
db.commit()
print(json.dumps(rows))
`;
  const out = execFileSync("python3", ["-c", script, register, sql, JSON.stringify(params)], {
    encoding: "utf8",
  });
  return JSON.parse(out);
}

/** @param {string} register @param {string} key */
const storedActivity = (register, key) =>
  sql(register, "SELECT name, version, next_review FROM activity WHERE key = ?", [key])[0];

const NEW_PURPOSE =
  "Durchführung von Online-Meetings mit Beschäftigten, soweit sie für das Beschäftigungsverhältnis erforderlich sind (geändert im Test)";

/** @type {Array<[string, () => Promise<void>]>} */
const cases = [
  [
    "load the example, change a purpose and its legal basis, save, restart: the change and its history stay",
    async () => {
      const register = join(work, "bearbeiten.vvt");
      await withApp(register, async (driver) => {
        await driver.click('[data-testid="load-example"]');
        await driver.textOf('[data-testid="activity-count"]', (t) => t === "3 Verarbeitungstätigkeiten");
        await openActivity(driver, "meetings-jitsi");
        await driver.setValue("#field-purposes-0-description", NEW_PURPOSE);
        // A date the German way; the register keeps it in ISO form.
        await driver.setValue("#field-next_review", "15.01.2027");
        // § 26 BDSG alone no longer carries employee data (CJEU C-34/21):
        // add Art. 6(1)(b) GDPR from the catalog picker.
        await driver.pick("#field-purposes-0-legal_bases", "art6-1-b");
        await driver.waitFor(
          `return !!document.getElementById("field-purposes-0-legal_bases-1");`,
          "the chosen legal basis to show as the purpose's second one",
        );
        assert((await editorStatus(driver)) === "Ungespeicherte Änderungen", "the editor says it holds changes");
        await driver.ctrl("s");
        await driver.waitFor(
          `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
          "Ctrl+S to save",
        );
      });
      const stored = sql(
        register,
        `SELECT p.description FROM purpose p JOIN activity a ON a.id = p.activity_id
         WHERE a.key = 'meetings-jitsi' ORDER BY p.position LIMIT 1`,
      );
      assert(stored[0]?.[0] === NEW_PURPOSE, `the file holds the new purpose, got ${JSON.stringify(stored)}`);
      const review = sql(register, "SELECT next_review FROM activity WHERE key = 'meetings-jitsi'");
      assert(review[0]?.[0] === "2027-01-15", `the file holds the date in ISO form, got ${JSON.stringify(review)}`);

      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-jitsi");
        const purpose = await driver.valueOf("#field-purposes-0-description");
        assert(purpose === NEW_PURPOSE, `after a restart the purpose reads ${JSON.stringify(purpose)}`);
        const nextReview = await driver.valueOf("#field-next_review");
        assert(nextReview === "15.01.2027", `the date shows the German way, got ${JSON.stringify(nextReview)}`);
        const chips = await driver.execute(
          `return Array.from(document.querySelectorAll("#field-purposes-0-legal_bases-label ~ .chips .citation")).map((c) => c.textContent.trim());`,
        );
        assert(
          JSON.stringify(chips) === JSON.stringify(["§ 26 BDSG", "Art. 6 Abs. 1 lit. b DSGVO"]),
          `the purpose's legal bases after the restart, got ${JSON.stringify(chips)}`,
        );
        // The history loads when the DPO goes there (the section navigation).
        await driver.execute(`document.querySelector('nav.sections a[href="#activity-history"]').click();`);
        const newest = await driver.textOf('[data-testid="history-change"]');
        assert(newest.includes("geändert"), `the newest history entry is the change, got ${JSON.stringify(newest)}`);
        for (const expected of ["Zwecke › Eintrag 1 › Beschreibung", NEW_PURPOSE, "Zwecke › Eintrag 1 › Rechtsgrundlagen"]) {
          assert(newest.includes(expected), `the history entry shows ${JSON.stringify(expected)}: ${newest}`);
        }
      });
    },
  ],
  [
    "a whole new activity with a US processor is entered with the keyboard alone and saved",
    async () => {
      const register = exampleRegister("tastatur.vvt");
      let key = "";
      await withApp(register, async (driver) => {
        await driver.textOf('[data-testid="activity-count"]', (t) => t === "3 Verarbeitungstätigkeiten");
        await driver.ctrl("n");
        await driver.waitFor(
          `return document.activeElement?.id === "field-name";`,
          "Ctrl+N to put the keyboard into the new activity's name",
        );
        key = await driver.valueOf("#field-key");
        await driver.keys("Bewerbermanagement");
        await driver.tabToButtonAndPress("Zweck hinzufügen");
        await driver.waitFor(`return document.activeElement?.id === "field-purposes-0-description";`, "the new purpose");
        await driver.keys("Durchführung des Bewerbungsverfahrens");
        await driver.tabTo("field-purposes-0-legal_bases");
        // Typed and taken with Enter; ↓ alone adds nothing.
        await driver.keys(KEY.down, KEY.escape, "26 BDSG", KEY.enter, "6 1 b", KEY.enter);
        await driver.tabToButtonAndPress("Empfänger hinzufügen");
        await driver.tabTo("field-recipients-0-party");
        await driver.keys("Microsoft", KEY.enter);
        await driver.tabToButtonAndPress("Drittlandübermittlung hinzufügen");
        await driver.tabTo("field-transfers-0-recipient");
        await driver.keys("Microsoft", KEY.enter);
        const recipient = await driver.valueOf("#field-transfers-0-recipient");
        assert(recipient.startsWith("Microsoft"), `the transfer's recipient is taken, got ${JSON.stringify(recipient)}`);
        await driver.tabTo("field-transfers-0-country");
        await driver.keys("Vereinigte Staaten", KEY.enter);
        await driver.tabToButtonAndPress("Vorschlag übernehmen");
        await driver.ctrl("s");
        await driver
          .waitFor(
            `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
            "Ctrl+S to save the new activity",
          )
          .catch(async (error) => {
            const why = await driver.execute(
              `return Array.from(document.querySelectorAll('.activity-editor [role="alert"]')).map((e) => e.textContent.trim()).join(" | ");`,
            );
            throw new Error(`${error instanceof Error ? error.message : error}; the editor says: ${why}`);
          });
      });
      const shown = JSON.parse(
        execFileSync(vvt, ["--db", register, "show", key, "--format", "json"], { encoding: "utf8" }),
      );
      assert(shown.name === "Bewerbermanagement", `the name is stored, got ${JSON.stringify(shown.name)}`);
      assert(
        JSON.stringify(shown.purposes.map((/** @type {any} */ p) => [p.description, p.legal_bases])) ===
          JSON.stringify([["Durchführung des Bewerbungsverfahrens", ["bdsg-26", "art6-1-b"]]]),
        `the purpose with exactly the two chosen legal bases, got ${JSON.stringify(shown.purposes)}`,
      );
      assert(
        shown.recipients.length === 1 && shown.recipients[0].party === "microsoft",
        `the processor, got ${JSON.stringify(shown.recipients)}`,
      );
      const transfer = shown.transfers[0];
      assert(
        // The example's Microsoft is not DPF-certified: the suggestion is the SCCs.
        transfer?.country === "US" && transfer.recipient === "microsoft" && transfer.mechanism === "art46-2-c",
        `the US transfer on the suggested mechanism, got ${JSON.stringify(shown.transfers)}`,
      );
    },
  ],
  [
    "the form's section navigation lands on each section",
    async () => {
      const register = exampleRegister("abschnitte.vvt");
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-teams");
        const links = await driver.execute(
          `return Array.from(document.querySelectorAll('nav.sections a')).map((a) => a.getAttribute("href").slice(1));`,
        );
        assert(links.length >= 10, `a link per section, got ${JSON.stringify(links)}`);
        for (const id of links) {
          await driver.execute(`document.querySelector('nav.sections a[href="#' + arguments[0] + '"]').click();`, [id]);
          const where = await driver.execute(
            `const section = document.getElementById(arguments[0]);
             const head = document.querySelector(".activity-editor .head").getBoundingClientRect().bottom;
             const top = section.getBoundingClientRect().top;
             return { focused: document.activeElement === section.querySelector("h2"), top, head, height: window.innerHeight };`,
            [id],
          );
          assert(
            where.focused && where.top >= where.head - 2 && where.top < where.height,
            `the link to #${id} shows its section below the bar and moves the keyboard there: ${JSON.stringify(where)}`,
          );
        }
      });
    },
  ],
  [
    "a German text changed makes its translation outdated; the translation view lists it and takes the new English",
    async () => {
      const register = exampleRegister("uebersetzung.vvt");
      const summary = () =>
        JSON.parse(execFileSync(vvt, ["--db", register, "--lang", "en", "translations", "--format", "json"], { encoding: "utf8" }));
      assert(summary().missing === 0 && summary().outdated === 0, "the example ships complete English translations");
      const field = "purposes[0].description";
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-jitsi");
        await driver.setValue("#field-purposes-0-description", NEW_PURPOSE);
        await driver.ctrl("s");
        await driver.waitFor(
          `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
          "the German change saved",
        );

        await driver.click('[data-testid="nav-translations"]');
        const counts = await driver.textOf('[data-testid="translation-counts"]', (t) => t.includes("veraltet"));
        assert(counts.startsWith("0 fehlen · 1 veraltet"), `the outdated translation is counted, got ${JSON.stringify(counts)}`);
        const entry = await driver.textOf('[data-testid="translation-entry"]');
        assert(entry.includes("Übersetzung veraltet") && entry.includes(NEW_PURPOSE), `the entry names it: ${entry}`);
        await driver.click('[data-testid="translation-entry"] button');

        const id = "field-translations-purposes-0-description";
        await driver.waitFor(`return document.activeElement?.id === ${JSON.stringify(id)};`, "the English text to take the focus");
        await driver.setValue(`#${id}`, "Holding online meetings with employees where the employment requires it (changed in the test)");
        await driver.execute(
          `document.getElementById(${JSON.stringify(id)}).closest("li").querySelector("button").click();`,
        );
        await driver.waitFor(
          `return document.getElementById(${JSON.stringify(id)}).closest("li").querySelector('[data-testid="translation-status"]').textContent.trim() === "übersetzt";`,
          "the translation saved as current",
        );
      });
      const after = summary();
      const row = after.entries.find((/** @type {any} */ e) => e.key === "meetings-jitsi" && e.field === field);
      assert(after.outdated === 0 && row?.status === "current", `the register holds the new translation, got ${JSON.stringify(row)}`);
      assert(row.translation.includes("changed in the test"), `as typed, got ${JSON.stringify(row.translation)}`);
    },
  ],
  [
    "an invalid date is refused at its field and nothing is stored",
    async () => {
      const register = exampleRegister("datum.vvt");
      const before = storedActivity(register, "meetings-webex");
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-webex");
        await driver.setValue("#field-next_review", "2026-02-30");
        await driver.ctrl("s");
        const message = await driver.textOf("#field-next_review-error");
        assert(
          message === "„2026-02-30“ ist kein gültiges Datum.",
          `the core's reason, in German, at the field, got ${JSON.stringify(message)}`,
        );
        const invalid = await driver.execute(
          `return document.getElementById("field-next_review").getAttribute("aria-invalid");`,
        );
        assert(invalid === "true", "the field is marked invalid for assistive technology");
        const focused = await driver.execute("return document.activeElement?.id ?? null;");
        assert(focused === "field-next_review", `the invalid field has the focus, got ${JSON.stringify(focused)}`);
        assert((await editorStatus(driver)) === "Ungespeicherte Änderungen", "the edit is kept, unsaved");
      });
      const after = storedActivity(register, "meetings-webex");
      assert(
        JSON.stringify(after) === JSON.stringify(before),
        `the register is as it was: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
      );
    },
  ],
  [
    "an edit made stale by a change elsewhere is refused and overwrites nothing",
    async () => {
      const register = exampleRegister("veraltet.vvt");
      const elsewhere = "Microsoft Teams (anderswo geändert)";
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-teams");
        await driver.setValue("#field-name", "Microsoft Teams (in der App geändert)");
        sql(register, "UPDATE activity SET name = ?, version = version + 1 WHERE key = 'meetings-teams'", [
          elsewhere,
        ]);
        await driver.ctrl("s");
        const banner = await driver.textOf(".activity-editor .banner.danger");
        assert(
          banner.includes("inzwischen anderswo geändert") && banner.includes("nichts wurde überschrieben"),
          `the refusal says why, got ${JSON.stringify(banner)}`,
        );
        assert((await editorStatus(driver)) === "Ungespeicherte Änderungen", "the DPO's edit stays on screen");
        await driver.click(".activity-editor .banner.danger button");
        const name = await driver.waitFor(
          `const v = document.getElementById("field-name")?.value; return v === ${JSON.stringify(elsewhere)} ? v : null;`,
          "reloading to show the stored name",
        );
        assert(name === elsewhere, "reload shows the record as stored");
      });
      const stored = storedActivity(register, "meetings-teams");
      assert(stored[0] === elsewhere, `the other change is kept, got ${JSON.stringify(stored)}`);
    },
  ],
  [
    "the cookie table shows the example's Gravatar; a decision with its safeguards is added and stored",
    async () => {
      const register = exampleRegister("entscheidungen.vvt");
      /**
       * Clicks the button or checkbox label with this text.
       * @param {import("./driver.mjs").WebDriver} driver @param {string} selector @param {string} text
       */
      const clickText = (driver, selector, text) =>
        driver.execute(
          `const el = Array.from(document.querySelectorAll(${JSON.stringify(selector)})).find((e) => e.textContent.trim() === ${JSON.stringify(text)});
           if (!el) return false; el.click(); return true;`,
        );
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-jitsi");
        const name = await driver.valueOf("#field-embeds-0-name");
        assert(name === "Gravatar", `the example's embedded service is listed, got ${JSON.stringify(name)}`);
        const country = await driver.valueOf("#field-embeds-0-country");
        assert(country === "Vereinigte Staaten (US)", `with its third country, got ${JSON.stringify(country)}`);

        await openActivity(driver, "meetings-webex");
        await driver.setValue("#field-automated_decisions", "used");
        await driver.setValue("#field-automated_decisions-logic", "Punktwert aus der Teilnahmehistorie");
        assert(await clickText(driver, "button", "Entscheidung hinzufügen"), "the add button");
        await driver.setValue("#field-automated_decisions-decisions-0-decision", "Zulassung zum Webinar");
        await driver.setValue("#field-automated_decisions-decisions-0-exception", "contract");
        for (const safeguard of ["Eingreifen einer Person", "Darlegung des eigenen Standpunkts", "Anfechtung der Entscheidung"]) {
          assert(await clickText(driver, "#field-automated_decisions-decisions-0-safeguards label", safeguard), safeguard);
        }
        await driver.ctrl("s");
        await driver.waitFor(
          `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
          "Ctrl+S to save",
        );
      });
      const decisions = sql(
        register,
        `SELECT d.decision, d.effect, d.exception FROM automated_decision d JOIN activity a ON a.id = d.activity_id
         WHERE a.key = 'meetings-webex'`,
      );
      assert(
        JSON.stringify(decisions) === JSON.stringify([["Zulassung zum Webinar", "legal", "contract"]]),
        `the file holds the decision, got ${JSON.stringify(decisions)}`,
      );
      const safeguards = sql(
        register,
        `SELECT s.code FROM automated_decision_safeguard s JOIN activity a ON a.id = s.activity_id
         WHERE a.key = 'meetings-webex' ORDER BY s.position`,
      );
      assert(
        JSON.stringify(safeguards) === JSON.stringify([["human_intervention"], ["express_view"], ["contest"]]),
        `and its three safeguards, got ${JSON.stringify(safeguards)}`,
      );
    },
  ],
  [
    "the structure of issue 23 is edited in the window and stored: retention event and end, groups, Art. 9 condition, disclosure, publication, professional secrecy",
    async () => {
      const register = exampleRegister("struktur.vvt");
      /**
       * Ticks the checkbox `css` as a click does (in the page: a WebDriver
       * click can land on the sticky bar above a field scrolled to the top)
       * and waits until it shows as ticked.
       * @param {import("./driver.mjs").WebDriver} driver @param {string} css
       */
      const tick = async (driver, css) => {
        await driver.waitFor(`return !!document.querySelector(${JSON.stringify(css)});`, `${css} to appear`);
        await driver.execute(`const i = document.querySelector(${JSON.stringify(css)}); if (!i.checked) i.click();`);
        await ticked(driver, css);
      };
      /** @param {import("./driver.mjs").WebDriver} driver @param {string} css */
      const ticked = (driver, css) =>
        driver.waitFor(`return document.querySelector(${JSON.stringify(css)})?.checked === true;`, `${css} ticked`);
      /** @param {import("./driver.mjs").WebDriver} driver @param {string} text */
      const saved = (driver, text) =>
        driver.waitFor(
          `return Array.from(document.querySelectorAll('[role="status"]')).some((e) => e.textContent.includes(${JSON.stringify(text)}));`,
          text,
        );
      await withApp(register, async (driver) => {
        await openActivity(driver, "meetings-teams");
        // Chats, account data and own content: ten years from the end of the
        // calendar year, then restricted instead of erased.
        await driver.setValue("#field-data_categories-2-retention-start_event", "end_of_calendar_year");
        await driver.setValue("#field-data_categories-2-retention-at_end", "restriction");
        // The catalog's first group: employees ("Beschäftigte").
        await tick(driver, "#field-data_subject_groups label:nth-of-type(1) input");
        // A category marked as special data, with the Art. 9(2) condition that covers it.
        await tick(driver, "#field-data_categories-0-special");
        await driver.pick("#field-data_categories-0-conditions", "art9-2-a");
        // Microsoft receives only the user details.
        await tick(driver, "#field-recipients-0-data_categories-0");
        // A publication on the website, on a legal basis of its own.
        const published = await driver.execute(
          `const add = Array.from(document.querySelectorAll("button")).find((b) => b.textContent.trim() === "Empfänger hinzufügen");
           add.click();
           return document.querySelectorAll('[id^="field-recipients-"][id$="-role"]').length - 1;`,
        );
        await driver.setValue(`#field-recipients-${published}-role`, "public");
        await tick(driver, `#field-recipients-${published}-channels-website`);
        await driver.pick(`#field-recipients-${published}-legal_bases`, "art6-1-e");
        await driver.ctrl("s");
        await driver.waitFor(
          `return document.querySelector(".activity-editor .bar .status")?.textContent.trim() === "Gespeichert";`,
          "Ctrl+S to save the activity",
        );

        await driver.click('[data-testid="nav-organisation"]');
        await driver.waitFor(`return !!document.getElementById("field-professional_secrecy");`, "the organisation");
        await tick(driver, "#field-professional_secrecy");
        await driver.ctrl("s");
        await saved(driver, "Die Angaben zur Organisation wurden gespeichert.");

        await driver.click('[data-testid="nav-parties"]');
        await driver.clickXPath(`//*[@data-testid="party-list"]//button[contains(., "Microsoft")]`);
        await driver.waitFor(`return !!document.getElementById("field-agreement-secrecy_obligation");`, "the agreement");
        await tick(driver, "#field-agreement-secrecy_obligation");
        await driver.ctrl("s");
        await saved(driver, "Die Stelle wurde gespeichert.");
      });
      const teams = "(SELECT id FROM activity WHERE key = 'meetings-teams')";
      const rule = sql(register, `SELECT start_event, at_end FROM data_category WHERE activity_id = ${teams} AND position = 2`);
      assert(
        JSON.stringify(rule) === JSON.stringify([["end_of_calendar_year", "restriction"]]),
        `the retention event and end, got ${JSON.stringify(rule)}`,
      );
      const groups = sql(register, `SELECT code FROM data_subject_group WHERE activity_id = ${teams}`);
      assert(JSON.stringify(groups).includes('"employees"'), `the group, got ${JSON.stringify(groups)}`);
      const condition = sql(register, `SELECT code FROM data_category_condition WHERE activity_id = ${teams} AND category = 0`);
      assert(JSON.stringify(condition) === JSON.stringify([["art9-2-a"]]), `the condition, got ${JSON.stringify(condition)}`);
      const disclosed = sql(register, `SELECT category FROM recipient_data_category WHERE activity_id = ${teams} AND recipient = 0`);
      assert(disclosed.length === 1, `one category disclosed to Microsoft, got ${JSON.stringify(disclosed)}`);
      const publication = sql(
        register,
        `SELECT r.role, c.channel, b.code FROM recipient r
         JOIN recipient_channel c ON c.activity_id = r.activity_id AND c.recipient = r.position
         JOIN recipient_legal_basis b ON b.activity_id = r.activity_id AND b.recipient = r.position
         WHERE r.activity_id = ${teams}`,
      );
      assert(
        JSON.stringify(publication) === JSON.stringify([["public", "website", "art6-1-e"]]),
        `the publication with its channel and basis, got ${JSON.stringify(publication)}`,
      );
      const secrecy = sql(register, "SELECT professional_secrecy FROM organisation");
      assert(secrecy[0]?.[0] === 1, `the organisation's secrecy, got ${JSON.stringify(secrecy)}`);
      const obligation = sql(
        register,
        "SELECT a.secrecy_obligation FROM processor_agreement a JOIN party p ON p.id = a.party_id WHERE p.key = 'microsoft'",
      );
      assert(obligation[0]?.[0] === 1, `the processor's secrecy obligation, got ${JSON.stringify(obligation)}`);
    },
  ],
  [
    "activities from a spreadsheet are checked, shown and added as drafts",
    async () => {
      const register = exampleRegister("tabelle.vvt");
      const folder = join(work, "tabelle");
      mkdirSync(folder, { recursive: true });
      const csv = join(folder, "verzeichnis.csv");
      // As German Excel saves "CSV UTF-8": BOM, semicolons, a cell with a line break.
      writeFileSync(
        csv,
        "\uFEFFNr.;Bezeichnung;Zwecke;Rechtsgrundlagen;Betroffene;Datenkategorien\r\n" +
          '1;Bewerbermanagement;"Bewerbungsverfahren\r\nTalentpool";§ 26 BDSG;Bewerber;Lebenslauf\r\n' +
          "2;Lohnabrechnung;Entgeltabrechnung;Art. 6 Abs. 1 lit. c DSGVO;Beschäftigte;Bankverbindung\r\n",
      );
      const answers = join(folder, "answers.txt");
      writeFileSync(answers, `${csv}\n`);
      await withApp(
        register,
        async (driver) => {
          await driver.waitFor(`return document.querySelectorAll('[data-testid="activity-row"]').length === 3;`, "the list");
          // The import sits in a menu beside "Neu": open it, then choose.
          await driver.click('[data-testid="import-menu"]');
          await driver.click('[data-testid="import-table"]');
          const dialog = await driver.textOf('[data-testid="import-dialog"]', (t) => t.includes("Lohnabrechnung"));
          assert(dialog.includes("Bewerbermanagement") && dialog.includes("Nr."), `the preview, got ${dialog}`);
          assert(sql(register, "SELECT count(*) FROM activity")[0][0] === 3, "nothing stored before the confirmation");
          await driver.click('[data-testid="import-confirm"]');
          await driver.textOf('[data-testid="import-status"]', (t) => t.includes("2"));
          await driver.waitFor(`return document.querySelectorAll('[data-testid="activity-row"]').length === 5;`, "the list with the new activities");
        },
        { VVT_DIALOG_ANSWERS: answers },
      );
      const stored = sql(register, "SELECT name, status FROM activity WHERE name IN ('Bewerbermanagement', 'Lohnabrechnung') ORDER BY name");
      assert(
        JSON.stringify(stored) === JSON.stringify([["Bewerbermanagement", "draft"], ["Lohnabrechnung", "draft"]]),
        `both stored as drafts, got ${JSON.stringify(stored)}`,
      );
    },
  ],
];

await runCases("editor", cases, TOTAL_MS);
