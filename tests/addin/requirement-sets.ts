/**
 * Which Excel JavaScript API members src/ uses, the requirement set each needs (the
 * `[Api set: ExcelApi x.y]` tag of its declaration in @types/office-js) and whether the use is
 * behind a requirement check. Used by requirement-sets.test.ts.
 *
 * A use counts as guarded when it sits in the true branch of a condition (if, ?:, &&) or after an
 * early exit (`if (!check) return/throw`) whose text calls a check for that version or a later
 * one: `isSetSupported("ExcelApi", "1.12")`, or a helper named `supports...`/`hasExcelApi`/
 * `excelApiSupported` called with the version string.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export interface ApiUse {
  file: string;
  line: number;
  member: string;
  /** "1.12" */
  needs: string;
  /** The version of the check that covers it, or null. */
  guard: string | null;
}

export const cmpVersion = (a: string, b: string): number => {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

const GUARD = /(?:isSetSupported\(\s*["']ExcelApi["']\s*,\s*|\b(?:supports\w*|hasExcelApi|excelApiSupported)\(\s*)["'](\d+\.\d+)["']/g;
const NEGATED_GUARD =
  /!\s*(?:\w+(?:\?\.|\.))*(?:isSetSupported\(\s*["']ExcelApi["']\s*,\s*|(?:supports\w*|hasExcelApi|excelApiSupported)\(\s*)["'](\d+\.\d+)["']/g;

const highest = (text: string, re: RegExp): string | null => {
  let best: string | null = null;
  for (const m of text.matchAll(re)) if (!best || cmpVersion(m[1] as string, best) > 0) best = m[1] as string;
  return best;
};

function exits(stmt: ts.Statement): boolean {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt)) return true;
  if (ts.isBlock(stmt)) {
    const last = stmt.statements[stmt.statements.length - 1];
    return !!last && exits(last);
  }
  return false;
}

/** The version a use at `node` is checked for, from the conditions around it. */
function guardOf(node: ts.Node, sf: ts.SourceFile): string | null {
  let best: string | null = null;
  const take = (v: string | null): void => {
    if (v && (!best || cmpVersion(v, best) > 0)) best = v;
  };
  let child: ts.Node = node;
  for (let p: ts.Node | undefined = node.parent; p; child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child === p.thenStatement) take(highest(p.expression.getText(sf), GUARD));
    else if (ts.isConditionalExpression(p) && child === p.whenTrue) take(highest(p.condition.getText(sf), GUARD));
    else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === p.right)
      take(highest(p.left.getText(sf), GUARD));
    if (ts.isBlock(p) || ts.isSourceFile(p)) {
      for (const st of p.statements) {
        if (st === child || st.pos >= child.pos) break;
        if (ts.isIfStatement(st) && exits(st.thenStatement)) take(highest(st.expression.getText(sf), NEGATED_GUARD));
      }
    }
  }
  return best;
}

function apiSetOf(decl: ts.Declaration): string | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.pos) ?? [];
  for (const r of ranges) {
    const m = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(sf.text.slice(r.pos, r.end));
    if (m) return m[1] as string;
  }
  return null;
}

/** Every use of an Excel API member (with an ExcelApi tag) in the given files. */
export function excelApiUses(files: readonly string[], root: string): ApiUse[] {
  const cfg = ts.readConfigFile(path.join(root, "tsconfig.json"), (f) => fs.readFileSync(f, "utf8"));
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, root);
  const program = ts.createProgram([...files], { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const officeDts = path.normalize(require.resolve("@types/office-js/index.d.ts", { paths: [root] }));
  const uses: ApiUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const sym = checker.getSymbolAtLocation(n.name);
        const decl = sym?.declarations?.find((d) => path.normalize(d.getSourceFile().fileName) === officeDts);
        const needs = decl ? apiSetOf(decl) : null;
        if (needs) {
          const owner = decl && ts.isClassDeclaration(decl.parent) && decl.parent.name ? `${decl.parent.name.text}.` : "";
          uses.push({
            file: path.relative(root, file),
            line: sf.getLineAndCharacterOfPosition(n.name.getStart(sf)).line + 1,
            member: `${owner}${n.name.text}`,
            needs,
            guard: guardOf(n, sf),
          });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return uses;
}
