// errorText: every failure the shell reports reads in the UI's language — a
// validation error by its (translated) reason, a refused register file by its
// name, every other code by its own sentence — never as the core's English.
import { afterEach, describe, expect, it } from "vitest";
import type { ApiError } from "../api";
import type { Lang } from "../i18n";
import { settings } from "../settings.svelte";
import { errorText, fieldMessage, focusField } from "./fields";
import { required, validation } from "../testing/validation";

afterEach(() => {
  settings.lang = "de";
});

function inLang(lang: Lang, error: ApiError): string {
  settings.lang = lang;
  return errorText(error);
}

describe("errorText", () => {
  // The core's codes (src/error.rs) and the shell's `ipc`, each with the core's English message.
  it.each([
    [
      "not_found",
      "activity 'VT-009' does not exist",
      "Der Datensatz existiert nicht mehr; er wurde vermutlich anderswo gelöscht.",
      "The record no longer exists; it was probably deleted elsewhere.",
    ],
    [
      "conflict",
      "activity 'VT-001' was changed elsewhere since it was opened (version 3 expected, 4 found); reload it and apply the edit again",
      "Der Datensatz wurde anderswo geändert, seit er geöffnet wurde. Nichts wurde überschrieben; laden Sie ihn neu und wiederholen Sie die Änderung.",
      "The record was changed elsewhere since it was opened. Nothing was overwritten; reload it and make the change again.",
    ],
    [
      "write_failed",
      "nothing was saved: disk full; the register is unchanged",
      "Nichts wurde gespeichert: Die Datei ließ sich nicht schreiben, etwa weil der Datenträger voll oder die Datei schreibgeschützt ist. Das Verzeichnis ist unverändert.",
      "Nothing was saved: the file could not be written, for example because the disk is full or the file is read-only. The register is unchanged.",
    ],
    [
      "render_failed",
      "PDF: cannot typeset the PDF: unknown font",
      "Das Dokument ließ sich nicht erzeugen (Satz, Vorlage oder Arbeitsmappe). Das Verzeichnis ist unverändert; die technischen Angaben nennen den Grund.",
      "The document could not be produced (typesetting, template or workbook). The register is unchanged; the technical details give the reason.",
    ],
    [
      "database",
      "database error: disk I/O error",
      "Die Datenbank meldet einen Fehler.",
      "The database reported an error.",
    ],
    [
      "io",
      "cannot write /tmp/x.pdf: permission denied",
      "Die Datei konnte nicht gelesen oder geschrieben werden.",
      "The file could not be read or written.",
    ],
    [
      "ipc",
      "command export_register not allowed",
      "Interner Fehler: Die Anwendung hat die Anfrage der Oberfläche nicht angenommen.",
      "Internal error: the application did not accept the request from the user interface.",
    ],
  ])("says what %s means in German and English", (code, message, german, english) => {
    const error: ApiError = { code: code as ApiError["code"], message };
    expect(inLang("de", error)).toBe(german);
    expect(inLang("en", error)).toBe(english);
  });

  it.each([
    [
      "damaged",
      "Die Datei „register.vvt“ ist beschädigt und wurde nicht verändert.",
      "The file “register.vvt” is damaged and was not changed.",
    ],
    [
      "not_a_register",
      "Die Datei „register.vvt“ ist kein VVT-Verzeichnis und wurde nicht verändert.",
      "The file “register.vvt” is not a VVT register and was not changed.",
    ],
    [
      "schema_too_new",
      "Die Datei „register.vvt“ wurde mit einer neueren VVT-Version gespeichert und bleibt unverändert. " +
        "Aktualisieren Sie VVT, um sie zu öffnen, oder stellen Sie eine Sicherung wieder her.",
      "The file “register.vvt” was saved by a newer version of VVT and is left unchanged. " +
        "Update VVT to open it, or restore a backup.",
    ],
  ])("names the register file a %s refusal concerns, in German and English", (code, german, english) => {
    const error: ApiError = { code: code as ApiError["code"], message: "refused", path: "C:\\Users\\dsb\\register.vvt" };
    expect(inLang("de", error)).toBe(german);
    expect(inLang("en", error)).toBe(english);
    expect(inLang("de", { code: code as ApiError["code"], message: "refused" }), "without a path the sentence stands alone").toMatch(
      /^Die Datei (ist|wurde) /,
    );
  });

  it("gives a validation error's reason through fieldMessage, in the UI's language and without the field's path", () => {
    const error = required("purposes[0].description");
    expect(inLang("de", error)).toBe("Pflichtangabe – bitte ausfüllen.");
    expect(inLang("de", error)).toBe(fieldMessage(error));
    expect(inLang("en", error)).toBe("is required");

    const publish = validation(
      "",
      { kind: "empty_notice" },
      "Leere Datenschutzhinweise können nicht veröffentlicht werden.",
      "an empty notice cannot be published",
    );
    expect(inLang("de", publish)).toBe("Leere Datenschutzhinweise können nicht veröffentlicht werden.");
    expect(inLang("en", publish)).toBe("an empty notice cannot be published");
  });

  it("shows the message of a validation error that carries no reason, as it is", () => {
    const bare: ApiError = { code: "validation", field: "name", message: "name: refused" };
    expect(inLang("de", bare)).toBe("name: refused");
  });

  it("does not show the core's English for a code it does not know", () => {
    // A newer shell may send a code this UI does not know yet.
    const unknown = (code: string) => code as unknown as ApiError["code"];
    const error: ApiError = { code: unknown("in_use"), message: "still used somewhere" };
    expect(inLang("de", error)).toBe("Ein unerwarteter Fehler ist aufgetreten.");
    expect(inLang("en", error)).toBe("An unexpected error occurred.");
    expect(inLang("de", { code: unknown("toString"), message: "x" }), "no inherited property is a text").toBe(
      "Ein unerwarteter Fehler ist aufgetreten.",
    );
  });
});

describe("focusField", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  function page(html: string) {
    document.body.innerHTML = html;
  }

  it("hands the focus of a list's container to its first input, past an entry's remove button", () => {
    page(`<div id="field-purposes">
      <button type="button">Entfernen</button>
      <input type="hidden" /><input id="field-purposes-0-description" disabled />
      <textarea id="field-purposes-1-description"></textarea>
      <button type="button">Zweck hinzufügen</button>
    </div>`);

    expect(focusField("purposes")).toBe(true);
    expect(document.activeElement?.id, "hidden and disabled inputs are passed over").toBe(
      "field-purposes-1-description",
    );
  });

  it("hands the focus of an empty list's container to its add button", () => {
    page(`<div id="field-categories"><p>Keine Kategorie erfasst.</p><button type="button">Kategorie hinzufügen</button></div>`);

    expect(focusField("categories")).toBe(true);
    expect(document.activeElement).toHaveTextContent("Kategorie hinzufügen");
  });

  it("focuses a group with a tabindex itself, and an item's container before its list's", () => {
    page(`<fieldset id="field-agreement-covers" tabindex="-1"><input type="checkbox" /></fieldset>
      <div id="field-transfers"><input id="first" />
        <div id="field-transfers-1"><input id="second" /></div></div>`);

    focusField("agreement.covers");
    expect(document.activeElement?.id).toBe("field-agreement-covers");
    focusField("transfers[1].mechanism");
    expect(document.activeElement?.id, "the item named, not the list's first").toBe("second");
  });
});
