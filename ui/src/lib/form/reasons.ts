// The core's validation reasons in the UI's language. The core names an
// invalid input by its path and says why in English ("is too long (1234
// characters, at most 300)"); the editors show that reason at the field, and a
// German DPO should read it in German. Each rule below mirrors one format
// string of the core (the Rust file is named above its group), anchored, with
// the placeholders captured, and says the same in German. Values the DPO typed
// and codes stay as they are; counts are grouped the German way ("1.234").
// A reason no rule knows stays English: an English reason at the field is
// better than none. The core is the source of truth for the English side: its
// test tests/reasons.rs provokes every validation reason the core gives a DPO
// and keeps the list in core-reasons.json beside this file (the test fails
// when a wording changes; `VVT_UPDATE_REASONS=1 cargo test -p vvt --test
// integration reasons` rewrites the file). coreReasons.test.ts then fails for
// each reason in that file no rule below translates, so a new or changed text
// of the core needs its rule here before the tests pass again.

import type { Lang } from "../i18n";

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

const germanNumber = new Intl.NumberFormat("de-DE");
const germanOr = new Intl.ListFormat("de", { type: "disjunction" });

/** A count in German grouping: "10000" → "10.000". */
function count(digits: string | number): string {
  return germanNumber.format(Number(digits));
}

/** A value or code from the register, in German quotation marks. */
function q(text: string): string {
  return `„${text}“`;
}

// ---- serde's and chrono's words (record_from_value in src/interchange.rs) ---

const FOUND = new Map([
  ["null", "kein Wert (null)"],
  ["sequence", "eine Liste"],
  ["map", "ein Objekt"],
]);

/** What serde_json found, e.g. "integer `5`", "string \"abc\"", "null". */
function found(value: string): string {
  const word = FOUND.get(value);
  if (word) return word;
  let m: RegExpExecArray | null;
  if ((m = /^string "(.*)"$/s.exec(value))) return `der Text ${q(m[1])}`;
  if ((m = /^integer `(.*)`$/.exec(value))) return `die Zahl ${m[1]}`;
  if ((m = /^floating point `(.*)`$/.exec(value))) return `die Kommazahl ${m[1]}`;
  if ((m = /^boolean `(.*)`$/.exec(value))) return `der Wahrheitswert ${m[1]}`;
  return value;
}

const EXPECTED = new Map([
  ["a string", "ein Text"],
  // A snake_case enum such as `status` given a number.
  ["string or map", "ein Text"],
  ["a boolean", "ein Wahrheitswert (true oder false)"],
  ["a sequence", "eine Liste"],
  ["a map", "ein Objekt"],
  ["a formatted date string", "ein Datum im Format JJJJ-MM-TT"],
  ["an RFC 3339 formatted date and time string", "ein Zeitpunkt nach RFC 3339"],
  ["u8", `eine ganze Zahl von 0 bis ${count(255)}`],
  ["u16", `eine ganze Zahl von 0 bis ${count(65535)}`],
  ["u32", `eine ganze Zahl von 0 bis ${count(4294967295)}`],
  ["u64", "eine ganze Zahl ab 0"],
  ["i32", "eine ganze Zahl"],
  ["i64", "eine ganze Zahl"],
]);

/** What the record's type expected, e.g. "a string", "u32", "struct Period". */
function expected(what: string): string {
  const word = EXPECTED.get(what);
  if (word) return word;
  if (/^(struct|internally tagged enum) \w+$/.test(what)) return "ein Objekt";
  return what;
}

