// After `vite build`: copy build/timeline.html to timeline.html (the file the Python package ships),
// stamped with the hash of the sources it was built from, so a test can tell a stale build.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SOURCES = ["package.json", "package-lock.json", "vite.config.js", "stamp.mjs",
  ...readdirSync("src").sort().map((name) => join("src", name))];

export function sourceHash() {
  const hash = createHash("sha256");
  for (const path of SOURCES) hash.update(path + "\0" + readFileSync(path, "utf8").replace(/\r\n/g, "\n") + "\0");
  return hash.digest("hex");
}

const html = readFileSync("build/timeline.html", "utf8");
const stamped = html.replace("<head>", `<head>\n<meta name="stemsense-app-source" content="${sourceHash()}">`);
if (stamped === html) throw new Error("build/timeline.html has no <head>");
writeFileSync("timeline.html", stamped);
console.log(`timeline.html: ${(stamped.length / 1024).toFixed(0)} KiB`);
