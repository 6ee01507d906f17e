/**
 * PLACEHOLDER task pane (the task pane's owner replaces this file; keep the entry name `taskpane`).
 * Shows the shared runtime's load status: the same dataset the =SMM.* functions read.
 */
import type { LoadStatus } from "../runtime/state";
import { loadStatus, onChange } from "../runtime/state";

function render(st: LoadStatus): void {
  if (typeof document === "undefined") return;
  const head = document.getElementById("smm-status");
  const list = document.getElementById("smm-sources");
  if (head) head.textContent = st.message;
  if (list) {
    list.textContent = "";
    for (const s of Object.values(st.sources)) {
      const li = document.createElement("li");
      li.textContent = `${s.source}: ${s.state}, ${s.message}`;
      list.appendChild(li);
    }
  }
}

onChange(render);
if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => render(loadStatus()));
  else render(loadStatus());
}
