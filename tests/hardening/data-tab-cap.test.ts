/**
 * @jest-environment jsdom
 *
 * The Data tab says that a team-source file over the byte cap is refused (issue 11), with the
 * cap the download really uses.
 */
import { MAX_DOWNLOAD_BYTES } from "../../src/runtime/sources";
import { DataView } from "../../src/taskpane/view/dataView";

test("the team-source hint names the download cap", () => {
  const noop = (): void => undefined;
  const view = new DataView({ remove: noop, setTeam: noop, clearTeam: noop, refreshTeam: noop, listLinks: noop, unlink: noop });
  document.body.append(view.el);
  const input = document.querySelector<HTMLInputElement>('[data-testid="team-url"]');
  const hint = document.getElementById(input?.getAttribute("aria-describedby") ?? "");
  expect(hint?.textContent).toContain(`A file over ${MAX_DOWNLOAD_BYTES / (1024 * 1024)} MB is refused`);
  expect(MAX_DOWNLOAD_BYTES).toBe(16 * 1024 * 1024);
});