/** serde's list of the allowed names ("one of `a`, `b`, `c`", "`a` or `b`") in German. */
function oneOf(names: string): string {
  return germanOr.format([...names.matchAll(/`([^`]*)`/g)].map((m) => q(m[1])));
}

/** chrono's parse errors, for a date text that does not even look like one. */
const DATE_PARSE: Record<string, string> = {
  "input contains invalid characters": "Die Eingabe enthält ungültige Zeichen",
  "premature end of input": "Die Eingabe ist unvollständig",
  "trailing input": "Nach dem Datum folgen weitere Zeichen",
  "input is out of range": "Ein Teil liegt außerhalb des gültigen Bereichs",
  "no possible date and time matching input": "Diesen Tag gibt es nicht",
  "input is not enough for unique date and time": "Die Angabe ist unvollständig",
};

// ---- Words the store uses inside its reasons --------------------------------

/** Where a party is still named (src/store/parties.rs `usage`), e.g. "activity VT-001 (recipients)". */
function partyUse(kind: string, key: string, part: string): string {
  const where: Record<string, string> = {
    activity: `in der Verarbeitungstätigkeit ${q(key)}`,
    "processor record": `im Verzeichnis als Auftragsverarbeiter (Eintrag ${q(key)})`,
    party: `bei der Stelle ${q(key)}`,
  };
  const list: Record<string, string> = {
    recipients: "bei den Empfängern",
    transfers: "bei den Drittlandübermittlungen",
    "sub-processors": "unter den Unterauftragsverarbeitern",
  };
  return `${where[kind]} ${list[part]}`;
}

/** An entity code of the history, in the dative ("gehört nicht zu der Stelle"). */
const ENTITY_DATIVE = new Map([
  ["organisation", "der Organisation"],
  ["activity", "der Verarbeitungstätigkeit"],
  ["party", "der Stelle"],
  ["tom", "der Maßnahme"],
  ["processor_activity", "dem Eintrag im Verzeichnis als Auftragsverarbeiter"],
]);

/** A path as src/store/restore.rs shows it; the empty one is "the record". */
function shown(path: string): string {
  return path === "the record" ? "der Datensatz" : path;
}

/** Why an earlier value cannot be set again (src/store/restore.rs `set_value`). */
function restoreObstacle(why: string): string {
  let m: RegExpExecArray | null;
  if (why === "the path is empty") return "der Pfad ist leer";
  if ((m = /^(.+) is empty in the record now$/s.exec(why))) return `${shown(m[1])} ist im Datensatz jetzt leer`;
  if ((m = /^(.+) no longer has a field (.+) \(its kind changed\)$/s.exec(why))) {
    return `${shown(m[1])} hat kein Feld ${m[2]} mehr (seine Art hat sich geändert)`;
  }
  if ((m = /^(.+) no longer exists: (.+) has (\d+) (?:entry|entries) now$/s.exec(why))) {
    const entries = m[3] === "1" ? "Eintrag" : "Einträge";
    return `${shown(m[1])} gibt es nicht mehr: ${shown(m[2])} hat jetzt ${count(m[3])} ${entries}`;
  }
  return why;
}

/** The notice's missing items, with the verb agreeing with the count. */
function missingItems(n: string): string {
  return n === "1"
    ? "1 Pflichtangabe nach Art. 13/14 DSGVO fehlt"
    : `${count(n)} Pflichtangaben nach Art. 13/14 DSGVO fehlen`;
}

const GERMAN: readonly Rule[] = [
  // src/validate/mod.rs: texts, lists, dates, keys, catalog codes, references
  [/^is required$/, () => "Pflichtangabe – bitte ausfüllen."],
  [
    /^is too long \((\d+) characters, at most (\d+)\)$/,
    (m) => `Zu lang (${count(m[1])} Zeichen, höchstens ${count(m[2])}).`,
  ],
  [/^contains control characters$/, () => "Enthält unzulässige Steuerzeichen."],
  [
    /^has too many entries \((\d+), at most (\d+)\)$/,
    (m) => `Zu viele Einträge (${count(m[1])}, höchstens ${count(m[2])}).`,
  ],
  [
    /^date (\S+) is outside the accepted range (\S+) to (\S+)$/,
    (m) => `Das Datum ${m[1]} liegt außerhalb des zulässigen Bereichs (${m[2]} bis ${m[3]}).`,
  ],
  [
    /^'(.*)' is not a valid key \(letters, digits, '\.', '_' or '-', starting with a letter or digit, at most 64 characters\)$/s,
    (m) =>
      `${q(m[1])} ist keine gültige Kennung (Buchstaben ohne Umlaute, Ziffern, „.“, „_“ oder „-“, ` +
      "am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen).",
  ],
  [/^'(.*)' is not an e-mail address$/s, (m) => `${q(m[1])} ist keine E-Mail-Adresse.`],
  [/^'(.*)' is not a web address \(https:\/\/…\)$/s, (m) => `${q(m[1])} ist keine Webadresse (https://…).`],
  [
    /^unknown country code '(.*)' \(ISO 3166-1 alpha-2 expected, e\.g\. 'US'\)$/s,
    (m) => `Unbekannter Ländercode ${q(m[1])} (erwartet wird ein Code nach ISO 3166-1 Alpha-2, z. B. „US“).`,
  ],
  [/^unknown transfer mechanism '(.*)'$/s, (m) => `Unbekanntes Übermittlungsinstrument ${q(m[1])}.`],
  [/^refers to party '(.*)', which does not exist$/s, (m) => `Verweist auf die Stelle ${q(m[1])}, die es nicht gibt.`],

  // src/validate/records.rs and processor_record.rs: activities, parties, TOMs
  [
    /^refers to TOM '(.*)', which does not exist$/s,
    (m) => `Verweist auf die Maßnahme ${q(m[1])}, die es im TOM-Katalog nicht gibt.`,
  ],
  [/^TOM '(.*)' is listed twice$/s, (m) => `Die Maßnahme ${q(m[1])} ist doppelt aufgeführt.`],
  [/^unknown legal basis '(.*)'$/s, (m) => `Unbekannte Rechtsgrundlage ${q(m[1])}.`],
  [
    /^unknown DPIA criterion '(.*)'$/s,
    (m) => `Unbekannte Frage der DSFA-Schwellwertanalyse ${q(m[1])}.`,
  ],
  [/^legal basis '(.*)' is listed twice$/s, (m) => `Die Rechtsgrundlage ${q(m[1])} ist doppelt aufgeführt.`],
  [
    /^(\d+) is not a sensible period \(1 to (\d+)\)$/,
    (m) => `${count(m[1])} ist keine sinnvolle Löschfrist (1 bis ${count(m[2])}).`,
  ],
  [
    /^'(.*)' is no condition of Art\. 9\(2\) or Art\. 10 GDPR$/s,
    (m) => `${q(m[1])} ist keine Ausnahme nach Art. 9 Abs. 2 und keine Grundlage nach Art. 10 DSGVO.`,
  ],
  [
    /^an Art\. 9\(2\) condition belongs to a category marked as special \(Art\. 9\(1\)\)$/,
    () => "Eine Ausnahme nach Art. 9 Abs. 2 gehört zu einer als besondere Kategorie (Art. 9 Abs. 1) markierten Datenkategorie.",
  ],
  [
    /^an Art\. 10 basis belongs to a category marked as criminal-offence data$/,
    () => "Eine Grundlage nach Art. 10 gehört zu einer als Daten über Straftaten markierten Datenkategorie.",
  ],
  [/^only a publication to the public has channels$/, () => "Nur eine Veröffentlichung hat Wege der Veröffentlichung."],
  [/^channel '(.*)' is listed twice$/s, (m) => `Der Weg ${q(m[1])} ist doppelt aufgeführt.`],
  [
    /^the activity has no data category named '(.*)'$/s,
    (m) => `Die Tätigkeit hat keine Datenkategorie ${q(m[1])}.`,
  ],
  [/^data category '(.*)' is listed twice$/s, (m) => `Die Datenkategorie ${q(m[1])} ist doppelt aufgeführt.`],
  [
    /^the public is no party; name the channels of the publication$/,
    () => "Die Öffentlichkeit ist keine Stelle; nennen Sie die Wege der Veröffentlichung.",
  ],
  [
    /^name where the data is published \(website, livestream, notice board …\)$/,
    () => "Nennen Sie, wo die Daten veröffentlicht werden (Website, Livestream, Aushang …).",
  ],
  [/^give the legal basis of the publication$/, () => "Geben Sie die Rechtsgrundlage der Veröffentlichung an."],
  [/^the group '(.*)' is listed twice$/s, (m) => `Die Gruppe ${q(m[1])} ist doppelt aufgeführt.`],
  [/^the activity has no purpose '(.*)'$/s, (m) => `Die Tätigkeit hat keinen Zweck ${q(m[1])}.`],
  [/^the safeguard '(.*)' is listed twice$/s, (m) => `Die Schutzmaßnahme ${q(m[1])} ist doppelt aufgeführt.`],
  [
    /^'(.*)' is in the EEA; record only a country outside it$/s,
    (m) => `${q(m[1])} liegt im EWR; erfassen Sie nur ein Land außerhalb.`,
  ],
  [
    /^'(.*)' of this provider is listed twice$/s,
    (m) => `${q(m[1])} dieses Anbieters ist doppelt aufgeführt.`,
  ],
  [
    /^say in words which event the period starts with, as it is none of the catalog's$/,
    () => "Beschreiben Sie in Worten, mit welchem Ereignis die Frist beginnt – es steht nicht im Katalog.",
  ],
  [
    /^give a period or a criterion for how long the data is kept$/,
    () => "Geben Sie eine Frist oder ein Kriterium an, wie lange die Daten aufbewahrt werden.",
  ],
  [/^name the internal unit that receives the data$/, () => "Nennen Sie die interne Stelle, die die Daten erhält."],
  [
    /^an internal recipient is a unit of the organisation, not a party$/,
    () => "Ein interner Empfänger ist eine Einheit der eigenen Organisation; wählen Sie dafür keine Stelle aus.",
  ],
  [
    /^choose the receiving party or describe the category of recipients$/,
    () => "Wählen Sie die empfangende Stelle aus oder beschreiben Sie die Kategorie von Empfängern.",
  ],
  [
    /^'(.*)' is in the EEA, so this is no third-country transfer$/s,
    (m) => `${q(m[1])} liegt im EWR; das ist keine Übermittlung in ein Drittland.`,
  ],
  [/^(\d+) is no SCC module \(1 to 4\)$/, (m) => `${m[1]} ist kein Modul der Standardvertragsklauseln (1 bis 4).`],
  [
    /^an SCC module only applies to standard contractual clauses$/,
    () => "Ein Modul gibt es nur bei Standardvertragsklauseln als Übermittlungsinstrument.",
  ],
  [
    /^a party cannot be its own sub-processor$/,
    () => "Eine Stelle kann nicht ihr eigener Unterauftragsverarbeiter sein.",
  ],
  [/^lies before created_at$/, () => "Liegt vor dem Datum der Anlegung (created_at)."],

  // src/validate/organisation.rs
  [
    /^refers to activity '(.*)', which does not exist$/s,
    (m) => `Verweist auf die Verarbeitungstätigkeit ${q(m[1])}, die es nicht gibt.`,
  ],
  [/^unknown supervisory authority '(.*)'$/s, (m) => `Unbekannte Aufsichtsbehörde ${q(m[1])}.`],
  [
    /^must be empty when a data protection officer is recorded$/,
    () => "Muss leer bleiben, wenn ein Datenschutzbeauftragter erfasst ist.",
  ],

  // src/validate/register.rs: a whole register (the example loaded into an empty one)
  [
    /^duplicate key '(.*)' \(also used by (\S+)\)$/s,
    (m) => `Die Kennung ${q(m[1])} ist doppelt vergeben (auch bei ${m[2]}).`,
  ],
  [/^must be a positive number$/, () => "Muss eine positive Zahl sein."],
  [/^duplicate id (-?\d+)$/, (m) => `Die ID ${m[1]} ist doppelt vergeben.`],
  [/^must be a positive, unique number$/, () => "Muss eine positive, eindeutige Zahl sein."],
  [
    /^does not match the published text; the file was altered$/,
    () => "Passt nicht zum veröffentlichten Text; die Datei wurde verändert.",
  ],

  // src/interchange.rs record_from_value: JSON from the UI of the wrong shape
  [/^'(.*)' is not a valid date \(YYYY-MM-DD\)$/s, (m) => `${q(m[1])} ist kein gültiges Datum (JJJJ-MM-TT).`],
  [/^missing field `(.*)`$/, (m) => `Das Feld ${q(m[1])} fehlt.`],
  [/^unknown field `(.*)`, (?:expected .+|there are no fields)$/s, (m) => `Das Feld ${q(m[1])} gibt es hier nicht.`],
  [
    /^unknown variant `(.*)`, (?:expected (.+)|there are no variants)$/s,
    (m) => `Unbekannter Wert ${q(m[1])}` + (m[2] ? `; erwartet wird ${oneOf(m[2])}.` : "."),
  ],
  [
    // Greedy on the found value: a typed text may itself contain ", expected".
    /^invalid (?:type|value): (.+), expected (.+)$/s,
    (m) => `Ungültiger Wert: ${found(m[1])}; erwartet wird ${expected(m[2])}.`,
  ],
  [
    new RegExp(`^(${Object.keys(DATE_PARSE).join("|")})$`),
    (m) => `Kein gültiges Datum (JJJJ-MM-TT): ${DATE_PARSE[m[1]]}.`,
  ],

  // src/store: keys taken, records still in use, the example into a full register
  [
    /^an activity with key '(.*)' already exists$/s,
    (m) => `Eine Verarbeitungstätigkeit mit der Kennung ${q(m[1])} gibt es bereits.`,
  ],
  [/^a party with key '(.*)' already exists$/s, (m) => `Eine Stelle mit der Kennung ${q(m[1])} gibt es bereits.`],
  [/^a TOM with key '(.*)' already exists$/s, (m) => `Eine Maßnahme mit der Kennung ${q(m[1])} gibt es bereits.`],
  [/^an entry with key '(.*)' already exists$/s, (m) => `Einen Eintrag mit der Kennung ${q(m[1])} gibt es bereits.`],
  [
    /^party '(.*)' is still named in (activity|processor record|party) (\S+) \((recipients|transfers|sub-processors)\); remove it there first$/s,
    (m) =>
      `Die Stelle ${q(m[1])} ist noch ${partyUse(m[2], m[3], m[4])} eingetragen; entfernen Sie sie dort zuerst.`,
  ],
  [
    /^TOM '(.*)' is still referenced by activity '(.*)'$/s,
    (m) => `Die Maßnahme ${q(m[1])} wird noch von der Verarbeitungstätigkeit ${q(m[2])} verwendet.`,
  ],
  [
    /^TOM '(.*)' is still referenced by processor record entry '(.*)'$/s,
    (m) => `Die Maßnahme ${q(m[1])} wird noch vom Eintrag ${q(m[2])} im Verzeichnis als Auftragsverarbeiter verwendet.`,
  ],
  [
    /^the register already holds data; import into a new register or replace its content$/,
    () =>
      "Das Verzeichnis enthält bereits Daten; importieren Sie in ein neues Verzeichnis oder ersetzen Sie seinen Inhalt.",
  ],

  // src/store/restore.rs: restoring an earlier value from the history
  [
    /^change (\d+) is not a change of (\w+) '(.*)'$/s,
    (m) => `Die Änderung ${m[1]} gehört nicht zu ${ENTITY_DATIVE.get(m[2]) ?? m[2]} ${q(m[3])}.`,
  ],
  [/^change (\d+) did not change this field$/, (m) => `Die Änderung ${m[1]} hat dieses Feld nicht geändert.`],
  [
    /^is kept by the register itself and cannot be restored$/,
    () => "Wird vom Verzeichnis selbst geführt und lässt sich nicht wiederherstellen.",
  ],
  [
    /^already holds the value it had before change (\d+); nothing to restore$/,
    (m) => `Hat bereits den Wert von vor der Änderung ${m[1]}; es gibt nichts wiederherzustellen.`,
  ],
  [/^cannot be restored: (.+)$/s, (m) => `Lässt sich nicht wiederherstellen: ${restoreObstacle(m[1])}.`],
  [
    // The rest is serde's reason, which the rules above translate.
    /^the earlier value no longer fits the record: (.+)$/s,
    (m) => `Der frühere Wert passt nicht mehr zum Datensatz: ${localizeReason(m[1], "de")}`,
  ],
  [/^is not a field path of a record$/, () => "Ist kein Feldpfad eines Datensatzes."],

  // src/store/publications.rs, src/notice, src/register_print, src/pdf: the
  // documents. A library's own reason after the colon stays English.
  [/^an empty notice cannot be published$/, () => "Leere Datenschutzhinweise können nicht veröffentlicht werden."],
  [
    /^(\d+) item\(s\) required by Art\. 13\/14 GDPR are missing; complete the register or publish with the markers deliberately$/,
    (m) =>
      `${missingItems(m[1])}; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit den Markierungen „Fehlt“.`,
  ],
  [
    /^(\d+) finding\(s\) of severity error concern statements of the notice \((.*)\); a notice the checks find wrong is not published, not even with its gaps marked$/s,
    (m) =>
      `Die Prüfung findet ${m[1] === "1" ? "einen Fehler" : `${count(m[1])} Fehler`} an Angaben der Hinweise (Regeln: ${m[2].split(", ").map(q).join(", ")}); solche Hinweise werden auch mit Markierungen nicht veröffentlicht. Beheben Sie die Befunde im Verzeichnis.`,
  ],
  [
    /^there is no activity with key '(.*)'$/s,
    (m) => `Es gibt keine Verarbeitungstätigkeit mit der Kennung ${q(m[1])}.`,
  ],
  [/^notice template: (.+)$/s, (m) => `Fehler in der Vorlage der Datenschutzhinweise: ${m[1]}`],
  [/^cannot typeset the PDF: (.+)$/s, (m) => `Das PDF konnte nicht gesetzt werden: ${m[1]}`],
  [/^cannot join the PDF parts: (.+)$/s, (m) => `Die Teile des PDF ließen sich nicht zusammenfügen: ${m[1]}`],
  [
    /^the footers cover (\d+) pages, the print has (\d+)$/,
    (m) => `Die Fußzeilen umfassen ${count(m[1])} Seiten, der Ausdruck hat ${count(m[2])}.`,
  ],
  [/^cannot write the workbook: (.+)$/s, (m) => `Die Excel-Arbeitsmappe ließ sich nicht schreiben: ${m[1]}`],

  // src-tauri (commands.rs, backups.rs): the desktop shell's file refusals
  [
    /^(.+) already exists; a new register needs a new file name \(use Open to open it\)$/s,
    (m) => `${m[1]} gibt es bereits; ein neues Verzeichnis braucht einen neuen Dateinamen (eine vorhandene Datei öffnet „Öffnen …“).`,
  ],
  [/^(.+) is no file$/s, (m) => `${m[1]} ist keine Datei.`],
  [
    /^the copy cannot replace the open register itself; choose another file$/,
    () => "Die Kopie kann nicht das geöffnete Verzeichnis selbst ersetzen; wählen Sie eine andere Datei.",
  ],
  [
    /^(.+) is not a backup of this register; only files in (.+) can be restored$/s,
    (m) => `${m[1]} ist keine Sicherung dieses Verzeichnisses; wiederherstellen lassen sich nur Dateien aus ${m[2]}.`,
  ],
];

/**
 * The core's reason (the part after "field: ") in `lang`. English is the
 * core's own language; a German text is returned for every reason the table
 * knows, anything else unchanged.
 */
export function localizeReason(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [pattern, german] of GERMAN) {
    const m = pattern.exec(reason);
    if (m) return german(m);
  }
  return reason;
}
