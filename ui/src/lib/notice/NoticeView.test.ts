// The notice view with the IPC mocked: the preview page without the core's
// <head> and <style>, its missing markers and the list beside it leading to
// their fields, the notice's own language, reloading after saves, export,
// publishing (and asking first when items are missing), the published
// versions and their comparison with the current state, load failures, and
// the notices of their own: chosen, previewed, exported, never published.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  exportNotice,
  listPublications,
  noticeDiff,
  noticePreview,
  publishNotice,
  separateNotices,
  type ApiError,
  type Lang,
  type LeftOut,
  type MissingItem,
  type Preview,
  type Publication,
  type SeparateNotice,
} from "../api";
import { formatDateTime } from "../i18n";
import { settings } from "../settings.svelte";
import NoticeView from "./NoticeView.svelte";
import TestHost from "./TestHost.svelte";
import { validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  noticePreview: vi.fn(),
  exportNotice: vi.fn(),
  publishNotice: vi.fn(),
  listPublications: vi.fn(),
  noticeDiff: vi.fn(),
  separateNotices: vi.fn(),
}));

const previewOf = vi.mocked(noticePreview);
const exportOf = vi.mocked(exportNotice);
const publish = vi.mocked(publishNotice);
const publications = vi.mocked(listPublications);
const diffOf = vi.mocked(noticeDiff);
const separatesOf = vi.mocked(separateNotices);

const emailMissing: MissingItem = {
  activity: null,
  item: "13-1-a",
  article: "Art. 13 Abs. 1 lit. a DSGVO",
  field: "controller.email",
  place: "Organisation › Verantwortlicher › E-Mail",
  message: "E-Mail-Adresse des Verantwortlichen fehlt",
  rule: null,
  blocking: false,
};

const legalBasisMissing: MissingItem = {
  activity: "VT-001",
  item: "13-1-c",
  article: "Art. 13 Abs. 1 lit. c DSGVO",
  field: "purposes[0].legal_bases",
  place: "Verarbeitungstätigkeiten › „VT-001“ › Zwecke und Rechtsgrundlagen › 1 › Rechtsgrundlage",
  message: "Rechtsgrundlage fehlt für den Zweck: Durchführung von Online-Meetings",
  rule: null,
  blocking: false,
};

function marker(m: MissingItem): string {
  const activity = m.activity ? ` data-activity="${m.activity}"` : "";
  return `<p class="missing"${activity} data-item="${m.item}" data-field="${m.field}"><strong>Fehlt:</strong> ${m.message} – ${m.article}</p>`;
}

/** A whole notice document as the core renders it, with its own head and inline style. */
function page(title: string, missing: MissingItem[]): string {
  return `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Titel im Kopf</title>
<style>body{background:#fff}</style></head>
<body><main>
<header><h1>${title}</h1><p class="stand">Stand: 01.03.2026</p></header>
<nav aria-labelledby="toc"><h2 id="toc">Inhalt</h2><ol><li><a href="#controller">Verantwortlicher</a></li></ol></nav>
<section aria-labelledby="controller"><h2 id="controller">Verantwortlicher</h2>
<p class="contact"><strong>Beispiel GmbH</strong><br>Website: <a href="https://example.org">example.org</a></p>
${missing.filter((m) => !m.activity).map(marker).join("\n")}
</section>
<section class="activity"><h2>Online-Meetings</h2>
${missing.filter((m) => m.activity).map(marker).join("\n")}
</section>
</main></body></html>`;
}

function preview(
  title: string,
  missing: MissingItem[] = [emailMissing, legalBasisMissing],
  left_out: LeftOut[] = [],
): Preview {
  return { html: page(title, missing), missing, recommended: [], left_out, own_templates: null };
}

/** Activities whose data subjects are informed otherwise, with the reasons as the core writes them. */
const employees: LeftOut = {
  key: "VT-007",
  name: "Personalverwaltung",
  reason: "in eigenen Datenschutzhinweisen: Datenschutzhinweise für Beschäftigte im Intranet",
};
const fraud: LeftOut = {
  key: "VT-009",
  name: "Betrugsprävention",
  reason:
    "Ausnahme von der Informationspflicht (Art. 14 Abs. 5 lit. c DSGVO): Erlangung oder Offenlegung durch Rechtsvorschrift ausdrücklich geregelt – Verdachtsmeldungen nach § 43 GwG",
};

