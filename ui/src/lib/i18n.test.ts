// The string tables and the remembered language.
import { describe, expect, it } from "vitest";
import { LANG_STORAGE_KEY, loadLang, messages, saveLang } from "./i18n";

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
});
