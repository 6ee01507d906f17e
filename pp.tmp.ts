import { readFileSync } from "node:fs";
import { preparePaste } from "./src/core/report/text";
const r: any = preparePaste(readFileSync(process.argv[2] as string, "utf8"));
console.log(typeof r === "string" ? r : r.text);
