// The shell's side of the checks and the notice: the findings are checked on
// open and after every save, counted in the navigation, and a finding opens
// its record at the field — in the activity editor, the parties or the
// organisation view (stubs here; they are tested on their own).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "../../App.svelte";
import * as api from "../api";
import { finding } from "../findings/fixtures";
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
}));

const stub = vi.hoisted(
  () => async () => ({ default: (await import("./testing/EditorStub.svelte")).default }),
);
vi.mock("../activity/ActivityEditor.svelte", stub);
vi.mock("../parties/PartiesView.svelte", stub);
vi.mock("../organisation/OrganisationView.svelte", stub);

const checkRegister = vi.mocked(api.checkRegister);

const findings = [
  finding("transfer-no-mechanism", "error", "activity", "VT-002", "transfers[0].mechanism"),
  finding("processor-no-agreement", "error", "party", "cisco", "agreement.signed_on"),
  finding("header-authority", "error", "organisation", "organisation", "authority"),
];

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  setLang("de");
  vi.mocked(api.registerSummary).mockReset().mockResolvedValue(exampleSummary);
  vi.mocked(api.getCatalogs).mockReset().mockResolvedValue(catalogs);
  vi.mocked(api.listParties).mockReset().mockResolvedValue([]);
  vi.mocked(api.listToms).mockReset().mockResolvedValue([]);
  vi.mocked(api.findActivities).mockReset().mockResolvedValue(meetings);
  checkRegister.mockReset().mockResolvedValue(findings);
});

const nav = () => within(screen.getByRole("navigation", { name: "Bereiche" }));
const editor = () => screen.getByTestId("editor-stub");

async function startOnFindings() {
  render(App);
  await screen.findByText("Cisco Webex");
  await fireEvent.click(nav().getByRole("button", { name: /^Befunde/ }));
  return screen.findByTestId("findings-panel");
}

/** Clicks "Öffnen" on the finding about `field`. */
async function open(field: string) {
  const item = (await screen.findAllByTestId("finding")).find((f) => f.dataset.field === field);
  expect(item, `a finding at ${field}`).toBeDefined();
  await fireEvent.click(within(item!).getByTestId("finding-open"));
}

describe("findings in the shell", () => {
  it("counts the findings in the navigation", async () => {
    render(App);
    const badge = await screen.findByTestId("nav-badge-findings");
    expect(badge).toHaveTextContent("3");
    expect(nav().getByRole("button", { name: /^Befunde/ })).toHaveAccessibleName("Befunde, 3 Befunde");
  });

  it("opens the activity editor at the finding's field", async () => {
    await startOnFindings();
    await open("transfers[0].mechanism");
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    expect(editor()).toHaveAttribute("data-focus", "transfers[0].mechanism");
    expect(nav().getByRole("button", { name: "Verarbeitungen" })).toHaveAttribute("aria-current", "page");
  });

  it("opens the party and the organisation at their fields", async () => {
    await startOnFindings();
    await open("agreement.signed_on");
    await waitFor(() => expect(editor()).toHaveAttribute("data-focus-key", "cisco"));
    expect(editor()).toHaveAttribute("data-focus", "agreement.signed_on");

    await fireEvent.click(nav().getByRole("button", { name: /^Befunde/ }));
    await open("authority");
    await waitFor(() => expect(editor()).toHaveAttribute("data-focus", "authority"));
    expect(nav().getByRole("button", { name: "Organisation" })).toHaveAttribute("aria-current", "page");
  });

  it("asks about unsaved changes before a finding leaves the editor", async () => {
    render(App);
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    await fireEvent.input(screen.getByLabelText("Stub-Eingabe"), { target: { value: "x" } });

    await fireEvent.click(nav().getByRole("button", { name: /^Befunde/ }));
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    expect(screen.queryByTestId("findings-panel"), "still in the editor").toBeNull();
  });

  it("checks again after every save", async () => {
    render(App);
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await waitFor(() => expect(checkRegister).toHaveBeenCalledTimes(1));
    checkRegister.mockResolvedValue(findings.slice(1));

    await fireEvent.click(screen.getByRole("button", { name: "Stub speichern" }));

    await waitFor(() => expect(checkRegister).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByTestId("nav-badge-findings")).toHaveTextContent("2"));
  });

  it("keeps the last findings and says so when a check fails", async () => {
    await startOnFindings();
    checkRegister.mockRejectedValue({ code: "io", message: "disk gone" });
    await fireEvent.click(screen.getByRole("button", { name: "Erneut prüfen" }));
    expect(await screen.findByText("Die Prüfung des Verzeichnisses ist fehlgeschlagen.")).toBeInTheDocument();
    expect(screen.getAllByTestId("finding")).toHaveLength(3);
  });
});
