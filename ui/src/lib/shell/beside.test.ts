// The live notice beside the editor: it takes the list's place on request,
// is rendered again after every save, leads from a missing item to its field,
// and gives the list back.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as api from "../api";
import type { Preview } from "../api";
import { setLang } from "../settings.svelte";
import { catalogs, exampleSummary, meetings, SilentResizeObserver } from "./testing/fixtures";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  registerSummary: vi.fn(),
  getCatalogs: vi.fn(),
  listParties: vi.fn(),
  listToms: vi.fn(),
  findActivities: vi.fn(),
  checkRegister: vi.fn(),
  noticePreview: vi.fn(),
}));

vi.mock("../activity/ActivityEditor.svelte", async () => ({
  default: (await import("./testing/EditorStub.svelte")).default,
}));

const noticePreview = vi.mocked(api.noticePreview);

const preview = (stand: string): Preview => ({
  html: `<!DOCTYPE html><html><head><style>p{}</style></head><body><main><h1>Datenschutzhinweise</h1><p>Stand: ${stand}</p><p class="missing" data-activity="VT-002" data-item="13-1-f" data-field="transfers[0].mechanism">Fehlt: Garantie</p></main></body></html>`,
  missing: [
    {
      activity: "VT-002",
      item: "13-1-f",
      article: "Art. 13 Abs. 1 lit. f DSGVO",
      field: "transfers[0].mechanism",
      place: "Verarbeitungstätigkeiten › „VT-002“ › Drittlandübermittlungen › 1 › Übermittlungsinstrument",
      message: "Garantie der Drittlandübermittlung fehlt",
      rule: null,
      blocking: false,
    },
  ],
  recommended: [],
  left_out: [],
  own_templates: null,
});

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  setLang("de");
  vi.mocked(api.registerSummary).mockReset().mockResolvedValue(exampleSummary);
  vi.mocked(api.getCatalogs).mockReset().mockResolvedValue(catalogs);
  vi.mocked(api.listParties).mockReset().mockResolvedValue([]);
  vi.mocked(api.listToms).mockReset().mockResolvedValue([]);
  vi.mocked(api.findActivities).mockReset().mockResolvedValue(meetings);
  vi.mocked(api.checkRegister).mockReset().mockResolvedValue([]);
  noticePreview.mockReset().mockResolvedValue(preview("27.11.2026"));
});

describe("the notice beside the editor", () => {
  it("takes the list's place, follows every save, and gives the list back", async () => {
    render(App);
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await fireEvent.click(screen.getByRole("button", { name: "Hinweise daneben" }));

    const page = await screen.findByTestId("notice-page");
    expect(page).toHaveTextContent("Stand: 27.11.2026");
    expect(screen.getByText("Cisco Webex"), "the list made room").not.toBeVisible();
    expect(screen.getByTestId("editor-stub"), "the editor stays open").toHaveAttribute("data-shows", "VT-002");
    expect(screen.queryByTestId("notice-publish"), "publishing stays in the notice view").toBeNull();

    noticePreview.mockResolvedValue(preview("28.11.2026"));
    await fireEvent.click(screen.getByRole("button", { name: "Stub speichern" }));
    await waitFor(() => expect(screen.getByTestId("notice-page")).toHaveTextContent("Stand: 28.11.2026"));

    await fireEvent.click(screen.getByRole("button", { name: "Zur Liste" }));
    expect(screen.getByText("Cisco Webex")).toBeVisible();
    expect(screen.queryByTestId("notice-page")).toBeNull();
  });

  it("keeps the list's search on the way back, and Ctrl+F brings the list back", async () => {
    render(App);
    const search = await screen.findByRole("searchbox");
    await fireEvent.input(search, { target: { value: "Webex" } });
    await fireEvent.click(screen.getByRole("button", { name: "Hinweise daneben" }));
    await screen.findByTestId("notice-page");
    await fireEvent.click(screen.getByRole("button", { name: "Zur Liste" }));
    expect(screen.getByRole("searchbox")).toHaveValue("Webex");

    await fireEvent.click(screen.getByRole("button", { name: "Hinweise daneben" }));
    await screen.findByTestId("notice-page");
    await fireEvent.keyDown(window, { key: "f", ctrlKey: true });
    await waitFor(() => expect(screen.getByRole("searchbox")).toHaveFocus());
    expect(screen.queryByTestId("notice-page")).toBeNull();
  });

  it("moves to a missing item of the open activity without dropping its unsaved edits", async () => {
    render(App);
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await fireEvent.input(screen.getByLabelText("Stub-Eingabe"), { target: { value: "ungespeichert" } });
    await fireEvent.click(screen.getByRole("button", { name: "Hinweise daneben" }));
    const marker = (await screen.findByTestId("notice-page")).querySelector<HTMLElement>(".missing");

    await fireEvent.click(marker!);

    expect(screen.queryByRole("dialog"), "nothing to discard: same record").toBeNull();
    expect(screen.getByLabelText("Stub-Eingabe"), "the editor was not reloaded").toHaveValue("ungespeichert");
  });

  it("asks before a missing item of another activity replaces unsaved edits", async () => {
    render(App);
    await fireEvent.click(await screen.findByText("Online-Meetings mit Jitsi Meet"));
    await fireEvent.input(screen.getByLabelText("Stub-Eingabe"), { target: { value: "ungespeichert" } });
    await fireEvent.click(screen.getByRole("button", { name: "Hinweise daneben" }));
    const marker = (await screen.findByTestId("notice-page")).querySelector<HTMLElement>(".missing");

    await fireEvent.click(marker!);
    await fireEvent.click(await screen.findByRole("button", { name: "Abbrechen" }));

    expect(screen.getByTestId("editor-stub")).not.toHaveAttribute("data-shows", "VT-002");
    expect(screen.getByLabelText("Stub-Eingabe")).toHaveValue("ungespeichert");
  });

  it("opens the field of a missing item in the editor beside it", async () => {
    render(App);
    await fireEvent.click(await screen.findByRole("button", { name: "Hinweise daneben" }));
    const marker = (await screen.findByTestId("notice-page")).querySelector<HTMLElement>(".missing");
    expect(marker).not.toBeNull();

    await fireEvent.click(marker!);

    await waitFor(() => expect(screen.getByTestId("editor-stub")).toHaveAttribute("data-shows", "VT-002"));
    expect(screen.getByTestId("editor-stub")).toHaveAttribute("data-focus", "transfers[0].mechanism");
    expect(screen.getByTestId("notice-page"), "the notice stays beside it").toBeInTheDocument();
  });
});
