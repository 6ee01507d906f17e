/**
 * Rules added after checking the parser against real SMM articles and blind fixture batches
 * (own sentences, table-driven).
 */
import { parseReport } from "../../../src/core/report/parse";

const figures = (text: string, fileName = "note-2025-06.txt"): [string, string, string, string, number][] => {
  const r = parseReport(text, { fileName });
  return (r.edition?.observations ?? []).map((o) => [o.product + (o.segment ? `:${o.segment}` : ""), o.period, o.basis, o.measure, o.value]);
};

describe("rules from real articles", () => {
  it.each<[string, string, [string, string, string, string, number][]]>([
    [
      "a maintenance impact is not output, nor its expected size",
      "Copper Cathode\nIn June, copper cathode output rose 1.2% MoM. The actual impact from maintenance in June was 40,100 mt, 3,300 mt lower than the expected 43,400 mt.\n",
      [["copper-cathode", "2025-06", "actual", "mom", 0.012]],
    ],
    [
      "capacity under maintenance is not the product's capacity",
      "Copper Cathode\nIn June, copper cathode output fell 0.8% MoM as five smelters carried out maintenance involving a blister copper capacity of 1.4 million mt.\n",
      [["copper-cathode", "2025-06", "actual", "mom", -0.008]],
    ],
    [
      "a month in a later clause is not the figure's month",
      "Primary Lead\nPrimary lead output fell 2.4% m/m, and in July it is projected to rise by about 4% m/m.\n",
      [
        ["primary-lead", "2025-06", "actual", "mom", -0.024],
        ["primary-lead", "2025-07", "forecast", "mom", 0.04],
      ],
    ],
    [
      "'X% for medium-sized smelters' names the part after the figure",
      "Copper Cathode\nIn June, the operating rate of large smelters was 90.1%, down 1.1 percentage points MoM, 82.3% for medium-sized smelters, and 70.5% for small smelters.\n",
      [
        ["copper-cathode:large-smelters", "2025-06", "actual", "operating_rate", 0.901],
        ["copper-cathode:large-smelters", "2025-06", "actual", "operating_rate_mom", -0.011],
        ["copper-cathode:medium-sized-smelters", "2025-06", "actual", "operating_rate", 0.823],
        ["copper-cathode:small-smelters", "2025-06", "actual", "operating_rate", 0.705],
      ],
    ],
    [
      "'Indonesia produced X of NPI' is Indonesian NPI",
      "NPI\nIndonesia produced 120,300 mt of NPI in June, up 2.2% MoM.\n",
      [
        ["indonesian-npi", "2025-06", "actual", "output", 120300],
        ["indonesian-npi", "2025-06", "actual", "mom", 0.022],
      ],
    ],
    [
      "a share of companies is not a change",
      "Copper Cathode\nIn June, nearly 35% of the companies in the survey cut runs, and the sample operating rate of the copper cathode industry was 84.2%.\n",
      [["copper-cathode", "2025-06", "actual", "operating_rate", 0.842]],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it("a label line gives its part to the bullet lines under it", () => {
    const text =
      "Lithium carbonate output rose 3% MoM in June.\nLithium carbonate derived from lepidolite:\n- Total production fell 6% MoM.\nLithium carbonate from recycling:\n- Total production rose 9% MoM.\n";
    expect(figures(text)).toEqual([
      ["lithium-carbonate", "2025-06", "actual", "mom", 0.03],
      ["lithium-carbonate:lepidolite", "2025-06", "actual", "mom", -0.06],
      ["lithium-carbonate:recycled", "2025-06", "actual", "mom", 0.09],
    ]);
  });
});
