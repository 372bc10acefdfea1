// Drives the timeline app in Debian's Chromium (playwright-core, no downloaded browser), inside the
// minimal host of host.html, against a running StemSense HTTP server. Prints one JSON object.
//   node run.mjs <server origin> <audio or MIDI path> <screenshot folder>
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const [origin, source, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const out = { console: [], steps: [] };
const step = (name) => out.steps.push(name);

const browser = await chromium.launch({
  executablePath: process.env.STEMSENSE_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--autoplay-policy=no-user-gesture-required"],
});

async function openHost(tool, args) {
  const page = await browser.newPage({ viewport: { width: 1060, height: 1000 } });
  page.on("console", (m) => { if (["error", "warning"].includes(m.type())) out.console.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => out.console.push(`pageerror: ${e}`));
  await page.route(`${origin}/harness/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/harness\//, "");
    route.fulfill({ body: readFileSync(join(HERE, path)), contentType: path.endsWith(".html") ? "text/html" : "text/javascript" });
  });
  await page.goto(`${origin}/harness/host.html?tool=${tool}&args=${encodeURIComponent(JSON.stringify(args))}`);
  return page;
}

const hostRecord = (page) => page.evaluate(() => window.__host);

try {
  // 1. The model loads a track: the host shows the app with load_track's result.
  const page = await openHost("load_track", { source, wait: true });
  const app = page.frameLocator("#app");
  await app.locator('main#app[data-state="ready"]').waitFor({ timeout: 120000 });
  await page.waitForTimeout(300);
  step("timeline");
  await page.screenshot({ path: join(shots, "1-timeline.png"), fullPage: true });
  const lanes = app.locator(".lane[data-stem]");
  out.lanes = await lanes.evaluateAll((ls) => ls.map((l) => ({ stem: l.dataset.stem, empty: l.classList.contains("empty") })));
  const live = out.lanes.map((l, i) => ({ ...l, i })).filter((l) => !l.empty);
  // two adjacent lanes with sound
  const pair = live.find((l, k) => live[k + 1] && live[k + 1].i === l.i + 1);
  const [a, b] = [pair.i, pair.i + 1];
  const tlView = await app.locator("#timeline").evaluate((e) => ({ v0: +e.dataset.v0, v1: +e.dataset.v1 }));
  const boxA = await lanes.nth(a).locator(".body").boundingBox();
  const boxB = await lanes.nth(b).locator(".body").boundingBox();
  out.secondsPerPixel = (tlView.v1 - tlView.v0) / boxA.width;
  const xAt = (t) => boxA.x + ((t - tlView.v0) / (tlView.v1 - tlView.v0)) * boxA.width;
  out.dragFrom = { t: tlView.v0 + 0.21 * (tlView.v1 - tlView.v0), stem: out.lanes[a].stem };
  out.dragTo = { t: out.dragFrom.t + 6.3, stem: out.lanes[b].stem };

  // 2. The user drags from lane a to lane b.
  await page.mouse.move(xAt(out.dragFrom.t), boxA.y + boxA.height / 2);
  await page.mouse.down();
  await page.mouse.move(xAt((out.dragFrom.t + out.dragTo.t) / 2), boxB.y + boxB.height / 2, { steps: 6 });
  await page.screenshot({ path: join(shots, "2-dragging.png"), fullPage: true });
  await page.mouse.move(xAt(out.dragTo.t), boxB.y + boxB.height / 2, { steps: 6 });
  await page.mouse.up();
  const info = app.locator("#selection-info");
  await info.waitFor();
  out.selection = await info.evaluate((e) => ({ start_s: +e.dataset.startS, end_s: +e.dataset.endS,
    stems: e.dataset.stems.split(","), text: e.textContent }));
  step("selected");

  // 3. The user asks.
  await app.locator("#question").fill("How do these two lock together here?");
  await app.locator("#ask").click();
  const findings = app.locator('#findings[data-state="ready"]');
  await findings.waitFor({ timeout: 30000 });
  out.findings = await findings.evaluate((e) => ({ start_s: +e.dataset.startS, end_s: +e.dataset.endS,
    stems: e.dataset.stems.split(","), frame: e.dataset.frame,
    summary: e.querySelector(".summary").textContent, roles: [...e.querySelectorAll(".roles li")].map((li) => li.textContent) }));
  step("asked");
  await page.screenshot({ path: join(shots, "3-findings.png"), fullPage: true });

  // 4. Solo the first lane and play the selection.
  await lanes.nth(a).locator("button.solo").click();
  await app.locator("#play").click();
  await app.locator('main#app[data-playing="playing"], main#app[data-playing="stopped"]').waitFor({ timeout: 30000 });
  out.playing = await app.locator("main#app").getAttribute("data-playing");
  out.soloOn = await app.locator(`.lane[data-stem="${out.lanes[a].stem}"] button.solo`).getAttribute("aria-pressed");
  step("played");
  await app.locator("#stop").click({ timeout: 2000 }).catch(() => undefined);

  // 5. Write a part for the first selected stem: a new lane with notation, playback and a MIDI download.
  await app.locator("#write").click();
  await app.locator('#notation[data-state="ready"] svg').first().waitFor({ timeout: 60000 });
  await app.locator('.lane.part').waitFor();
  out.partId = await app.locator("#part-panel").getAttribute("data-part-id");
  out.notationSvgs = await app.locator("#notation svg").count();
  await app.locator("#play-part").click();
  await app.locator('main#app[data-playing="playing"], main#app[data-playing="stopped"]').waitFor({ timeout: 30000 });
  await app.locator("#download-midi").click();
  await page.waitForFunction(() => window.__host.downloads.length > 0, null, { timeout: 20000 });
  step("part");
  await page.screenshot({ path: join(shots, "4-part.png"), fullPage: true });
  // 6. Snap to bars, and the 30 s frame limit: a long drag over one lane shows the limit and stops at it.
  await app.locator('input[name="snap"][value="bar"]').check();
  await page.mouse.move(xAt(tlView.v0 + 0.1 * (tlView.v1 - tlView.v0)), boxB.y + boxB.height / 2);
  await page.mouse.down();
  await page.mouse.move(xAt(tlView.v0 + 0.8 * (tlView.v1 - tlView.v0)), boxB.y + boxB.height / 2, { steps: 8 });
  out.limitShown = await app.locator("#limit").evaluate((e) => !e.hidden && e.textContent);
  await page.screenshot({ path: join(shots, "5-limit.png"), fullPage: true });
  await page.mouse.up();
  await page.waitForTimeout(200);
  out.longSelection = await info.evaluate((e) => ({ start_s: +e.dataset.startS, end_s: +e.dataset.endS,
    stems: e.dataset.stems.split(",") }));
  out.longDrag = { from: tlView.v0 + 0.1 * (tlView.v1 - tlView.v0), to: tlView.v0 + 0.8 * (tlView.v1 - tlView.v0) };
  step("limit");
  out.host = await hostRecord(page);
  out.host.downloads = out.host.downloads.map((d) => d.contents.map((c) => ({ uri: c.resource.uri,
    mimeType: c.resource.mimeType, head: c.resource.blob.slice(0, 8) })));
  out.host.toolResult = { isError: out.host.toolResult?.isError ?? false, structuredContent: out.host.toolResult?.structuredContent };
  await page.close();

  // 6. The model asks get_findings itself: the app opens on that window with those findings.
  const trackId = out.host.toolResult.structuredContent.track_id;
  out.modelWindow = { track_id: trackId, stems: [out.lanes[b].stem], start_s: out.selection.start_s, end_s: out.selection.end_s };
  const page2 = await openHost("get_findings", out.modelWindow);
  const app2 = page2.frameLocator("#app");
  const f2 = app2.locator('#findings[data-state="ready"]');
  await f2.waitFor({ timeout: 60000 });
  out.modelFindings = await f2.evaluate((e) => ({ start_s: +e.dataset.startS, end_s: +e.dataset.endS,
    stems: e.dataset.stems.split(","), frame: e.dataset.frame, summary: e.querySelector(".summary").textContent }));
  // 7. A web view that cannot decode Ogg Vorbis (as some WebKit ones): playback falls back to WAV excerpts.
  const appFrame = page2.frames().find((f) => f !== page2.mainFrame());
  await appFrame.evaluate(() => {
    const decode = AudioContext.prototype.decodeAudioData;
    AudioContext.prototype.decodeAudioData = function (data, ...rest) {
      const head = new TextDecoder().decode(new Uint8Array(data, 0, 4));
      return head === "OggS" ? Promise.reject(new DOMException("Unable to decode audio data", "EncodingError"))
        : decode.call(this, data, ...rest);
    };
  });
  await app2.locator("#play").click();
  await app2.locator('main#app[data-playing="playing"], main#app[data-playing="stopped"]').waitFor({ timeout: 30000 });
  out.fallbackPlaying = await app2.locator("main#app").getAttribute("data-playing");
  const rec2 = await hostRecord(page2);
  out.fallbackReads = rec2.appResourceReads;
  out.modelToolSummary = rec2.toolResult.structuredContent.summary;
  out.modelAppCalls = rec2.appToolCalls.map((c) => c.name);
  await page2.screenshot({ path: join(shots, "6-model-findings.png"), fullPage: true });
  step("model-findings");
} catch (e) {
  out.error = String(e?.stack ?? e);
  for (const p of browser.contexts().flatMap((c) => c.pages())) {
    await p.screenshot({ path: join(shots, "failure.png"), fullPage: true }).catch(() => undefined);
    out.hostOnFailure = await hostRecord(p).catch(() => null);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
