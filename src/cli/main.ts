/** Entry of the `smm` command: dispatch, and one-line errors with exit code 2. */
import { readFileSync } from "node:fs";
import { cmdBuild, cmdEval, cmdParse, cmdProducts, UsageError, USAGE, type Io } from "./commands";

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number | Promise<number>> = {
  eval: cmdEval,
  parse: cmdParse,
  products: cmdProducts,
  build: cmdBuild,
  workbook: async (argv, io) => {
    const mod = await import("./workbook-command");
    return mod.cmdWorkbook(argv, io);
  },
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help" || cmd === "-h") {
    io.out(USAGE);
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    io.err(`smm: unknown command "${cmd}" (commands: ${Object.keys(COMMANDS).join(", ")})\n`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`smm ${cmd}: ${e.message}\n`);
      return 2;
    }
    io.err(`smm ${cmd}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // a closed pipe (`smm parse FILE | head`) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  const io: Io = {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readStdin: () => {
      try {
        return readFileSync(0, "utf8");
      } catch {
        return "";
      }
    },
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
