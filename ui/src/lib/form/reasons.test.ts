// The German table of the core's validation reasons, with the exact German
// wording. The English texts below are readable examples of the core's format
// strings (file named per group) with sample values, including texts the
// core's list cannot provoke (failures of the PDF, the workbook and the notice
// template, the desktop shell's file refusals, a single missing item). That
// the table knows every reason the core actually gives is checked by
// coreReasons.test.ts against core-reasons.json, which the core's test
// tests/reasons.rs writes; a changed wording of the core fails there, not here.
import { afterEach, describe, expect, it } from "vitest";
import type { ApiError } from "../api";
import { settings } from "../settings.svelte";
import { errorFor, fieldMessage } from "./fields";
import { localizeReason } from "./reasons";

const de = (reason: string) => localizeReason(reason, "de");

describe("localizeReason in German", () => {
  it.each([
    ["is required", "Pflichtangabe – bitte ausfüllen."],
    ["is too long (1234 characters, at most 1000)", "Zu lang (1.234 Zeichen, höchstens 1.000)."],
    ["is too long (20001 characters, at most 20000)", "Zu lang (20.001 Zeichen, höchstens 20.000)."],
    ["contains control characters", "Enthält unzulässige Steuerzeichen."],
    ["has too many entries (501, at most 500)", "Zu viele Einträge (501, höchstens 500)."],
  ])("texts and lists (src/validate/mod.rs): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["'2026-02-30' is not a valid date (YYYY-MM-DD)", "„2026-02-30“ ist kein gültiges Datum (JJJJ-MM-TT)."],
    [
      "date 2300-01-01 is outside the accepted range 1970-01-01 to 2199-12-31",
      "Das Datum 2300-01-01 liegt außerhalb des zulässigen Bereichs (1970-01-01 bis 2199-12-31).",
    ],
    ["lies before created_at", "Liegt vor dem Datum der Anlegung (created_at)."],
    ["input contains invalid characters", "Kein gültiges Datum (JJJJ-MM-TT): Die Eingabe enthält ungültige Zeichen."],
    ["premature end of input", "Kein gültiges Datum (JJJJ-MM-TT): Die Eingabe ist unvollständig."],
    ["trailing input", "Kein gültiges Datum (JJJJ-MM-TT): Nach dem Datum folgen weitere Zeichen."],
  ])("dates (src/interchange.rs, src/validate, chrono): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    [
      "'VT 1' is not a valid key (letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 characters)",
      "„VT 1“ ist keine gültige Kennung (Buchstaben ohne Umlaute, Ziffern, „.“, „_“ oder „-“, am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen).",
    ],
    ["'dsb(at)example.org' is not an e-mail address", "„dsb(at)example.org“ ist keine E-Mail-Adresse."],
    [
      "unknown country code 'XX' (ISO 3166-1 alpha-2 expected, e.g. 'US')",
      "Unbekannter Ländercode „XX“ (erwartet wird ein Code nach ISO 3166-1 Alpha-2, z. B. „US“).",
    ],
    ["unknown transfer mechanism 'art99'", "Unbekanntes Übermittlungsinstrument „art99“."],
    ["unknown legal basis 'art6-1-z'", "Unbekannte Rechtsgrundlage „art6-1-z“."],
    ["unknown DPIA criterion 'wp248-nope'", "Unbekannte Frage der DSFA-Schwellwertanalyse „wp248-nope“."],
    ["unknown supervisory authority 'xx-dpa'", "Unbekannte Aufsichtsbehörde „xx-dpa“."],
  ])("keys, e-mail and catalog codes (src/validate): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["refers to party 'cisco', which does not exist", "Verweist auf die Stelle „cisco“, die es nicht gibt."],
    [
      "refers to TOM 'tom-tls', which does not exist",
      "Verweist auf die Maßnahme „tom-tls“, die es im TOM-Katalog nicht gibt.",
    ],
    [
      "refers to activity 'VT-009', which does not exist",
      "Verweist auf die Verarbeitungstätigkeit „VT-009“, die es nicht gibt.",
    ],
    ["TOM 'tom-tls' is listed twice", "Die Maßnahme „tom-tls“ ist doppelt aufgeführt."],
    ["legal basis 'art6-1-b' is listed twice", "Die Rechtsgrundlage „art6-1-b“ ist doppelt aufgeführt."],
    [
      "duplicate key 'VT-001' (also used by activities[0])",
      "Die Kennung „VT-001“ ist doppelt vergeben (auch bei activities[0]).",
    ],
  ])("references and duplicates (src/validate): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["12000 is not a sensible period (1 to 10000)", "12.000 ist keine sinnvolle Löschfrist (1 bis 10.000)."],
    [
      "give a period or a criterion for how long the data is kept",
      "Geben Sie eine Frist oder ein Kriterium an, wie lange die Daten aufbewahrt werden.",
    ],
    ["name the internal unit that receives the data", "Nennen Sie die interne Stelle, die die Daten erhält."],
    [
      "an internal recipient is a unit of the organisation, not a party",
      "Ein interner Empfänger ist eine Einheit der eigenen Organisation; wählen Sie dafür keine Stelle aus.",
    ],
    [
      "choose the receiving party or describe the category of recipients",
      "Wählen Sie die empfangende Stelle aus oder beschreiben Sie die Kategorie von Empfängern.",
    ],
    ["'FR' is in the EEA, so this is no third-country transfer", "„FR“ liegt im EWR; das ist keine Übermittlung in ein Drittland."],
    ["5 is no SCC module (1 to 4)", "5 ist kein Modul der Standardvertragsklauseln (1 bis 4)."],
    [
      "an SCC module only applies to standard contractual clauses",
      "Ein Modul gibt es nur bei Standardvertragsklauseln als Übermittlungsinstrument.",
    ],
    ["a party cannot be its own sub-processor", "Eine Stelle kann nicht ihr eigener Unterauftragsverarbeiter sein."],
  ])("retention, recipients, transfers, agreements (src/validate/records.rs): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["must be a positive number", "Muss eine positive Zahl sein."],
    ["duplicate id 7", "Die ID 7 ist doppelt vergeben."],
    ["must be a positive, unique number", "Muss eine positive, eindeutige Zahl sein."],
    [
      "does not match the published text; the file was altered",
      "Passt nicht zum veröffentlichten Text; die Datei wurde verändert.",
    ],
    [
      "the register already holds data; import into a new register or replace its content",
      "Das Verzeichnis enthält bereits Daten; importieren Sie in ein neues Verzeichnis oder ersetzen Sie seinen Inhalt.",
    ],
  ])("a whole register (src/validate/register.rs, src/store/register.rs): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["an activity with key 'VT-001' already exists", "Eine Verarbeitungstätigkeit mit der Kennung „VT-001“ gibt es bereits."],
    ["a party with key 'cisco' already exists", "Eine Stelle mit der Kennung „cisco“ gibt es bereits."],
    ["a TOM with key 'tom-tls' already exists", "Eine Maßnahme mit der Kennung „tom-tls“ gibt es bereits."],
    ["an entry with key 'AV-001' already exists", "Einen Eintrag mit der Kennung „AV-001“ gibt es bereits."],
  ])("keys taken (src/store): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    [
      "party 'cisco' is still named in activity VT-001 (recipients); remove it there first",
      "Die Stelle „cisco“ ist noch in der Verarbeitungstätigkeit „VT-001“ bei den Empfängern eingetragen; entfernen Sie sie dort zuerst.",
    ],
    [
      "party 'cisco' is still named in processor record AV-002 (transfers); remove it there first",
      "Die Stelle „cisco“ ist noch im Verzeichnis als Auftragsverarbeiter (Eintrag „AV-002“) bei den Drittlandübermittlungen eingetragen; entfernen Sie sie dort zuerst.",
    ],
    [
      "party 'cisco' is still named in party microsoft (sub-processors); remove it there first",
      "Die Stelle „cisco“ ist noch bei der Stelle „microsoft“ unter den Unterauftragsverarbeitern eingetragen; entfernen Sie sie dort zuerst.",
    ],
    [
      "TOM 'tom-tls' is still referenced by activity 'VT-001'",
      "Die Maßnahme „tom-tls“ wird noch von der Verarbeitungstätigkeit „VT-001“ verwendet.",
    ],
    [
      "TOM 'tom-tls' is still referenced by processor record entry 'AV-001'",
      "Die Maßnahme „tom-tls“ wird noch vom Eintrag „AV-001“ im Verzeichnis als Auftragsverarbeiter verwendet.",
    ],
  ])("records still in use (src/store/parties.rs, toms.rs): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["change 12 is not a change of party 'cisco'", "Die Änderung 12 gehört nicht zu der Stelle „cisco“."],
    ["change 12 did not change this field", "Die Änderung 12 hat dieses Feld nicht geändert."],
    [
      "is kept by the register itself and cannot be restored",
      "Wird vom Verzeichnis selbst geführt und lässt sich nicht wiederherstellen.",
    ],
    [
      "already holds the value it had before change 12; nothing to restore",
      "Hat bereits den Wert von vor der Änderung 12; es gibt nichts wiederherzustellen.",
    ],
    [
      "cannot be restored: purposes[2] no longer exists: purposes has 1 entry now",
      "Lässt sich nicht wiederherstellen: purposes[2] gibt es nicht mehr: purposes hat jetzt 1 Eintrag.",
    ],
    [
      "cannot be restored: agreement is empty in the record now",
      "Lässt sich nicht wiederherstellen: agreement ist im Datensatz jetzt leer.",
    ],
    [
      "cannot be restored: the record no longer has a field logic (its kind changed)",
      "Lässt sich nicht wiederherstellen: der Datensatz hat kein Feld logic mehr (seine Art hat sich geändert).",
    ],
    [
      "the earlier value no longer fits the record: missing field `name`",
      "Der frühere Wert passt nicht mehr zum Datensatz: Das Feld „name“ fehlt.",
    ],
    ["is not a field path of a record", "Ist kein Feldpfad eines Datensatzes."],
  ])("restoring from the history (src/store/restore.rs): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["missing field `name`", "Das Feld „name“ fehlt."],
    [
      "unknown field `colour`, expected `amount` or `unit`",
      "Das Feld „colour“ gibt es hier nicht.",
    ],
    [
      "unknown variant `decades`, expected one of `hours`, `days`, `weeks`, `months`, `years`",
      "Unbekannter Wert „decades“; erwartet wird „hours“, „days“, „weeks“, „months“ oder „years“.",
    ],
    [
      "unknown variant `maybe`, expected `none` or `used`",
      "Unbekannter Wert „maybe“; erwartet wird „none“ oder „used“.",
    ],
    ["invalid type: integer `5`, expected a string", "Ungültiger Wert: die Zahl 5; erwartet wird ein Text."],
    ["invalid type: null, expected a boolean", "Ungültiger Wert: kein Wert (null); erwartet wird ein Wahrheitswert (true oder false)."],
    ['invalid type: string "3", expected u32', "Ungültiger Wert: der Text „3“; erwartet wird eine ganze Zahl von 0 bis 4.294.967.295."],
    ["invalid type: floating point `1.5`, expected u32", "Ungültiger Wert: die Kommazahl 1.5; erwartet wird eine ganze Zahl von 0 bis 4.294.967.295."],
    ["invalid value: integer `-1`, expected u32", "Ungültiger Wert: die Zahl -1; erwartet wird eine ganze Zahl von 0 bis 4.294.967.295."],
    ["invalid value: integer `300`, expected u8", "Ungültiger Wert: die Zahl 300; erwartet wird eine ganze Zahl von 0 bis 255."],
    ["invalid type: map, expected a sequence", "Ungültiger Wert: ein Objekt; erwartet wird eine Liste."],
    ["invalid type: integer `5`, expected a formatted date string", "Ungültiger Wert: die Zahl 5; erwartet wird ein Datum im Format JJJJ-MM-TT."],
    ['invalid type: string "abc", expected struct Period', "Ungültiger Wert: der Text „abc“; erwartet wird ein Objekt."],
    [
      'invalid type: string "a, expected b", expected a sequence',
      "Ungültiger Wert: der Text „a, expected b“; erwartet wird eine Liste.",
    ],
  ])("JSON of the wrong shape (serde via record_from_value): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    ["an empty notice cannot be published", "Leere Datenschutzhinweise können nicht veröffentlicht werden."],
    [
      "3 item(s) required by Art. 13/14 GDPR are missing; complete the register or publish with the markers deliberately",
      "3 Pflichtangaben nach Art. 13/14 DSGVO fehlen; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit den Markierungen „Fehlt“.",
    ],
    [
      "1 item(s) required by Art. 13/14 GDPR are missing; complete the register or publish with the markers deliberately",
      "1 Pflichtangabe nach Art. 13/14 DSGVO fehlt; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit den Markierungen „Fehlt“.",
    ],
    ["there is no activity with key 'VT-404'", "Es gibt keine Verarbeitungstätigkeit mit der Kennung „VT-404“."],
    [
      "notice template: undefined value (in notice.md:3)",
      "Fehler in der Vorlage der Datenschutzhinweise: undefined value (in notice.md:3)",
    ],
    ["cannot typeset the PDF: font not found", "Das PDF konnte nicht gesetzt werden: font not found"],
    ["cannot join the PDF parts: invalid xref", "Die Teile des PDF ließen sich nicht zusammenfügen: invalid xref"],
    ["the footers cover 1200 pages, the print has 1201", "Die Fußzeilen umfassen 1.200 Seiten, der Ausdruck hat 1.201."],
    ["cannot write the workbook: disk full", "Die Excel-Arbeitsmappe ließ sich nicht schreiben: disk full"],
  ])("notice and register print (src/store/publications.rs, src/notice, src/register_print, src/pdf): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it.each([
    [
      "/home/dsb/neu.vvt already exists; a new register needs a new file name (use Open to open it)",
      "/home/dsb/neu.vvt gibt es bereits; ein neues Verzeichnis braucht einen neuen Dateinamen (eine vorhandene Datei öffnet „Öffnen …“).",
    ],
    ["/home/dsb/ordner is no file", "/home/dsb/ordner ist keine Datei."],
    [
      "the copy cannot replace the open register itself; choose another file",
      "Die Kopie kann nicht das geöffnete Verzeichnis selbst ersetzen; wählen Sie eine andere Datei.",
    ],
    [
      "/tmp/x.vvt is not a backup of this register; only files in /home/dsb/backups can be restored",
      "/tmp/x.vvt ist keine Sicherung dieses Verzeichnisses; wiederherstellen lassen sich nur Dateien aus /home/dsb/backups.",
    ],
  ])("file refusals of the desktop shell (src-tauri): %s", (core, german) => {
    expect(de(core)).toBe(german);
  });

  it("keeps a value that spans lines or holds quotes", () => {
    expect(de("'a\nb' is not an e-mail address")).toBe("„a\nb“ ist keine E-Mail-Adresse.");
    expect(de("'it's' is not an e-mail address")).toBe("„it's“ ist keine E-Mail-Adresse.");
  });

  it("returns a reason it does not know unchanged", () => {
    expect(de("needs a pony")).toBe("needs a pony");
    expect(de(""), "the empty reason").toBe("");
    expect(de("is required, really"), "rules are anchored at the end").toBe("is required, really");
    expect(de("it is required"), "and at the start").toBe("it is required");
    const oddPlace = "party 'x' is still named in activity 'VT-001'; remove it there first";
    expect(de(oddPlace), "a place the core does not write stays English as a whole").toBe(oddPlace);
    expect(de("invalid type: sequence, expected a rainbow"), "unknown serde words stay as they are").toBe(
      "Ungültiger Wert: eine Liste; erwartet wird a rainbow.",
    );
  });
});

