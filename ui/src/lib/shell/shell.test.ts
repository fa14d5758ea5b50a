// The shell around an open register, with the IPC module mocked and the
// editors replaced by stubs: navigation, the file actions, the question
// about unsaved changes before every switch, and the shortcuts.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as api from "../api";
import { setLang } from "../settings.svelte";
import { catalogs, emptySummary, exampleSummary, meetings, SilentResizeObserver } from "./testing/fixtures";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  registerSummary: vi.fn(),
  getCatalogs: vi.fn(),
  listParties: vi.fn(),
  listToms: vi.fn(),
  findActivities: vi.fn(),
  newRegister: vi.fn(),
  openRegister: vi.fn(),
  saveCopyAs: vi.fn(),
}));

// Every embedded view is the same stub: it can be made dirty by typing.
const stub = vi.hoisted(
  () => async () => ({ default: (await import("./testing/EditorStub.svelte")).default }),
);
vi.mock("../activity/ActivityEditor.svelte", stub);
vi.mock("../parties/PartiesView.svelte", stub);
vi.mock("../organisation/OrganisationView.svelte", stub);
vi.mock("../toms/TomCatalogView.svelte", stub);
vi.mock("../catalogs/CatalogsView.svelte", stub);

const newRegister = vi.mocked(api.newRegister);
const openRegister = vi.mocked(api.openRegister);
const saveCopyAs = vi.mocked(api.saveCopyAs);
const getCatalogs = vi.mocked(api.getCatalogs);
const findActivities = vi.mocked(api.findActivities);

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  setLang("de");
  vi.mocked(api.registerSummary).mockReset().mockResolvedValue(exampleSummary);
  getCatalogs.mockReset().mockResolvedValue(catalogs);
  vi.mocked(api.listParties).mockReset().mockResolvedValue([]);
  vi.mocked(api.listToms).mockReset().mockResolvedValue([]);
  findActivities.mockReset().mockResolvedValue(meetings);
  newRegister.mockReset();
  openRegister.mockReset();
  saveCopyAs.mockReset();
});

/** Renders the app on the example register and waits for its list. */
async function start() {
  render(App);
  await screen.findByText("Cisco Webex");
}

const navButton = (name: string) =>
  within(screen.getByRole("navigation", { name: "Bereiche" })).getByRole("button", { name });
const editor = () => screen.queryByTestId("editor-stub");
const makeDirty = () => fireEvent.input(screen.getByLabelText("Stub-Eingabe"), { target: { value: "x" } });
const question = () => screen.queryByRole("dialog");

describe("navigation", () => {
  it("switches between the sections and marks the current one", async () => {
    await start();
    expect(navButton("Verarbeitungen")).toHaveAttribute("aria-current", "page");

    await fireEvent.click(navButton("Stellen"));

    await waitFor(() => expect(navButton("Stellen")).toHaveAttribute("aria-current", "page"));
    expect(navButton("Verarbeitungen")).not.toHaveAttribute("aria-current");
    expect(screen.queryByText("Cisco Webex"), "the list is gone").toBeNull();
    expect(editor()).toHaveAttribute("data-shows", "view");

    for (const name of ["Organisation", "TOM-Katalog", "Kataloge"]) {
      await fireEvent.click(navButton(name));
      await waitFor(() => expect(navButton(name)).toHaveAttribute("aria-current", "page"));
    }
    expect(getCatalogs, "the catalogs are read once per register").toHaveBeenCalledOnce();
  });
});

describe("unsaved changes", () => {
  it("asks before opening another activity; “Abbrechen” keeps the current one", async () => {
    await start();
    await fireEvent.click(screen.getByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    await makeDirty();

    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));

    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveAccessibleName("Es gibt ungespeicherte Änderungen. Vorher speichern?");
    const keep = within(dialog).getByRole("button", { name: "Abbrechen" });
    expect(keep, "the safe answer has the focus").toHaveFocus();

    await fireEvent.click(keep);

    await waitFor(() => expect(question()).toBeNull());
    expect(editor(), "the unsaved activity stays open").toHaveAttribute("data-shows", "VT-002");

    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));
    await fireEvent.click(await screen.findByRole("button", { name: "Nicht speichern" }));

    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-001"));
    expect(question()).toBeNull();
  });

  it("“Speichern” saves first and goes on only when the save succeeded", async () => {
    await start();
    await fireEvent.click(screen.getByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    await makeDirty();
    // The first save is refused (the editor shows why); the DPO stays.
    await fireEvent.click(screen.getByLabelText("Stub speichert"));

    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Speichern",
      "Nicht speichern",
      "Abbrechen",
    ]);
    await fireEvent.click(within(dialog).getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(question()).toBeNull());
    expect(editor(), "a refused save keeps the activity open").toHaveAttribute("data-shows", "VT-002");

    await fireEvent.click(screen.getByLabelText("Stub speichert"));
    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));
    await fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(editor(), "saved, then the other one opens").toHaveAttribute("data-shows", "VT-001"));
  });

  it("asks before leaving the section, and Escape keeps editing", async () => {
    await start();
    await fireEvent.click(navButton("Stellen"));
    await waitFor(() => expect(editor()).toBeInTheDocument());
    await makeDirty();

    await fireEvent.click(navButton("Organisation"));
    await screen.findByRole("dialog");
    await fireEvent.keyDown(window, { key: "Escape" });

    await waitFor(() => expect(question()).toBeNull());
    expect(navButton("Stellen")).toHaveAttribute("aria-current", "page");

    await fireEvent.click(navButton("Organisation"));
    await fireEvent.click(await screen.findByRole("button", { name: "Nicht speichern" }));
    await waitFor(() => expect(navButton("Organisation")).toHaveAttribute("aria-current", "page"));
  });

  it("asks before opening another register and opens none when told to keep editing", async () => {
    await start();
    await fireEvent.click(screen.getByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toBeInTheDocument());
    await makeDirty();

    await fireEvent.click(screen.getByRole("button", { name: "Öffnen …" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Abbrechen" }));

    expect(openRegister, "no file dialog while the DPO keeps editing").not.toHaveBeenCalled();
    expect(editor()).toHaveAttribute("data-shows", "VT-002");
  });

  it("asks nothing when nothing is unsaved", async () => {
    await start();
    await fireEvent.click(screen.getByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));

    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));

    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-001"));
    expect(question()).toBeNull();
  });
});

