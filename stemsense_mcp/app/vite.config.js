// Builds src/timeline.html into one self-contained file (scripts and styles inlined): the host's
// sandbox gives an MCP App no network, so nothing may be fetched at run time.
import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

export default defineConfig({
  root: "src",
  plugins: [viteSingleFile()],
  build: {
    outDir: "../build",
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: { input: "src/timeline.html" },
  },
  logLevel: "warn",
});
