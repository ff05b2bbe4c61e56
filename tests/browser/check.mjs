// Opens HTML files in headless Chromium (Debian's /usr/bin/chromium) and reports, as JSON on
// stdout, what tests/test_html_browser.py checks:
//   - axe-core's violations of the WCAG 2.0/2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a,
//     wcag21aa), with every <details> opened so that the chart figures are checked too;
//   - every request the page tried to make besides the file itself (each is refused);
//   - at 320 CSS px wide: the page's scroll width and the elements outside a table region
//     whose box reaches past the viewport;
//   - the first Tab: which element takes the focus, whether it is in view and has an outline.
// Or, instead, a screenshot (--screenshot PNG, at --width by --height CSS px, scrolled to the
// element --anchor ID, or the --full page) or the page printed to PDF (--pdf FILE).
//
//   node check.mjs [--screenshot OUT.png [--width 1280] [--height 900] [--anchor ID] [--full]]
//                  [--pdf OUT.pdf] FILE.html...
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

function options(argv) {
  const out = { files: [], width: 1280, height: 900, full: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--screenshot") out.screenshot = argv[++i];
    else if (arg === "--width") out.width = Number(argv[++i]);
    else if (arg === "--full") out.full = true;
    else if (arg === "--pdf") out.pdf = argv[++i];
    else if (arg === "--height") out.height = Number(argv[++i]);
    else if (arg === "--anchor") out.anchor = argv[++i];
    else out.files.push(arg);
  }
  return out;
}

async function open(browser, file, width, height) {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const requests = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url() === url) request.continue();
    else { requests.push(request.url()); request.abort(); }
  });
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: "load" });
  return { page, requests };
}

async function axe(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags }, resultTypes: ["violations"],
    });
    return {
      version: window.axe.version,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })),
        count: v.nodes.length,
      })),
      passes: r.passes.length,
    };
  }, TAGS);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = false; }));
  return result;
}

async function reflow(page) {
  await page.setViewport({ width: 320, height: 640 });
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(".table-region") || el.closest("svg") && el.tagName !== "svg") continue;
      const box = el.getBoundingClientRect();
      if (box.width && box.right > width + 0.5) {
        outside.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
      }
    }
    return { viewport: width, scrollWidth: document.documentElement.scrollWidth,
             outside: outside.slice(0, 10) };
  });
}

async function firstTab(page) {
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press("Tab");
  return page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), href: el.getAttribute("href"), text: el.textContent.trim(),
      inView: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0,
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

async function main() {
  const opts = options(process.argv.slice(2));
  const args = ["--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars"];
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args,
  });
  const results = {};
  try {
    for (const file of opts.files) {
      if (opts.screenshot || opts.pdf) {
        const { page } = await open(browser, file, opts.width, opts.height);
        if (opts.anchor) {
          await page.evaluate((id) => document.getElementById(id).scrollIntoView(), opts.anchor);
        }
        if (opts.screenshot) await page.screenshot({ path: opts.screenshot, fullPage: opts.full });
        if (opts.pdf) await page.pdf({ path: opts.pdf, preferCSSPageSize: true, printBackground: true });
        await page.close();
        continue;
      }
      const { page, requests } = await open(browser, file, 1280, 900);
      const tab = await firstTab(page);
      const accessibility = await axe(page);
      const narrow = await reflow(page);
      results[file] = { axe: accessibility, requests, reflow: narrow, firstTab: tab };
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => { console.error(error && error.stack || String(error)); process.exit(1); });
