// Vite builds the front end into ui/dist, which the desktop shell embeds
// (tauri.conf.json `frontendDist`); vitest reuses the same Svelte setup.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // The webview loads files, never a server: no inlined assets that a strict
  // CSP would refuse, no source maps shipped.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  clearScreen: false,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
