// The status bar's banner for a register on a network drive that someone
// else edits: who, in the UI's language; nothing for a register of one's own.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RegisterSummary } from "../api";
import { settings } from "../settings.svelte";
import StatusBar from "./StatusBar.svelte";

const summary: RegisterSummary = {
  path: "/mnt/share/register.vvt",
  organisation_name: "Beispiel GmbH",
  activity_count: 3,
  party_count: 2,
};

afterEach(() => {
  settings.lang = "de";
});

describe("StatusBar", () => {
  it("says who edits a register on a network drive that is open read-only here", () => {
    render(StatusBar, { summary: { ...summary, locked_by: "erika on PC-DSB since 2026-12-07 09:15 UTC" } });

    const banner = screen.getByTestId("read-only-banner");
    expect(banner).toHaveTextContent("Nur lesen");
    expect(banner).toHaveTextContent("erika on PC-DSB since 2026-12-07 09:15 UTC");
    expect(banner).toHaveAttribute("role", "status");
  });

  it("offers to take the register over", async () => {
    const ontakeover = vi.fn();
    render(StatusBar, {
      summary: { ...summary, locked_by: "erika on PC-DSB since 2026-12-07 09:15 UTC" },
      ontakeover,
    });

    await fireEvent.click(screen.getByTestId("take-over"));
    expect(ontakeover).toHaveBeenCalledOnce();
  });

  it("shows no banner for a register this app edits", () => {
    render(StatusBar, { summary });

    expect(screen.queryByTestId("read-only-banner")).toBeNull();
  });

  it("words the banner in English", () => {
    settings.lang = "en";
    render(StatusBar, { summary: { ...summary, locked_by: "erika on PC-DSB since 2026-12-07 09:15 UTC" } });

    expect(screen.getByTestId("read-only-banner")).toHaveTextContent("Read only");
  });
});
