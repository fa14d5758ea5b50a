// The string tables and the remembered language.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatSize, LANG_STORAGE_KEY, loadLang, messages, saveLang } from "./i18n";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe("i18n", () => {
  it("defaults to German when nothing or something unknown is stored", () => {
    expect(loadLang(memoryStorage())).toBe("de");
    expect(loadLang(memoryStorage({ [LANG_STORAGE_KEY]: "fr" })), "unknown codes are ignored").toBe("de");
  });

  it("reads back what it saved", () => {
    const storage = memoryStorage();
    saveLang("en", storage);
    expect(loadLang(storage)).toBe("en");
  });

  it("survives a storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadLang(broken)).toBe("de");
    expect(() => saveLang("en", broken)).not.toThrow();
  });

  it("has the same error codes in both languages", () => {
    expect(Object.keys(messages.en.errorByCode).sort()).toEqual(
      Object.keys(messages.de.errorByCode).sort(),
    );
  });

  it("formats a backup's time the German way, in the given zone", () => {
    expect(formatDateTime("2026-11-27T15:30:00Z", "de", "Europe/Berlin")).toBe("27.11.2026, 16:30");
    expect(formatDateTime("2026-07-01T15:30:00Z", "de", "Europe/Berlin"), "summer time").toBe(
      "01.07.2026, 17:30",
    );
    expect(formatDateTime("2026-11-27T15:30:00Z", "en", "UTC")).toBe("27 Nov 2026, 15:30");
    expect(formatDateTime("kein Datum", "de"), "garbage is shown as is").toBe("kein Datum");
  });

  it("formats a calendar day per language", () => {
    expect(formatDate("2026-11-27", "de")).toBe("27.11.2026");
    expect(formatDate("2026-11-27", "en")).toBe("27 Nov 2026");
    expect(formatDate("2026-01-01", "en")).toBe("1 Jan 2026");
    expect(formatDate("2026-02-30", "de"), "an impossible day stays as written").toBe("2026-02-30");
    expect(formatDate("kein Datum", "en")).toBe("kein Datum");
  });

  it("formats sizes with the language's decimal mark", () => {
    expect(formatSize(512, "de")).toBe("512 Bytes");
    expect(formatSize(98_304, "de")).toBe("96 KB");
    expect(formatSize(1_572_864, "de")).toBe("1,5 MB");
    expect(formatSize(1_572_864, "en")).toBe("1.5 MB");
  });
});
