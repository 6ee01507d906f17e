/**
 * Where ../shared (the seed reports, gold files and tools next to the repository) is: SMM_SHARED
 * if set, else ../shared beside this checkout, else, in a git worktree, ../shared beside the main
 * checkout (the worktree's .git file points into it).
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

function locate(): string {
  if (process.env.SMM_SHARED) return path.resolve(process.env.SMM_SHARED);
  const beside = path.resolve(ROOT, "../shared");
  if (fs.existsSync(beside)) return beside;
  try {
    const dotGit = fs.readFileSync(path.join(ROOT, ".git"), "utf8");
    const m = /^gitdir:\s*(.+?)[\\/]\.git[\\/]worktrees[\\/]/m.exec(dotGit);
    if (m?.[1]) {
      const main = path.resolve(ROOT, m[1].trim());
      const other = path.resolve(main, "../shared");
      if (fs.existsSync(other)) return other;
    }
  } catch {
    // .git is a directory (a normal checkout) or missing: ../shared it is
  }
  return beside;
}

/** The shared directory (it may not exist: tests that need it skip with a message). */
export const SHARED_DIR = locate();
