// Master and detail with the editor replaced by a stub: a row opens its
// activity, a switch away from unsaved changes waits for the shell's answer,
// and a save or delete refreshes the list and moves the selection.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { findActivities } from "../api";
import { countsByActivity } from "../findings/counts";
import { finding } from "../findings/fixtures";
import { catalogs, meetings, SilentResizeObserver } from "../shell/testing/fixtures";
import ActivitiesView from "./ActivitiesView.svelte";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  findActivities: vi.fn(),
}));

vi.mock("../activity/ActivityEditor.svelte", async () => ({
  default: (await import("../shell/testing/EditorStub.svelte")).default,
}));

const find = vi.mocked(findActivities);

function renderView(
  confirmDiscard: () => Promise<boolean> = async () => true,
  findingCounts?: ReturnType<typeof countsByActivity>,
) {
  const onchanged = vi.fn();
  const confirm = vi.fn(confirmDiscard);
  render(ActivitiesView, {
    findingCounts,
    catalogs,
    parties: [],
    toms: [],
    total: 3,
    confirmDiscard: confirm,
    onchanged,
    onpartycreated: vi.fn(),
  });
  return { onchanged, confirm };
}

const editor = () => screen.queryByTestId("editor-stub");
const selectedRow = () => document.querySelector('[role="row"][aria-selected="true"]');

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  find.mockReset().mockResolvedValue(meetings);
});

describe("ActivitiesView", () => {
  it("opens the clicked activity beside the list", async () => {
    renderView();
    expect(await screen.findByText("Wählen Sie eine Tätigkeit aus der Liste oder legen Sie eine neue an."))
      .toBeInTheDocument();

    await fireEvent.click(await screen.findByText("Cisco Webex"));

    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));
    expect(selectedRow()).toHaveTextContent("Cisco Webex");
  });

  it("keeps the open activity when the shell says to keep editing", async () => {
    let keep = false;
    const { confirm } = renderView(async () => !keep);
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "VT-002"));

    keep = true;
    await fireEvent.click(screen.getByText("Online-Meetings mit Jitsi Meet"));

    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(2));
    expect(editor(), "the unsaved activity stays open").toHaveAttribute("data-shows", "VT-002");
    expect(selectedRow()).toHaveTextContent("Cisco Webex");
  });

  it("starts a new activity and, once saved, reopens it by its key in the refreshed list", async () => {
    const { onchanged } = renderView();
    await screen.findByText("Cisco Webex");

    await fireEvent.click(screen.getByRole("button", { name: "Neue Tätigkeit" }));
    await waitFor(() => expect(editor()).toHaveAttribute("data-shows", "new"));

    find.mockResolvedValue([...meetings, { ...meetings[0], key: "VT-NEU", name: "Neue Verarbeitung" }]);
    await fireEvent.click(screen.getByRole("button", { name: "Stub speichern" }));

    expect(await screen.findByText("Neue Verarbeitung")).toBeInTheDocument();
    expect(find, "the list asks again").toHaveBeenCalledTimes(2);
    expect(editor()).toHaveAttribute("data-shows", "VT-NEU");
    await waitFor(() => expect(selectedRow()).toHaveTextContent("Neue Verarbeitung"));
    expect(onchanged, "the shell updates its counts").toHaveBeenCalledOnce();
  });

  it("closes the editor after a delete and refreshes the list", async () => {
    const { onchanged } = renderView();
    await fireEvent.click(await screen.findByText("Cisco Webex"));
    await waitFor(() => expect(editor()).toBeInTheDocument());

    find.mockResolvedValue([meetings[0], meetings[2]]);
    await fireEvent.click(screen.getByRole("button", { name: "Stub löschen" }));

    await waitFor(() => expect(screen.queryByText("Cisco Webex")).toBeNull());
    expect(editor()).toBeNull();
    expect(selectedRow()).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("badges the activities the last check found something in", async () => {
    renderView(
      undefined,
      countsByActivity([
        finding("transfer-no-mechanism", "error", "activity", "VT-002", "transfers[0].mechanism"),
        finding("review-overdue", "warning", "activity", "VT-002", "next_review"),
        finding("header-dpo-email", "warning", "organisation", "organisation", "dpo.email"),
      ]),
    );

    const webex = (await screen.findByText("Cisco Webex")).closest("[role=row]") as HTMLElement;
    expect(webex.querySelector('[data-testid="finding-badge"]')).toHaveTextContent("2 Befunde (1 Fehler)");
    expect(screen.getAllByTestId("finding-badge"), "the organisation's finding is no activity's").toHaveLength(1);
  });
});