const german = preview("Datenschutzhinweise");
const english = preview("Privacy notice");

function publication(id: number, lang: Lang, published_at: string): Publication {
  return {
    id,
    lang,
    published_at,
    user: "erika",
    content_hash: "0".repeat(64),
    markdown: "# Datenschutzhinweise\n",
    html: "<main></main>",
  };
}

const v2 = publication(2, "en", "2026-03-02T09:15:00Z");
const v1 = publication(1, "de", "2026-03-01T08:00:00Z");

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const onopenfield = vi.fn();

function show(revision = 0) {
  return render(NoticeView, { revision, onopenfield });
}

/** The preview container once a page is in it. */
async function shownPage(): Promise<HTMLElement> {
  return await screen.findByTestId("notice-page");
}

beforeEach(() => {
  previewOf.mockReset().mockImplementation(async (lang) => (lang === "en" ? english : german));
  exportOf.mockReset();
  publish.mockReset();
  publications.mockReset().mockResolvedValue([v2, v1]);
  diffOf.mockReset();
  separatesOf.mockReset().mockResolvedValue([]);
  onopenfield.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

describe("NoticeView", () => {
  it("shows the notice's content without its head and inline style", async () => {
    show();

    const container = await shownPage();
    expect(previewOf).toHaveBeenCalledExactlyOnceWith("de", null);
    expect(within(container).getByRole("heading", { level: 1 })).toHaveTextContent("Datenschutzhinweise");
    expect(container.querySelector("style, head, title, meta"), "no head, title or style").toBeNull();
    expect(container).not.toHaveTextContent("Titel im Kopf");
    expect(container).not.toHaveTextContent("background");
    expect(container).toHaveAttribute("lang", "de");
    expect(
      within(container).getByRole("navigation", { name: "Inhalt" }),
      "the notice's ids are prefixed and its labels follow",
    ).toBeInTheDocument();
    expect(container.querySelector("#toc")).toBeNull();
    expect(within(container).getByRole("link", { name: "Verantwortlicher" })).toHaveAttribute(
      "href",
      "#notice-page-controller",
    );
    for (const m of container.querySelectorAll(".missing")) {
      expect(m, "a marker is a focusable button").toHaveAttribute("role", "button");
      expect(m).toHaveAttribute("tabindex", "0");
    }
  });

  it("opens the field a marker in the page names, by click and by keyboard", async () => {
    show();
    const container = await shownPage();
    const [organisation, activity] = within(container).getAllByRole("button");

    await fireEvent.click(within(activity).getByText("Fehlt:"));
    expect(onopenfield).toHaveBeenLastCalledWith({
      entity: "activity",
      key: "VT-001",
      field: "purposes[0].legal_bases",
    });

    await fireEvent.keyDown(organisation, { key: "Enter" });
    expect(onopenfield).toHaveBeenLastCalledWith({
      entity: "organisation",
      key: "organisation",
      field: "controller.email",
    });

    await fireEvent.keyDown(activity, { key: " " });
    expect(onopenfield).toHaveBeenCalledTimes(3);
    expect(onopenfield).toHaveBeenLastCalledWith(expect.objectContaining({ key: "VT-001" }));

    await fireEvent.click(within(container).getByRole("heading", { level: 1 }));
    await fireEvent.keyDown(activity, { key: "a" });
    expect(onopenfield, "other clicks and keys do nothing").toHaveBeenCalledTimes(3);
  });

  it("keeps the page's links inside the app", async () => {
    show();
    const container = await shownPage();

    const web = within(container).getByText("example.org");
    expect(web, "a web address is shown, not a link to follow").not.toHaveAttribute("href");
    expect(web).toHaveAttribute("data-href", "https://example.org");
    expect(within(container).queryByRole("link", { name: "example.org" })).toBeNull();
    const scroll = vi.fn();
    const heading = container.querySelector<HTMLElement>("#notice-page-controller");
    if (!heading) throw new Error("no prefixed heading");
    heading.scrollIntoView = scroll;
    expect(await fireEvent.click(within(container).getByRole("link", { name: "Verantwortlicher" }))).toBe(
      false,
    );
    expect(scroll, "the table of contents scrolls within the page").toHaveBeenCalledOnce();
  });

  it("lists the missing items beside the page and opens their fields", async () => {
    show();

    const list = await screen.findByTestId("notice-missing");
    expect(screen.getByRole("heading", { name: "2 Pflichtangaben fehlen" })).toBeInTheDocument();
    const [organisation, activity] = within(list).getAllByRole("button");
    expect(organisation).toHaveTextContent("Art. 13 Abs. 1 lit. a DSGVO");
    expect(organisation).toHaveTextContent("E-Mail-Adresse des Verantwortlichen fehlt");
    expect(activity).toHaveTextContent("VT-001");

    await fireEvent.click(activity);
    expect(onopenfield).toHaveBeenLastCalledWith({
      entity: "activity",
      key: "VT-001",
      field: "purposes[0].legal_bases",
    });
    await fireEvent.click(organisation);
    expect(onopenfield).toHaveBeenLastCalledWith({
      entity: "organisation",
      key: "organisation",
      field: "controller.email",
    });
  });

  it("says so when no required item is missing", async () => {
    previewOf.mockResolvedValue(preview("Datenschutzhinweise", []));
    show();

    expect(
      await screen.findByText("Alle Pflichtangaben nach Art. 13/14 DSGVO sind vorhanden."),
    ).toBeInTheDocument();
    expect(screen.queryByTestId("notice-missing")).toBeNull();
  });

  it("lists the activities the notice leaves out, with the reason, and opens them at their information", async () => {
    previewOf.mockResolvedValue(preview("Datenschutzhinweise", [], [employees, fraud]));
    show();

    const list = await screen.findByTestId("notice-left-out");
    expect(screen.getByRole("heading", { name: "Nicht in diesen Hinweisen" })).toBeInTheDocument();
    const [first, second] = within(list).getAllByRole("button");
    expect(first).toHaveTextContent("Personalverwaltung");
    expect(first).toHaveTextContent(employees.reason);
    expect(second).toHaveTextContent("Betrugsprävention");
    expect(second).toHaveTextContent(fraud.reason);
    expect(within(second).getByText(fraud.reason), "the reason is in the notice's language").toHaveAttribute(
      "lang",
      "de",
    );

    await fireEvent.click(second);
    expect(onopenfield).toHaveBeenLastCalledWith({ entity: "activity", key: "VT-009", field: "information" });
    await fireEvent.click(first);
    expect(onopenfield).toHaveBeenLastCalledWith({ entity: "activity", key: "VT-007", field: "information" });
  });

  it("says when the organisation's own templates lay the notice out", async () => {
    previewOf.mockImplementation(async () => ({
      ...german,
      own_templates: {
        folder: "/daten/register.vvt.templates",
        files: ["de/changes.j2"],
        hash: "a".repeat(64),
      },
    }));
    show();

    const note = await screen.findByTestId("notice-own-templates");
    expect(note).toHaveTextContent("Eigene Vorlagen der Organisation in Gebrauch (de/changes.j2)");
    expect(note).toHaveTextContent("/daten/register.vvt.templates");
  });

  it("says nothing of templates when VVT's own lay the notice out", async () => {
    show();

    await shownPage();
    expect(screen.queryByTestId("notice-own-templates")).toBeNull();
  });

  it("shows no such list when the notice leaves no activity out", async () => {
    show();

    await screen.findByTestId("notice-missing");
    expect(screen.queryByTestId("notice-left-out")).toBeNull();
    expect(screen.queryByText("Nicht in diesen Hinweisen")).toBeNull();
  });

  it("names the left-out list in English and keeps the reasons in the notice's language", async () => {
    settings.lang = "en";
    const reason = "in a separate privacy notice: Privacy notice for employees on the intranet";
    previewOf.mockImplementation(async (lang) =>
      preview("Notice", [], [{ ...employees, reason: lang === "en" ? reason : employees.reason }]),
    );
    show();

    const list = await screen.findByTestId("notice-left-out");
    expect(screen.getByRole("heading", { name: "Not in this notice" })).toBeInTheDocument();
    expect(within(list).getByText(reason)).toHaveAttribute("lang", "en");

    await fireEvent.click(screen.getByRole("button", { name: "Deutsch" }));
    expect(await within(list).findByText(employees.reason)).toHaveAttribute("lang", "de");
    expect(
      screen.getByRole("heading", { name: "Not in this notice" }),
      "the UI keeps its language",
    ).toBeInTheDocument();
  });

  it("switches the notice's language apart from the UI's and drops outdated answers", async () => {
    const slowGerman = deferred<Preview>();
    previewOf.mockReturnValueOnce(slowGerman.promise);
    show();

    await fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(previewOf).toHaveBeenLastCalledWith("en", null);
    const container = await shownPage();
    expect(within(container).getByRole("heading", { level: 1 })).toHaveTextContent("Privacy notice");
    expect(container).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(settings.lang, "the UI keeps its language").toBe("de");
    expect(screen.getByRole("heading", { name: "Datenschutzhinweise", level: 2 })).toBeInTheDocument();

    slowGerman.resolve(german);
    // Let the late answer arrive and any update it caused render.
    await new Promise((r) => setTimeout(r, 0));
    await tick();
    expect(
      within(container).getByRole("heading", { level: 1 }),
      "the older German answer does not replace the English page",
    ).toHaveTextContent("Privacy notice");
  });

  it("starts in the UI's language", async () => {
    settings.lang = "en";
    show();

    await shownPage();
    expect(previewOf).toHaveBeenCalledExactlyOnceWith("en", null);
    expect(screen.getByRole("heading", { name: "2 required items missing" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Publish version" })).toBeInTheDocument();
  });

  it("reloads the preview when the shell raises the revision", async () => {
    render(TestHost, { onopenfield });
    await shownPage();
    expect(previewOf).toHaveBeenCalledTimes(1);

    previewOf.mockResolvedValueOnce(preview("Datenschutzhinweise", [emailMissing]));
    await fireEvent.click(screen.getByRole("button", { name: "saved elsewhere" }));

    expect(await screen.findByRole("heading", { name: "1 Pflichtangabe fehlt" })).toBeInTheDocument();
    expect(previewOf).toHaveBeenCalledTimes(2);
    expect(previewOf).toHaveBeenLastCalledWith("de", null);
  });

  it("exports in the notice's language and says where it was saved", async () => {
    const writing = deferred<string | null>();
    exportOf.mockReturnValueOnce(writing.promise);
    show();
    await shownPage();
    await fireEvent.click(screen.getByRole("button", { name: "English" }));

    await fireEvent.click(screen.getByTestId("notice-export-pdf"));
    expect(exportOf).toHaveBeenCalledExactlyOnceWith("en", "pdf", null);
    expect(screen.getByTestId("notice-export-html"), "one export at a time").toBeDisabled();
    expect(screen.getByTestId("notice-export-md")).toBeDisabled();

    writing.resolve("/home/dpo/Datenschutzhinweise.pdf");
    expect(await screen.findByTestId("notice-saved")).toHaveTextContent(
      "Gespeichert: /home/dpo/Datenschutzhinweise.pdf",
    );
    expect(screen.getByTestId("notice-saved")).toHaveAttribute("role", "status");
    expect(screen.getByTestId("notice-export-html")).toBeEnabled();
  });

  it("says nothing when the save dialog is cancelled and shows a failed export", async () => {
    exportOf.mockResolvedValueOnce(null);
    show();
    await shownPage();

    await fireEvent.click(screen.getByTestId("notice-export-md"));
    expect(exportOf).toHaveBeenCalledExactlyOnceWith("de", "md", null);
    await waitFor(() => expect(screen.getByTestId("notice-export-md")).toBeEnabled());
    expect(screen.queryByTestId("notice-saved")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();

    const failure: ApiError = { code: "io", message: "permission denied" };
    exportOf.mockRejectedValueOnce(failure);
    await fireEvent.click(screen.getByTestId("notice-export-html"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Die Datei wurde nicht gespeichert. Die Datei konnte nicht gelesen oder geschrieben werden.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("permission denied");
  });

  it("asks before publishing with missing items and publishes with the markers on yes", async () => {
    publish.mockResolvedValue({ publication: publication(3, "de", "2026-03-03T10:00:00Z"), missing: [] });
    show();
    await shownPage();

    await fireEvent.click(screen.getByTestId("notice-publish"));
    const question = screen.getByRole("dialog");
    expect(question).toHaveTextContent("2 Pflichtangaben fehlen");
    expect(publish, "nothing is published before the answer").not.toHaveBeenCalled();

    await fireEvent.click(within(question).getByRole("button", { name: "Abbrechen" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(publish).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("notice-publish"));
    await fireEvent.click(screen.getByRole("button", { name: "Mit Markierungen veröffentlichen" }));

    expect(publish).toHaveBeenCalledExactlyOnceWith("de", true);
    expect(await screen.findByText("Version 3 veröffentlicht.")).toHaveAttribute("role", "status");
    await waitFor(() => expect(publications, "the versions are reloaded").toHaveBeenCalledTimes(2));
  });

  it("publishes without asking when nothing is missing", async () => {
    previewOf.mockResolvedValue(preview("Datenschutzhinweise", []));
    publish.mockResolvedValue({ publication: publication(3, "de", "2026-03-03T10:00:00Z"), missing: [] });
    show();
    await shownPage();

    await fireEvent.click(screen.getByTestId("notice-publish"));

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(publish).toHaveBeenCalledExactlyOnceWith("de", false);
    expect(await screen.findByText("Version 3 veröffentlicht.")).toHaveAttribute("role", "status");
  });

  it("says in German why publishing was refused", async () => {
    previewOf.mockResolvedValue(preview("Datenschutzhinweise", []));
    publish.mockRejectedValue(
      validation(
        "markdown",
        { kind: "empty_notice" },
        "Leere Datenschutzhinweise können nicht veröffentlicht werden.",
        "an empty notice cannot be published",
      ),
    );
    show();
    await shownPage();

    await fireEvent.click(screen.getByTestId("notice-publish"));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Die Version wurde nicht veröffentlicht. Leere Datenschutzhinweise können nicht veröffentlicht werden.",
    );
    expect(alert).not.toHaveTextContent("cannot be published");
  });

  it("rebuilds the preview when publishing is refused for items missing meanwhile", async () => {
    previewOf.mockResolvedValueOnce(preview("Datenschutzhinweise", []));
    publish.mockRejectedValue(
      validation(
        "missing",
        { kind: "notice_items_missing", count: 2 },
        "2 Pflichtangaben nach Art. 13/14 DSGVO fehlen; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit den Markierungen „Fehlt“.",
        "2 item(s) required by Art. 13/14 GDPR are missing; complete the register or publish with the markers deliberately",
      ),
    );
    show();
    await shownPage();

    await fireEvent.click(screen.getByTestId("notice-publish"));

    expect(await screen.findByRole("alert")).toHaveTextContent("Inzwischen fehlen Pflichtangaben");
    expect(await screen.findByRole("heading", { name: "2 Pflichtangaben fehlen" })).toBeInTheDocument();
    expect(previewOf).toHaveBeenCalledTimes(2);
  });

  it("lists the published versions and compares one with the current state", async () => {
    diffOf.mockResolvedValue({
      publication_id: 1,
      lang: "de",
      published_on: "2026-03-01",
      changed: true,
      unified:
        "--- published #1 (2026-03-01)\n+++ current register\n@@ -1,2 +1,2 @@\n # Datenschutzhinweise\n-Stand: alt\n+Stand: neu\n",
    });
    show();

    const list = await screen.findByTestId("notice-versions");
    const entries = within(list).getAllByTestId("notice-version");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent("Version 2");
    expect(entries[0]).toHaveTextContent("English");
    expect(entries[0]).toHaveTextContent(formatDateTime(v2.published_at, "de"));
    expect(entries[1]).toHaveTextContent("Version 1");
    expect(entries[1]).toHaveTextContent("Deutsch");
    expect(entries[1]).toHaveTextContent("von erika");

    await fireEvent.click(within(entries[1]).getByRole("button", { name: "Mit aktuellem Stand vergleichen" }));
    expect(diffOf).toHaveBeenCalledExactlyOnceWith(1);

    const diff = await within(entries[1]).findByTestId("notice-diff");
    const pre = diff.querySelector("pre");
    if (!pre) throw new Error("no diff text");
    const kinds = ["header", "hunk", "added", "removed", "context"];
    const lines = [...pre.children].map((line) => [
      kinds.filter((kind) => line.classList.contains(kind)).join(" "),
      line.textContent,
    ]);
    expect(lines).toEqual([
      ["header", "--- published #1 (2026-03-01)"],
      ["header", "+++ current register"],
      ["hunk", "@@ -1,2 +1,2 @@"],
      ["context", " # Datenschutzhinweise"],
      ["removed", "-Stand: alt"],
      ["added", "+Stand: neu"],
    ]);
    expect(document.activeElement, "the focus moves to the comparison").toBe(
      within(diff).getByRole("heading", { name: "Version 1 im Vergleich zum aktuellen Stand" }),
    );

    await fireEvent.click(within(diff).getByRole("button", { name: "Vergleich schließen" }));
    expect(screen.queryByTestId("notice-diff")).toBeNull();
    expect(document.activeElement).toBe(
      within(entries[1]).getByRole("button", { name: "Mit aktuellem Stand vergleichen" }),
    );
  });

  it("says when a version is unchanged and makes an open comparison again after a save", async () => {
    diffOf.mockResolvedValue({
      publication_id: 2,
      lang: "en",
      published_on: "2026-03-02",
      changed: false,
      unified: "",
    });
    render(TestHost, { onopenfield });

    const [latest] = await screen.findAllByTestId("notice-version");
    await fireEvent.click(within(latest).getByRole("button", { name: "Mit aktuellem Stand vergleichen" }));
    const diff = await screen.findByTestId("notice-diff");
    expect(diff).toHaveTextContent("Unverändert seit dieser Version.");
    expect(diff.querySelector("pre")).toBeNull();

    await fireEvent.click(screen.getByRole("button", { name: "saved elsewhere" }));
    await waitFor(() => expect(diffOf).toHaveBeenCalledTimes(2));
    expect(diffOf).toHaveBeenLastCalledWith(2);
  });

  it("says when nothing was published yet", async () => {
    publications.mockResolvedValue([]);
    show();
    expect(await screen.findByText("Noch keine Version veröffentlicht.")).toBeInTheDocument();
    expect(screen.queryByTestId("notice-versions")).toBeNull();
  });

  it("offers a retry when the preview cannot be built", async () => {
    previewOf.mockRejectedValueOnce({ code: "template", message: "template error: unknown filter" });
    show();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Datenschutzhinweise konnten nicht erstellt werden.");
    expect(alert).toHaveTextContent("template error: unknown filter");
    expect(screen.queryByTestId("notice-page")).toBeNull();

    await fireEvent.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(await shownPage()).toHaveTextContent("Datenschutzhinweise");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("offers a retry when the versions cannot be loaded", async () => {
    publications.mockRejectedValueOnce({ code: "database", message: "database error: locked" });
    show();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Die veröffentlichten Versionen konnten nicht geladen werden. Die Datenbank meldet einen Fehler.",
    );
    await fireEvent.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(await screen.findAllByTestId("notice-version")).toHaveLength(2);
  });
});

describe("NoticeView with notices of their own", () => {
  const employeesRef = "Datenschutzhinweise für Beschäftigte im Intranet";
  const applicantsRef = "Hinweise im Bewerbungsportal";
  const employeeNotice: SeparateNotice = {
    reference: employeesRef,
    activities: [
      { key: "VT-007", name: "Personalverwaltung" },
      { key: "VT-008", name: "Zeiterfassung" },
    ],
  };
  const applicantNotice: SeparateNotice = {
    reference: applicantsRef,
    activities: [{ key: "VT-010", name: "Bewerbermanagement" }],
  };
  const forEmployees = preview("Datenschutzhinweise für Beschäftigte", []);
  const forApplicants = preview("Datenschutzhinweise für Bewerber", []);

  beforeEach(() => {
    separatesOf.mockResolvedValue([applicantNotice, employeeNotice]);
    previewOf.mockImplementation(async (lang, separate) => {
      if (separate === employeesRef) return forEmployees;
      if (separate === applicantsRef) return forApplicants;
      if (separate !== null) throw { code: "not_found", message: `separate notice not found: ${separate}` };
      return lang === "en" ? english : german;
    });
  });

  const choice = () => screen.findByRole("combobox", { name: "Hinweise" });
  const choose = (select: HTMLElement, value: string) => fireEvent.change(select, { target: { value } });
  const pageTitle = async () => within(await shownPage()).getByRole("heading", { level: 1 });

  /** Shows the view in the test host and chooses the employees' notice. */
  async function showEmployees() {
    render(TestHost, { onopenfield });
    const select = await choice();
    await choose(select, employeesRef);
    await waitFor(async () => expect(await pageTitle()).toHaveTextContent("Datenschutzhinweise für Beschäftigte"));
    return select;
  }

  const saveElsewhere = () => fireEvent.click(screen.getByRole("button", { name: "saved elsewhere" }));

  it("offers no choice when no activity has a notice of its own", async () => {
    separatesOf.mockResolvedValue([]);
    show();

    await shownPage();
    await waitFor(() => expect(separatesOf).toHaveBeenCalledOnce());
    await tick();
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.queryByTestId("notice-choice")).toBeNull();
    expect(screen.getByTestId("notice-publish")).toBeInTheDocument();
  });

  it("offers the public notice and each notice of its own, with how many activities it describes", async () => {
    show();

    const select = await choice();
    expect(select).toHaveValue("");
    expect(select).toHaveDisplayValue("Öffentliche Datenschutzhinweise");
    expect([...select.querySelectorAll("option")].map((o) => [o.value, o.textContent])).toEqual([
      ["", "Öffentliche Datenschutzhinweise"],
      [applicantsRef, `${applicantsRef} (1 Tätigkeit)`],
      [employeesRef, `${employeesRef} (2 Tätigkeiten)`],
    ]);
    expect(previewOf).toHaveBeenCalledExactlyOnceWith("de", null);
  });

  it("names the choice in English", async () => {
    settings.lang = "en";
    show();

    const select = await screen.findByRole("combobox", { name: "Notice" });
    expect(select).toHaveDisplayValue("Public privacy notice");
    expect(within(select).getByRole("option", { name: `${employeesRef} (2 activities)` })).toBeInTheDocument();
    expect(within(select).getByRole("option", { name: `${applicantsRef} (1 activity)` })).toBeInTheDocument();
  });

  it("previews and exports the chosen notice in the notice's language, and offers no publishing for it", async () => {
    exportOf.mockResolvedValue("/home/dpo/Beschaeftigte.pdf");
    show();
    await shownPage();
    expect(screen.getByTestId("notice-publish")).toBeInTheDocument();

    await choose(await choice(), employeesRef);
    expect(previewOf).toHaveBeenLastCalledWith("de", employeesRef);
    await waitFor(async () => expect(await pageTitle()).toHaveTextContent("Datenschutzhinweise für Beschäftigte"));
    expect(screen.getByRole("combobox", { name: "Hinweise" })).toHaveValue(employeesRef);
    expect(screen.queryByTestId("notice-publish"), "a notice of its own is not published").toBeNull();
    expect(screen.queryByText("Veröffentlichte Versionen")).toBeNull();
    expect(screen.queryByTestId("notice-versions")).toBeNull();
    expect(screen.getByTestId("notice-separate-note")).toHaveTextContent(
      "Veröffentlicht und als Versionen abgelegt werden nur die öffentlichen Datenschutzhinweise.",
    );

    await fireEvent.click(screen.getByTestId("notice-export-pdf"));
    expect(exportOf).toHaveBeenCalledExactlyOnceWith("de", "pdf", employeesRef);
    await screen.findByTestId("notice-saved");

    await fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(previewOf).toHaveBeenLastCalledWith("en", employeesRef);
    await fireEvent.click(screen.getByTestId("notice-export-md"));
    expect(exportOf).toHaveBeenLastCalledWith("en", "md", employeesRef);

    await choose(screen.getByRole("combobox", { name: "Hinweise" }), "");
    expect(previewOf).toHaveBeenLastCalledWith("en", null);
    await waitFor(async () => expect(await pageTitle()).toHaveTextContent("Privacy notice"));
    expect(screen.getByTestId("notice-publish"), "the public notice is published again").toBeInTheDocument();
    expect(screen.queryByTestId("notice-separate-note")).toBeNull();
    await fireEvent.click(screen.getByTestId("notice-export-html"));
    expect(exportOf).toHaveBeenLastCalledWith("en", "html", null);
  });

  it("previews the chosen notice again and lists the notices anew after a save", async () => {
    await showEmployees();
    const listed = separatesOf.mock.calls.length;

    previewOf.mockResolvedValueOnce(preview("Datenschutzhinweise für Beschäftigte (neu)", []));
    await saveElsewhere();

    await waitFor(async () =>
      expect(await pageTitle()).toHaveTextContent("Datenschutzhinweise für Beschäftigte (neu)"),
    );
    expect(previewOf).toHaveBeenLastCalledWith("de", employeesRef);
    expect(separatesOf).toHaveBeenCalledTimes(listed + 1);
    expect(screen.getByRole("combobox", { name: "Hinweise" })).toHaveValue(employeesRef);
  });

  it("falls back to the public notice, without an error, when the chosen one is refused as not found", async () => {
    const select = await showEmployees();

    previewOf.mockRejectedValueOnce({ code: "not_found", message: `separate notice not found: ${employeesRef}` });
    await saveElsewhere();

    await waitFor(() => expect(previewOf).toHaveBeenLastCalledWith("de", null));
    await waitFor(async () => expect(await pageTitle()).toHaveTextContent("Datenschutzhinweise"));
    expect(await pageTitle()).not.toHaveTextContent("Beschäftigte");
    expect(select).toHaveValue("");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("notice-publish")).toBeInTheDocument();
  });

  it("falls back to the public notice when the chosen one is no longer listed", async () => {
    await showEmployees();

    separatesOf.mockResolvedValue([applicantNotice]);
    await saveElsewhere();

    await waitFor(() => expect(previewOf).toHaveBeenLastCalledWith("de", null));
    const select = screen.getByRole("combobox", { name: "Hinweise" });
    await waitFor(() => expect(select).toHaveValue(""));
    expect(within(select).queryByRole("option", { name: /Beschäftigte/ })).toBeNull();
    await waitFor(async () => expect(await pageTitle()).not.toHaveTextContent("Beschäftigte"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("notice-publish")).toBeInTheDocument();
  });

  it("drops the choice when no notice of its own is left", async () => {
    await showEmployees();

    separatesOf.mockResolvedValue([]);
    await saveElsewhere();

    await waitFor(() => expect(screen.queryByRole("combobox")).toBeNull());
    await waitFor(() => expect(previewOf).toHaveBeenLastCalledWith("de", null));
    await waitFor(async () => expect(await pageTitle()).not.toHaveTextContent("Beschäftigte"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows other failures of a notice of its own and keeps it chosen", async () => {
    const select = await showEmployees();

    previewOf.mockRejectedValueOnce({ code: "template", message: "template error: unknown filter" });
    await saveElsewhere();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Datenschutzhinweise konnten nicht erstellt werden.");
    expect(select).toHaveValue(employeesRef);

    await fireEvent.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(previewOf).toHaveBeenLastCalledWith("de", employeesRef);
    await waitFor(async () => expect(await pageTitle()).toHaveTextContent("Datenschutzhinweise für Beschäftigte"));
  });
});