describe("file actions", () => {
  it("creates a new register and reads everything again", async () => {
    newRegister.mockResolvedValue(emptySummary);
    await start();

    await fireEvent.click(screen.getByRole("button", { name: "Neu …" }));

    expect(newRegister).toHaveBeenCalledOnce();
    expect(
      await screen.findByRole("region", { name: "Das Verzeichnis ist noch leer" }),
      "a new register is empty",
    ).toBeInTheDocument();
    expect(screen.getByTestId("file-name")).toHaveTextContent("neu.vvt");
    expect(getCatalogs, "the new register's catalogs").toHaveBeenCalledTimes(2);
  });

  it("opens another register and shows its list", async () => {
    const other = { ...exampleSummary, path: "/home/dpo/andere.vvt", activity_count: 1 };
    openRegister.mockResolvedValue(other);
    await start();

    findActivities.mockResolvedValue([meetings[2]]);
    await fireEvent.click(screen.getByRole("button", { name: "Öffnen …" }));

    await waitFor(() => expect(screen.getByTestId("file-name")).toHaveTextContent("andere.vvt"));
    expect(await screen.findByText("Besprechungen in Microsoft Teams")).toBeInTheDocument();
    expect(screen.queryByText("Cisco Webex"), "nothing of the previous register is left").toBeNull();
    expect(screen.getByTestId("register-path")).toHaveTextContent("/home/dpo/andere.vvt");
  });

  it("does nothing when a file dialog is cancelled", async () => {
    newRegister.mockResolvedValue(null);
    openRegister.mockResolvedValue(null);
    saveCopyAs.mockResolvedValue(null);
    await start();

    for (const [name, action] of [
      ["Neu …", newRegister],
      ["Öffnen …", openRegister],
      ["Kopie speichern unter …", saveCopyAs],
    ] as const) {
      await fireEvent.click(screen.getByRole("button", { name }));
      await waitFor(() => expect(action).toHaveBeenCalledOnce());
      // Let the answer arrive before looking.
      await new Promise((resolve) => setTimeout(resolve, 0));

      expect(screen.getByTestId("file-name"), name).toHaveTextContent(/^register\.vvt$/);
      expect(screen.getByText("Cisco Webex"), name).toBeInTheDocument();
      expect(screen.queryByRole("alert"), name).toBeNull();
      expect(screen.queryByTestId("copy-saved"), name).toBeNull();
    }
    expect(getCatalogs, "nothing is read again").toHaveBeenCalledOnce();
  });

  it("says where the copy was saved", async () => {
    saveCopyAs.mockResolvedValue("/home/dpo/register-kopie.vvt");
    await start();

    await fireEvent.click(screen.getByRole("button", { name: "Kopie speichern unter …" }));

    const saved = await screen.findByTestId("copy-saved");
    expect(saved).toHaveAttribute("role", "status");
    expect(saved).toHaveTextContent("Kopie gespeichert: /home/dpo/register-kopie.vvt");
    expect(screen.getByTestId("file-name"), "the open register stays open").toHaveTextContent("register.vvt");
  });

  it("reports a register that cannot be opened and keeps the current one", async () => {
    openRegister.mockRejectedValue({
      code: "not_a_register",
      message: "/home/dpo/foto.jpg is not a VVT register",
      path: "/home/dpo/foto.jpg",
    });
    await start();

    await fireEvent.click(screen.getByRole("button", { name: "Öffnen …" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Das Verzeichnis konnte nicht geöffnet werden. Das bisherige bleibt geöffnet.");
    expect(alert).toHaveTextContent("Die Datei „foto.jpg“ ist kein VVT-Verzeichnis");
    expect(screen.getByText("Cisco Webex"), "the current register is still shown").toBeInTheDocument();

    await fireEvent.click(within(alert).getByRole("button", { name: "Schließen" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("shortcuts", () => {
  it("Ctrl+F focuses the search, from any section", async () => {
    await start();
    await fireEvent.click(navButton("TOM-Katalog"));
    await waitFor(() => expect(screen.queryByRole("searchbox")).toBeNull());

    await fireEvent.keyDown(window, { key: "f", ctrlKey: true });

    await waitFor(() => expect(screen.getByRole("searchbox", { name: "Suche" })).toHaveFocus());
    expect(navButton("Verarbeitungen")).toHaveAttribute("aria-current", "page");
  });

  it("Ctrl+N starts a new activity, asking first about unsaved changes", async () => {
    await start();
    await fireEvent.click(screen.getByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    await makeDirty();

    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    await fireEvent.click(await screen.findByRole("button", { name: "Abbrechen" }));
    expect(editor()).toHaveAttribute("data-shows", "VT-002");

    await fireEvent.keyDown(window, { key: "n", ctrlKey: true });
    await fireEvent.click(await screen.findByRole("button", { name: "Nicht speichern" }));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "new"));
  });

  it("leaves Ctrl+S to the editors", async () => {
    await start();
    const event = new KeyboardEvent("keydown", { key: "s", ctrlKey: true, cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented, "the shell does not take Ctrl+S").toBe(false);
  });
});
