/**
 * Products reported in metal content and physical content (NPI, nickel sulphate...): the catalog
 * marks them (`contentBasis: "metal"`), and their product level is the metal content. Shared by the
 * report parser and the figures CSV reader.
 */
import { addMonths } from "./periods";
import type { Observation } from "./types";

/**
 * Products on a metal-content basis (catalog data): the product level is the metal content; a % change may stand in from physical content.
 * `levelStated` says where the text states a direction of the product level's (metal content's) own, for a figure's month, that
 * a physical-content change disagrees with: there the change does not stand in. With `restate`, a metal-content % change is copied to the product level even where the product level has one already, so that two
 * different values for the same thing meet as a conflict (the report parser settles them: equal to rounding is one figure, else #N/A).
 */
export function addMetalContentLevel(
  obs: Observation[],
  metalBasis: (id: string) => boolean,
  restate = false,
  levelStated: (o: Observation) => boolean = () => false,
): Observation[] {
  const out = [...obs];
  const key = (o: Observation, seg: string): string => `${o.product}|${seg}|${o.period}|${o.basis}|${o.measure}`;
  const have = new Set(obs.map((o) => key(o, o.segment)));
  /** The metal-content output stated for the month (on the basis), or undefined. */
  const metalLevel = (product: string, period: string, basis: string): number | undefined =>
    obs.find((x) => x.product === product && x.segment === "metal-content" && x.measure === "output" && x.period === period && x.basis === basis && !x.implied)
      ?.value;
  for (const o of obs) {
    if (!metalBasis(o.product) || o.segment !== "metal-content") continue;
    // (tonnages need no restating: a physical tonnage read at product level is settled by its own rule)
    if (!have.has(key(o, "")) || (restate && o.unit === "%")) {
      out.push({ ...o, segment: "" });
      have.add(key(o, ""));
    }
  }
  for (const o of obs) {
    // the product level is the metal content: a physical-content level (tonnes) never stands in for it;
    // a % change may (the seed's judgement for nickel sulphate)
    if (!metalBasis(o.product) || o.segment !== "physical-content" || o.unit !== "%") continue;
    // ("NPI metal output is expected to be stable, while physical tonnage may decline about 2%": the metal content
    // states its own direction, so the physical change does not stand in for it)
    if (levelStated(o)) continue;
    // ("metal content is expected to reach 43,100 mt in June, though physical tonnage is seen down 1.2%", after May's 42,300 mt:
    // the metal content's own levels for the month and the month before go the other way, so the physical change is no
    // stand-in; the seed's March +6.24%, where the levels say +9.2%, still stands in: the same direction)
    const now = o.measure === "mom" ? metalLevel(o.product, o.period, o.basis) : undefined;
    const before = now === undefined ? undefined : metalLevel(o.product, addMonths(o.period, -1), "actual");
    if (now !== undefined && before !== undefined && Math.sign(now - before) !== Math.sign(o.value)) continue;
    if (!have.has(key(o, "")) && !have.has(key(o, "metal-content"))) {
      out.push({ ...o, segment: "" });
      have.add(key(o, ""));
    }
  }
  return out;
}
