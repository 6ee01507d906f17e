/**
 * Task pane entry (webpack entry `taskpane`, loaded after the `functions` chunk on the same page:
 * the shared runtime, one Dataset for the =SMM.* functions and the pane).
 *
 * Renders at once, then asks Office which host this is (bounded: in a plain browser office.js may
 * be missing or never answer) and starts the shared runtime if the functions bundle has not.
 */
import { detectHost, officeThemeIsDark } from "../excel/host";
import { startInOffice } from "../runtime/office";
import { getRuntime } from "../runtime/state";
import { App } from "./app";

function applyTheme(): void {
  const dark = officeThemeIsDark();
  if (dark !== null) document.documentElement.dataset.theme = dark ? "dark" : "light";
}

async function boot(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const rt = getRuntime();
  const app = new App(root, rt, false);
  (globalThis as { __smmPane?: App }).__smmPane = app;
  const host = await detectHost(4000);
  applyTheme();
  if (!rt.isStarted) startInOffice();
  app.setHost(host.inExcel);
  document.documentElement.dataset.host = host.inExcel ? "excel" : "browser";
  await rt.whenLoaded();
  app.dataChanged();
  document.documentElement.dataset.ready = "true";
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void boot());
  else void boot();
}
