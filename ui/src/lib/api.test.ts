// The IPC module: the command name and how rejections become one error shape.
import { invoke } from "@tauri-apps/api/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listBackups, registerSummary, restoreBackup, toApiError } from "./api";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const invokeMock = vi.mocked(invoke);

beforeEach(() => {
  invokeMock.mockReset();
});

describe("api", () => {
  it("calls the register_summary command", async () => {
    const summary = { path: "/tmp/r.vvt", organisation_name: null, activity_count: 0, party_count: 0 };
    invokeMock.mockResolvedValue(summary);

    await expect(registerSummary()).resolves.toEqual(summary);
    expect(invokeMock).toHaveBeenCalledWith("register_summary", undefined);
  });

  it("passes a command error through with its code and field", async () => {
    invokeMock.mockRejectedValue({ code: "validation", message: "bad", field: "name" });

    const error = await registerSummary().catch((e: unknown) => e);
    expect(error).toStrictEqual({ code: "validation", message: "bad", field: "name" });
  });

  it("turns a plain string rejection from Tauri into an ipc error", () => {
    expect(toApiError("command not allowed")).toEqual({ code: "ipc", message: "command not allowed" });
    expect(toApiError(new Error("boom"))).toEqual({ code: "ipc", message: "boom" });
  });

  it("drops a null field instead of passing it on", () => {
    expect(toApiError({ code: "io", message: "x", field: null })).toEqual({ code: "io", message: "x" });
  });

  it("lists the backups and restores one by its path", async () => {
    invokeMock.mockResolvedValue([]);
    await expect(listBackups()).resolves.toEqual([]);
    expect(invokeMock).toHaveBeenCalledWith("list_backups", undefined);

    await restoreBackup("/tmp/r.vvt.backups/20261127T153000Z-manual-r.vvt");
    expect(invokeMock).toHaveBeenLastCalledWith("restore_backup", {
      path: "/tmp/r.vvt.backups/20261127T153000Z-manual-r.vvt",
    });
  });

  it("keeps the register path of a refusal to open it", () => {
    expect(toApiError({ code: "damaged", message: "x", path: "/tmp/r.vvt" })).toEqual({
      code: "damaged",
      message: "x",
      path: "/tmp/r.vvt",
    });
  });
});
