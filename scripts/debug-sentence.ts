// Dev aid: prints how the grammar reads one sentence. npx ts-node -T scripts/debug-sentence.ts "sentence"
import { directionStatements, readSentence } from "../src/core/report/grammar";
const s = process.argv[2] ?? "";
for (const r of readSentence(s))
  console.log(
    JSON.stringify({
      raw: r.figure.raw,
      metric: r.metric,
      kind: r.kind,
      basis: r.basis,
      dir: r.direction,
      ytd: r.ytd,
      measure: r.measure,
      value: r.value,
      excl: r.excludedReason,
      subject: r.subject.slice(-60),
      seg: r.segmentOverride,
      month: r.month?.month,
      role: r.roleRule,
    }),
  );
for (const d of directionStatements(s))
  console.log(
    "dir",
    JSON.stringify({
      w: s.slice(d.start, d.end),
      d: d.direction,
      m: d.magnitude,
      yoy: d.yoyOnly,
      prod: d.production,
      rate: d.operatingRate,
      neg: d.negated,
      subj: d.subject.slice(-50),
    }),
  );
