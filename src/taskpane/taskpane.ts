/**
 * Task pane entry (webpack entry `taskpane`, loaded after the `functions` chunk on the same page:
 * the shared runtime, one Dataset for the =SMM.* functions and the pane).
 *
 * Renders at once, then waits for Office's answer (`bootOffice`: Office.onReady, no timeout).
 * Until it comes the pane says Excel is still starting (after STILL_STARTING_MS), never "not in
 * Excel": a slow cold start (Excel on the web, Mac) must still end in Excel, with the workbook's
 * data and Excel's local store. In a plain browser Office answers "no host" (or office.js is
 * absent) and the pane runs as a browser preview.
 */
import { officeThemeIsDark } from "../excel/host";
import { bootOffice } from "../runtime/office";
import { getRuntime } from "../runtime/state";
import { App } from "./app";

/** How long the pane shows plain "Loading" before saying Excel is still starting. */
export const STILL_STARTING_MS = 3000;
/** After this long without an answer the status adds what may be wrong. */
export const NO_ANSWER_HINT_MS = 30_000;

/** The system's colour scheme (null where the page has no matchMedia: jsdom). */
const systemDark = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;

/**
 * The page's theme, decided here only: Office's theme when Office states one, else the system's.
 * taskpane.html has its dark tokens once, under data-theme="dark".
 */
function applyTheme(): void {
  const dark = officeThemeIsDark() ?? systemDark?.matches ?? false;
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const rt = getRuntime();
  const app = new App(root, rt, false);
  (globalThis as { __smmPane?: App }).__smmPane = app;
  const html = document.documentElement;
  html.dataset.host = "starting";
  app.shell.setStarting("Loading...");
  const started = Date.now();
  const timers = [
    setTimeout(() => app.shell.setStarting("Excel is still starting: waiting for Office to answer. The SMM data loads as soon as it does."), STILL_STARTING_MS),
    setTimeout(
      () =>
        app.shell.setStarting(
          `Office has not answered for ${Math.round((Date.now() - started) / 1000)} s. Excel may still be starting; if this page is open outside Excel, office.js could not start: reload the pane.`,
        ),
      NO_ANSWER_HINT_MS,
    ),
  ];
  const host = await bootOffice();
  timers.forEach(clearTimeout);
  applyTheme();
  app.setHost(host.inExcel);
  app.dataChanged();
  html.dataset.host = host.inExcel ? "excel" : "browser";
  await rt.whenLoaded();
  app.dataChanged();
  html.dataset.ready = "true";
}

if (typeof document !== "undefined") {
  // before the body is drawn (this bundle loads in <head>, blocking), and again when Office answers
  applyTheme();
  systemDark?.addEventListener("change", applyTheme);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void boot());
  else void boot();
}