describe("localizeReason in English", () => {
  it("returns the core's text unchanged", () => {
    for (const reason of ["is required", "is too long (1234 characters, at most 1000)", "needs a pony"]) {
      expect(localizeReason(reason, "en")).toBe(reason);
    }
  });
});

describe("fieldMessage", () => {
  const error: ApiError = {
    code: "validation",
    field: "next_review",
    message: "next_review: '2026-02-30' is not a valid date (YYYY-MM-DD)",
  };

  afterEach(() => {
    settings.lang = "de";
  });

  it("follows settings.lang", () => {
    settings.lang = "de";
    expect(fieldMessage(error)).toBe("„2026-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).");
    expect(errorFor(error, "next_review"), "the message at the field").toBe(
      "„2026-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).",
    );

    settings.lang = "en";
    expect(fieldMessage(error)).toBe("'2026-02-30' is not a valid date (YYYY-MM-DD)");
    expect(errorFor(error, "next_review")).toBe("'2026-02-30' is not a valid date (YYYY-MM-DD)");
  });

  it("localizes a message without the field prefix as a whole", () => {
    settings.lang = "de";
    expect(fieldMessage({ code: "validation", field: "name", message: "is required" })).toBe(
      "Pflichtangabe – bitte ausfüllen.",
    );
    expect(fieldMessage({ code: "conflict", message: "party 'x' was changed elsewhere" }), "an unknown text").toBe(
      "party 'x' was changed elsewhere",
    );
  });
});
