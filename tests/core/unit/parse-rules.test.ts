/**
 * Rules added after checking the parser against real SMM articles and blind fixture batches
 * (own sentences, table-driven).
 */
import { parseReport } from "../../../src/core/report/parse";

const figures = (text: string, fileName = "note-2025-06.txt"): [string, string, string, string, number][] => {
  const r = parseReport(text, { fileName });
  return (r.edition?.observations ?? []).map((o) => [o.product + (o.segment ? `:${o.segment}` : ""), o.period, o.basis, o.measure, o.value]);
};

/** A parse's trends as strings: "plain" product period basis direction, "magnitude" with the magnitude after, "segment" product:segment|period|basis|direction. */
const trendsIn = (text: string, fileName: string, style: "plain" | "magnitude" | "segment"): string[] =>
  (parseReport(text, { fileName }).edition?.trends ?? []).map((t) =>
    style === "segment"
      ? `${t.product}${t.segment ? `:${t.segment}` : ""}|${t.period}|${t.basis}|${t.direction}`
      : `${t.product} ${t.period} ${t.basis} ${t.direction}${style === "magnitude" && t.magnitude && t.magnitude !== "none" ? ` ${t.magnitude}` : ""}`,
  );

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
      "'It saw ...' after a part's figure is the part's change, not the product's",
      "Stainless Steel\nChina's 300-series stainless steel output was 1.52 million mt in June 2025. It saw a 3.1% rise MoM.\nTotal stainless steel output was 3.2 million mt.\n",
      [
        ["stainless-steel:300-series", "2025-06", "actual", "output", 1520000],
        ["stainless-steel:300-series", "2025-06", "actual", "mom", 0.031],
        ["stainless-steel", "2025-06", "actual", "output", 3200000],
      ],
    ],
    [
      "'SMM reports X production' names no part 'reports'",
      "SMM reports China's actual 300-series stainless steel production in June 2025 was 1.52 million mt.\n",
      [["stainless-steel:300-series", "2025-06", "actual", "output", 1520000]],
    ],
    [
      "an item about silicon wafers (no catalog product) gives solar cells nothing",
      "China's silicon wafer output in June 2025 was 51 GW. It fell 6% MoM as solar cell makers cut purchases of wafers. SMM expects wafer output of around 55 GW in July.\n",
      [],
    ],
    [
      "the wafer operating rate in a polysilicon note is no polysilicon figure",
      "China's polysilicon output was 96,000 mt in June 2025, down 2.4% MoM. Downstream, the wafer operating rate fell 6 percentage points.\n",
      [
        ["polysilicon", "2025-06", "actual", "output", 96000],
        ["polysilicon", "2025-06", "actual", "mom", -0.024],
      ],
    ],
    [
      "a change 'from December 2021' in a January 2022 edition is month on month",
      "Copper Cathode\nChina's copper cathode output came in at 843,200 mt in January 2022, down 2.96% from December 2021 but 4.31% higher than in January 2021.\n",
      [
        ["copper-cathode", "2022-01", "actual", "output", 843200],
        ["copper-cathode", "2022-01", "actual", "mom", -0.0296],
        ["copper-cathode", "2022-01", "actual", "yoy", 0.0431],
      ],
    ],
    [
      "'High-grade NPI output in metal content' is the high-grade part",
      "NPI\nIn January 2022, China's NPI output in metal content was 36,500 mt. High-grade NPI output in metal content was 33,400 mt, down 5.2% MoM.\n",
      [
        ["npi:metal-content", "2022-01", "actual", "output", 36500],
        ["npi:high-grade", "2022-01", "actual", "output", 33400],
        ["npi:high-grade", "2022-01", "actual", "mom", -0.052],
        ["npi", "2022-01", "actual", "output", 36500],
      ],
    ],
    [
      "a country in an overseas product's section is a part of it; a consultancy's number is not SMM's",
      "Overseas Metallurgical-Grade Alumina\nOverseas metallurgical-grade alumina production rose 5.6% YoY in April 2026. In Indonesia, alumina production increased by 38.5% YoY. Indonesian output reached 1.2 million mt. A mainstream consultancy put April output at about 1.3 million mt.\n",
      [
        ["overseas-metallurgical-grade-alumina", "2026-04", "actual", "yoy", 0.056],
        ["overseas-metallurgical-grade-alumina:indonesia", "2026-04", "actual", "yoy", 0.385],
        ["overseas-metallurgical-grade-alumina:indonesia", "2026-04", "actual", "output", 1200000],
      ],
    ],
    [
      "'should fall' is a forecast; '; converters ran at 31.5%' is their operating rate; 'output from the smelting route' is the smelting part",
      "Lithium Carbonate\nLepidolite-based output fell 11.2% MoM to 9,860 mt in October 2023; lepidolite converters ran at only 31.5%. In November, lepidolite-based output should fall further, by around 9% MoM.\nLithium Hydroxide\nOutput from the smelting route fell 4.2% MoM in October 2023.\n",
      [
        ["lithium-carbonate:lepidolite", "2023-10", "actual", "mom", -0.112],
        ["lithium-carbonate:lepidolite", "2023-10", "actual", "output", 9860],
        ["lithium-carbonate:lepidolite", "2023-10", "actual", "operating_rate", 0.315],
        ["lithium-carbonate:lepidolite", "2023-11", "forecast", "mom", -0.09],
        ["lithium-hydroxide:smelting", "2023-10", "actual", "mom", -0.042],
      ],
    ],
    [
      "'produced from spodumene' names the part; a gap below 'the expectation SMM published a month earlier' is the gap",
      "Lithium Carbonate\nLithium carbonate output was 78,090 mt in June 2025. Lithium carbonate produced from spodumene rose 12% MoM to 46,300 mt. Output came in 6,400 mt below the expectation SMM published a month earlier.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "output", 78090],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "mom", 0.12],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "output", 46300],
        ["lithium-carbonate", "2025-06", "actual", "vs_expected_chg", -6400],
      ],
    ],
    [
      "'wt' is 10,000 mt and its definition is no figure; a 'Note:' line inside a section is no footer",
      "Stainless Steel\nNote: in this section wt = 10,000 mt (1 wt = 10,000 mt).\nChina's crude stainless steel output in January 2024 was 302.43 wt, up 2.1% MoM.\n",
      [
        ["stainless-steel", "2024-01", "actual", "output", 3024300],
        ["stainless-steel", "2024-01", "actual", "mom", 0.021],
      ],
    ],
    [
      "a 'policy ceiling of 45 million mt/year' is no capacity, and 'about 45.13 million' is the more precise statement",
      "Aluminum\nIn June 2025, existing capacity was about 45.13 million mt/year, just above the policy ceiling of 45 million mt/year.\n",
      [["aluminum", "2025-06", "actual", "capacity", 45130000]],
    ],
    [
      "'the operating rate of large smelters slid to' and 'with large smelters seen at' name the part",
      "Copper Cathode\nThe operating rate of large smelters slid to 84.12% in September 2021. In October, the sample operating rate is expected to recover to 81.52%, with large smelters seen at 85.90%.\n",
      [
        ["copper-cathode:large-smelters", "2021-09", "actual", "operating_rate", 0.8412],
        ["copper-cathode", "2021-10", "forecast", "operating_rate", 0.8152],
        ["copper-cathode:large-smelters", "2021-10", "forecast", "operating_rate", 0.859],
      ],
    ],
    [
      "'NdFeB blank output' is NdFeB's; 'SMM expects NPI metal content to fall' after a province's curbs is NPI's; one producer's loss is left out",
      "NdFeB\nNdFeB blank output in September 2021 came in at about 18,900 mt, down 3.1% MoM.\nNPI\nOne Jiangsu producer alone lost about 2,500 mt of output in September 2021. With Jiangsu's and Guangdong's curbs extending into the holiday, SMM expects NPI metal content to fall a further 3.4% MoM in October.\n",
      [
        ["ndfeb", "2021-09", "actual", "output", 18900],
        ["ndfeb", "2021-09", "actual", "mom", -0.031],
        ["npi:metal-content", "2021-10", "forecast", "mom", -0.034],
        ["npi", "2021-10", "forecast", "mom", -0.034],
      ],
    ],
    [
      "'a 94.34% monthly increase and a 15.21% yearly rise for crude lead' names the part after the figures; new capacity added is no output change",
      "Secondary lead production surged in June 2025, with a 94.34% monthly increase and a 15.21% yearly rise for crude lead. Jiangsu and Guizhou have added approximately 500,000 tons of new secondary lead production capacity.\n",
      [
        ["secondary-lead:crude", "2025-06", "actual", "mom", 0.9434],
        ["secondary-lead:crude", "2025-06", "actual", "yoy", 0.1521],
      ],
    ],
    [
      "'China's tin output' names refined tin in an item that names no product otherwise; 'soar' is a rise; 'of this year' is no 'of which'",
      "SHANGHAI, Jul 9 (SMM) - China's tin output will soar 13.9% MoM to 15,600 tonnes in July. Output in the first six months of this year declined 8.6% from the same period last year and stood at 79,400 mt.\n",
      [
        ["refined-tin", "2025-07", "forecast", "mom", 0.139],
        ["refined-tin", "2025-07", "forecast", "output", 15600],
        ["refined-tin", "2025-06", "actual", "ytd_yoy", -0.086],
        ["refined-tin", "2025-06", "actual", "ytd_output", 79400],
      ],
    ],
    [
      "a machine translation's 'month-on-month reduce 1.06 10,000 mt, fall 0.91%, year-on-year increase 15.63%' and '1-8 month cumulative'",
      "Copper Cathode\n2025 year 6 month (June 2025) domestic electrolytic copper output 115.82 10,000 mt\uff0cmonth-on-month reduce 1.06 10,000 mt\uff0cfall 0.91\uff05\uff0cyear-on-year increase 15.63\uff05\u3002 1-6 month cumulative output 618.35 wt\uff0ccumulative year-on-year increase 10.86\uff05\u3002\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 1158200],
        ["copper-cathode", "2025-06", "actual", "mom_chg", -10600],
        ["copper-cathode", "2025-06", "actual", "mom", -0.0091],
        ["copper-cathode", "2025-06", "actual", "yoy", 0.1563],
        ["copper-cathode", "2025-06", "actual", "ytd_output", 6183500],
        ["copper-cathode", "2025-06", "actual", "ytd_yoy", 0.1086],
      ],
    ],
    [
      "'metal content 31,200 mt, down 4.3% MoM' is the level and its change",
      "NPI\nNPI (SMM, June 2025): metal content 31,200 mt, down 4.3% MoM; physical output 263,400 mt, down 2.5% MoM.\n",
      [
        ["npi:metal-content", "2025-06", "actual", "output", 31200],
        ["npi:metal-content", "2025-06", "actual", "mom", -0.043],
        ["npi:physical-content", "2025-06", "actual", "output", 263400],
        ["npi:physical-content", "2025-06", "actual", "mom", -0.025],
        ["npi", "2025-06", "actual", "output", 31200],
        ["npi", "2025-06", "actual", "mom", -0.043],
      ],
    ],
    [
      "a heading over several products ('Silicon & PV Chain') is no product of its own",
      "Silicon & PV Chain\nPolysilicon: May 2025 output came to 181,500 mt, down 3.7% MoM. China's PV module output in May 2025 was 53.6 GW, down 2.9% MoM.\n",
      [
        ["polysilicon", "2025-05", "actual", "output", 181500],
        ["polysilicon", "2025-05", "actual", "mom", -0.037],
        ["pv-module", "2025-05", "actual", "output", 53.6],
        ["pv-module", "2025-05", "actual", "mom", -0.029],
      ],
    ],
    [
      "a forecast 'between 960,000 and 975,000 mt' is a range, no number",
      "Copper Cathode\nSMM expects July 2025 copper cathode output to recover, to between 960,000 and 975,000 mt.\n",
      [],
    ],
    [
      "'- Change on May: down 2.9%' and '- Change on June 2024: up 6.8%' take the base from the month named",
      "Alumina\nSMM's June 2025 snapshot of alumina:\n- Output: 7.6150 million mt\n- Change on May: down 2.9%\n- Change on June 2024: up 6.8%\n- Change on March: up 1.0%\n",
      [
        ["alumina", "2025-06", "actual", "output", 7615000],
        ["alumina", "2025-06", "actual", "mom", -0.029],
        ["alumina", "2025-06", "actual", "yoy", 0.068],
      ],
    ],
    [
      "'2.45% below May's 613,300 mt and 10.59% above the 541,000 mt of June 2024'; the months compared with before 'which means' are not its month",
      "SMM production data for June 2025\nRefined Zinc\nJune's refined zinc output of 598,300 mt was 2.45% below May's 613,300 mt and 10.59% above the 541,000 mt of June 2024.\nPrimary Lead\nJune's primary lead output of 298,300 mt compared with 287,400 mt in May, which means output rose 3.8% MoM.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 598300],
        ["refined-zinc", "2025-06", "actual", "mom", -0.0245],
        ["refined-zinc", "2025-05", "actual", "output", 613300],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.1059],
        ["primary-lead", "2025-06", "actual", "output", 298300],
        ["primary-lead", "2025-05", "actual", "output", 287400],
        ["primary-lead", "2025-06", "actual", "mom", 0.038],
      ],
    ],
    [
      "a broker's weekly: 'MONTHLY DATA: SMM (JUNE 2025)' is no product heading, 'Product: SMM's June 2025 figure is X mt' is output, the desk's 'OUR VIEW' is not SMM's",
      "FERROALLOY WEEKLY - Week 27\nKEY TAKEAWAYS\n- Our weekly SiMn survey: operating rate 47.6% this week, up 1.9 pp WoW.\n\nMONTHLY DATA: SMM (JUNE 2025)\nHigh-carbon ferrochrome: SMM's June 2025 figure is 738,600 mt, up 1.4% MoM. SMM expects July output to increase further to around 745,000 mt.\n\nOUR VIEW\nWe think July ferrochrome output could reach about 760,000 mt.\n\nPage 3 | Not investment advice\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 738600],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", 0.014],
        ["high-carbon-ferrochrome", "2025-07", "forecast", "output", 745000],
      ],
    ],
    [
      "a unit line ('Unit: 1,000 tonne') is no figure",
      "Refined Tin\nIn June 2025, refined tin output rose 3.2% MoM.\nSource: SMM\nUnit: 1,000 tonne\n",
      [["refined-tin", "2025-06", "actual", "mom", 0.032]],
    ],
    [
      "a dated header ('SMM FLASH | 6 May 2025 | ...') is no edition month; 'Unlike April, when a 6.2% increase was recorded' is April's",
      "SMM FLASH | 6 June 2025 | China's primary lead output slips in May\n\nChina's primary lead output in May 2025 was 301,800 mt, up 2.6% MoM. Unlike April, when a 6.2% increase was recorded, output saw no increase in May.\n",
      [
        ["primary-lead", "2025-05", "actual", "output", 301800],
        ["primary-lead", "2025-05", "actual", "mom", 0.026],
        ["primary-lead", "2025-04", "actual", "mom", 0.062],
      ],
    ],
    [
      "'...; and lithium carbonate from recycled material came to 4,420 mt' is the recycled part, not the part before",
      "Lithium Carbonate\nIn June 2025, salt-lake output increased 9.7% MoM; and lithium carbonate from recycled material came to 4,420 mt, down 3.1% MoM.\n",
      [
        ["lithium-carbonate:salt-lake", "2025-06", "actual", "mom", 0.097],
        ["lithium-carbonate:recycled", "2025-06", "actual", "output", 4420],
        ["lithium-carbonate:recycled", "2025-06", "actual", "mom", -0.031],
      ],
    ],
    [
      "a summary's comma-separated clauses each name their product; 'Cell makers operated at 79.6%, up 3.8 percentage points' is the operating rate",
      "China's metal output in June 2025: copper cathode output fell 1.85% MoM to 1,017,200 mt, primary aluminium rose 3.4% MoM to 3.6942 million mt.\nSolar Cell\nCell makers operated at 79.6% on average in June 2025, up 3.8 percentage points MoM.\n",
      [
        ["copper-cathode", "2025-06", "actual", "mom", -0.0185],
        ["copper-cathode", "2025-06", "actual", "output", 1017200],
        ["aluminum", "2025-06", "actual", "mom", 0.034],
        ["aluminum", "2025-06", "actual", "output", 3694200],
        ["solar-cell", "2025-06", "actual", "operating_rate", 0.796],
        ["solar-cell", "2025-06", "actual", "operating_rate_mom", 0.038],
      ],
    ],
    [
      "British units: '3.47 mn t' is million tonnes, '44.83 mn t a year' a capacity",
      "Aluminum\nChina's primary aluminium output rose by 1.9 per cent month on month in June 2025 to 3.47 mn t. Built capacity at the end of the month stood at 44.83 mn t a year.\n",
      [
        ["aluminum", "2025-06", "actual", "mom", 0.019],
        ["aluminum", "2025-06", "actual", "output", 3470000],
        ["aluminum", "2025-06", "actual", "capacity", 44830000],
      ],
    ],
    [
      "a share of companies is not a change",
      "Copper Cathode\nIn June, nearly 35% of the companies in the survey cut runs, and the sample operating rate of the copper cathode industry was 84.2%.\n",
      [["copper-cathode", "2025-06", "actual", "operating_rate", 0.842]],
    ],
    [
      "a forwarded e-mail: its header fields are no headings and its '> ' quotes read as the report",
      "From: A. Trader\nTo: Battery Materials Desk\nSubject: FW: SMM June 2025 output\n\nSee below.\n\n> Key points of SMM's June 2025 survey:\n>\n> * Lithium hydroxide: output 26,300 mt, down 12.8% MoM.\n> * Cobalt sulphate: output 6,020 mt, down 1.9% MoM.\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "output", 26300],
        ["lithium-hydroxide", "2025-06", "actual", "mom", -0.128],
        ["cobalt-sulphate", "2025-06", "actual", "output", 6020],
        ["cobalt-sulphate", "2025-06", "actual", "mom", -0.019],
      ],
    ],
    [
      "on a product's label line, the level a change goes 'to' is its output",
      "Outlook for July 2025 (SMM expectations):\n* Lithium carbonate: expected to fall by around 6% MoM to about 39,300 mt.\n",
      [
        ["lithium-carbonate", "2025-07", "forecast", "mom", -0.06],
        ["lithium-carbonate", "2025-07", "forecast", "output", 39300],
      ],
    ],
    [
      "a line labelled with another source's estimate ('HS est.:') is not SMM's",
      "Copper cathode\nSMM: China's June output fell 2.31% MoM to 1,128,600 mt. SMM expects July output to rise 1.2% MoM.\nHS est.: we expect July output to rise 2.5% MoM.\n\nAlumina\nSMM: June output 7.9412 million mt, up 4.06% MoM.\nHS est.: +9% YoY.\n",
      [
        ["copper-cathode", "2025-06", "actual", "mom", -0.0231],
        ["copper-cathode", "2025-06", "actual", "output", 1128600],
        ["copper-cathode", "2025-07", "forecast", "mom", 0.012],
        ["alumina", "2025-06", "actual", "output", 7941200],
        ["alumina", "2025-06", "actual", "mom", 0.0406],
      ],
    ],
    [
      "'My own view: ...' is the writer's, next to SMM's",
      "LFP\nSMM: LFP output is expected to decline by 3.2% MoM in July. My own view: LFP will drop ~10% in July, a lot more than SMM has.\n",
      [["lfp", "2025-07", "forecast", "mom", -0.032]],
    ],
    [
      "'should come in near 3.67 million mt, up 4.1%': a level, not a change in tonnes",
      "Aluminium\nIn June 2025, aluminium output was 3.5253 million mt. July output should come in near 3.67 million mt, up 4.1% m-o-m.\n",
      [
        ["aluminum", "2025-06", "actual", "output", 3525300],
        ["aluminum", "2025-07", "forecast", "output", 3670000],
        ["aluminum", "2025-07", "forecast", "mom", 0.041],
      ],
    ],
    [
      "a change in tonnes that is not its percentage of the month before's output is left out",
      "Aluminium\nIn June 2025, aluminium output was 3.5253 million mt. In July, output is expected to increase by 3.67 million mt, up 4.1% m-o-m.\n",
      [
        ["aluminum", "2025-06", "actual", "output", 3525300],
        ["aluminum", "2025-07", "forecast", "mom", 0.041],
      ],
    ],
    [
      "'5.2% above the level of June 2023' in a 2025 edition is neither MoM nor YoY",
      "Primary Lead\nPrimary lead output in June 2025 was 290,600 mt, up 0.7% from a month earlier, and 5.2% above the level of June 2023.\n",
      [
        ["primary-lead", "2025-06", "actual", "output", 290600],
        ["primary-lead", "2025-06", "actual", "mom", 0.007],
      ],
    ],
    [
      "a part that 'accounted for' a tonnage: its output; the verb left out the second time still names the part",
      "NPI\nHigh-grade NPI accounted for 27,200 mt of metal in June 2025, down 3.9% m-o-m, and low-grade NPI for 4,740 mt, up 1.5% m-o-m. Imports accounted for 20,000 mt.\n",
      [
        ["npi:high-grade", "2025-06", "actual", "output", 27200],
        ["npi:high-grade", "2025-06", "actual", "mom", -0.039],
        // (the second tonnage's part is the grade named last before it: "low-grade NPI for 4,740 mt")
        ["npi:low-grade", "2025-06", "actual", "output", 4740],
        ["npi:low-grade", "2025-06", "actual", "mom", 0.015],
      ],
    ],
    [
      "a world total 'including China' is not an overseas product's output",
      "Overseas Aluminum\nOverseas aluminium output in June 2025 stood at approximately 2.3615 million mt. Including China, global primary aluminium output came to about 5.887 million mt.\n",
      [["overseas-aluminum", "2025-06", "actual", "output", 2361500]],
    ],
    [
      "'; 300-series 1.4426 million mt, down 2.9% MoM': a tonnage after a bare name is the level its change describes",
      "Stainless Steel\nIn June 2025, 200-series output was 855,900 mt, down 8.1% MoM; 300-series 1.4426 million mt, down 2.9% MoM.\n",
      [
        ["stainless-steel:200-series", "2025-06", "actual", "output", 855900],
        ["stainless-steel:200-series", "2025-06", "actual", "mom", -0.081],
        ["stainless-steel:300-series", "2025-06", "actual", "output", 1442600],
        ["stainless-steel:300-series", "2025-06", "actual", "mom", -0.029],
      ],
    ],
    [
      "a chat line 'LFP 268,300 t, down 9.8% m/m' with 'op rate': output and operating rate",
      "LFP\nLFP 268,300 t, down 9.8% m/m, +32.2% y/y. op rate 58.2% (-6.1pp m/m)\n",
      [
        ["lfp", "2025-06", "actual", "output", 268300],
        ["lfp", "2025-06", "actual", "mom", -0.098],
        ["lfp", "2025-06", "actual", "yoy", 0.322],
        ["lfp", "2025-06", "actual", "operating_rate", 0.582],
        ["lfp", "2025-06", "actual", "operating_rate_mom", -0.061],
      ],
    ],
    [
      "a later correction ('should read +22.3%, not +32.2%', 'typo: 4.2% not 2.4%') replaces the wrong number",
      "LFP\nLFP 268,300 t, down 2.4% m/m, +32.2% y/y.\n\nsorry, typo: 4.2% not 2.4% - so LFP is -4.2% m/m.\n\noops, LFP y/y should read +22.3%, not +32.2% (swapped digits)\n",
      [
        ["lfp", "2025-06", "actual", "output", 268300],
        ["lfp", "2025-06", "actual", "mom", -0.042],
        ["lfp", "2025-06", "actual", "yoy", 0.223],
      ],
    ],
    [
      "a figure dozens of times off the product's size is not its ('3.59mt' read as tonnes)",
      "Aluminium\nAluminium 3.59mt in June (-3.1% m/m).\n",
      [["aluminum", "2025-06", "actual", "mom", -0.031]],
    ],
    [
      "a group of producers picked out ('integrated producers using MHP') is a part, not the product",
      "Nickel Sulphate\nIn June 2025, nickel sulphate output was 28,450 mt in metal content, down 4.62% MoM. Production at integrated producers using MHP fell 6.3% MoM as well.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 28450],
        ["nickel-sulphate:metal-content", "2025-06", "actual", "mom", -0.0462],
        ["nickel-sulphate", "2025-06", "actual", "output", 28450],
        ["nickel-sulphate", "2025-06", "actual", "mom", -0.0462],
      ],
    ],
    [
      "a chat thread: 'Name 09:15:' prefixes are blanked, each message a paragraph; 'Indo NPI'",
      "Li Na 09:14: SMM June 2025 nickel chain numbers below.\nLi Na 09:15: Indo NPI Jun 14.6wt Ni, mom +7.4%, yoy +9.9%\nLi Na 09:16: Stainless steel Jun crude output 340.5wt, mom +4.3%\nWang Wu 09:17: thx\n",
      [
        // ("Ni": the metal content, and its product-level copy)
        ["indonesian-npi:metal-content", "2025-06", "actual", "output", 146000],
        ["indonesian-npi", "2025-06", "actual", "mom", 0.074],
        ["indonesian-npi", "2025-06", "actual", "yoy", 0.099],
        ["stainless-steel", "2025-06", "actual", "output", 3405000],
        ["stainless-steel", "2025-06", "actual", "mom", 0.043],
        ["indonesian-npi", "2025-06", "actual", "output", 146000],
      ],
    ],
    [
      "a deck that defines 'mt = million tonnes': '1.13mt' is 1.13 million tonnes; 'Slide N' ends a slide; an 'Outlook: July 2025' title dates its bullets",
      "Slide 1\nChina metals monthly - June 2025\nUnits: mt = million tonnes, kt = thousand tonnes\n\nSlide 2\nBase metals\n• Cu cathode 1.13mt (-2.3% m/m)\n\nSlide 3\nOutlook: July 2025 (SMM expectations)\n• Cu cathode ~1.15mt (+1.8% m/m)\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 1130000],
        ["copper-cathode", "2025-06", "actual", "mom", -0.023],
        ["copper-cathode", "2025-07", "forecast", "output", 1150000],
        ["copper-cathode", "2025-07", "forecast", "mom", 0.018],
      ],
    ],
    [
      "a machine translation: 'ring ratio' is MoM, 'same ratio' YoY, 'start-up rate' the operating rate, '10,000 tons of 52.3' is 523,000 mt",
      "Zinc ingot (refined zinc)\nIn June 2025 domestic refined zinc output reached 10,000 tons of 52.3, ring ratio rise 1.20%, same ratio rise 9.85%. Smelter start-up rate 81.37%.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 523000],
        ["refined-zinc", "2025-06", "actual", "mom", 0.012],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.0985],
        ["refined-zinc", "2025-06", "actual", "operating_rate", 0.8137],
      ],
    ],
    [
      "a table written with dashes between its cells",
      "Key data (China, June 2025)\nProduct — output (t) — m/m — y/y\nLithium hydroxide — 24,180 — −3.6% — +18.7%\nLFP — 131,400 — +2.3% — +88.6%\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "output", 24180],
        ["lithium-hydroxide", "2025-06", "actual", "mom", -0.036],
        ["lithium-hydroxide", "2025-06", "actual", "yoy", 0.187],
        ["lfp", "2025-06", "actual", "output", 131400],
        ["lfp", "2025-06", "actual", "mom", 0.023],
        ["lfp", "2025-06", "actual", "yoy", 0.886],
      ],
    ],
    [
      "'From a year ago, ...' opening a sentence is the base of its changes; 'Compared with June 2023, ... 142% higher' is neither",
      "Refined Zinc\nRefined zinc output fell 2.1% m/m in June 2025. From a year ago, zinc output was up 12.6%. Compared with June 2023, zinc output was 31% higher.\n",
      [
        ["refined-zinc", "2025-06", "actual", "mom", -0.021],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.126],
      ],
    ],
    [
      "a block quoted from last month's release, under a divider that says so, is not read",
      "=== THIS RELEASE: SMM, June 2025 ===\n\nHigh-carbon ferrochrome\nJune high-carbon ferrochrome output was 702,300 mt, up 3.74% MoM.\n\n=== FOR COMPARISON ONLY: previous release, May 2025 (not part of this release) ===\n\nHigh-carbon ferrochrome\nMay high-carbon ferrochrome output was 677,000 mt, up 6.2% MoM.\n\n=== END ===\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 702300],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", 0.0374],
      ],
    ],
    [
      "a part named in a bracket, then its tonnage and change: the part's",
      "Secondary Lead\nSecondary lead output dropped 24.5% m/m in June 2025 (refined 218,400 mt, down 23.1% m/m), with small recyclers closing.\n",
      [
        ["secondary-lead", "2025-06", "actual", "mom", -0.245],
        ["secondary-lead:refined", "2025-06", "actual", "output", 218400],
        ["secondary-lead:refined", "2025-06", "actual", "mom", -0.231],
      ],
    ],
    [
      "'global' output (China in it) is not an overseas product's",
      "Overseas Aluminum\nOverseas primary aluminium output was 2.21 million mt in June 2025, 9.3% lower versus the prior month. Global aluminium output rose 2.5% y/y.\n",
      [
        ["overseas-aluminum", "2025-06", "actual", "output", 2210000],
        ["overseas-aluminum", "2025-06", "actual", "mom", -0.093],
      ],
    ],
    [
      "a Chinese gloss in brackets does not keep a marker from its number; a revision's old figure is not read",
      "Titanium Dioxide\nIn June 2025 titanium dioxide output was 331,200 mt, month-on-month (环比) increase 8.7%, year-on-year (同比) increase 5.2%. SMM also revised May 2025 titanium dioxide output down to 305,000 mt, from 307,100 mt.\n",
      [
        ["titanium-dioxide", "2025-06", "actual", "output", 331200],
        ["titanium-dioxide", "2025-06", "actual", "mom", 0.087],
        ["titanium-dioxide", "2025-06", "actual", "yoy", 0.052],
        ["titanium-dioxide", "2025-05", "actual", "output", 305000],
      ],
    ],
    [
      "a sheet's 'Unit' column gives bare tonnages their unit",
      "Manganese tracker, SMM June 2025\nProduct\tUnit\tJun-25 output\tMoM %\nEMM\tt\t128,600\t-6.81%\nEMD\tt\t34,800\t1.75%\n",
      [
        ["emm", "2025-06", "actual", "output", 128600],
        ["emm", "2025-06", "actual", "mom", -0.0681],
        ["emd", "2025-06", "actual", "output", 34800],
        ["emd", "2025-06", "actual", "mom", 0.0175],
      ],
    ],
    [
      "a dashboard: box-drawing frames around the product's name, arrows for signs",
      "China Metals Supply Dashboard · Source: SMM · Period: June 2025\n\n┌ TERNARY CATHODE MATERIAL ────────────\n  Output             52,600 mt\n  MoM                ▲ 14.3%\n  YoY                ▼ 6.2%\n",
      [
        ["ternary-cathode-material", "2025-06", "actual", "output", 52600],
        ["ternary-cathode-material", "2025-06", "actual", "mom", 0.143],
        ["ternary-cathode-material", "2025-06", "actual", "yoy", -0.062],
      ],
    ],
    [
      "a terse edition: 'crude stainless steel 2.707 million mt, -4.5% MoM' and a range of changes ('-6% to -8%') left out",
      "Stainless Steel\nJun 2025 output: crude stainless steel 2.707 million mt, -4.5% MoM. Jul 2025: -6% to -8% MoM.\n",
      [
        ["stainless-steel", "2025-06", "actual", "output", 2707000],
        ["stainless-steel", "2025-06", "actual", "mom", -0.045],
      ],
    ],
    [
      "one producer's output ('a single producer in Gansu, which lifted its output to 14,000 mt') is no region's",
      "Refined Nickel\nRefined nickel output reached 31,600 mt in June 2025, up 2.9% MoM. Most of the growth came from a single producer in Gansu, which lifted its June output to around 14,000 mt.\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 31600],
        ["refined-nickel", "2025-06", "actual", "mom", 0.029],
      ],
    ],
    [
      "the items of a list after a sentence about output are the parts' tonnages",
      "Lithium Carbonate\nIn June 2025, lithium carbonate production was 58,660 mt, up 1.3% MoM. By raw material: spodumene-derived 33,630 mt; salt-lake 9,610 mt; recycled 4,180 mt.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "output", 58660],
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.013],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "output", 33630],
        ["lithium-carbonate:salt-lake", "2025-06", "actual", "output", 9610],
        ["lithium-carbonate:recycled", "2025-06", "actual", "output", 4180],
      ],
    ],
    [
      "a terminal chat ('09:01:40 ANNA LI, XYZ BROKERS:'): 'changes in %' makes 'MoM -1.8' a percentage; 'jul f/c', 'jul exp.' a forecast; 'zn', 'alu' name products; a client's own number and imports stay out",
      "09:01:12 ANNA LI, XYZ BROKERS: smm jun numbers out. tonnes in kt, changes in % unless noted\n09:01:40 ANNA LI, XYZ BROKERS: zn 590 kt, MoM -1.8, YoY +6.2. jul f/c 600 kt (MoM +1.7)\n09:02:05 BEN ROSS, NORTH FUND: our own jul zn is 610 kt\n09:02:30 ANNA LI, XYZ BROKERS: alu 3.61 mln t, MoM +0.4. jul exp. +2ish MoM\n09:03:00 BEN ROSS, NORTH FUND: ty. imports in may were -12 MoM\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 590000],
        ["refined-zinc", "2025-06", "actual", "mom", -0.018],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.062],
        ["refined-zinc", "2025-07", "forecast", "output", 600000],
        ["refined-zinc", "2025-07", "forecast", "mom", 0.017],
        ["aluminum", "2025-06", "actual", "output", 3610000],
        ["aluminum", "2025-06", "actual", "mom", 0.004],
        ["aluminum", "2025-07", "forecast", "mom", 0.02],
      ],
    ],
    [
      "with no unit declaration a bare 'MoM -1.8' is no figure, nor the tonnage's MoM; 'jun f/c' in the June edition is no June figure",
      "09:01:12 ANNA LI, XYZ BROKERS: smm jun numbers out\n09:01:40 ANNA LI, XYZ BROKERS: zn 590 kt, MoM -1.8, YoY +6.2. jun f/c was 600 kt\n09:02:30 ANNA LI, XYZ BROKERS: alu 3.61 mln t, MoM +0.4\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 590000],
        ["aluminum", "2025-06", "actual", "output", 3610000],
      ],
    ],
    [
      "a tonnage after an element's symbol ('refined ni 35.2 kt') is no grade; 'op capacity' is the operating capacity",
      "Base metals\nrefined ni 35.2 kt, +0.9% MoM. alu op capacity 44.05 mln t/yr in June.\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 35200],
        ["refined-nickel", "2025-06", "actual", "mom", 0.009],
        ["aluminum", "2025-06", "actual", "operating_capacity", 44050000],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it("a title naming its edition ('December 2021 edition') dates it, though later lines name January 2022", () => {
    const r = parseReport(
      "SMM China Metals Production Monthly - December 2021 edition\nCopper Cathode\nDec 2021: 914,600 mt, +3.82% MoM.\nJan 2022: output about 896,300 mt.\n",
      { fileName: "notes.txt" },
    );
    expect(r.editionId).toBe("2021-12");
  });

  it("'declined slightly in November' is no negation (a word cut in two is not 'no')", () => {
    const r = parseReport("Magnesium Alloy\nMagnesium alloy output declined slightly in November 2025. Die-casters worked through stocks.\n", {
      fileName: "note-2025-11.txt",
    });
    expect(r.edition?.trends.map((t) => [t.product, t.period, t.direction, t.magnitude])).toEqual([["magnesium-alloy", "2025-11", "down", "slight"]]);
  });

  it("a direction word whose noun or object is no output gives no trend", () => {
    const r = parseReport(
      "Polysilicon\nPolysilicon output rose 3% MoM in June 2025. This rise came as the June production cuts and the continued price decline boosted wafer makers' purchasing enthusiasm, significantly reducing polysilicon stocks.\n",
      { fileName: "note-2025-06.txt" },
    );
    expect((r.edition?.trends ?? []).map((t) => [t.product, t.period, t.direction])).toEqual([["polysilicon", "2025-06", "up"]]);
  });

  it("a long run of words after a figure (no 'for' phrase) is read without backtracking blow-up", () => {
    // a nested quantifier over the words after a figure once took minutes on this shape
    const text = `Copper Cathode\nIn June 2025, copper cathode output rose 3% ${"monthly increase ".repeat(40)}in the month.\n`;
    expect(figures(text)).toEqual([["copper-cathode", "2025-06", "actual", "mom", 0.03]]);
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

describe("rules from the fifth session's blind batches (heldout60-62)", () => {
  it.each<[string, string, [string, string, string, string, number][]]>([
    [
      "a day before the month is a date ('published the correction ... on 8 Jul'), not the figure's month",
      "Refined Zinc\nSMM published the corrected June output of 509,600 mt (+7.69% MoM) on 8 Jul.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 509600],
        ["refined-zinc", "2025-06", "actual", "mom", 0.0769],
      ],
    ],
    [
      "a footnote marker glued to a number is no part of it ('936,200[1]')",
      "| Product | Jun 2025 output (mt) | MoM |\n|:--|--:|--:|\n| Copper cathode | 936,200[1] | +4.31%[2] |\n\n[1] Includes a new smelter.\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 936200],
        ["copper-cathode", "2025-06", "actual", "mom", 0.0431],
      ],
    ],
    [
      "a data line of 'Label: value' fields divided by pipes: each field on its own ('Jan-Jun:' reaches no other field)",
      "Refined zinc output fell in June.\n\nSMM refined zinc, June 2025 - Output: 521,200 mt | MoM: -3.5% | YoY: +4.1% | Jan-Jun: 3,140,000 mt, -1.3% YoY\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 521200],
        ["refined-zinc", "2025-06", "actual", "mom", -0.035],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.041],
        ["refined-zinc", "2025-06", "actual", "ytd_output", 3140000],
        ["refined-zinc", "2025-06", "actual", "ytd_yoy", -0.013],
      ],
    ],
    [
      "a slide's title that names one product heads the slide's section",
      "Slide 1: Refined nickel - steady\n\tJune output 31,000 mt, +1.0% MoM\nSlide 2: Indonesian NPI - another record\n\tJune output 131,200 mt Ni, +1.9% MoM\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 31000],
        ["refined-nickel", "2025-06", "actual", "mom", 0.01],
        ["indonesian-npi:metal-content", "2025-06", "actual", "output", 131200],
        ["indonesian-npi", "2025-06", "actual", "mom", 0.019],
        ["indonesian-npi", "2025-06", "actual", "output", 131200],
      ],
    ],
    [
      "a product named right after a figure ('a rebound of about 10% in EMM') is its subject",
      "Outlook\nFor July, SMM expects stainless output of about 3.2 million mt, roughly flat silicon manganese and a rebound of about 10% in EMM.\n",
      [
        ["stainless-steel", "2025-07", "forecast", "output", 3200000],
        ["emm", "2025-07", "forecast", "mom", 0.1],
      ],
    ],
    [
      "'with Inner Mongolia alone down 14%' is the province's part",
      "High-carbon ferrochrome\nHigh-carbon ferrochrome output was 452,000 mt in June, -8.5% MoM, with Inner Mongolia alone down 14% MoM.\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 452000],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", -0.085],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "mom", -0.14],
      ],
    ],
    [
      "a grade before a bracketed content note is the part ('High-grade NPI (Ni content) -4.0% MoM')",
      "NPI\nJune output 28,900 mt Ni, -2.6% MoM\n\tHigh-grade NPI (Ni content) -4.0% MoM\n",
      [
        ["npi:metal-content", "2025-06", "actual", "output", 28900],
        ["npi", "2025-06", "actual", "mom", -0.026],
        ["npi:high-grade", "2025-06", "actual", "mom", -0.04],
        ["npi", "2025-06", "actual", "output", 28900],
      ],
    ],
    [
      "a metal-content % and a different product-level % of a nickel product are a conflict: the product level is #N/A",
      "Indonesian NPI\nIndonesian NPI metal content in June 2025 was 142.6 kt, down 2.1% m-o-m. Our flash estimate of a 2.6% m-o-m fall was published on June 27.\n",
      [
        ["indonesian-npi:metal-content", "2025-06", "actual", "output", 142600],
        ["indonesian-npi:metal-content", "2025-06", "actual", "mom", -0.021],
        ["indonesian-npi", "2025-06", "actual", "output", 142600],
      ],
    ],
    [
      "a product named in a reason clause ('as stainless mills trimmed purchases and cut production by 3%') takes no figure of the section's",
      "NPI\nChina's NPI output in June 2025 was 28,500 mt in metal content, down 4.1% MoM, as stainless mills trimmed purchases and cut production by 3%.\n",
      [
        ["npi:metal-content", "2025-06", "actual", "output", 28500],
        ["npi:metal-content", "2025-06", "actual", "mom", -0.041],
        ["npi", "2025-06", "actual", "output", 28500],
        ["npi", "2025-06", "actual", "mom", -0.041],
      ],
    ],
    [
      "'By feedstock: spodumene up 19.4% m-o-m; ...': each item is its part, the direction word between name and figure",
      "Lithium Carbonate\nLithium carbonate output in June 2025 was 98,600 mt, up 17.3% m-o-m. By feedstock: spodumene up 19.4% m-o-m; recycled up 14.8% m-o-m.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "output", 98600],
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.173],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "mom", 0.194],
        ["lithium-carbonate:recycled", "2025-06", "actual", "mom", 0.148],
      ],
    ],
    [
      "'By product: secondary refined lead up 61.2%': an item that spells the product's name around its part is the part",
      "Secondary Lead\nSecondary lead output in June 2025 rose 58.3% m-o-m. By product: secondary refined lead up 61.2% m-o-m; secondary crude lead up 44.9% m-o-m.\n",
      [
        ["secondary-lead", "2025-06", "actual", "mom", 0.583],
        ["secondary-lead:refined", "2025-06", "actual", "mom", 0.612],
        ["secondary-lead:crude", "2025-06", "actual", "mom", 0.449],
      ],
    ],
    [
      "'Inner Mongolia: up 9.1% m-o-m': a province labelling a line is the figure's part",
      "High-carbon Ferrochrome\nHigh-carbon ferrochrome output in June 2025 was 742,000 mt, up 12.8% m-o-m. Inner Mongolia: up 9.1% m-o-m.\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 742000],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", 0.128],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "mom", 0.091],
      ],
    ],
    [
      "', taking output in the first half to 590,000 mt': a verb names no part",
      "Polysilicon\nChina polysilicon output in June 2025 came to 118,400 mt, up 12.1%, taking output in the first half to about 590,000 mt.\n",
      [
        ["polysilicon", "2025-06", "actual", "output", 118400],
        ["polysilicon", "2025-06", "actual", "mom", 0.121],
        ["polysilicon", "2025-06", "actual", "ytd_output", 590000],
      ],
    ],
    [
      "a newsletter's '■ Product — level (changes); Jul f/c level' lines under a table of contents that names sections",
      "IN THIS ISSUE\n  1. Headline numbers\n  2. Base metals\n  3. Nickel\n\n1. HEADLINE NUMBERS\nChina output in June 2025.\n\n■ Copper cathode — 878,600 mt (+6.3% m/m, +9.9% y/y); Jul f/c 951,000 mt\n■ Refined zinc — 488,000 mt (−5.1% m/m, +6.7% y/y)\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 878600],
        ["copper-cathode", "2025-06", "actual", "mom", 0.063],
        ["copper-cathode", "2025-06", "actual", "yoy", 0.099],
        ["copper-cathode", "2025-07", "forecast", "output", 951000],
        ["refined-zinc", "2025-06", "actual", "output", 488000],
        ["refined-zinc", "2025-06", "actual", "mom", -0.051],
        ["refined-zinc", "2025-06", "actual", "yoy", 0.067],
      ],
    ],
    [
      "a part named first by another metal ('Zinc alloy output' after an aluminium paragraph) is not the product's part",
      "Aluminium. Aluminium output in June 2025 fell 2.0% m/m.\n\nZinc. Zinc alloy output rose by 3,800 mt m/m.\n",
      [["aluminum", "2025-06", "actual", "mom", -0.02]],
    ],
    [
      "a title's hedged round figure ('Down Nearly 20% MoM') agrees with the body's exact one (18.3%), which stands",
      "SMM Analysis: Polysilicon Production Schedule Down Nearly 20% MoM in July\n\nSMM expects domestic polysilicon production in July to drop to 91,100 mt, down 18.3% MoM from June.\n",
      [
        ["polysilicon", "2025-07", "forecast", "output", 91100],
        ["polysilicon", "2025-07", "forecast", "mom", -0.183],
      ],
    ],
    [
      "a hedge before the figure ('stood at some 15,600 tonnes', 'by circa 3.8 per cent') is no quantifier of the subject",
      "Refined Nickel\nRefined nickel output stood at some 15,600 tonnes in June 2025, up 3.3 per cent month-on-month. SMM expects July output to climb by circa 3.8 per cent month-on-month.\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 15600],
        ["refined-nickel", "2025-06", "actual", "mom", 0.033],
        ["refined-nickel", "2025-07", "forecast", "mom", 0.038],
      ],
    ],
    [
      "records of a JSON array, one a line with its comma ('forecast_next_t' is next month's forecast; 'global_output_t' is not read)",
      'Values in t and %, June 2025.\n{"product": "LFP", "output_t": 248600, "mom_pct": 6.83, "forecast_next_t": 255000},\n{"product": "LMO", "output_t": 9720, "global_output_t": 11900}\n',
      [
        ["lfp", "2025-06", "actual", "output", 248600],
        ["lfp", "2025-06", "actual", "mom", 0.0683],
        ["lfp", "2025-07", "forecast", "output", 255000],
        ["lmo", "2025-06", "actual", "output", 9720],
      ],
    ],
    [
      "a post's emoji bullets and arrows ('🔋 Lithium carbonate: 36,210 mt, ⬆️ 21.4% MoM')",
      "📊 China lithium output, June 2025 👇\n\n🔋 Lithium carbonate: 36,210 mt, ⬆️ 21.4% MoM, ⬆️ 9.8% YoY\n🔋 Lithium hydroxide: 22,300 mt, ⬇️ 2.6% MoM\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "output", 36210],
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.214],
        ["lithium-carbonate", "2025-06", "actual", "yoy", 0.098],
        ["lithium-hydroxide", "2025-06", "actual", "output", 22300],
        ["lithium-hydroxide", "2025-06", "actual", "mom", -0.026],
      ],
    ],
    [
      "a change whose level is a price ('rose 4.1% MoM to an average of 86,500 yuan/mt') is the price's",
      "Cobalt Sulphate\nChina's cobalt sulphate output in June 2025 was 33,100 mt, up 6.3% MoM. Cobalt sulphate rose 4.1% MoM to an average of 86,500 yuan/mt in June.\n",
      [
        ["cobalt-sulphate", "2025-06", "actual", "output", 33100],
        ["cobalt-sulphate", "2025-06", "actual", "mom", 0.063],
      ],
    ],
    [
      "a later quarter's total and 'the quarter's' rate are not the month's",
      "Silicon Metal\nChina's silicon metal output in the second quarter of 2025 totalled 1.31 million mt. The quarter's operating rate averaged 64.8%. In June 2025, silicon metal output was 425,400 mt and the operating rate 61.2%.\n",
      [
        ["silicon-metal", "2025-06", "actual", "output", 425400],
        ["silicon-metal", "2025-06", "actual", "operating_rate", 0.612],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the session of 2026-12-05", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "the edition year's total in a December edition is its year to date; another year's total is nobody's month",
      "Zinc\nChina's refined zinc output stood at 560,000 mt in December 2025, up 2.1% MoM. The output totalled 6.71 million mt in 2025, up 4.2% or 270,000 mt year-on-year. Output in 2024 was 6.44 million mt. The association had set a target of 6.8 million mt in 2025. Output is expected to reach 6.9 million mt in 2026.\n",
      [
        ["refined-zinc", "2025-12", "actual", "output", 560000],
        ["refined-zinc", "2025-12", "actual", "mom", 0.021],
        ["refined-zinc", "2025-12", "actual", "ytd_output", 6710000],
        ["refined-zinc", "2025-12", "actual", "ytd_yoy", 0.042],
        ["refined-zinc", "2025-12", "actual", "ytd_yoy_chg", 270000],
      ],
    ],
    [
      "another year's growth after a year's total ('compared with growth of 3.7% in 2024') is no year to date",
      "Tin\nFull-year 2025 refined tin output reached about 186,000 mt, up 2.9% YoY, compared with growth of 3.7% in 2024.\n",
      [
        ["refined-tin", "2025-12", "actual", "ytd_output", 186000],
        ["refined-tin", "2025-12", "actual", "ytd_yoy", 0.029],
      ],
    ],
    [
      "a title's rounded figure ('down nearly 15%', 'over 10%') gives way to the body's exact one, even when the body names the product from afar",
      "[SMM Analysis] Nickel sulphate output drops over 10% in December 2025 as precursor orders fade\n\nSHANGHAI, Jan 6 (SMM) - China's nickel sulphate output fell sharply in December 2025. According to SMM, output came to 28,300 mt in nickel metal content, down 3,800 mt, or 11.8%, MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2025-12", "actual", "output", 28300],
        ["nickel-sulphate:metal-content", "2025-12", "actual", "mom_chg", -3800],
        ["nickel-sulphate:metal-content", "2025-12", "actual", "mom", -0.118],
        ["nickel-sulphate", "2025-12", "actual", "output", 28300],
        ["nickel-sulphate", "2025-12", "actual", "mom_chg", -3800],
        ["nickel-sulphate", "2025-12", "actual", "mom", -0.118],
      ],
    ],
    [
      "Pr-Nd parts under their short names; 'hence' opens a clause and names no part",
      "Light Rare Earth\nChina's output of praseodymium-neodymium (Pr-Nd) oxide in December 2025 stood at 6,120 mt, down 2% MoM. Power costs rose, hence the output of praseodymium-neodymium metal decreased by 4% MoM.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-12", "actual", "output", 6120],
        ["light-rare-earth:pr-nd-oxide", "2025-12", "actual", "mom", -0.02],
        ["light-rare-earth:pr-nd-metal", "2025-12", "actual", "mom", -0.04],
      ],
    ],
    [
      "'on month' and 'on year' are the MoM and YoY bases",
      "Zinc\nChina's refined zinc output stood at 542,000 mt in December 2025, falling 11,200 mt or down 2.02% on month and up 2.6% on year.\n",
      [
        ["refined-zinc", "2025-12", "actual", "output", 542000],
        ["refined-zinc", "2025-12", "actual", "mom_chg", -11200],
        ["refined-zinc", "2025-12", "actual", "mom", -0.0202],
        ["refined-zinc", "2025-12", "actual", "yoy", 0.026],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text, "note-2025-12.txt")).toEqual(want);
  });
});

describe("rules from heldout67 (pastes of new shapes)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a bulleted terse line's tonnage before a signed change is the level, not the change",
      "Quick list for June 2025:\n- electrolytic copper 905.2kt, +1.4% m/m\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 905200],
        ["copper-cathode", "2025-06", "actual", "mom", 0.014],
      ],
    ],
    [
      "a run-in heading ('Magnesium. ...') starts that product's paragraph; an earlier product's figures stay its own",
      "Morning note, June 2025\n\nSilver. SMM puts June silver output at 1,510 mt, up 1.0% MoM.\n\nMagnesium. SMM puts June output at 80,100 mt, down 2.2% MoM and 4.4% YoY.\n",
      [
        ["silver", "2025-06", "actual", "output", 1510],
        ["silver", "2025-06", "actual", "mom", 0.01],
        ["magnesium-ingot", "2025-06", "actual", "output", 80100],
        ["magnesium-ingot", "2025-06", "actual", "mom", -0.022],
        ["magnesium-ingot", "2025-06", "actual", "yoy", -0.044],
      ],
    ],
    [
      "a bare metal's name in a subject with no catalog product is not the carried product",
      "Desk note, June 2025\n\nAluminium output fell 1.0% MoM in June 2025. Outlook from the note: nickel +2.0% m/m in July.\n",
      [["aluminum", "2025-06", "actual", "mom", -0.01]],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from pastes67b (sheet and dump shapes)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a record naming the product by its id with a qualifier word ('high-carbon') is the product, not a part of it",
      "product=high-carbon-ferrochrome; period=2025-06; output_t=640,500; mom_pct=-1.5\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 640500],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", -0.015],
      ],
    ],
    [
      "a terse list's bullet led by a bare metal that the catalog names is that product's line, not the bullet's before",
      "Quick list for June 2025:\n• copper cathode 905.2kt, +1.4% m/m\n• tin 15.1kt, -2.0% m/m\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 905200],
        ["copper-cathode", "2025-06", "actual", "mom", 0.014],
        ["refined-tin", "2025-06", "actual", "output", 15100],
        ["refined-tin", "2025-06", "actual", "mom", -0.02],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the flash65 session (compact bulletin)", () => {
  const sorted = (xs: [string, string, string, string, number][]): [string, string, string, string, number][] =>
    [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "'physical 512kt' after a metal-content tonnage is the physical content, never the product's level",
      "NPI\nNPI 38.7kt Ni (-1.5% m/m); physical 512kt.\n",
      [
        ["npi", "2025-06", "actual", "mom", -0.015],
        ["npi", "2025-06", "actual", "output", 38700],
        ["npi:metal-content", "2025-06", "actual", "output", 38700],
        ["npi:physical-content", "2025-06", "actual", "output", 512000],
      ],
    ],
    [
      "an unlabelled tonnage beside one in metal content is not the product's level",
      "Nickel Sulphate\nNickel sulphate output was 21.3kt Ni in June, or 96kt.\n",
      [
        ["nickel-sulphate", "2025-06", "actual", "output", 21300],
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 21300],
      ],
    ],
    [
      "a bulletin's lines that each open with a product's short name head that product's section",
      "PRODUCTION FLASH\nZn 512kt, +2.0% m/m\nSS: 3.05Mt (-0.8% m/m)\nMg ingot 80.1kt, +1.1% m/m\nPS 52.4kt (+3.3% m/m)\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 512000],
        ["refined-zinc", "2025-06", "actual", "mom", 0.02],
        ["stainless-steel", "2025-06", "actual", "output", 3050000],
        ["stainless-steel", "2025-06", "actual", "mom", -0.008],
        ["magnesium-ingot", "2025-06", "actual", "output", 80100],
        ["magnesium-ingot", "2025-06", "actual", "mom", 0.011],
        ["polysilicon", "2025-06", "actual", "output", 52400],
        ["polysilicon", "2025-06", "actual", "mom", 0.033],
      ],
    ],
    [
      "a month right before a tonnage ('Jul 33.5kt', 'Jul 2.95Mt') is the month, not a date",
      "LFP\nLFP 31kt (+2.0% m/m); Jul 33.5kt (+8.1% m/m).\n",
      [
        ["lfp", "2025-06", "actual", "output", 31000],
        ["lfp", "2025-06", "actual", "mom", 0.02],
        ["lfp", "2025-07", "forecast", "output", 33500],
        ["lfp", "2025-07", "forecast", "mom", 0.081],
      ],
    ],
    [
      "a clause that is only a month (a forecast word, a hedge) and a tonnage is that month's output",
      "EMM\nEMM 131kt, -1.5% m/m; op rate 62.0%; Jul ~140kt.\nDMC\nDMC 120kt, +2.0% m/m. Jul guided 125kt.\n",
      [
        ["emm", "2025-06", "actual", "output", 131000],
        ["emm", "2025-06", "actual", "mom", -0.015],
        ["emm", "2025-06", "actual", "operating_rate", 0.62],
        ["emm", "2025-07", "forecast", "output", 140000],
        ["dmc", "2025-06", "actual", "output", 120000],
        ["dmc", "2025-06", "actual", "mom", 0.02],
        ["dmc", "2025-07", "forecast", "output", 125000],
      ],
    ],
    [
      "an item of a terse list after ';' names its own subject: '; secondary Pb 301kt (-1.0% m/m)' is secondary lead's, no figure of primary lead's line",
      "LEAD\nPrimary Pb 280kt (+1.5% m/m); secondary Pb 301kt (-1.0% m/m).\nZn 500kt, +1.0% m/m\nSn 15kt, +2.0% m/m\n",
      [
        ["primary-lead", "2025-06", "actual", "output", 280000],
        ["primary-lead", "2025-06", "actual", "mom", 0.015],
        ["secondary-lead", "2025-06", "actual", "output", 301000],
        ["secondary-lead", "2025-06", "actual", "mom", -0.01],
        ["refined-zinc", "2025-06", "actual", "output", 500000],
        ["refined-zinc", "2025-06", "actual", "mom", 0.01],
        ["refined-tin", "2025-06", "actual", "output", 15000],
        ["refined-tin", "2025-06", "actual", "mom", 0.02],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(sorted(figures(text))).toEqual(sorted(want));
  });
});

test("a section whose figures start before any month is the edition's, not misdated by a later 'for reference' year-ago figure", () => {
  const text = "Alumina\nAlumina output rose 1.2% YoY, SMM says. For reference, December 2024 alumina output was 7,351,000 mt.\n";
  const r = parseReport(text, { edition: "2025-12" });
  expect((r.edition?.observations ?? []).map((o) => [o.product, o.period, o.measure, o.value])).toEqual([["alumina", "2025-12", "yoy", 0.012]]);
  expect(r.issues.some((i) => i.code === "misdated-section")).toBe(false);
});

test("a list of products the catalog does not know, under a text that names one it does: the inferred product's disagreeing figures take its other inferred figures with them", () => {
  const text =
    "# Light metals output, June 2025\n\nMagnesium edged up in June 2025 as smelters returned.\n\n## Metals\n- **Alpha blanks**\n  - Output: **61,000 mt** (**-2.0%** MoM)\n- **Beta powder**\n  - Output: **72,000 mt** (**+3.0%** MoM)\n- **Gamma sheet**\n  - Output: **83,000 mt** (**+1.0%** MoM)\n  - Operating rate: **60.0%** (-2.0 pp MoM)\n";
  const r = parseReport(text, { edition: "2025-06" });
  expect(r.edition?.observations ?? []).toEqual([]);
  expect(r.issues.filter((i) => i.code === "contradiction" && /disagree/.test(i.message)).length).toBeGreaterThanOrEqual(2);
});

describe("rules from the second session of 2026-12-05 (heldout69, heldout70, realitems8)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "'and that of X is' stands for the last clause's metric noun, about a new part",
      "Nickel Sulphate\nIn June, China made 10,200 metal tons of nickel sulphate. The output of battery grade nickel sulphate was 38,000 tons, and that of electroplating grade nickel sulphate was 6,100 tons.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 10200],
        ["nickel-sulphate:battery", "2025-06", "actual", "output", 38000],
        ["nickel-sulphate:electroplating", "2025-06", "actual", "output", 6100],
        ["nickel-sulphate", "2025-06", "actual", "output", 10200],
      ],
    ],
    [
      "'tons of metal' and 'tons in kind' (a translation of physical tonnage) name a figure's content",
      "Nickel Sulphate\nIn June, China produced 10,200 tons of metal in nickel sulphate, compared with 45,900 tons in kind, up 3.1% MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 10200],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 45900],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.031],
        ["nickel-sulphate", "2025-06", "actual", "output", 10200],
      ],
    ],
    [
      "a part's name alone before 'is'/'was' leaves out the noun the last statement measured; a present-tense sentence keeps the later month carried",
      "Solar Cell\nJuly's scheduled P-type solar cell production is 14.2GW, down 12% MoM. N-type is 30.5GW, down 4% MoM.\n",
      [
        ["solar-cell:p-type", "2025-07", "forecast", "output", 14.2],
        ["solar-cell:p-type", "2025-07", "forecast", "mom", -0.12],
        ["solar-cell:n-type", "2025-07", "forecast", "output", 30.5],
        ["solar-cell:n-type", "2025-07", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'This included N mt of X, ..., and M mt of Y': the amounts after an inclusion verb are the named parts' output",
      "NPI\nChina's NPI output slipped 4.2% MoM to 31,500 mt Ni in June. This included 24,100 mt Ni of high-grade NPI, down 5.1% on the month, and 7,400 mt Ni of low-grade NPI, down 1.3% month on month.\n",
      [
        ["npi", "2025-06", "actual", "mom", -0.042],
        ["npi:metal-content", "2025-06", "actual", "output", 31500],
        ["npi:high-grade", "2025-06", "actual", "output", 24100],
        ["npi:high-grade", "2025-06", "actual", "mom", -0.051],
        ["npi:low-grade", "2025-06", "actual", "output", 7400],
        ["npi:low-grade", "2025-06", "actual", "mom", -0.013],
        ["npi", "2025-06", "actual", "output", 31500],
      ],
    ],
    [
      "an inclusion of imports is no part's output",
      "Copper Cathode\nChina's copper cathode output rose 2.0% MoM in June. This included 60,000 mt of imports, up 5% MoM.\n",
      [["copper-cathode", "2025-06", "actual", "mom", 0.02]],
    ],
    [
      "'On the smelting side, X production ...' names the part; 'on the supply side' is an aspect, the product's own",
      "Lithium Hydroxide\nChina's lithium hydroxide output in June rose 3% MoM and 30% YoY. On the smelting side, lithium hydroxide production was flat MoM but up 35% YoY. On the supply side, lithium hydroxide production rose 3% MoM.\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "mom", 0.03],
        ["lithium-hydroxide", "2025-06", "actual", "yoy", 0.3],
        ["lithium-hydroxide:smelting", "2025-06", "actual", "yoy", 0.35],
      ],
    ],
    [
      "data cards: \"Oct f'cast: ~N mt\" after a run-rate line is next month's output, its change the output's; \"f'cast: a further decline\" is the forecast's direction",
      "Copper Cathode\nOutput: 900,000 mt, -1.0% m-o-m\nRun rate: 80.5% (-1.2 pct pts)\nJul f'cast: ~910,000 mt (+1.1% m-o-m)\n\nRefined Nickel\nOutput: 15,000 mt, +2.0% MoM\nJul f'cast: a further decline\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 900000],
        ["copper-cathode", "2025-06", "actual", "mom", -0.01],
        ["copper-cathode", "2025-06", "actual", "operating_rate", 0.805],
        ["copper-cathode", "2025-06", "actual", "operating_rate_mom", -0.012],
        ["copper-cathode", "2025-07", "forecast", "output", 910000],
        ["copper-cathode", "2025-07", "forecast", "mom", 0.011],
        ["refined-nickel", "2025-06", "actual", "output", 15000],
        ["refined-nickel", "2025-06", "actual", "mom", 0.02],
      ],
    ],
    [
      "'or N mt in physical content' after a level in metal content restates the level, not the change",
      "Nickel Sulphate\nNickel sulphate output in June was 20,100 mt in metal content, up 3.1% MoM, or 91,400 mt in physical content.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 20100],
        // (the change right after the metal-content level is that content's, since the twelfth session)
        ["nickel-sulphate:metal-content", "2025-06", "actual", "mom", 0.031],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 91400],
        ["nickel-sulphate", "2025-06", "actual", "output", 20100],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.031],
      ],
    ],
    [
      "a span named before a semicolon ('for the full year; ...') is not the next clause's: a forecast level is no year to date",
      "Refined Zinc\nOne smelter set a target of 250,000 mt for the full year; it is expected that output in July will increase to 580,000 mt, up 2.5% MoM.\n",
      [
        ["refined-zinc", "2025-07", "forecast", "output", 580000],
        ["refined-zinc", "2025-07", "forecast", "mom", 0.025],
      ],
    ],
    [
      "'ten thousand mt' written out is China's unit of 10,000 mt",
      "Aluminium\nIn terms of electrolytic aluminium, domestic output in June was 361.5 ten thousand mt, up 1.2% MoM.\n",
      [
        ["aluminum", "2025-06", "actual", "output", 3615000],
        ["aluminum", "2025-06", "actual", "mom", 0.012],
      ],
    ],
    [
      "a grade before the product's name is a part even where the catalog lists the graded name ('battery-grade lithium carbonate')",
      "Lithium Carbonate\nChina's lithium carbonate output in June was 40,000 mt, up 5% MoM. Battery-grade lithium carbonate output came in at 28,000 mt, up 7% MoM.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "output", 40000],
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.05],
        ["lithium-carbonate:battery", "2025-06", "actual", "output", 28000],
        ["lithium-carbonate:battery", "2025-06", "actual", "mom", 0.07],
      ],
    ],
    [
      "'P-type cells, almost all PERC, fell by 3.0 GW, or 9%, to 30.3 GW': an appositive is no part of the subject, the product's head noun after a type names the part, and the level the change goes to is its",
      "Solar Cell\nChina's solar cell output in June was 60.2 GW, down 2.0% MoM. N-type cells, mainly TOPCon with a small volume of HJT, reached 29.9 GW, up 6.0% MoM. P-type cells, almost all PERC, fell by about 3.0 GW, or 9%, to 30.3 GW.\n",
      [
        ["solar-cell", "2025-06", "actual", "output", 60.2],
        ["solar-cell", "2025-06", "actual", "mom", -0.02],
        ["solar-cell:n-type", "2025-06", "actual", "output", 29.9],
        ["solar-cell:n-type", "2025-06", "actual", "mom", 0.06],
        ["solar-cell:p-type", "2025-06", "actual", "mom_chg", -3],
        ["solar-cell:p-type", "2025-06", "actual", "mom", -0.09],
        ["solar-cell:p-type", "2025-06", "actual", "output", 30.3],
      ],
    ],
    [
      "'The forecast for July is N mt, up P% MoM': the forecast named as the subject is that month's output",
      "LCO\nChina's LCO output in June was 6,100 mt, down 4% MoM. The forecast for July is 6,800 mt, up 11% MoM.\n",
      [
        ["lco", "2025-06", "actual", "output", 6100],
        ["lco", "2025-06", "actual", "mom", -0.04],
        ["lco", "2025-07", "forecast", "output", 6800],
        ["lco", "2025-07", "forecast", "mom", 0.11],
      ],
    ],
    [
      "a Q&A briefing: the answer's marker is no text; a question that asks for an outlook dates its answer; producers that 'lifted output' are the subject",
      "LITHIUM\n\nQ: How did lithium carbonate output change in June?\nA: Up 4.1% MoM at 41,200 mt, lithium carbonate output set a record. Salt-lake producers lifted output by 12% MoM.\n\nQ: What does SMM expect for July?\nA: Lithium carbonate output of 42,000 mt, up 1.9% MoM.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.041],
        ["lithium-carbonate", "2025-06", "actual", "output", 41200],
        ["lithium-carbonate:salt-lake", "2025-06", "actual", "mom", 0.12],
        ["lithium-carbonate", "2025-07", "forecast", "output", 42000],
        ["lithium-carbonate", "2025-07", "forecast", "mom", 0.019],
      ],
    ],
    [
      "a heading listing two products' words ('ZINC AND LEAD') heads a group; 'SILICON' over polysilicon and silicon metal too",
      "ZINC AND LEAD\n\nQ: Zinc smelters had maintenance in May. Did they recover?\nA: Yes. Refined zinc output was 560,000 mt in June, up 3.0% MoM.\n\nSILICON\n\nQ: Polysilicon and silicon metal?\nA: Polysilicon output rose 2.0% MoM to 101,000 mt.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 560000],
        ["refined-zinc", "2025-06", "actual", "mom", 0.03],
        ["polysilicon", "2025-06", "actual", "mom", 0.02],
        ["polysilicon", "2025-06", "actual", "output", 101000],
      ],
    ],
    [
      "a part named by a word of another product the text names ('carbonate output' after lithium hydroxide) is that product",
      "Lithium\nLithium carbonate output rose 3.0% MoM in June. Lithium hydroxide output rose 2.0% MoM. In July, carbonate output is expected to rise by 5% MoM.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.03],
        ["lithium-hydroxide", "2025-06", "actual", "mom", 0.02],
        ["lithium-carbonate", "2025-07", "forecast", "mom", 0.05],
      ],
    ],
    [
      "a relative clause between commas names no subject; a figure cut off inside its base word is left out",
      "Ternary Precursor\nChina's production of ternary precursor, which is used to make ternary materials, rose 6.4% MoM in June to 70,000 mt. In July it is expected to rise by about 2.0% Yo",
      [
        ["ternary-cathode-precursor", "2025-06", "actual", "mom", 0.064],
        ["ternary-cathode-precursor", "2025-06", "actual", "output", 70000],
      ],
    ],
    [
      "a malformed number ('1,250.6,887 mt') is no figure; plants 'with a total capacity of' are theirs; 'for the full year of 2024' is a year's, and a year alone does not date the text against its file name",
      "Silver\nChina's silver output was 1,250.6,887 mt in June, up 2.0% MoM. One producer cut output at three smelters in Hunan (with a total capacity of 400,000 mt). The producer's output rose 3.1% YoY for the full year of 2024.\n",
      [["silver", "2025-06", "actual", "mom", 0.02]],
    ],
    [
      "after a bracket of parts closes, the change is the whole's",
      "SiMn\nChina's SiMn output stood at 900,000 mt in June (including 50,000 mt of high-grade silicon manganese), down 3% on the month and 2% on the year.\n",
      [
        ["simn-alloy", "2025-06", "actual", "output", 900000],
        ["simn-alloy:high-grade", "2025-06", "actual", "output", 50000],
        ["simn-alloy", "2025-06", "actual", "mom", -0.03],
        ["simn-alloy", "2025-06", "actual", "yoy", -0.02],
      ],
    ],
    [
      "a British press release: 'The 300 series' with a space is a part; a by-product, market talk, a rolling three months and a per-calendar-day rate are not output's",
      "Stainless Steel\nChina's crude stainless steel output was 2.70 million tonnes in June, up 3.1 per cent m-o-m. The 300 series rose 4.0 per cent to 1.35 million tonnes. Its by-product, slag, rose 2.0 per cent m-o-m. Contrary to market talk of a 9 per cent cut, output held up. In the three months to June, output was 8 per cent higher than in the previous three months. Measured per calendar day, output was up about 6 per cent.\n",
      [
        ["stainless-steel", "2025-06", "actual", "output", 2700000],
        ["stainless-steel", "2025-06", "actual", "mom", 0.031],
        ["stainless-steel:300-series", "2025-06", "actual", "mom", 0.04],
        ["stainless-steel:300-series", "2025-06", "actual", "output", 1350000],
      ],
    ],
    [
      "'tonnes of nickel' is metal content, 'equivalent to N tonnes in physical terms' the physical content",
      "Nickel Sulphate\nNickel sulphate output was 13,000 tonnes of nickel in June, up 2.0 per cent m-o-m, equivalent to 59,000 tonnes in physical terms.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 13000],
        ["nickel-sulphate:metal-content", "2025-06", "actual", "mom", 0.02],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 59000],
        ["nickel-sulphate", "2025-06", "actual", "output", 13000],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.02],
      ],
    ],
    [
      "a bracket right after a metal-content level stating its physical content ('(96,800 mt in physical terms)') is the physical content",
      "Nickel Sulphate\nNickel sulphate output in June was 21,300 mt in metal content (96,800 mt in physical terms), up 1.4% MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 21300],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 96800],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.014],
        ["nickel-sulphate", "2025-06", "actual", "output", 21300],
      ],
    ],
    [
      "a heading with a rule after it ('REFINED ZINC |') heads its bullets; '<Month> view: <movement>, to about N' is the forecast level",
      "REFINED ZINC |\n- June: 512,400 mt, down 14,600 mt, or 2.8%, from May\n- July view: rebound, to about 530,000 mt\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 512400],
        ["refined-zinc", "2025-06", "actual", "mom_chg", -14600],
        ["refined-zinc", "2025-06", "actual", "mom", -0.028],
        ["refined-zinc", "2025-07", "forecast", "output", 530000],
      ],
    ],
    [
      "'physical about N' right after a tonnage in Ni content is the physical content, not a second metal-content level",
      "NICKEL SULPHATE |\n- June: 31,900 mt Ni content; physical about 145,000 mt\n",
      [
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 31900],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 145000],
        ["nickel-sulphate", "2025-06", "actual", "output", 31900],
      ],
    ],
    [
      "'May revised to N (first published as M)': the new figure is May's output, the replaced one is out; a 'Revision:' label names no part",
      "Tin (refined)\n- June: 13,850 mt (down 3.6% on May)\n- May revised to 14,370 mt (first published as 14,150 mt)\n- Revision: April output, previously reported at 13,600 mt, has been revised to 13,900 mt.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 13850],
        ["refined-tin", "2025-06", "actual", "mom", -0.036],
        ["refined-tin", "2025-05", "actual", "output", 14370],
        ["refined-tin", "2025-04", "actual", "output", 13900],
      ],
    ],
    [
      "a part read from words that name no part ('later resumed', 'hold', 'was') files nothing",
      "Alumina\nAlumina output rose 1.2% MoM in June. One refinery in Guizhou conducted maintenance in May and later resumed production to around 900,000 mt in June.\nPolysilicon\nThe industry's aim is to hold monthly output at around 100,000 mt.\n",
      [["alumina", "2025-06", "actual", "mom", 0.012]],
    ],
    [
      "a province with 'alone' before 'produced' is a part; two provinces joined by 'and' are one part; 'targeting' a rate is a target",
      "Ferrochrome\nChina's high-carbon ferrochrome output rose 4.7% MoM in June. Inner Mongolia alone produced 478,000 mt, up 6.2% MoM. Output in Guizhou and Guangxi fell by 5,000 mt, or 11.4%. Several producers are targeting a 90% operating rate in July.\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", 0.047],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "output", 478000],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "mom", 0.062],
        ["high-carbon-ferrochrome:guizhou-and-guangxi", "2025-06", "actual", "mom_chg", -5000],
        ["high-carbon-ferrochrome:guizhou-and-guangxi", "2025-06", "actual", "mom", -0.114],
      ],
    ],
    [
      "a bare amount answering 'Q: How much X did China produce in <the month>?' is the month's output",
      "Q&A: ferrochrome in June\n\nQ: How much high-carbon ferrochrome did China produce in June?\nA: About 692,000 mt. That is 4.7% more than in May.\n",
      [
        ["high-carbon-ferrochrome", "2025-06", "actual", "output", 692000],
        ["high-carbon-ferrochrome", "2025-06", "actual", "mom", 0.047],
      ],
    ],
    [
      "a quarter named after the figure ('94,600 mt of polysilicon in the third quarter') is the quarter's, not the month's",
      "Polysilicon\nChina produced 94,600 mt of polysilicon in the third quarter, as a July fire cut capacity. June output was 34,500 mt.\n",
      [["polysilicon", "2025-06", "actual", "output", 34500]],
    ],
    [
      "a note under a table that states output is read; a forecast column with no unit beside the output column is the next month's output, '(-7.7%)' its MoM",
      "SMM output - June 2025\n\nProduct | Output (mt) | MoM | Next-month f'cast\nRefined nickel | 31,850 | -4.2% | 29,400 (-7.7%)\n\nNote: in physical tonnes, June NPI output was 262,000 mt.\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 31850],
        ["refined-nickel", "2025-06", "actual", "mom", -0.042],
        ["refined-nickel", "2025-07", "forecast", "output", 29400],
        ["refined-nickel", "2025-07", "forecast", "mom", -0.077],
        ["npi:physical-content", "2025-06", "actual", "output", 262000],
      ],
    ],
    [
      "'; and the output in July' continues the part of the clause before; a change after a remark in brackets is the level's",
      "Ferrochrome\nHigh-carbon ferrochrome output in Inner Mongolia is expected to stand at 173,000 mt in June, down 17.6% on the month; and the output in July is expected to be 168,000 mt (maintenance lasts 7-10 days), a year-on-year decrease of 45.9%.\n",
      [
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "output", 173000],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-06", "actual", "mom", -0.176],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-07", "forecast", "output", 168000],
        ["high-carbon-ferrochrome:inner-mongolia", "2025-07", "forecast", "yoy", -0.459],
      ],
    ],
    [
      "'NPI in Indonesia' is Indonesian NPI; the product's name with a typo ('cobalt sulpuate') is the product",
      "NPI in Indonesia fell 1.7% MoM in June.\nCobalt Sulphate\nChina's cobalt sulpuate supply rose 5.1% from May, to 3,700 mt (Co content) in June.\n",
      [
        ["indonesian-npi", "2025-06", "actual", "mom", -0.017],
        ["cobalt-sulphate", "2025-06", "actual", "mom", 0.051],
        ["cobalt-sulphate", "2025-06", "actual", "output", 3700],
      ],
    ],
    [
      "'July view: flat, about N', a loss in an earlier clause does not make 'metal content down 4%' a price, 'Utilisation 58%' is the operating rate",
      "NPI\n- June: 33,600 mt Ni, down 2.1% m/m\n- July view: lines to idle on losses; metal content down around 4% m/m\n\nNICKEL SULPHATE |\n- June: 31,900 mt Ni content\n- July view: flat, about 32,000 mt Ni\n\nLithium hydroxide\n- Utilisation 58%\n",
      [
        ["npi:metal-content", "2025-06", "actual", "output", 33600],
        ["npi", "2025-06", "actual", "mom", -0.021],
        ["npi:metal-content", "2025-07", "forecast", "mom", -0.04],
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 31900],
        ["nickel-sulphate:metal-content", "2025-07", "forecast", "output", 32000],
        ["lithium-hydroxide", "2025-06", "actual", "operating_rate", 0.58],
        ["npi", "2025-06", "actual", "output", 33600],
        ["npi", "2025-07", "forecast", "mom", -0.04],
        ["nickel-sulphate", "2025-06", "actual", "output", 31900],
        ["nickel-sulphate", "2025-07", "forecast", "output", 32000],
      ],
    ],
    [
      "a correction line: '(Corrects ... to N, from M)' leaves the old figure out",
      "Nickel Sulphate\n(Corrects June nickel sulphate output to 41,300 mt, from 41,800 mt)\nChina's nickel sulphate output was 41,300 mt in June, down 4.4% from May.\n",
      [
        ["nickel-sulphate", "2025-06", "actual", "output", 41300],
        ["nickel-sulphate", "2025-06", "actual", "mom", -0.044],
      ],
    ],
    [
      "newswire alerts in capitals: the alert's figures, '* Y/Y +6.4%', 'JAN-JUN 11.62 MLN T', '1.9 PTS', 'VS EXISTING N' (capacity)",
      "CHINA JUN REFINED COPPER OUTPUT RISES 2.1% M/M TO 1.18 MLN T - SMM\n* Y/Y +6.4%; JAN-JUN 11.62 MLN T, +5.0% Y/Y\n* OPERATING RATE 86.7%, UP 1.9 PTS M/M\n\nCHINA JUN PRIMARY ALUMINIUM OUTPUT 3.76 MLN T, UP 3.3% M/M - SMM\n* OPERATING CAPACITY 44.12 MLN T/YR VS EXISTING 45.46 MLN T/YR\n",
      [
        ["copper-cathode", "2025-06", "actual", "mom", 0.021],
        ["copper-cathode", "2025-06", "actual", "output", 1180000],
        ["copper-cathode", "2025-06", "actual", "yoy", 0.064],
        ["copper-cathode", "2025-06", "actual", "ytd_output", 11620000],
        ["copper-cathode", "2025-06", "actual", "ytd_yoy", 0.05],
        ["copper-cathode", "2025-06", "actual", "operating_rate", 0.867],
        ["copper-cathode", "2025-06", "actual", "operating_rate_mom", 0.019],
        ["aluminum", "2025-06", "actual", "output", 3760000],
        ["aluminum", "2025-06", "actual", "mom", 0.033],
        ["aluminum", "2025-06", "actual", "operating_capacity", 44120000],
        ["aluminum", "2025-06", "actual", "capacity", 45460000],
      ],
    ],
    [
      "a figure with no product of its own is not the product it is set against later in the sentence ('diverged from ... molybdenum concentrate'); 'NMC precursor'",
      "China's molybdenum concentrate output rose 11.3% MoM in June. The ferromolybdenum market saw a sharp price decline. The operating rate in June fell to around 48%, and once again diverged from the operating trend of molybdenum concentrate mines. Domestic NMC precursor output was 53,444 mt in June.\n",
      [
        ["molybdenum-concentrate", "2025-06", "actual", "mom", 0.113],
        ["ternary-cathode-precursor", "2025-06", "actual", "output", 53444],
      ],
    ],
    [
      "a stated total production that disagrees with a figure naming the product leaves both out",
      "The operating rate of Chinese module enterprises in July is expected to be 54.68%, with a total planned production of 50.84GW, down 0.6% MoM. Their PV module production in China in July is expected to be 49.23GW.\n",
      [
        ["pv-module", "2025-07", "forecast", "operating_rate", 0.5468],
        ["pv-module", "2025-07", "forecast", "mom", -0.006],
      ],
    ],
    [
      "a Markdown '### July outlook' sub-heading dates the lines under it; 'Pr-Nd oxide ▲ about 3% MoM' names its part",
      "## Light rare earth\n\n- Pr-Nd oxide: **7,230 t**, ▲ 5.6% MoM\n\n### July outlook\n\nPr-Nd oxide ▲ about 3% MoM.\n\n## Zinc\n\nRefined zinc output was 500,000 t, ▼ 1.1% MoM.\n\n### July outlook\n\nOutput ▲ 2% MoM.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 7230],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "mom", 0.056],
        ["light-rare-earth:pr-nd-oxide", "2025-07", "forecast", "mom", 0.03],
        ["refined-zinc", "2025-06", "actual", "output", 500000],
        ["refined-zinc", "2025-06", "actual", "mom", -0.011],
        ["refined-zinc", "2025-07", "forecast", "mom", 0.02],
      ],
    ],
    [
      "a scorecard: 'missed our May call by N' is versus the forecast, in the figure's month; 'May's actual is revised up to N' (exact, not 'up to')",
      "Lithium Hydroxide\nJune output missed our May call by 1,150 mt: two converters lost days. May's actual is revised up to 14,600 mt from 14,350 mt.\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "vs_expected_chg", -1150],
        ["lithium-hydroxide", "2025-05", "actual", "output", 14600],
      ],
    ],
    [
      "a line labelled by a place outside China ('Russia:', 'Europe (excluding Russia):') is that part of the overseas product, never China's",
      "Overseas aluminium output in June was 2.45 million mt, up 1% YoY.\n\nRussia: The total output in June was about 340,000 mt, up 3.1% YoY.\n\nEurope (excluding Russia): The total output in June was about 277,000 mt, with a capacity utilization rate of 69.4%.\n\nCopper Cathode\n- Japan (METI): cathode output fell 2.2% MoM in June.\n",
      [
        ["overseas-aluminum", "2025-06", "actual", "output", 2450000],
        ["overseas-aluminum", "2025-06", "actual", "yoy", 0.01],
        ["overseas-aluminum:russia", "2025-06", "actual", "output", 340000],
        ["overseas-aluminum:russia", "2025-06", "actual", "yoy", 0.031],
        ["overseas-aluminum:europe-excluding-russia", "2025-06", "actual", "output", 277000],
        ["overseas-aluminum:europe-excluding-russia", "2025-06", "actual", "operating_rate", 0.694],
      ],
    ],
    [
      "an investor note: 'Name (level, change; Jul f'cast level, change)', a later month's forecast label does not date the next sentence",
      "Copper cathode (1.118 Mt, -1.6% m/m, +3.9% y/y; Jul f'cast 1.142 Mt, +2.1% m/m) fell as two smelters began maintenance. LFP (396kt, +4.6% m/m; op. rate 86.5%, +3.1pp; Jul f'cast est. -2% m/m to ~388kt) is running close to nameplate. Pr-Nd oxide (7.35kt, +2.8% m/m) rose.\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 1118000],
        ["copper-cathode", "2025-06", "actual", "mom", -0.016],
        ["copper-cathode", "2025-06", "actual", "yoy", 0.039],
        ["copper-cathode", "2025-07", "forecast", "output", 1142000],
        ["copper-cathode", "2025-07", "forecast", "mom", 0.021],
        ["lfp", "2025-06", "actual", "output", 396000],
        ["lfp", "2025-06", "actual", "mom", 0.046],
        ["lfp", "2025-06", "actual", "operating_rate", 0.865],
        ["lfp", "2025-06", "actual", "operating_rate_mom", 0.031],
        ["lfp", "2025-07", "forecast", "mom", -0.02],
        ["lfp", "2025-07", "forecast", "output", 388000],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 7350],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "mom", 0.028],
      ],
    ],
    [
      "a forecast table ('Product | Forecast output | MoM'): its change column is the forecast's change",
      "Table 5 July 2025 output forecasts\nProduct\tForecast output\tMoM\nLithium hydroxide\t7,900 mt\t+3.3%\nCopper cathode\t850,000 mt\t+1.8%\n",
      [
        ["lithium-hydroxide", "2025-07", "forecast", "output", 7900],
        ["lithium-hydroxide", "2025-07", "forecast", "mom", 0.033],
        ["copper-cathode", "2025-07", "forecast", "output", 850000],
        ["copper-cathode", "2025-07", "forecast", "mom", 0.018],
      ],
    ],
    [
      "a province that is a clause's whole subject ('Yunnan was up 9.8% MoM') is no statement about the product: the province's own, as is ', while Xinjiang was down 3.0%'",
      "Silicon Metal\nSilicon metal output rose 1.2% MoM in June. Yunnan was up 9.8% MoM on cheap hydropower, while Xinjiang was down 3.0% MoM.\n",
      [
        ["silicon-metal", "2025-06", "actual", "mom", 0.012],
        ["silicon-metal:yunnan", "2025-06", "actual", "mom", 0.098],
        ["silicon-metal:xinjiang", "2025-06", "actual", "mom", -0.03],
      ],
    ],
    [
      "a headline naming one catalog product heads its section ('TUNGSTEN: HOLIDAY TRIMS APT OUTPUT'); change labels in a field list",
      "TUNGSTEN: HOLIDAY TRIMS APT OUTPUT\n\nSMM put June output at 7,050 tonnes, down 8.6 per cent on May, as the holiday kept many smelters idle for two weeks.\n\nOutput: 7,050 tonnes\nChange on May: -8.6 per cent\nYear-to-date change: +3.0 per cent\nJuly change on June, SMM forecast: +2.0 per cent\n",
      [
        ["ammonium-paratungstate", "2025-06", "actual", "output", 7050],
        ["ammonium-paratungstate", "2025-06", "actual", "mom", -0.086],
        ["ammonium-paratungstate", "2025-06", "actual", "ytd_yoy", 0.03],
        ["ammonium-paratungstate", "2025-07", "forecast", "mom", 0.02],
      ],
    ],
    [
      "two of a product's own names overlapping ('industrial silicon metal') name no part",
      "Silicon Metal\nDomestic industrial silicon metal output stood at 310,000 mt in June, up 4% month on month.\n",
      [
        ["silicon-metal", "2025-06", "actual", "output", 310000],
        ["silicon-metal", "2025-06", "actual", "mom", 0.04],
      ],
    ],
    [
      "series named alone in each clause of a list ('; the 200-series was ...') are each their own part",
      "Stainless Steel\nChina's stainless steel output in June was 3.3 million mt. The 300-series came to 1.6 million mt, up 2.0% MoM; the 200-series was 0.9 million mt, down 1.5% MoM; and the 400-series was 0.8 million mt, up 0.5% MoM.\n",
      [
        ["stainless-steel", "2025-06", "actual", "output", 3300000],
        ["stainless-steel:300-series", "2025-06", "actual", "output", 1600000],
        ["stainless-steel:300-series", "2025-06", "actual", "mom", 0.02],
        ["stainless-steel:200-series", "2025-06", "actual", "output", 900000],
        ["stainless-steel:200-series", "2025-06", "actual", "mom", -0.015],
        ["stainless-steel:400-series", "2025-06", "actual", "output", 800000],
        ["stainless-steel:400-series", "2025-06", "actual", "mom", 0.005],
      ],
    ],
    [
      "a figure a statement is compared with ('Compared to the 12.1% MoM rise in May, ...') is no figure of that month",
      "PV Module\nChina's PV module output in June was 52.1GW, up 4.0% MoM. Compared to the 12.1% MoM rise in May, growth slowed.\n",
      [
        ["pv-module", "2025-06", "actual", "output", 52.1],
        ["pv-module", "2025-06", "actual", "mom", 0.04],
      ],
    ],
    [
      "a level stated first, its subject after it ('N mt: that was China's X output', 'At N mt, China's X output ...', 'N mt: China's X output')",
      "Refined Copper:\nUp 2.1% MoM at 1,012,000 mt: that was China's refined copper output in June.\n\nAlumina:\n7.01 million mt: China's metallurgical-grade alumina output in June, up 1.2% MoM.\n\nPrimary Aluminium:\nAt 3.61 million mt, China's primary aluminium output in June was up 0.8% MoM.\n",
      [
        ["copper-cathode", "2025-06", "actual", "mom", 0.021],
        ["copper-cathode", "2025-06", "actual", "output", 1012000],
        ["alumina", "2025-06", "actual", "output", 7010000],
        ["alumina", "2025-06", "actual", "mom", 0.012],
        ["aluminum", "2025-06", "actual", "output", 3610000],
        ["aluminum", "2025-06", "actual", "mom", 0.008],
      ],
    ],
    [
      "a level stated first is not China's when what follows names a province or a company",
      "Refined Copper:\n120,000 mt: that was Jiangxi smelters' output in June. At 90,000 mt, Tongling Group's output in June was flat.\n",
      [],
    ],
    [
      "the head noun a longer name adds ('blank' of 'NdFeB blank') names the product itself, not a part",
      "NdFeB\nChina's NdFeB blank output fell 2.0% MoM in June. Blank output in January-June rose 8.1% YoY.\n",
      [
        ["ndfeb", "2025-06", "actual", "mom", -0.02],
        ["ndfeb", "2025-06", "actual", "ytd_yoy", 0.081],
      ],
    ],
    [
      "the words before the product's own name are the part ('refined secondary-lead'); a label that is a clause names no part; a combined gain of producers is no net change",
      "Secondary Lead\nChina's secondary lead output rose 1.1% MoM in June.\nRefined output, however, lost ground because closures outweighed restarts:\n• Restarts - two smelters in Anhui came back on line. Combined gain about 30 000 t.\nSMM expects refined secondary-lead output to drop by roughly 20 000 t MoM in July.\n",
      [
        ["secondary-lead", "2025-06", "actual", "mom", 0.011],
        ["secondary-lead:refined", "2025-07", "forecast", "mom_chg", -20000],
      ],
    ],
    [
      "a note that marks its comments as 'ours, not SMM' keeps the desk's own estimate out",
      "Solar Cell\nSMM data show China's solar cell output rose 1.9% MoM in June.\nDesk comments (ours, not SMM):\nOur solar-cell operating rate estimate is 71%.\n",
      [["solar-cell", "2025-06", "actual", "mom", 0.019]],
    ],
    [
      "'May outlook' (a generic label with its month) heads forecasts for every product named under it",
      "Copper Cathode\nChina's copper cathode output was 1,010,000 mt in June, down 1.1% MoM.\n\nRefined Zinc\nRefined zinc output rose 2.0% MoM in June.\n\nJuly outlook\nSMM expects copper cathode output to fall 1.5% MoM in July. Refined zinc output is forecast to rise 3.0% MoM in July.\n",
      [
        ["copper-cathode", "2025-06", "actual", "output", 1010000],
        ["copper-cathode", "2025-06", "actual", "mom", -0.011],
        ["refined-zinc", "2025-06", "actual", "mom", 0.02],
        ["copper-cathode", "2025-07", "forecast", "mom", -0.015],
        ["refined-zinc", "2025-07", "forecast", "mom", 0.03],
      ],
    ],
    [
      "'Outlook for July 2025' (a generic label with its month and year) dates the bullet lines under it that name no month",
      "Refined Tin\nRefined tin output eased 1.6% MoM in June.\n\nMagnesium\nMagnesium ingot output was 72,000 mt in June.\n\nOutlook for July 2025\n- Refined tin: output to slip a further 2% MoM.\n- Magnesium ingot: output put at about 73,500 mt.\n",
      [
        ["refined-tin", "2025-06", "actual", "mom", -0.016],
        ["magnesium-ingot", "2025-06", "actual", "output", 72000],
        ["refined-tin", "2025-07", "forecast", "mom", -0.02],
        ["magnesium-ingot", "2025-07", "forecast", "output", 73500],
      ],
    ],
    [
      "a feedstock named after 'made from' is not the item's product; a comma before 'to' ends a clause, no range",
      "China's lithium hydroxide production fell 8.6% MoM in June 2025, to 22,900 mt, SMM data showed. Causticised output made from lithium carbonate fell faster. The industry's operating rate was 54% in June.\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "mom", -0.086],
        ["lithium-hydroxide", "2025-06", "actual", "output", 22900],
        ["lithium-hydroxide", "2025-06", "actual", "operating_rate", 0.54],
      ],
    ],
    [
      "'their' after provinces' smelters is those provinces' rate, not the nation's",
      "Refined Tin\nChina's refined tin output in June came to 14,100 mt, down 2.0% MoM. Smelters in Yunnan and Jiangxi cut runs; their combined operating rate fell 3.1 percentage points to 60.2%.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14100],
        ["refined-tin", "2025-06", "actual", "mom", -0.02],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("a list whose bullets are names over indented sub-bullets of labelled fields", () => {
  const trends = (text: string): string[] =>
    (parseReport(text, { fileName: "note-2025-06.txt" }).edition?.trends ?? []).map(
      (t) => `${t.product}${t.segment ? `:${t.segment}` : ""} ${t.period} ${t.basis} ${t.direction}`,
    );
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "each bold product name heads its sub-bullets: two products' operating rates stay apart; a month's field is its forecast; exports stay out",
      "## Battery materials\n- **Lithium hydroxide**\n  - Output: **31,200 mt** (**+4.1%** MoM)\n  - Operating rate: **52.0%**\n  - July: expected at **32,000 mt**\n- **Cobalt sulphate**\n  - Output: **5,900 mt**, unchanged MoM, **+6.0%** YoY\n  - Operating rate: **48.2%** (-1.5 pp MoM)\n  - Sichuan output: **+2.0%** MoM\n  - Exports in May: **-3.0%** MoM (customs data, not output)\n",
      [
        ["lithium-hydroxide", "2025-06", "actual", "output", 31200],
        ["lithium-hydroxide", "2025-06", "actual", "mom", 0.041],
        ["lithium-hydroxide", "2025-06", "actual", "operating_rate", 0.52],
        ["lithium-hydroxide", "2025-07", "forecast", "output", 32000],
        ["cobalt-sulphate", "2025-06", "actual", "output", 5900],
        ["cobalt-sulphate", "2025-06", "actual", "yoy", 0.06],
        ["cobalt-sulphate", "2025-06", "actual", "operating_rate", 0.482],
        ["cobalt-sulphate", "2025-06", "actual", "operating_rate_mom", -0.015],
        ["cobalt-sulphate:sichuan", "2025-06", "actual", "mom", 0.02],
      ],
    ],
    [
      "a feedstock's name bullet is a part of the section's product; the text after the list is the product's again",
      "## Lithium carbonate\nLithium carbonate output rose 3.0% MoM in June.\n* Spodumene\n    * Output: 21,300 mt (+2.0% MoM)\n* __Lepidolite__\n    * Output: 9,800 mt (-1.0% MoM)\nLithium carbonate output is expected to rise 2.0% MoM in July.\n",
      [
        ["lithium-carbonate", "2025-06", "actual", "mom", 0.03],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "output", 21300],
        ["lithium-carbonate:spodumene", "2025-06", "actual", "mom", 0.02],
        ["lithium-carbonate:lepidolite", "2025-06", "actual", "output", 9800],
        ["lithium-carbonate:lepidolite", "2025-06", "actual", "mom", -0.01],
        ["lithium-carbonate", "2025-07", "forecast", "mom", 0.02],
      ],
    ],
    [
      "a numbered name that is a part by its alias ('Pr-Nd oxide') is that part; an unknown name's sub-bullets are nobody's; a share is no operating rate",
      "Rare earth list\n1. **Pr-Nd oxide**\n   - Output: 6,100 mt (-2.0% MoM)\n2. **Scandium oxide**\n   - Output fell about 9% MoM\n   - No total this month\n3. **NdFeB**\n   - Output: 23,000 mt (+1.0% MoM)\n   - Share sold under contracts: 70% (+2 pp MoM)\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 6100],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "mom", -0.02],
        ["ndfeb", "2025-06", "actual", "output", 23000],
        ["ndfeb", "2025-06", "actual", "mom", 0.01],
      ],
    ],
    [
      "a capacity field dated 'at end-June' is the product's capacity, not a part named by the month",
      "- **Titanium dioxide**\n  - Output: 401,000 mt (+0.5% MoM)\n  - Existing capacity at end-June: 6.4 million mt/year\n- **Sponge titanium**\n  - Output: 22,100 mt (-1.0% MoM)\n",
      [
        ["titanium-dioxide", "2025-06", "actual", "output", 401000],
        ["titanium-dioxide", "2025-06", "actual", "mom", 0.005],
        ["titanium-dioxide", "2025-06", "actual", "capacity", 6400000],
        ["sponge-titanium", "2025-06", "actual", "output", 22100],
        ["sponge-titanium", "2025-06", "actual", "mom", -0.01],
      ],
    ],
    [
      "an unknown name's fields stay nobody's even when they are all short (not the article's product)",
      "Rare earth list\n1. **Pr-Nd oxide**\n   - Output: 6,100 mt (-2.0% MoM)\n2. **Scandium oxide**\n   - Output fell about 9% MoM\n3. **NdFeB**\n   - Output: 23,000 mt (+1.0% MoM)\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 6100],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "mom", -0.02],
        ["ndfeb", "2025-06", "actual", "output", 23000],
        ["ndfeb", "2025-06", "actual", "mom", 0.01],
      ],
    ],
    [
      "a region's name nested under a product's name is its part, and the product's fields after it are the product's; under a part, a region's fields are nobody's",
      "## Light metals\n- **Magnesium ingot**\n  - Output: 80,000 mt (+1.0% MoM)\n  - **Shaanxi**\n    - Output: 50,000 mt (+2.0% MoM)\n  - Operating rate: 55.0%\n- **Pr-Nd oxide**\n  - **Jiangxi**\n    - Output: 1,000 mt\n  - Output: 6,000 mt\n",
      [
        ["magnesium-ingot", "2025-06", "actual", "output", 80000],
        ["magnesium-ingot", "2025-06", "actual", "mom", 0.01],
        ["magnesium-ingot:shaanxi", "2025-06", "actual", "output", 50000],
        ["magnesium-ingot:shaanxi", "2025-06", "actual", "mom", 0.02],
        ["magnesium-ingot", "2025-06", "actual", "operating_rate", 0.55],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 6000],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it("'unchanged MoM' in a name's field is its flat trend, not a 0% change; a province's field is its part", () => {
    const text =
      "## Battery materials\n- **Cobalt sulphate**\n  - Output: **5,900 mt**, unchanged MoM, **+6.0%** YoY\n  - Sichuan output: **+2.0%** MoM\n- **Lithium hydroxide**\n  - Output: **31,200 mt** (**+4.1%** MoM)\n";
    expect(trends(text)).toEqual(
      expect.arrayContaining(["cobalt-sulphate 2025-06 actual flat", "cobalt-sulphate:sichuan 2025-06 actual up", "lithium-hydroxide 2025-06 actual up"]),
    );
    expect(figures(text).some((f) => f[0] === "cobalt-sulphate" && f[3] === "mom")).toBe(false);
  });
});

describe("edition detection (second session of 2026-12-05)", () => {
  it("a sentence stating a figure for a month outweighs a heading that only names another month", () => {
    const text =
      "Overview of China base metal production in February 2020\n\nElectrolytic copper\n\nIn March 2020, electrolytic copper production in China was 743,700 tons, up 8.87% MoM.\n";
    const r = parseReport(text, { fileName: "roundup.txt" });
    expect(r.edition?.id).toBe("2020-03");
    expect(figures(text, "roundup.txt")).toEqual([
      ["copper-cathode", "2020-03", "actual", "output", 743700],
      ["copper-cathode", "2020-03", "actual", "mom", 0.0887],
    ]);
  });
  it("a year alone ('full-year 2025') beside a figure does not outweigh a month named with its year", () => {
    const text =
      "SMM's November 2025 China output data:\nLithium carbonate: 95,460 mt, up 2.6% MoM.\nGlobal LCE supply for full-year 2025 is heading for about 1.55 million mt.\n";
    expect(parseReport(text, { fileName: "chat.txt" }).edition?.id).toBe("2025-11");
  });
});

describe("a forecast label's own direction", () => {
  it.each<[string, string]>([
    ["Jul f'cast: a further decline", "down"],
    ["Jul f'cast: broadly stable", "flat"],
    ["Fcst: a slight rise", "up"],
  ])("%s -> %s", (line, direction) => {
    const r = parseReport(`Refined Nickel\nOutput: 15,000 mt, +2.0% MoM\n${line}\n`, { fileName: "note-2025-06.txt" });
    const forecast = (r.edition?.trends ?? []).filter((t) => t.basis === "forecast").map((t) => [t.product, t.period, t.direction]);
    expect(forecast).toEqual([["refined-nickel", "2025-07", direction]]);
  });
});

describe("directions: 'pull back', a change of something else, a condition", () => {
  const trendsOf = (text: string): string[] => trendsIn(text, "note-2025-06.txt", "plain");
  it.each<[string, string, string[]]>([
    [
      "'is expected to pull back' is a fall",
      "NdFeB\nNdFeB production in June rose 4% MoM. NdFeB production in July is expected to pull back to 28,000 mt.\n",
      ["ndfeb 2025-06 actual up", "ndfeb 2025-07 forecast down"],
    ],
    [
      "an increase in maintenance is no increase in output",
      "Alumina\nAlumina output in June rose 2% MoM. In July, SMM expects an increase in alumina maintenance at northern refineries.\n",
      ["alumina 2025-06 actual up"],
    ],
    [
      "a direction after 'If ...,' is a hypothesis",
      "Alumina\nAlumina output in June rose 2% MoM. If prices fall further, output may decline in July.\n",
      ["alumina 2025-06 actual up"],
    ],
  ])("%s", (_name, text, want) => {
    expect(trendsOf(text)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout81)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a desk channel's '[hh:mm] Name:' prefixes: the same writer's next message goes on with the product; another writer's does not",
      "[10:01] Ana Ruiz: SMM's June data are out\n[10:02] Ana Ruiz: refined tin 14,100 mt in June, up 2.2% m/m\n[10:03] Ana Ruiz: operating rate 61.5%\n[10:04] Bo Lind: my own guess for the operating rate was 64%\n[10:05] Bo Lind: fair enough\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14100],
        ["refined-tin", "2025-06", "actual", "mom", 0.022],
        ["refined-tin", "2025-06", "actual", "operating_rate", 0.615],
      ],
    ],
    [
      "an item after ';' names its own part, and a remark before the ';' gives its tonnage no direction",
      "Lithium Carbonate\nBrine-based lithium carbonate rose 12% MoM as the lakes thawed out; lepidolite-based 8,300 mt, up 2.5% MoM.\n",
      [
        // (the catalog files brine under its slug "salt-lake")
        ["lithium-carbonate:salt-lake", "2025-06", "actual", "mom", 0.12],
        ["lithium-carbonate:lepidolite", "2025-06", "actual", "output", 8300],
        ["lithium-carbonate:lepidolite", "2025-06", "actual", "mom", 0.025],
      ],
    ],
    [
      "a label before a terse name and its tonnage ('rare earths: Pr-Nd oxide 5,100 mt, up 4.0% m/m') names the part",
      "rare earths: Pr-Nd oxide 5,100 mt, up 4.0% m/m in June.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 5100],
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "mom", 0.04],
      ],
    ],
    [
      "a product's name as the whole subject before 'came in at' / 'was' states its output; another noun does not",
      "SMM data. Refined tin in June came in at 14,100 tonnes. Antimony ingot was 7,300 tonnes in June, down 1.1% MoM. The gap was 2,000 tonnes.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14100],
        ["antimony-ingot", "2025-06", "actual", "output", 7300],
        ["antimony-ingot", "2025-06", "actual", "mom", -0.011],
      ],
    ],
    [
      "a call's numbers spelled out; a paragraph that opens on the month alone ('Now July.') keeps its verbless lines in July",
      "Speaker (SMM): Thanks. Refined tin in June came in at fourteen thousand one hundred tonnes, up two point two percent month on month.\n\nSpeaker (SMM): Now July. Fewer working days. Refined tin down roughly three percent.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14100],
        ["refined-tin", "2025-06", "actual", "mom", 0.022],
        ["refined-tin", "2025-07", "forecast", "mom", -0.03],
      ],
    ],
    [
      "a correction that does not name the product still wins over the figure a named message gave",
      "[10:01] Ana Ruiz: SMM June refined tin out: 14,100 mt, up 2.2% m/m\n[10:02] Bo Lind: thanks\n[10:03] Ana Ruiz: correction - June output was 14,010 mt, not 14,100 mt, typo\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14010],
        ["refined-tin", "2025-06", "actual", "mom", 0.022],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout82)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a month in a 'with ...' clause after the figure ('down 2.2% MoM, with a further drop in August') is not its month",
      "note-2025-06.txt",
      "Refined Tin\nRefined tin output was 14,000 mt in June. SMM expects July refined tin output to ease to 13,800 mt, down 1.4% MoM, with a further drop in August.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-07", "forecast", "output", 13800],
        ["refined-tin", "2025-07", "forecast", "mom", -0.014],
      ],
    ],
    [
      "two months combined ('June and July combined') is no month's figure; a later year's output is no month's forecast",
      "note-2025-06.txt",
      "Refined Tin\nRefined tin output was 14,000 mt in June. Output for June and July combined is put at about 27,500 mt. SMM expects 2026 refined tin output to grow by 6%.\n",
      [["refined-tin", "2025-06", "actual", "output", 14000]],
    ],
    [
      "in a December edition, '2025 output totalled N, up x% YoY' is the year to date",
      "note-2025-12.txt",
      "Refined Tin\nRefined tin output was 14,000 mt in December, up 1.0% MoM. 2025 output totalled 165,000 mt, up 3.0% YoY.\n",
      [
        ["refined-tin", "2025-12", "actual", "output", 14000],
        ["refined-tin", "2025-12", "actual", "mom", 0.01],
        ["refined-tin", "2025-12", "actual", "ytd_output", 165000],
        ["refined-tin", "2025-12", "actual", "ytd_yoy", 0.03],
      ],
    ],
    [
      "a paragraph opened by a clause about trade ('Refined tin imports stayed high:') names no part",
      "note-2025-06.txt",
      "Refined Tin\nRefined tin output was 14,000 mt in June.\nRefined tin imports stayed high: customs data show more arrivals. Over January-June, tin output totalled 82,000 mt, up 2.0% YoY.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-06", "actual", "ytd_output", 82000],
        ["refined-tin", "2025-06", "actual", "ytd_yoy", 0.02],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (realitems16)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'from the same period in 2024' is a year-on-year base",
      "note-2025-06.txt",
      "Refined Tin\nRefined tin output stood at 14,000 mt in June, down 1.5% from the previous month but up 3.5% from the same period in 2024.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-06", "actual", "mom", -0.015],
        ["refined-tin", "2025-06", "actual", "yoy", 0.035],
      ],
    ],
    [
      "'with a slight YoY increase of less than 2%' is the YoY; 'another smelter' is one producer; 'last month's data' is the month's",
      "note-2025-06.txt",
      "Refined Tin\nLast month's data show that refined tin output in June was 14,000 mt. July output is expected to fall by 8% MoM, with a slight YoY increase of less than 2%. Another smelter will stop for a long time, with a total output loss of about 3,000 mt.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-07", "forecast", "mom", -0.08],
        ["refined-tin", "2025-07", "forecast", "yoy", 0.02],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout83)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a section's CSV table of measures by month ('metric,Jun-25,May-25,MoM'): the latest month's values, the change column, a forecast row, a content row",
      "Nickel Sulphate\nmetric,Jun-25,May-25,MoM\noutput (mt Ni),21000,20000,5.0%\noutput (physical mt),95500,91000,4.9%\noperating rate,61.0%,58.5%,+2.5pp\nJul-25 forecast output (mt Ni),21500,,2.4%\nNickel sulphate output rose in June as precursor orders picked up.\n",
      [
        ["nickel-sulphate", "2025-06", "actual", "output", 21000],
        ["nickel-sulphate", "2025-05", "actual", "output", 20000],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.05],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "output", 95500],
        ["nickel-sulphate:physical-content", "2025-05", "actual", "output", 91000],
        ["nickel-sulphate:physical-content", "2025-06", "actual", "mom", 0.049],
        ["nickel-sulphate", "2025-06", "actual", "operating_rate", 0.61],
        ["nickel-sulphate", "2025-05", "actual", "operating_rate", 0.585],
        ["nickel-sulphate", "2025-06", "actual", "operating_rate_mom", 0.025],
        ["nickel-sulphate", "2025-07", "forecast", "output", 21500],
        ["nickel-sulphate", "2025-07", "forecast", "mom", 0.024],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout84)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a British note: '1.08m t', 'c.2 per cent', a remark between a change and 'and ... y/y', 'the 2025 total' in a December edition",
      "note-2025-12.txt",
      "Refined Zinc\nRefined zinc output was 0.61m t in December, up 1.5 per cent m/m on the extra day and 3.0 per cent y/y (SMM), taking the 2025 total to 7.1m t, up 4.0 per cent y/y. SMM expects January output to ease c.2 per cent m/m.\n",
      [
        ["refined-zinc", "2025-12", "actual", "output", 610000],
        ["refined-zinc", "2025-12", "actual", "mom", 0.015],
        ["refined-zinc", "2025-12", "actual", "yoy", 0.03],
        ["refined-zinc", "2025-12", "actual", "ytd_output", 7100000],
        ["refined-zinc", "2025-12", "actual", "ytd_yoy", 0.04],
        ["refined-zinc", "2026-01", "forecast", "mom", -0.02],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (realitems17)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'output across Hunan smelters' names the province's part; 'compared to the second half of 2024' is no base; 'In the full 2025' is the year's",
      "note-2025-12.txt",
      "Refined Tin\nChina produced 14,000 mt of refined tin in December, up 2.0% from November and up 5.0% compared to the second half of 2024. Output across Hunan smelters rose 9% from the same period last year. In the full 2025, output increased 3.3% from 2024.\n",
      [
        ["refined-tin", "2025-12", "actual", "output", 14000],
        ["refined-tin", "2025-12", "actual", "mom", 0.02],
        ["refined-tin:hunan", "2025-12", "actual", "yoy", 0.09],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout85)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a chart's title heads its product ('Chart 6: NPI output, metal content'); 'whose own output' is a company's; what 'the market had expected' is nobody's figure",
      "Chart 5: Refined Tin output\nCaption: Refined tin output in June 2025 rose 2.0% MoM.\n• The rise came from the largest producer, whose own output rose by about 9% MoM.\n• Output did not fall, although the market had expected a 3% drop.\n\nChart 6: NPI output, metal content\nCaption: NPI output in June 2025 was 30,100 mt in metal content; physical output was 300,000 mt.\n",
      [
        ["refined-tin", "2025-06", "actual", "mom", 0.02],
        ["npi:metal-content", "2025-06", "actual", "output", 30100],
        ["npi:physical-content", "2025-06", "actual", "output", 300000],
        ["npi", "2025-06", "actual", "output", 30100],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout86)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a newsletter's 'ZINC – REMARK' headline heads zinc; provinces as a pronoun's antecedent keep 'their combined operating rate' out; 'compare with last month'; 'together produce'",
      "REFINED TIN &#8211; OUTPUT DID NOT FALL\nRefined tin output in June 2025 was 14,000&nbsp;mt, up 2.5% compare with last month. Yunnan and Jiangxi are still short of ore, and their combined operating rate stayed at just 52%. Yunnan and Guangxi together produce 9,000 ton.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-06", "actual", "mom", 0.025],
        ["refined-tin:yunnan-and-guangxi", "2025-06", "actual", "output", 9000],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the fifth session of 2026-12-05 (heldout87, heldout88)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "a data card 'REFINED TIN | Jun-25' heads its product (a weekly rate in its bracket is left out); 'from a revised May figure of N' is May's; a company named as the subject of 'produced' is not the product",
      "REFINED TIN | Jun-25\nOutput: 14,000 mt\nMoM: +2.0%\nOp rate: 61.8% (weekly sample, last week of Jun)\n\nNICKEL SULPHATE | Jun-25\nIn June, output rose to 21,000 mt, up 5.0% from a revised May figure of 20,000 mt (previously reported as 19,800 mt). Ruiyuan produced 4,100 mt of nickel sulphate in June. In metal content, output was 21,000 Ni mt.\n",
      [
        ["refined-tin", "2025-06", "actual", "output", 14000],
        ["refined-tin", "2025-06", "actual", "mom", 0.02],
        ["nickel-sulphate", "2025-06", "actual", "output", 21000],
        ["nickel-sulphate", "2025-06", "actual", "mom", 0.05],
        ["nickel-sulphate", "2025-05", "actual", "output", 20000],
        ["nickel-sulphate:metal-content", "2025-06", "actual", "output", 21000],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (before heldout89)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "'yoy is down N%': a verb of being between the marker and the direction keeps the marker, and leads the next figure (not the previous one's trail)",
      "Refined Zinc\nIn June, zinc output was 520,000 mt; mom is up 2.1%, yoy is down 10.8%.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 520000],
        ["refined-zinc", "2025-06", "actual", "mom", 0.021],
        ["refined-zinc", "2025-06", "actual", "yoy", -0.108],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout90)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "an e-mail reply's own figures win over the quoted message's; a forecast label 'as it was' is no pronoun carrying capacity; a month in a 'because' clause dates nothing",
      "note-2025-06.txt",
      "Hi Tom,\n\nFixing my note below: zinc output in June 2025 was 512,000 mt, not 515,000 mt, so June was down 3.0% MoM (not 2.4%).\nRunning capacity at end-June was 7.1 million mt/yr. Our forecast for July stays as it was: 530,000 mt, up 3.5% MoM, mainly because June lost two days to power cuts.\n\n> From: Li\n> Zinc output in June 2025 was 515,000 mt, down 2.4% MoM.\n> Operating rate 80.2%.\n> Refined zinc exports were 9,000 mt.\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 512000],
        ["refined-zinc", "2025-06", "actual", "mom", -0.03],
        ["refined-zinc", "2025-06", "actual", "operating_capacity", 7100000],
        ["refined-zinc", "2025-07", "forecast", "output", 530000],
        ["refined-zinc", "2025-07", "forecast", "mom", 0.035],
        ["refined-zinc", "2025-06", "actual", "operating_rate", 0.802],
      ],
    ],
    [
      "an ASCII box with dot leaders reads as 'Label: value' lines; 'excl. Hunan' keeps its stop inside the clause",
      "box-2025-06.txt",
      "+--------------------------------------------+\n| KEY FIGURES - refined zinc, June 2025      |\n+--------------------------------------------+\n| Refined zinc output, Jun 2025 .... 512,000 mt |\n|   MoM .............................. -3.0%  |\n|   Operating rate ................... 80.2%  |\n|   SMM forecast, Jul 2025 ...... 530,000 mt |\n|   Zinc output excl. Hunan, MoM ..... +1.1% |\n+--------------------------------------------+\n",
      [
        ["refined-zinc", "2025-06", "actual", "output", 512000],
        ["refined-zinc", "2025-06", "actual", "mom", -0.03],
        ["refined-zinc", "2025-06", "actual", "operating_rate", 0.802],
        ["refined-zinc", "2025-07", "forecast", "output", 530000],
      ],
    ],
    [
      "a sheet range 'Product | Measure | Jun 2025 | Unit': the month column holds the values; a forecast row names its month; a part in the measure cell",
      "sheet-2025-06.txt",
      "Product\tMeasure\tJun 2025\tUnit\tNotes\nRefined nickel\tOutput\t31,500\tmt\tsurvey of 15 plants\nRefined nickel\tMoM\t-2.2%\t%\t\nRefined nickel\tJuly forecast output\t32,000\tmt\tSMM\nNPI\tHigh-grade NPI output\t28,300\tmt\tmetal content\nMemo\tGlobal nickel output\t290,000\tmt\tnot SMM\n",
      [
        ["refined-nickel", "2025-06", "actual", "output", 31500],
        ["refined-nickel", "2025-06", "actual", "mom", -0.022],
        ["refined-nickel", "2025-07", "forecast", "output", 32000],
        ["npi:high-grade", "2025-06", "actual", "output", 28300],
      ],
    ],
    [
      "subtitle cues (SRT) read as one run of sentences across cues",
      "video-2025-06.txt",
      "1\n00:00:00,000 --> 00:00:02,500\nHello and welcome.\n\n2\n00:00:02,500 --> 00:00:06,000\nSMM data show China's cobalt sulphate\noutput in June 2025\n\n3\n00:00:06,000 --> 00:00:09,000\nreached 6,100 mt,\nup 4.2% from May.\n\n4\n00:00:09,000 --> 00:00:12,000\nThat's all for today.\n",
      [
        ["cobalt-sulphate", "2025-06", "actual", "output", 6100],
        ["cobalt-sulphate", "2025-06", "actual", "mom", 0.042],
      ],
    ],
    [
      "tracked changes: the inserted text stands, the deleted text and a reviewer's comment go",
      "draft-2025-06.txt",
      "Silicon Metal\nSilicon metal output in June 2025 was [deleted: 301,000][inserted: 305,500] mt, up [deleted: 1.1%][inserted: 2.6%] MoM. [Comment K. Lu: confirm with the provincial table.]\n",
      [
        ["silicon-metal", "2025-06", "actual", "output", 305500],
        ["silicon-metal", "2025-06", "actual", "mom", 0.026],
      ],
    ],
    [
      "'Guizhou alone:' labels a province's line; a sub-heading's table of smelter groups in a one-product review gives the product's and its parts' rates, 'down 1.5 pp' in a change column the rate's change",
      "review-2025-06.txt",
      "# Magnesium Ingot Review - June 2025\n\nChina's magnesium ingot output: 80,100 mt\nGuizhou alone: 9,200 mt, -3.3% MoM\n\n## Operating rates\n\n| Plant group | Operating rate (Jun) | Change MoM |\n|---|---|---|\n| All plants | 61.0% | down 1.5 pp |\n| Large plants | 70.2% | up 0.4 pp |\n",
      [
        ["magnesium-ingot", "2025-06", "actual", "output", 80100],
        ["magnesium-ingot:guizhou", "2025-06", "actual", "output", 9200],
        ["magnesium-ingot:guizhou", "2025-06", "actual", "mom", -0.033],
        ["magnesium-ingot", "2025-06", "actual", "operating_rate", 0.61],
        ["magnesium-ingot", "2025-06", "actual", "operating_rate_mom", -0.015],
        ["magnesium-ingot:large-plants", "2025-06", "actual", "operating_rate", 0.702],
        ["magnesium-ingot:large-plants", "2025-06", "actual", "operating_rate_mom", 0.004],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (realitems20)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "'It's projected that' is no company's possessive; 'although X said ..., SMM expects' is SMM's statement; an annual operating rate is no month's",
      "Lithium Iron Phosphate\nIn June, LFP output was 120,000 mt. It's projected that LFP output in July will be about 118,000 mt, down 1.7% MoM. The industry's annual operating rate stayed below 55%. Although some plants in Hubei said July output could slip, SMM expects July output to hold at that level.\n",
      [
        ["lfp", "2025-06", "actual", "output", 120000],
        ["lfp", "2025-07", "forecast", "output", 118000],
        ["lfp", "2025-07", "forecast", "mom", -0.017],
      ],
    ],
    [
      "a part within a province ('output of dysprosium oxide in Jiangxi') is neither the part's nor the province's; 'A and B showing declines of N and M, respectively' gives each part its own",
      "Medium-heavy Rare Earth\nIn June, output fell MoM, with the production of dysprosium oxide and terbium oxide showing declines of 2.1% and 3.4%, respectively. The output of dysprosium oxide in Jiangxi decreased by 5.0% MoM.\n",
      [
        ["medium-heavy-rare-earth:dysprosium-oxide", "2025-06", "actual", "mom", -0.021],
        ["medium-heavy-rare-earth:terbium-oxide", "2025-06", "actual", "mom", -0.034],
      ],
    ],
    [
      "'alumina ... including N of metallurgical grade alumina': the catalog's alumina is the metallurgical grade, the broader total is left out",
      "Alumina\nChina's alumina output was 7.30 million mt in June, including 7.05 million mt of metallurgical grade alumina.\n",
      [["alumina", "2025-06", "actual", "output", 7050000]],
    ],
    [
      "'of which refined secondary lead N' names no qualified name of the product: the two levels stay a conflict (#N/A), never the part's figure as the product's",
      "Secondary Lead\nOutput: 320,000 mt, up 2.0% MoM, of which refined secondary lead 270,000 mt.\n",
      [["secondary-lead", "2025-06", "actual", "mom", 0.02]],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it("'flat or decline slightly' and a change that 'did not occur' give no trend; battery makers' cuts are not the product's", () => {
    const r = parseReport(
      "Antimony Ingot\nIn June, antimony ingot output rose 4.6% MoM, as the expected production cuts did not occur. SMM expects July output to remain flat or decline slightly.\n\nTernary Cathode Material\nIn June, output fell 7% MoM. Battery companies reduced their year-end production schedules due to weakening expectations for a rush.\n",
      { fileName: "note-2025-06.txt" },
    );
    const trends = (r.edition?.trends ?? []).map((t) => [t.product, t.period, t.basis, t.direction]);
    expect(trends).toEqual([
      ["antimony-ingot", "2025-06", "actual", "up"],
      ["ternary-cathode-material", "2025-06", "actual", "down"],
    ]);
  });

  it("a 'Supply Side' heading is no new product", () => {
    const r = parseReport(
      "Lithium Hydroxide Review\n\nSupply Side\n\nIn 2025, supply side pressure eased as lithium hydroxide output rose; the industry's operating rate stayed below 50% through the year.\n",
      { fileName: "note-2025-12.txt" },
    );
    expect(r.issues.some((i) => i.code === "unknown-heading" && /added as product/.test(i.message))).toBe(false);
    expect((r.edition?.observations ?? []).some((o) => o.product === "supply-side")).toBe(false);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout89)", () => {
  test.each<[string, string, Array<[string, string, string, string, number]>]>([
    [
      "'up 6.3 per cent against May 2024' is YoY; 'against April' is MoM",
      "Primary Lead\nPrimary lead production eased by 2.1 per cent against April, to 238kt in May, though it was up 6.3 per cent against May 2024.\n",
      [
        ["primary-lead", "2025-05", "actual", "mom", -0.021],
        ["primary-lead", "2025-05", "actual", "output", 238000],
        ["primary-lead", "2025-05", "actual", "yoy", 0.063],
      ],
    ],
    [
      "'nickel-content output' (hyphenated) is NPI's metal content, as 'nickel content output' (and the contract's product-level copy)",
      "Nickel Pig Iron\nSMM forecasts July nickel-content output of 42,500 tonnes, up 1.9% month-on-month.\n",
      [
        ["npi:metal-content", "2025-07", "forecast", "output", 42500],
        ["npi:metal-content", "2025-07", "forecast", "mom", 0.019],
        ["npi", "2025-07", "forecast", "output", 42500],
        ["npi", "2025-07", "forecast", "mom", 0.019],
      ],
    ],
    [
      "'Pr-Nd oxide ..., with alloy output ...': the part's shared prefix left out; 'SMM projects a further decline in July, to about N t'; new capacity that lifts output gives the output's change",
      "Light Rare Earth\nPr-Nd oxide output was 5,230 mt in June, and Pr-Nd alloy output 4,110 mt. SMM expects Pr-Nd oxide output to be little changed in July, with alloy output edging up around 2 per cent.\n\nPolysilicon\nPolysilicon output fell 9.6% MoM to 20,700 t in June. SMM projects a further decline in July, to about 18,900 t.\n\nLithium Hydroxide\nOutput was about 4,100 t in June. New capacity in Jiangxi should lift July output by 7 per cent on the month.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2025-06", "actual", "output", 5230],
        ["light-rare-earth:pr-nd-alloy", "2025-06", "actual", "output", 4110],
        ["light-rare-earth:pr-nd-alloy", "2025-07", "forecast", "mom", 0.02],
        ["polysilicon", "2025-06", "actual", "mom", -0.096],
        ["polysilicon", "2025-06", "actual", "output", 20700],
        ["polysilicon", "2025-07", "forecast", "output", 18900],
        ["lithium-hydroxide", "2025-06", "actual", "output", 4100],
        ["lithium-hydroxide", "2025-07", "forecast", "mom", 0.07],
      ],
    ],
  ])("%s", (_name, text, want) => {
    expect(figures(text, "note-2025-06.txt")).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout91, heldout92, realitems21)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "the statistics bureau's figure is another source's; 'rise 3.5% in August and reach about N mt in September': each month its own figure",
      "note-2025-07.txt",
      "Nickel Pig Iron\nSMM data showed NPI output rose 4.1% MoM in July to 39,800 mt in nickel content. The bureau also said first-half output reached 230,000 mt. SMM expects NPI metal output to rise another 3.5% in August and to reach about 45,000 mt of nickel in September.\n",
      [
        ["npi:metal-content", "2025-07", "actual", "mom", 0.041],
        ["npi:metal-content", "2025-07", "actual", "output", 39800],
        ["npi", "2025-08", "forecast", "mom", 0.035],
        ["npi:metal-content", "2025-09", "forecast", "output", 45000],
        ["npi", "2025-07", "actual", "mom", 0.041],
        ["npi", "2025-07", "actual", "output", 39800],
        ["npi", "2025-09", "forecast", "output", 45000],
      ],
    ],
    [
      "a month named with days it does not have ('May (30 calendar days)') is in doubt; a level that disagrees with its own daily average times the days is left out",
      "note-2025-06.txt",
      "Alumina\nChina produced 7.4 million mt of alumina in May (30 calendar days), up 4.5% on the year. Output in July (31 days) is expected at around 4.1 million mt, with an average daily output of 232,000 mt.\n",
      [],
    ],
    [
      "a month in an 'as' clause after the figure dates nothing; 'in Yunnan alone the rate reached N' is the province's; a province in a fronted 'With ...' clause is no part of the rate",
      "note-2025-06.txt",
      "Alumina\nShanxi alone lifted output by 14% MoM as refineries there restarted lines shut in April.\n\nRefined Tin\nThe operating rate of the sample smelters was 58.3%; in Yunnan alone the rate reached 65.1%.\n\nCopper Cathode\nWith two large smelters in Jiangxi and Anhui under maintenance, the operating rate fell 1.9 percentage points MoM to 83.5%.\n",
      [
        ["alumina:shanxi", "2025-06", "actual", "mom", 0.14],
        ["refined-tin", "2025-06", "actual", "operating_rate", 0.583],
        ["refined-tin:yunnan", "2025-06", "actual", "operating_rate", 0.651],
        ["copper-cathode", "2025-06", "actual", "operating_rate_mom", -0.019],
        ["copper-cathode", "2025-06", "actual", "operating_rate", 0.835],
      ],
    ],
    [
      "a late edition's 'preliminary July figure' is no forecast; an early estimate that 'circulated' is superseded; 'revised July output up to N' is no bound",
      "note-2025-06.txt",
      "Magnesium Ingot\nChina's magnesium ingot output in June 2025 was 76,300 mt, down 4.4% MoM. An early estimate circulated at the start of July put June output at 77,800 mt; the figure above replaces it. SMM also revised May output up to 79,800 mt. We can already give a preliminary July figure: output recovered to roughly 78,900 mt, up 3.4% MoM.\n",
      [
        ["magnesium-ingot", "2025-06", "actual", "output", 76300],
        ["magnesium-ingot", "2025-06", "actual", "mom", -0.044],
        ["magnesium-ingot", "2025-05", "actual", "output", 79800],
      ],
    ],
    [
      "an operating capacity 'as of early July' in the June edition is June's closing status (a direct statement wins); 'high-NPI' and 'low NPI' are the grades",
      "note-2025-06.txt",
      "Alumina\nAlumina output was 7.3 million mt in June. As of early July, operating capacity stood at 92.1 million mt/year.\n\nNickel Pig Iron\nIn June, high-NPI output was 35,900 mt, down 6.9% m-o-m, and low NPI output was 7,700 mt.\n",
      [
        ["alumina", "2025-06", "actual", "output", 7300000],
        ["alumina", "2025-06", "actual", "operating_capacity", 92100000],
        ["npi:high-grade", "2025-06", "actual", "output", 35900],
        ["npi:high-grade", "2025-06", "actual", "mom", -0.069],
        ["npi:low-grade", "2025-06", "actual", "output", 7700],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout93, realitems22)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a forecast label's list of ';'-items each led by a product's short name: each item is its product's, in the label's month ('May: Cu back up ~3%' too)",
      "note-2016-03.txt",
      "Magnesium\nMagnesium: 71.5kt, -3.4% m/m.\n\nApr f'casts: Cu -2.0% m/m (maintenance); Al ~2.55Mt; Zn +3.0%; SS 1.9Mt; Mg +1%. May: Cu back up ~3%.\n",
      [
        ["magnesium-ingot", "2016-03", "actual", "output", 71500],
        ["magnesium-ingot", "2016-03", "actual", "mom", -0.034],
        ["copper-cathode", "2016-04", "forecast", "mom", -0.02],
        ["aluminum", "2016-04", "forecast", "output", 2550000],
        ["refined-zinc", "2016-04", "forecast", "mom", 0.03],
        ["stainless-steel", "2016-04", "forecast", "output", 1900000],
        ["magnesium-ingot", "2016-04", "forecast", "mom", 0.01],
        ["copper-cathode", "2016-05", "forecast", "mom", 0.03],
      ],
    ],
    [
      "run-in lines 'Name: ...' head their product even when words come before the figure; a later label naming other products closes the last one",
      "note-2016-03.txt",
      "Copper cathode: 712kt, +3.1% m/m.\nRefined zinc: 468kt, +4.9% m/m.\nPrimary lead 321kt, -1.8% m/m.\nRefined tin: output flat m/m at ~13.6kt; op rate 47.3%.\nApril view: SMM expects copper cathode output to rise 1.5% MoM.\n",
      [
        ["copper-cathode", "2016-03", "actual", "output", 712000],
        ["copper-cathode", "2016-03", "actual", "mom", 0.031],
        ["refined-zinc", "2016-03", "actual", "output", 468000],
        ["refined-zinc", "2016-03", "actual", "mom", 0.049],
        ["primary-lead", "2016-03", "actual", "output", 321000],
        ["primary-lead", "2016-03", "actual", "mom", -0.018],
        ["refined-tin", "2016-03", "actual", "output", 13600],
        ["refined-tin", "2016-03", "actual", "operating_rate", 0.473],
        ["copper-cathode", "2016-04", "forecast", "mom", 0.015],
      ],
    ],
    [
      "'in Hebei was generally stable, and the operating rate rose by 0.8%' is Hebei's; a month in ', some refineries resumed ... in early February' dates nothing; '#1 silver' is the product",
      "note-2024-01.txt",
      "Alumina\nThe alumina production in Hebei was generally stable, and the operating rate rose by 0.8% to 88.3%; in Shandong, the operating rate was up 1.6% to 95.2%, some local refineries resumed normal production in early February.\n\nSilver\nIn January, the production of #1 silver dropped 0.5% MoM.\n",
      [
        ["alumina:hebei", "2024-01", "actual", "operating_rate_mom", 0.008],
        ["alumina:hebei", "2024-01", "actual", "operating_rate", 0.883],
        ["alumina:shandong", "2024-01", "actual", "operating_rate_mom", 0.016],
        ["alumina:shandong", "2024-01", "actual", "operating_rate", 0.952],
        ["silver", "2024-01", "actual", "mom", -0.005],
      ],
    ],
    [
      "an outlook split over two sentences ('SMM expects a rebound. The increase is put at about 2.5%.'); a sentence adverb ('nonetheless') names no part",
      "note-2016-07.txt",
      "Copper Cathode\nOutput of copper cathode nonetheless rose 2.1% in July. Looking ahead, SMM expects production to recover in August. The increase is put at about 2.5%.\n",
      [
        ["copper-cathode", "2016-07", "actual", "mom", 0.021],
        ["copper-cathode", "2016-08", "forecast", "mom", 0.025],
      ],
    ],
    [
      "a tonnage change that the two stated levels contradict is left out ('increase by more than 10,000 mt' beside 262,200 then 269,000); a revision 'to N, up X% MoM, from the M, up Y% MoM' keeps the new figures",
      "note-2022-07.txt",
      "Primary Lead\nChina produced 262,200 mt of primary lead in July, up 3.18% MoM. Output in August is expected to increase by more than 10,000 mt, to 269,000 mt. SMM has revised June output to 254,100 mt, up 1.2% MoM, from the 251,000 mt, up 0.4% MoM, published last month.\n",
      [
        ["primary-lead", "2022-07", "actual", "output", 262200],
        ["primary-lead", "2022-07", "actual", "mom", 0.0318],
        ["primary-lead", "2022-08", "forecast", "output", 269000],
        ["primary-lead", "2022-06", "actual", "output", 254100],
        ["primary-lead", "2022-06", "actual", "mom", 0.012],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout95, heldout96)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a 'July forecast | MoM' table gives each row's July forecast and its change; 'SMM has lowered its July zinc forecast to N, a decline of X% MoM' replaces the table's row",
      "note-2015-06.txt",
      "Molybdenum Concentrate\nMolybdenum concentrate output in June 2015 was 19,400 mt, down 3.0% MoM.\n\nJuly outlook\n\n| Product | July forecast | MoM | Notes |\n|---|---|---|---|\n| Copper cathode | 661,000 mt | +1.3% | maintenance ends |\n| Refined zinc | 535,000 mt | +1.5% | |\n\nSince the table was compiled, SMM has lowered its July zinc forecast to 519,000 mt, a decline of 1.5% MoM, after a Hunan smelter announced a three-week shutdown.\n",
      [
        ["molybdenum-concentrate", "2015-06", "actual", "output", 19400],
        ["molybdenum-concentrate", "2015-06", "actual", "mom", -0.03],
        ["copper-cathode", "2015-07", "forecast", "output", 661000],
        ["copper-cathode", "2015-07", "forecast", "mom", 0.013],
        ["refined-zinc", "2015-07", "forecast", "output", 519000],
        ["refined-zinc", "2015-07", "forecast", "mom", -0.015],
      ],
    ],
    [
      "a month's column of a table with no unit holds tonnes when its cells are counts with thousands separators ('861,500*' too); 'NPI physical output' is the physical content",
      "note-2014-08.txt",
      "Product                 Jul 2014     Aug 2014    MoM Aug\nSilicomanganese         861,500*     829,000     -3.8%\nHC ferrochrome          368,400      377,600     +2.5%\n\nNickel Pig Iron\nNPI physical output fell 3.8% MoM in August while the metal content fell 4.3%.\n",
      [
        ["simn-alloy", "2014-08", "actual", "output", 829000],
        ["simn-alloy", "2014-08", "actual", "mom", -0.038],
        ["high-carbon-ferrochrome", "2014-08", "actual", "output", 377600],
        ["high-carbon-ferrochrome", "2014-08", "actual", "mom", 0.025],
        ["npi:physical-content", "2014-08", "actual", "mom", -0.038],
        ["npi:metal-content", "2014-08", "actual", "mom", -0.043],
        ["npi", "2014-08", "actual", "mom", -0.043],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the sixth session of 2026-12-05 (heldout97, realitems23)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Jinchuan Group, the largest producer, lifted its output by about 5% MoM after completing its April maintenance' is a company's figure; a month in an 'after' clause dates nothing",
      "note-2014-05.txt",
      "Refined Nickel\nIn May 2014, China's refined nickel production increased by 2.35% MoM. Jinchuan Group, the largest producer, lifted its output by about 5% MoM after completing its April maintenance.\n\nRefined Zinc\nZinc output rose 1.1% MoM after a slow April.\n",
      [
        ["refined-nickel", "2014-05", "actual", "mom", 0.0235],
        ["refined-zinc", "2014-05", "actual", "mom", 0.011],
      ],
    ],
    [
      "'a month on month decrease of 6.57% in physical tons and a year-on-year decrease of 4.18% in metal tons': each change's own content (a change marked physical stands in for no metal-content level, since the eleventh session)",
      "note-2024-01.txt",
      "Nickel Pig Iron\nIn January 2024, NPI production was 28,400 nickel tons and 647,000 physical tons, with a month on month decrease of 6.57% in physical tons and a year-on-year decrease of 4.18% in metal tons.\n",
      [
        ["npi:metal-content", "2024-01", "actual", "output", 28400],
        ["npi:physical-content", "2024-01", "actual", "output", 647000],
        ["npi:physical-content", "2024-01", "actual", "mom", -0.0657],
        ["npi:metal-content", "2024-01", "actual", "yoy", -0.0418],
        ["npi", "2024-01", "actual", "output", 28400],
        ["npi", "2024-01", "actual", "yoy", -0.0418],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the seventh session of 2026-12-05 (while the first batches were written)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'to keep high operating rates which rose 4.4% YoY': a bare 'high' is an adjective, no grade, where the product has no high and low grades",
      "note-2019-06.txt",
      "Copper Cathode\nIn June 2019, China's copper cathode output rose 1.5% MoM. Strong acid prices helped smelters to keep high operating rates which rose 4.4% YoY.\n\nNPI\nIn June 2019, high NPI output rose 2.2% MoM.\n",
      [
        ["copper-cathode", "2019-06", "actual", "mom", 0.015],
        ["npi:high-grade", "2019-06", "actual", "mom", 0.022],
      ],
    ],
    [
      "'output is likely to total 4.3 million mt, up 5.5%': the verb 'total' states a level, not a change",
      "note-2019-06.txt",
      "Copper Cathode\nIn June 2019, China's copper cathode output rose 1.5% MoM. For the first seven months of 2019, output is likely to total 4.3 million mt, up 5.5% from the same period last year.\n",
      [
        ["copper-cathode", "2019-06", "actual", "mom", 0.015],
        ["copper-cathode", "2019-07", "forecast", "ytd_output", 4300000],
        ["copper-cathode", "2019-07", "forecast", "ytd_yoy", 0.055],
      ],
    ],
    [
      "plants 'in Fangchenggang and Wuzhou in Guangxi' are some of the province's, no part; 'In terms of imports, ... the output fell' is the exporter's",
      "note-2019-08.txt",
      "Copper Cathode\nIn August 2019, China's copper cathode output fell 3.3% MoM. The smelters in Fangchenggang and Wuzhou in Guangxi cut production by about 15% in August. In terms of imports, as an African smelter shut for maintenance, the output fell by about 20,000 mt.\n",
      [["copper-cathode", "2019-08", "actual", "mom", -0.033]],
    ],
    [
      "'SMM is looking at a rebound of around six percent' is SMM's outlook",
      "note-2019-08.txt",
      "Copper Cathode\nHOST: And the outlook? ANALYST: SMM is looking at a rebound of around six percent for copper in September.\n",
      [["copper-cathode", "2019-09", "forecast", "mom", 0.06]],
    ],
    [
      "'while SMM had expected a 4% increase' is an earlier forecast, not the month's change; 'beating SMM's earlier forecast by about 120 mt' is the distance from it; a small early LFP output is no misread; 'a beat of 1,300 mt' is the distance, and the next sentence's 'That' is the output",
      "note-2019-08.txt",
      "Lithium Carbonate\nLithium carbonate output was 5,200 mt in August 2019, up 3.1% MoM, while SMM had expected a 4% increase.\n\nLFP\nLFP output in August 2019 was 2,810 mt, up 12% MoM, beating SMM's earlier forecast by about 120 mt.\n\nTernary Cathode Precursor\nAugust output 41,800 mt vs the July call of 40,500 mt: a beat of 1,300 mt. That was up 4.4% MoM.\n",
      [
        ["lithium-carbonate", "2019-08", "actual", "output", 5200],
        ["lithium-carbonate", "2019-08", "actual", "mom", 0.031],
        ["lfp", "2019-08", "actual", "output", 2810],
        ["lfp", "2019-08", "actual", "mom", 0.12],
        ["lfp", "2019-08", "actual", "vs_expected_chg", 120],
        ["ternary-cathode-precursor", "2019-08", "actual", "output", 41800],
        ["ternary-cathode-precursor", "2019-08", "forecast", "output", 40500],
        ["ternary-cathode-precursor", "2019-08", "actual", "vs_expected_chg", 1300],
        ["ternary-cathode-precursor", "2019-08", "actual", "mom", 0.044],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the seventh session of 2026-12-05 (second and third rounds)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a table's row labelled by a month is the product's, dated by the label; 'and Pr-Nd alloy fell 5.6%' is the part just named; 'Year to date,' opens a cumulative figure; the market's expectation is no SMM forecast; a 'bid winning capacity' is tender awards",
      "note-2019-09.txt",
      "Aluminium\nChina primary aluminium output, last three months:\nMonth | Output (mt) | MoM\nAug 2019 | 3,002,300 | 0.6%\nSep 2019 | 2,984,800 | -0.6%\n\nLight Rare Earth\nPr-Nd oxide output fell 8.4% MoM in September 2019 and Pr-Nd alloy fell 5.6%, as separation plants slowed.\n\nLithium Carbonate\nYear to date, lithium carbonate output reached 52,100 mt, up 6.5% YoY. Output came in about 2,000 mt above what the market had expected.\n\nPV Module\nThe total PV module bid winning capacity in September was about 10.72GW.\n",
      [
        ["aluminum", "2019-08", "actual", "output", 3002300],
        ["aluminum", "2019-08", "actual", "mom", 0.006],
        ["aluminum", "2019-09", "actual", "output", 2984800],
        ["aluminum", "2019-09", "actual", "mom", -0.006],
        ["light-rare-earth:pr-nd-oxide", "2019-09", "actual", "mom", -0.084],
        ["light-rare-earth:pr-nd-alloy", "2019-09", "actual", "mom", -0.056],
        ["lithium-carbonate", "2019-09", "actual", "ytd_output", 52100],
        ["lithium-carbonate", "2019-09", "actual", "ytd_yoy", 0.065],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the seventh session of 2026-12-05 (last round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Large recyclers, those with annual capacity of more than 50,000 mt, ran at an operating rate of 48.5%' is the tier's rate; after 'The plant announced a restart ...', 'the total production was about 21,000 mt' is the plant's",
      "note-2019-04.txt",
      "Secondary Lead\nIn April 2019, China's secondary lead output rose 3.1% MoM. Large recyclers, those with annual capacity of more than 50,000 mt, ran at an operating rate of 48.5% in April, up 6.3 percentage points from March.\n\nOverseas Aluminium\nRussia: April total production increased by 2.9% YoY. The increase came from the restart of a Siberian smelter. The plant announced a restart in early 2018, but progress was slow. In April, the total production was about 21,000 mt.\n",
      [
        ["secondary-lead", "2019-04", "actual", "mom", 0.031],
        ["secondary-lead:large-recyclers", "2019-04", "actual", "operating_rate", 0.485],
        ["secondary-lead:large-recyclers", "2019-04", "actual", "operating_rate_mom", 0.063],
        ["overseas-aluminum:russia", "2019-04", "actual", "yoy", 0.029],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("directions of the seventh session of 2026-12-05", () => {
  const trendsOf = (text: string): string[] => trendsIn(text, "note-2019-08.txt", "plain");
  it("'is expected to pick up in September as LCO orders improve': the orders of a reason clause are not the change's object", () => {
    expect(trendsOf("Co3O4\nCo3O4 production is expected to pick up in September as LCO orders for smartphone batteries improve.\n")).toContain(
      "co3o4 2019-09 forecast up",
    );
  });
});

describe("rules from the eighth session of 2026-12-05", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'revised up to X from the preliminary Y': X is the month's; a clause naming its own month after a full-year total is that month's; a call's month after the figure is no figure's month; the reason clause's week is not the forecast's",
      "note-2016-12.txt",
      "Refined Zinc\nIn December 2016, refined zinc output was 472,000 mt, up 1.1% MoM and 6.4% YoY, topping SMM's November forecast by 2,300 mt. November output has been revised up to 469,500 mt from the preliminary 466,100 mt. Full-year 2016 output came to 5.61 million mt, up 2.2% YoY, and zinc alloy output in December was about 61,000 mt.\n\nRefined Tin\nSMM expects refined tin output to fall by about 8% MoM in January as Gejiu smelters close for the holiday in the final week of the month.\n",
      [
        ["refined-zinc", "2016-12", "actual", "output", 472000],
        ["refined-zinc", "2016-12", "actual", "mom", 0.011],
        ["refined-zinc", "2016-12", "actual", "yoy", 0.064],
        ["refined-zinc", "2016-12", "actual", "vs_expected_chg", 2300],
        ["refined-zinc", "2016-11", "actual", "output", 469500],
        ["refined-zinc", "2016-12", "actual", "ytd_output", 5610000],
        ["refined-zinc", "2016-12", "actual", "ytd_yoy", 0.022],
        ["refined-zinc:zinc-alloy", "2016-12", "actual", "output", 61000],
        ["refined-tin", "2017-01", "forecast", "mom", -0.08],
      ],
    ],
    [
      "'the four largest producers' are some of the industry; rumours and what traders had predicted are no figures; 'an expected drop of' is an outlook; 'SMM has revised its June figure to'",
      "note-2016-06.txt",
      "LFP\nLFP output rose 4.4% MoM in June 2016 to 5,200 mt. Output from the four largest producers fell 2% MoM.\n\nPV Glass\nThere were rumours in the glass market that kilns would cut production by 20%.\n\nSecondary Lead\nSecondary lead output rose 2.1% MoM in June 2016. The 8% drop that some dealers had predicted did not happen.\n\nSilicon Metal\nSilicon metal plants trimmed schedules this month, with an expected drop of over 6%.\n\nMagnesium Ingot\nMagnesium ingot output was 71,000 mt in June 2016. SMM has revised its May figure to 69,800 mt from the 68,900 mt published last month.\n",
      [
        ["lfp", "2016-06", "actual", "mom", 0.044],
        ["lfp", "2016-06", "actual", "output", 5200],
        ["secondary-lead", "2016-06", "actual", "mom", 0.021],
        ["silicon-metal", "2016-07", "forecast", "mom", -0.06],
        ["magnesium-ingot", "2016-06", "actual", "output", 71000],
        ["magnesium-ingot", "2016-05", "actual", "output", 69800],
      ],
    ],
    [
      "a content named right after a figure is its unit ('accounted for 9,100 mt of metal content, up 6.1% MoM'); a plan's month before a semicolon dates the plan; 'the sector's' operating rate is the product's; polysilicon's early size; 'up 5.2% MoM and nearly double the level of a year earlier'",
      "note-2009-10.txt",
      "NPI\nHigh-grade NPI accounted for 9,100 mt of metal content, up 6.1% MoM, in October 2009. Low-grade NPI output did not rise as some producers had planned in September; it fell to 2,100 mt in metal content, down 4.5% MoM.\n\nPolysilicon\nChina produced about 1,700 mt of polysilicon in October 2009, up 5.2% MoM and nearly double the level of a year earlier. The sector's operating rate was 58%.\n",
      [
        ["npi:high-grade", "2009-10", "actual", "output", 9100],
        ["npi:high-grade", "2009-10", "actual", "mom", 0.061],
        ["npi:low-grade", "2009-10", "actual", "output", 2100],
        ["npi:low-grade", "2009-10", "actual", "mom", -0.045],
        ["polysilicon", "2009-10", "actual", "output", 1700],
        ["polysilicon", "2009-10", "actual", "mom", 0.052],
        ["polysilicon", "2009-10", "actual", "operating_rate", 0.58],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eighth session of 2026-12-05 (second round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Their operating rate' right after a sentence about a tier of plants is the tier's; a grade's range in the name ('with a nickel content of 8-12%') does not hide the grade; 'may drop by as much as 12%'",
      "note-2009-11.txt",
      "Copper\nCopper cathode output rose 2.2% MoM in November 2009. Small smelters accounted for most of the fall in scrap use. Their operating rate slipped to 55.1%, down 1.8 percentage points MoM. The industry's operating rate was 80.2%.\n\nNPI\nHigh-grade NPI with a nickel content of 8-12% accounted for 4,100 mt of the metal content, up 9.3% MoM. SMM expects January output may drop by as much as 12% for the holiday.\n",
      [
        ["copper-cathode", "2009-11", "actual", "mom", 0.022],
        ["copper-cathode:small-smelters", "2009-11", "actual", "operating_rate", 0.551],
        ["copper-cathode:small-smelters", "2009-11", "actual", "operating_rate_mom", -0.018],
        ["copper-cathode", "2009-11", "actual", "operating_rate", 0.802],
        ["npi:high-grade", "2009-11", "actual", "output", 4100],
        ["npi:high-grade", "2009-11", "actual", "mom", 0.093],
        ["npi", "2010-01", "forecast", "mom", -0.12],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eighth session of 2026-12-05 (third round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'SMM estimates that output reached' is the month's; 'its output' after a colon is the sentence's opening name; 'with secondary refined lead up about 3%' is the part's; 'refined secondary lead' and 'crude lead' are secondary lead's parts; a place 'which accounts for 30% of national output' is a part; 'in June last year' is last year's",
      "note-2009-06.txt",
      "NPI\nSMM estimates that NPI output reached 5,800 mt in nickel content in June 2009, up 12% MoM. High-grade NPI, made in electric furnaces, led the gain: its output rose to 3,300 mt in nickel content, up 21% MoM.\n\nSecondary Lead\nRefined secondary lead rose 4.1% MoM to 48,000 mt in June 2009, and crude lead output was 27,000 mt, up 2.2% MoM. SMM expects secondary lead output to rise by around 3,000 mt MoM in July, with secondary refined lead up about 3% MoM.\n\nNdFeB\nNdFeB output rose slightly in June 2009. Baotou, which accounts for about 30% of national output, raised its production by 6% MoM.\n\nRefined Bismuth\nBismuth output fell by about 9% MoM in June 2009, compared with about 1,300 mt in June last year.\n",
      [
        ["npi:metal-content", "2009-06", "actual", "output", 5800],
        ["npi:metal-content", "2009-06", "actual", "mom", 0.12],
        ["npi:high-grade", "2009-06", "actual", "output", 3300],
        ["npi:high-grade", "2009-06", "actual", "mom", 0.21],
        ["secondary-lead:refined", "2009-06", "actual", "mom", 0.041],
        ["secondary-lead:refined", "2009-06", "actual", "output", 48000],
        ["secondary-lead:crude", "2009-06", "actual", "output", 27000],
        ["secondary-lead:crude", "2009-06", "actual", "mom", 0.022],
        ["secondary-lead", "2009-07", "forecast", "mom_chg", 3000],
        ["secondary-lead:refined", "2009-07", "forecast", "mom", 0.03],
        ["refined-bismuth", "2009-06", "actual", "mom", -0.09],
        ["npi", "2009-06", "actual", "output", 5800],
        ["npi", "2009-06", "actual", "mom", 0.12],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eighth session of 2026-12-05 (fourth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a company in a 'With ...' clause before 'SMM expects' is the reason's; 'The May figure has been revised up to'; a comparison of the next clause's output is not this one's; 'Hunan, home to most of the capacity, produced'; 'Guangxi saw output fall'; 'exceeding SMM's June forecast by'; 'above SMM's June forecast'; a level against the forecast's own level is no distance",
      "note-2009-06.txt",
      "Refined Nickel\nRefined nickel output fell 3.1% MoM to 11,900 mt in June 2009. With Jinchuan's furnace back from repairs, SMM expects July output to recover to 12,600 mt.\n\nSecondary Lead\nSecondary lead output reached 101,000 mt in June 2009, up 3.9% MoM. The May figure has been revised up to 97,200 mt from 96,100 mt. SMM expects July output to rise by a further 2,000 mt, and August output to be about 3% lower than July's.\n\nAPT\nAPT output was 4,700 mt in June 2009, down 4.1% MoM, exceeding SMM's May forecast by 150 mt. Hunan, home to most of the capacity, produced 1,900 mt, down 6.2% MoM.\n\nRefined Tin\nRefined tin output was 10,100 mt in June 2009, about 300 mt above SMM's May forecast. Guangxi saw output fall 5.5% MoM.\n\nCopper\nJune output 355,000 mt vs SMM's May forecast of 351,000 mt.\n",
      [
        ["refined-nickel", "2009-06", "actual", "mom", -0.031],
        ["refined-nickel", "2009-06", "actual", "output", 11900],
        ["refined-nickel", "2009-07", "forecast", "output", 12600],
        ["secondary-lead", "2009-06", "actual", "output", 101000],
        ["secondary-lead", "2009-06", "actual", "mom", 0.039],
        ["secondary-lead", "2009-05", "actual", "output", 97200],
        ["secondary-lead", "2009-07", "forecast", "mom_chg", 2000],
        ["secondary-lead", "2009-08", "forecast", "mom", -0.03],
        ["ammonium-paratungstate", "2009-06", "actual", "output", 4700],
        ["ammonium-paratungstate", "2009-06", "actual", "mom", -0.041],
        ["ammonium-paratungstate", "2009-06", "actual", "vs_expected_chg", 150],
        ["ammonium-paratungstate:hunan", "2009-06", "actual", "output", 1900],
        ["ammonium-paratungstate:hunan", "2009-06", "actual", "mom", -0.062],
        ["refined-tin", "2009-06", "actual", "output", 10100],
        ["refined-tin", "2009-06", "actual", "vs_expected_chg", 300],
        ["refined-tin:guangxi", "2009-06", "actual", "mom", -0.055],
        ["copper-cathode", "2009-06", "actual", "output", 355000],
        ["copper-cathode", "2009-06", "forecast", "output", 351000],
      ],
    ],
    [
      "'In June last year, output had fallen by 8%' is last year's; 'while small smelters held at 58.5%' is the tier's rate",
      "note-2009-06.txt",
      "Lead\nIn June 2009, primary lead output rose 2.2% MoM. In June last year, output had fallen by 7% MoM as plants closed.\n\nCopper\nThe copper cathode operating rate in June 2009 was 81.2%; large smelters operated at 86.4%, while small smelters held at 58.5%.\n",
      [
        ["primary-lead", "2009-06", "actual", "mom", 0.022],
        ["copper-cathode", "2009-06", "actual", "operating_rate", 0.812],
        ["copper-cathode:large-smelters", "2009-06", "actual", "operating_rate", 0.864],
        ["copper-cathode:small-smelters", "2009-06", "actual", "operating_rate", 0.585],
      ],
    ],
    [
      "'as acid could not be shipped' is no outlook; 'above the forecast SMM published in May' and 'exceeding the forecast SMM made in May by' are distances from it, dated by the edition",
      "note-2009-06.txt",
      "Primary Lead\nPrimary lead production posted 121,300 mt in June 2009, down 4.4% MoM, as acid could not be shipped out by rail.\n\nCopper\nCopper cathode output rose 1.9% MoM in June 2009, coming in 2,300 mt above the forecast SMM published in May.\n\nAluminium\nAluminium output rose 2.6% MoM in June 2009, exceeding the forecast SMM made in May by about 25,000 mt.\n",
      [
        ["primary-lead", "2009-06", "actual", "output", 121300],
        ["primary-lead", "2009-06", "actual", "mom", -0.044],
        ["copper-cathode", "2009-06", "actual", "mom", 0.019],
        ["copper-cathode", "2009-06", "actual", "vs_expected_chg", 2300],
        ["aluminum", "2009-06", "actual", "mom", 0.026],
        ["aluminum", "2009-06", "actual", "vs_expected_chg", 25000],
      ],
    ],
    [
      "what a cause is expected to do to the output is the output's change, the plants in the cause no part ('maintenance at two smelters is expected to reduce refined zinc production by about 1.5%'); plants that cut their own output are some of the industry",
      "note-2009-06.txt",
      "Refined Zinc\nRefined zinc output rose 1.1% MoM in June 2009. For July, maintenance at two smelters in Hunan is expected to reduce refined zinc production by about 1.5% MoM.\n\nRefined Tin\nRefined tin output rose 2.3% MoM in June 2009. Some smelters are expected to reduce tin production by about 4% in July.\n",
      [
        ["refined-zinc", "2009-06", "actual", "mom", 0.011],
        ["refined-zinc", "2009-07", "forecast", "mom", -0.015],
        ["refined-tin", "2009-06", "actual", "mom", 0.023],
      ],
    ],
    [
      "'Total lead output, primary plus secondary, rose 0.9%' is the sum of two products, neither one's",
      "note-2009-06.txt",
      "Secondary Lead\nSecondary lead output fell 2.2% MoM in June 2009. Total lead output, primary plus secondary, rose 0.9% MoM.\n",
      [["secondary-lead", "2009-06", "actual", "mom", -0.022]],
    ],
    [
      "'January's metal-content figure has been revised to X' gives January's output",
      "note-2009-02.txt",
      "NPI\nNPI output fell 12% MoM to 5,100 mt in nickel content in February 2009. January's metal-content figure has been revised to 5,800 mt from 5,650 mt.\n",
      [
        ["npi:metal-content", "2009-02", "actual", "mom", -0.12],
        ["npi:metal-content", "2009-02", "actual", "output", 5100],
        // (the hyphenated "metal-content" names the content, since the thirteenth session)
        ["npi:metal-content", "2009-01", "actual", "output", 5800],
        ["npi", "2009-02", "actual", "mom", -0.12],
        ["npi", "2009-02", "actual", "output", 5100],
        ["npi", "2009-01", "actual", "output", 5800],
      ],
    ],
    [
      "'Jinchuan Group, whose cathode output dropped by 900 mt' is the company's; 'Shanxi producers offset the loss, raising output by about 500 mt' is the province's",
      "note-2007-07.txt",
      "Refined Nickel\nRefined nickel output fell 4.2% MoM in July 2007. The fall came mainly from Jinchuan Group, whose cathode output dropped by roughly 900 mt.\n\nMagnesium Ingot\nMagnesium ingot output rose 1.2% MoM in July 2007. Shanxi producers offset the loss, raising output by about 500 mt.\n",
      [
        ["refined-nickel", "2007-07", "actual", "mom", -0.042],
        ["magnesium-ingot", "2007-07", "actual", "mom", 0.012],
        ["magnesium-ingot:shanxi", "2007-07", "actual", "mom_chg", 500],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("directions of the eighth session of 2026-12-05", () => {
  const trendsOf = (text: string): string[] => trendsIn(text, "note-2016-06.txt", "magnitude");
  it("'a new reduction furnace line' names equipment, not a fall", () => {
    expect(
      trendsOf("Sponge Titanium\nIn July, a new reduction furnace line in Liaoning starts, and SMM expects sponge titanium output to increase.\n"),
    ).toEqual(["sponge-titanium 2016-07 forecast up"]);
  });
  it("'to be broadly flat with June' is July's outlook, the month it is held against no date of it", () => {
    expect(trendsOf("Refined Tin\nRefined tin output fell 2% MoM in June 2016. SMM expects July output to be broadly flat with June.\n")).toEqual([
      "refined-tin 2016-06 actual down",
      "refined-tin 2016-07 forecast flat",
    ]);
  });
  it("'until the rains ease' is the weather's, not the output's", () => {
    expect(trendsOf("Refined Tin\nIn July, ore arrivals will stay thin until the rains ease, and SMM expects refined tin output to remain flat.\n")).toEqual([
      "refined-tin 2016-07 forecast flat",
    ]);
  });
  it("a subset in the clause before a semicolon does not take the magnitude of the next clause", () => {
    expect(trendsOf("Alumina\nA few small refineries will close for repairs; SMM expects alumina output to increase slightly in July.\n")).toEqual([
      "alumina 2016-07 forecast up slight",
    ]);
  });
});

describe("rules from the ninth session of 2026-12-05", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'rose 2.5% m-o-m in May, or by 40 mt': the tonnage after the month is the same change; 'moved by about 30 mt' is a change with no sign, never a level",
      "note-2014-05.txt",
      "Co3O4\nCo3O4 output in China rose 2.5% m-o-m in May, or by 40 mt, SMM data showed.\n\nAntimony Ingot\nAntimony ingot output in May moved by about 30 mt.\n",
      [
        ["co3o4", "2014-05", "actual", "mom", 0.025],
        ["co3o4", "2014-05", "actual", "mom_chg", 40],
      ],
    ],
    [
      "'A total of N mt of X was produced' states X's output (so no output is implied from its change)",
      "note-2014-05.txt",
      "Refined Bismuth\nA total of 1,460 mt of refined bismuth was produced in China in May, compared with 1,400 mt in April, an increase of 60 mt, or 4.3%.\n",
      [
        ["refined-bismuth", "2014-05", "actual", "output", 1460],
        ["refined-bismuth", "2014-04", "actual", "output", 1400],
        ["refined-bismuth", "2014-05", "actual", "mom_chg", 60],
        ["refined-bismuth", "2014-05", "actual", "mom", 0.043],
      ],
    ],
    [
      "'Tin: Output Up 3.20% in May' on a line of its own heads tin's section among headed sections; a bare other metal in a subject is not the section's",
      "note-2014-05.txt",
      "Secondary Lead\n\nSecondary lead output fell 2.1% in May.\n\nRefined Tin: Output Up 3.20% in May\n\nSmelters in Yunnan ran longer hours, and the month's output came to 13,500 mt. Zinc smelters produced 410,000 mt in May.\n",
      [
        ["secondary-lead", "2014-05", "actual", "mom", -0.021],
        ["refined-tin", "2014-05", "actual", "mom", 0.032],
        ["refined-tin", "2014-05", "actual", "output", 13500],
      ],
    ],
    [
      "'The industry ran at N% of its nameplate capacity of C, down P percentage points' is the rate and its change; 'Compared with May last year' leads a YoY",
      "note-2014-05.txt",
      "Lithium Hydroxide\nLithium hydroxide output fell 1.5% m-o-m in May. Compared with May last year, output was 12.2% higher. The industry ran at 48.5% of its nameplate capacity of 30,000 mt/year, down 0.9 percentage points from April.\n",
      [
        ["lithium-hydroxide", "2014-05", "actual", "mom", -0.015],
        ["lithium-hydroxide", "2014-05", "actual", "yoy", 0.122],
        ["lithium-hydroxide", "2014-05", "actual", "operating_rate", 0.485],
        ["lithium-hydroxide", "2014-05", "actual", "capacity", 30000],
        ["lithium-hydroxide", "2014-05", "actual", "operating_rate_mom", -0.009],
      ],
    ],
    [
      "'Compared with April last year' in a May item is no YoY base",
      "note-2014-05.txt",
      "Lithium Hydroxide\nLithium hydroxide output fell 1.5% m-o-m in May. Compared with April last year, output was 12.2% higher.\n",
      [["lithium-hydroxide", "2014-05", "actual", "mom", -0.015]],
    ],
    [
      "'N% above the April level' is MoM; 'below the level of May last year' YoY; 'below the level seen in March' no base of the contract; 'Guangxi led the increase, with output up by N%' is the province's",
      "note-2014-05.txt",
      "Stainless Steel\nStainless steel output reached 1.9 million mt in May 2014, 2.4% above the April level.\n\nRefined Zinc\nRefined zinc output in May 2014 was 3.5% below the level of May last year.\n\nRefined Tin\nRefined tin output in May 2014 was 1.0% below the level seen in March.\n\nSiMn Alloy\nSiMn output rose 4.1% in May 2014. Guangxi led the increase, with output up sharply, by 9.5%.\n",
      [
        ["stainless-steel", "2014-05", "actual", "output", 1900000],
        ["stainless-steel", "2014-05", "actual", "mom", 0.024],
        ["refined-zinc", "2014-05", "actual", "yoy", -0.035],
        ["simn-alloy", "2014-05", "actual", "mom", 0.041],
        ["simn-alloy:guangxi", "2014-05", "actual", "mom", 0.095],
      ],
    ],
    [
      "a physical change does not stand in for a metal content stated flat ('metal output to be stable, while physical tonnage may decline about 3%')",
      "note-2014-05.txt",
      "NPI\nNPI output rose 2% in May. In June, NPI metal output is expected to be stable, while physical tonnage may decline about 3%.\n",
      [
        ["npi", "2014-05", "actual", "mom", 0.02],
        ["npi:physical-content", "2014-06", "forecast", "mom", -0.03],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (second round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'raised its April production estimate to X from Y': X is April's, Y the replaced figure; 'a decrease of N or P% from a revised X in April' is May's change",
      "note-2014-05.txt",
      "PV Module\n- Production: 2.10 GW, a decrease of 0.20 GW or 8.70% from a revised 2.30 GW in April\n\nSMM has raised its April production estimate to 2.30 GW from 2.21 GW.\n",
      [
        ["pv-module", "2014-05", "actual", "output", 2.1],
        ["pv-module", "2014-05", "actual", "mom_chg", -0.2],
        ["pv-module", "2014-05", "actual", "mom", -0.087],
        ["pv-module", "2014-04", "actual", "output", 2.3],
      ],
    ],
    [
      "'Plants in Hechi, Guangxi, raised output by about 4%' is the province's; 'N% lower than the X mt produced in May 2013' is YoY",
      "note-2014-05.txt",
      "Antimony Ingot\nAntimony ingot output was flat in May 2014 at around 9,800 mt. Plants in Hechi, Guangxi, raised output by about 4%.\n\nRefined Nickel\nRefined nickel output rose 2.1% m-o-m in May 2014, though it was 6.4% lower than the 17,200 mt produced in May 2013.\n",
      [
        ["antimony-ingot", "2014-05", "actual", "output", 9800],
        ["antimony-ingot:guangxi", "2014-05", "actual", "mom", 0.04],
        ["refined-nickel", "2014-05", "actual", "mom", 0.021],
        ["refined-nickel", "2014-05", "actual", "yoy", -0.064],
      ],
    ],
    [
      "'Mine output of molybdenum concentrate' is the product's; a reason clause between two figures lends no subject; 'a decline of N mt in May (P%)' is one change",
      "note-2014-05.txt",
      "Molybdenum Concentrate\nMine output of molybdenum concentrate totalled 19,200 mt in May, a 4.4% increase on April.\n\nRefined Tin\nMay production recovered to 12,400 mt as the rains eased and mine shipments resumed, 2.9% higher than in April.\n\nRefined Bismuth\nRefined bismuth output posted a decline of 60 mt in May (4.9%), as some Hunan smelters cut runs.\n",
      [
        ["molybdenum-concentrate", "2014-05", "actual", "output", 19200],
        ["molybdenum-concentrate", "2014-05", "actual", "mom", 0.044],
        ["refined-tin", "2014-05", "actual", "output", 12400],
        ["refined-tin", "2014-05", "actual", "mom", 0.029],
        ["refined-bismuth", "2014-05", "actual", "mom_chg", -60],
        ["refined-bismuth", "2014-05", "actual", "mom", -0.049],
      ],
    ],
    [
      "a bracket after a level gives the level's change, never makes the level a change",
      "note-2014-05.txt",
      "Copper Cathode\nCopper cathode output was 812,000 mt (+2.1% MoM) in May.\n",
      [
        ["copper-cathode", "2014-05", "actual", "output", 812000],
        ["copper-cathode", "2014-05", "actual", "mom", 0.021],
      ],
    ],
    [
      "a shortage in a reason clause, and a plan a reason beat, are no base of the figure; the plants in SMM's sample are the industry's",
      "note-2014-05.txt",
      "Stainless Steel\n200-series output slipped 1.5% in May 2014 as some mills ran short of nickel ore.\n\nCopper Cathode\nCopper cathode output rose 2.0% in May 2014, beating SMM's expectation by around 1,500 mt as a new line reached capacity sooner than planned.\n\nSiMn Alloy\nThe operating rate of the plants in SMM's sample rose 2.2 percentage points to 51.0% in May 2014.\n",
      [
        ["stainless-steel:200-series", "2014-05", "actual", "mom", -0.015],
        ["copper-cathode", "2014-05", "actual", "mom", 0.02],
        ["copper-cathode", "2014-05", "actual", "vs_expected_chg", 1500],
        ["simn-alloy", "2014-05", "actual", "operating_rate_mom", 0.022],
        ["simn-alloy", "2014-05", "actual", "operating_rate", 0.51],
      ],
    ],
    [
      "'to fall by more than 10% m-o-m and July output to recover to X': the month after the figure opens another subject",
      "note-2014-05.txt",
      "Stainless Steel\nSMM expects June production to fall by more than 10% m-o-m and July output to recover to about 2.0 million mt.\n",
      [
        ["stainless-steel", "2014-06", "forecast", "mom", -0.1],
        ["stainless-steel", "2014-07", "forecast", "output", 2000000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (third round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'up N% from 2013's X mt' leaves last year's total out; 'Year on year the decline was steeper, at N%' is a YoY fall; 'Year-on-year change: +N%' a YoY",
      "note-2014-12.txt",
      "SMM Analysis: China's antimony ingot output in December 2014\n\nFull-year 2014 antimony ingot output reached 98,200 mt, up 3.1% from 2013's 95,250 mt. December output fell 4.0% m-o-m. Year on year the decline was steeper, at 9.5%.\n- Year-on-year change: -9.5%\n",
      [
        ["antimony-ingot", "2014-12", "actual", "ytd_output", 98200],
        ["antimony-ingot", "2014-12", "actual", "ytd_yoy", 0.031],
        ["antimony-ingot", "2014-12", "actual", "mom", -0.04],
        ["antimony-ingot", "2014-12", "actual", "yoy", -0.095],
      ],
    ],
    [
      "'lower than SMM had predicted in its April report' dates the call, not the figure; 'SMM estimates China's SiMn capacity at' is no company's",
      "note-2014-05.txt",
      "SiMn Alloy\nSiMn output rose 3.0% in May 2014, some 9,000 mt lower than SMM had predicted in its April report. SMM estimates China's SiMn capacity at roughly 20 million mt a year.\n",
      [
        ["simn-alloy", "2014-05", "actual", "mom", 0.03],
        ["simn-alloy", "2014-05", "actual", "vs_expected_chg", -9000],
        ["simn-alloy", "2014-05", "actual", "capacity", 20000000],
      ],
    ],
    [
      "'In July, ..., the increase is expected to be larger, approaching 6% m-o-m' is July's rise",
      "note-2014-05.txt",
      "SiMn Alloy\nSMM expects output to rise by around 2% m-o-m in June. In July, as steel mills raise their runs, the increase is expected to be larger, approaching 6% m-o-m.\n",
      [
        ["simn-alloy", "2014-06", "forecast", "mom", 0.02],
        ["simn-alloy", "2014-07", "forecast", "mom", 0.06],
      ],
    ],
    [
      "in an item about one product, another product's producers named in passing do not become the subject of a later paragraph",
      "note-2014-02.txt",
      "SMM Analysis: China's primary lead output in February 2014\n\nChina's primary lead output rose 5.2% m-o-m in February 2014.\n\nSecondary lead producers raised output by about 12% as scrap collection resumed.\n\nOutput in the first two months of 2014 totalled 470,000 mt, down 2.0% from a year earlier.\n",
      [
        ["primary-lead", "2014-02", "actual", "mom", 0.052],
        ["primary-lead", "2014-02", "actual", "ytd_output", 470000],
        ["primary-lead", "2014-02", "actual", "ytd_yoy", -0.02],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (fourth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Mines in Henan and Shaanxi kept operating rates close to N%' is two provinces' rate; 'The N% decline was larger than SMM had expected' restates the month's fall (two values: a conflict)",
      "note-2014-06.txt",
      "Molybdenum Concentrate\nMolybdenum concentrate output declined 2.1% m-o-m in June 2014. Mines in Henan and Shaanxi kept operating rates close to 76%.\n\nRefined Tin\nRefined tin output fell 6.1% m-o-m in June 2014. The 7.1% decline was larger than SMM had expected.\n",
      [["molybdenum-concentrate", "2014-06", "actual", "mom", -0.021]],
    ],
    [
      "'Refined Zinc Output Falls 2.5% in June' on its own line heads zinc's section; 'dropped to X in June from Y in May' gives May its Y",
      "note-2014-06.txt",
      "Secondary Lead\n\nSecondary lead output dropped to 80,100 mt in June from 83,900 mt in May.\n\nRefined Zinc Output Falls 2.5% in June\n\nZinc smelters in Hunan lost days to power rationing, and national output came to 430,000 mt.\n",
      [
        ["secondary-lead", "2014-06", "actual", "output", 80100],
        ["secondary-lead", "2014-05", "actual", "output", 83900],
        ["refined-zinc", "2014-06", "actual", "mom", -0.025],
        ["refined-zinc", "2014-06", "actual", "output", 430000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (fifth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "first-half totals against 'the first half of 2013' and 'January-June 2013' are YoY (not a half on half); 'In the final week of June, output topped N' is a week's",
      "note-2014-06.txt",
      "Silicon Metal\nSilicon metal output climbed to 82,000 mt in June 2014. In the final week of June, output topped 21,000 mt. First-half production was 370,000 mt, 12.5% less than in the first half of 2013.\n\nPrimary Aluminium\nFirst-half output was 11.9 million mt, a rise of about 600,000 mt, or 5.3%, from January-June 2013.\n",
      [
        ["silicon-metal", "2014-06", "actual", "output", 82000],
        ["silicon-metal", "2014-06", "actual", "ytd_output", 370000],
        ["silicon-metal", "2014-06", "actual", "ytd_yoy", -0.125],
        ["aluminum", "2014-06", "actual", "ytd_output", 11900000],
        ["aluminum", "2014-06", "actual", "ytd_yoy_chg", 600000],
        ["aluminum", "2014-06", "actual", "ytd_yoy", 0.053],
      ],
    ],
    [
      "'Shaanxi lifted its output by 12%' is the province's; 'a plan that would cut output by around 30%' is no forecast",
      "note-2014-05.txt",
      "Magnesium Ingot\nMagnesium ingot output rose 5.5% in May 2014. Shaanxi lifted its output by 12%, with plants in Fugu restarting.\n\nEMM\nProducers agreed to halt production for a month from 10 June, a plan that would cut output by around 30% if fully observed. SMM expects June output to fall by about 12%.\n",
      [
        ["magnesium-ingot", "2014-05", "actual", "mom", 0.055],
        ["magnesium-ingot:shaanxi", "2014-05", "actual", "mom", 0.12],
        ["emm", "2014-06", "forecast", "mom", -0.12],
      ],
    ],
    [
      "'18% higher than in the second half of 2013' is a half on half, no YoY",
      "note-2014-07.txt",
      "LFP\nLFP output rose 4% in July 2014, and first-half output alone was 18% higher than in the second half of 2013.\n",
      [["lfp", "2014-07", "actual", "mom", 0.04]],
    ],
    [
      "'up N% from X mt in June 2013' is YoY; 'Compared with X mt in June 2013, output rose N%' too; 'mainly in the 200-series, where output fell N%' is the series'",
      "note-2014-06.txt",
      "Silver\nSilver output came to 830 mt in June 2014, 1.8% less than in May but up 9.2% from 760 mt in June 2013.\n\nPrimary Aluminium\nPrimary aluminium output came to 2.1 million mt in June 2014, down 0.9% m-o-m. Compared with 1.95 million mt in June 2013, output rose 7.7%.\n\nStainless Steel\nCrude stainless steel output decreased to 1.7 million mt in June 2014, down 2.9% from May, mainly in the 200-series, where output fell 7.5% to 420,000 mt.\n",
      [
        ["silver", "2014-06", "actual", "output", 830],
        ["silver", "2014-06", "actual", "mom", -0.018],
        ["silver", "2014-06", "actual", "yoy", 0.092],
        ["aluminum", "2014-06", "actual", "output", 2100000],
        ["aluminum", "2014-06", "actual", "mom", -0.009],
        ["aluminum", "2014-06", "actual", "yoy", 0.077],
        ["stainless-steel", "2014-06", "actual", "output", 1700000],
        ["stainless-steel", "2014-06", "actual", "mom", -0.029],
        ["stainless-steel:200-series", "2014-06", "actual", "mom", -0.075],
        ["stainless-steel:200-series", "2014-06", "actual", "output", 420000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("directions of the ninth session of 2026-12-05", () => {
  const trendsOf = (text: string): string[] => trendsIn(text, "note-2014-05.txt", "magnitude");
  it("'as the power restrictions in Inner Mongolia ease' is a constraint easing, no fall of output", () => {
    expect(
      trendsOf(
        "High-carbon Ferrochrome\nFor June, SMM expects ferrochrome output to rebound by about 2% m-o-m as the power restrictions in Inner Mongolia ease.\n",
      ),
    ).toEqual(["high-carbon-ferrochrome 2014-06 forecast up"]);
  });
});

describe("rules from the ninth session of 2026-12-05 (sixth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'first-half production ..., a 4.9% decrease on the first half of last year' is the first half's YoY",
      "note-2014-06.txt",
      "Refined Zinc\nOutput came to 401,300 mt in June 2014, leaving first-half production at 2.43 million mt, a 4.9% decrease on the first half of last year.\n",
      [
        ["refined-zinc", "2014-06", "actual", "output", 401300],
        ["refined-zinc", "2014-06", "actual", "ytd_output", 2430000],
        ["refined-zinc", "2014-06", "actual", "ytd_yoy", -0.049],
      ],
    ],
    [
      "'A total of N mt of ammonium paratungstate (APT) was produced'; '1.9% less than in October (X mt)' gives October its X; 'Shaanxi lifted output by 4.0% to N mt' is the province's",
      "note-2014-11.txt",
      "SMM Analysis: China's APT output in November 2014\n\nA total of 8,300 mt of ammonium paratungstate (APT) was produced in China in November, 1.8% less than in October (8,450 mt). Shaanxi lifted output by 4.0% to 2,100 mt. Output in January-November came to 92,000 mt.\n",
      [
        ["ammonium-paratungstate", "2014-11", "actual", "output", 8300],
        ["ammonium-paratungstate", "2014-11", "actual", "mom", -0.018],
        ["ammonium-paratungstate", "2014-10", "actual", "output", 8450],
        ["ammonium-paratungstate:shaanxi", "2014-11", "actual", "mom", 0.04],
        ["ammonium-paratungstate:shaanxi", "2014-11", "actual", "output", 2100],
        ["ammonium-paratungstate", "2014-11", "actual", "ytd_output", 92000],
      ],
    ],
    [
      "'4,200 mt lower than in October (-0.37% MoM)': the bracketed change is the month's against October",
      "note-2014-11.txt",
      "Copper Cathode\nCopper cathode output in November 2014 was 720,300 mt, 4,200 mt lower than in October (-0.37% MoM).\n",
      [
        ["copper-cathode", "2014-11", "actual", "output", 720300],
        ["copper-cathode", "2014-11", "actual", "mom_chg", -4200],
        ["copper-cathode", "2014-11", "actual", "mom", -0.0037],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (seventh round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Yunnan producers bucked the trend, producing N mt, P% more than in March' is the province's; 'fell by X mt in April to Y mt, or P%' gives P% the change's sign",
      "note-2014-04.txt",
      "Refined Zinc\nRefined zinc output fell by 6,000 mt in April 2014 to 480,000 mt, or 1.2%.\nYunnan producers bucked the trend, producing 61,000 mt, 3.9% more than in March.\n",
      [
        ["refined-zinc", "2014-04", "actual", "mom_chg", -6000],
        ["refined-zinc", "2014-04", "actual", "output", 480000],
        ["refined-zinc", "2014-04", "actual", "mom", -0.012],
        ["refined-zinc:yunnan", "2014-04", "actual", "output", 61000],
        ["refined-zinc:yunnan", "2014-04", "actual", "mom", 0.039],
      ],
    ],
    [
      "'N% below the same month last year' and 'Set against the same month last year, production was N% higher, or X mt' are YoY",
      "note-2014-03.txt",
      "Ammonium Paratungstate\nAPT production fell marginally in March 2014, by 1.1%, to 7,240 mt, and was 8.7% below the same month last year.\n\nCopper Cathode\nSet against the same month last year, copper cathode production was 4.0% higher, or 28,800 mt, in March 2014.\n",
      [
        ["ammonium-paratungstate", "2014-03", "actual", "mom", -0.011],
        ["ammonium-paratungstate", "2014-03", "actual", "output", 7240],
        ["ammonium-paratungstate", "2014-03", "actual", "yoy", -0.087],
        ["copper-cathode", "2014-03", "actual", "yoy", 0.04],
        ["copper-cathode", "2014-03", "actual", "yoy_chg", 28800],
      ],
    ],
    [
      "'rose for a second month in April, by N%'; 'rose by X mt from the revised March level, or P%'",
      "note-2014-04.txt",
      "Alumina\nAlumina production rose for a second month in April 2014, by 4.6% to 4.1 million mt.\n\nCopper Cathode\nApril output rose by 7,100 mt from the revised March level, or 1.1%, to 650,100 mt.\n",
      [
        ["alumina", "2014-04", "actual", "mom", 0.046],
        ["alumina", "2014-04", "actual", "output", 4100000],
        ["copper-cathode", "2014-04", "actual", "mom_chg", 7100],
        ["copper-cathode", "2014-04", "actual", "mom", 0.011],
        ["copper-cathode", "2014-04", "actual", "output", 650100],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the ninth session of 2026-12-05 (eighth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'For the year, producers turned out N mt' and 'Output for the year was N mt' are a December edition's year to date; 'to rise by approximately 40% from the very low December base' is January's",
      "note-2014-12.txt",
      "Polysilicon\nPolysilicon output climbed 10.6% MoM to 575 mt in December 2014. For the year, Chinese producers turned out 4,625 mt, up 123%.\n\nEMM\nEMM output fell 59.5% MoM in December 2014. Output for the year was 1.14 million mt, up 4.6%. SMM expects January output to rise by approximately 40% from the very low December base.\n",
      [
        ["polysilicon", "2014-12", "actual", "mom", 0.106],
        ["polysilicon", "2014-12", "actual", "output", 575],
        ["polysilicon", "2014-12", "actual", "ytd_output", 4625],
        ["polysilicon", "2014-12", "actual", "ytd_yoy", 1.23],
        ["emm", "2014-12", "actual", "mom", -0.595],
        ["emm", "2014-12", "actual", "ytd_output", 1140000],
        ["emm", "2014-12", "actual", "ytd_yoy", 0.046],
        ["emm", "2015-01", "forecast", "mom", 0.4],
      ],
    ],
    [
      "'Hsikwangshan Twinkling Star cut its monthly output by 1,000 mt' is a named producer's; 'contrary to many expectations; it rose 4.3% MoM' keeps its MoM",
      "note-2014-12.txt",
      "Antimony Ingot\nAntimony ingot production in December 2014 came to 10,700 mt. Hsikwangshan Twinkling Star cut its monthly output by 1,000 mt from mid-December.\n\nRefined Bismuth\nRefined bismuth output did not decline in December 2014, contrary to many expectations; it rose 4.3% MoM to 1,190 mt.\n",
      [
        ["antimony-ingot", "2014-12", "actual", "output", 10700],
        ["refined-bismuth", "2014-12", "actual", "mom", 0.043],
        ["refined-bismuth", "2014-12", "actual", "output", 1190],
      ],
    ],
    [
      "an aside opened by 'encouraged by' names a cause, not the subject ('... producers, encouraged by orders from makers of lithium cobalt oxide, produced N mt')",
      "note-2014-04.txt",
      "SMM Analysis: China's cobalt sulphate output in April 2014\n\nChinese cobalt sulphate producers, encouraged by orders from makers of lithium cobalt oxide for phones, produced 5,860 mt in April 2014, 6.3% more than in March.\n",
      [
        ["cobalt-sulphate", "2014-04", "actual", "output", 5860],
        ["cobalt-sulphate", "2014-04", "actual", "mom", 0.063],
      ],
    ],
    [
      "a relative clause about the plants a sentence is about is a remark ('Stainless steel mills, whose crude output slipped 3%, kept purchases low'); the main clause after it is the figure's ('The magnet makers, whose orders ..., produced N mt')",
      "note-2014-01.txt",
      "High-carbon Ferrochrome\nFerrochrome output fell 4.0% m-o-m in January 2014. Stainless steel mills, whose crude output SMM estimates slipped 3% m-o-m in January, kept their purchases to a minimum.\n\nNdFeB\nThe magnet makers, whose order books are set by the wind industry, produced 11,800 mt of NdFeB blanks in January 2014, up 2.6% month on month.\n",
      [
        ["high-carbon-ferrochrome", "2014-01", "actual", "mom", -0.04],
        ["ndfeb", "2014-01", "actual", "output", 11800],
        ["ndfeb", "2014-01", "actual", "mom", 0.026],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'down 2.3% from May's revised N mt': a revised figure after a month's possessive is that month's",
      "note-2016-06.txt",
      "Primary Aluminium\nSMM puts primary aluminium output for June 2016 at 2.41 million mt, down 1.6% from May's revised 2.449 million mt.\n",
      [
        ["aluminum", "2016-06", "actual", "output", 2410000],
        ["aluminum", "2016-06", "actual", "mom", -0.016],
        ["aluminum", "2016-05", "actual", "output", 2449000],
      ],
    ],
    [
      "'Market talk that X will cut output by 10% could not be confirmed' is hearsay; 'The county's plants were ordered to cut output by 40%' is an order; 'cut emissions by 30%' is no output",
      "note-2016-06.txt",
      "Refined Nickel\nRefined nickel output in June 2016 was 15,200 mt. Market talk that one refinery will cut output by 10% in July could not be confirmed; SMM expects July output to hold at about 15,100 mt.\n\nMagnesium Ingot\nMagnesium output fell 3.1% MoM in June 2016. Smelters in one county were ordered to cut output by 40% in July, and the province told all smelters to cut emissions by 30%.\n",
      [
        ["refined-nickel", "2016-06", "actual", "output", 15200],
        ["refined-nickel", "2016-07", "forecast", "output", 15100],
        ["magnesium-ingot", "2016-06", "actual", "mom", -0.031],
      ],
    ],
    [
      "'Guangxi went the other way: its output rose 4.2%' and 'Low-grade NPI from blast furnaces held up better: its metal content rose' name the place and the grade",
      "note-2016-06.txt",
      "Refined Zinc\nRefined zinc output fell 2.2% MoM in June 2016. Guangxi went the other way: its output rose 4.2% m-o-m.\n\nNPI\nNPI metal content fell 3.0% MoM in June 2016. Low-grade NPI from blast furnaces held up better: its metal content rose 1.1% m-o-m.\n",
      [
        ["refined-zinc", "2016-06", "actual", "mom", -0.022],
        ["refined-zinc:guangxi", "2016-06", "actual", "mom", 0.042],
        ["npi:metal-content", "2016-06", "actual", "mom", -0.03],
        ["npi:low-grade", "2016-06", "actual", "mom", 0.011],
        ["npi", "2016-06", "actual", "mom", -0.03],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
  it("'Cobalt chloride held up better: its output slipped 0.9%' names no part of cobalt sulphate (another product's name opens the sentence)", () => {
    const got = figures(
      "Cobalt Sulphate\nCobalt sulphate output fell 5.0% MoM in June 2016. Cobalt chloride held up better: its output slipped 0.9% MoM.\n",
      "note-2016-06.txt",
    );
    expect(got.some(([key]) => key.includes("chloride"))).toBe(false);
    expect(got.some(([, , , , v]) => v === -0.009)).toBe(false);
  });
});

describe("rules from the tenth session of 2026-12-06 (second round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'All told, August output reached N mt' is no one's saying; 'whereas small mills, most of them on scrap, managed only N%' is the small mills' rate",
      "note-2016-08.txt",
      "Copper Cathode\nLarge mills ran at 87.5% of capacity in August, whereas small mills, most of them on scrap, managed only 51.0%. All told, August output reached 701,000 mt, 1.2% more than in July.\n",
      [
        ["copper-cathode:large-mills", "2016-08", "actual", "operating_rate", 0.875],
        ["copper-cathode:small-mills", "2016-08", "actual", "operating_rate", 0.51],
        ["copper-cathode", "2016-08", "actual", "output", 701000],
        ["copper-cathode", "2016-08", "actual", "mom", 0.012],
      ],
    ],
    [
      "'Guizhou produced N mt, up x%, and Hunan M mt, an increase of y%': the second region's verb is left out; 'Hebei, home of ..., fared worst, with its output down z%' is the region's",
      "note-2016-08.txt",
      "EMM\nGuizhou produced 40,000 mt in August, up 4.0% from July, and Hunan 25,000 mt, an increase of 2.5%. National output rose 1.8% MoM.\n\nSecondary Lead\nSecondary lead output fell 6.0% MoM in August 2016. Hebei, home of several recycling parks, fared worst, with its output down 22% to about 9,000 mt.\n",
      [
        ["emm:guizhou", "2016-08", "actual", "output", 40000],
        ["emm:guizhou", "2016-08", "actual", "mom", 0.04],
        ["emm:hunan", "2016-08", "actual", "output", 25000],
        ["emm:hunan", "2016-08", "actual", "mom", 0.025],
        ["emm", "2016-08", "actual", "mom", 0.018],
        ["secondary-lead", "2016-08", "actual", "mom", -0.06],
        ["secondary-lead:hebei", "2016-08", "actual", "mom", -0.22],
        ["secondary-lead:hebei", "2016-08", "actual", "output", 9000],
      ],
    ],
    [
      "'..., and national output fell sharply. SMM puts it at N thousand mt': 'it' is the output the sentence before moved",
      "note-2016-08.txt",
      "Refined Bismuth\nSeveral smelters were closed by inspectors in August, and national output fell sharply. SMM puts it at 1.2 thousand mt, down 14% m-o-m.\n",
      [
        ["refined-bismuth", "2016-08", "actual", "output", 1200],
        ["refined-bismuth", "2016-08", "actual", "mom", -0.14],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (third round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a group's heading over a table ('Other Metals Table'); 'change m-o-m' over percentages is the % change; the line after the table names its own product",
      "note-2016-09.txt",
      "Light Rare Earth\nLight rare earth oxide output fell 1.5% MoM in September 2016.\n\nOther Metals Table\nProduct | Sept output (mt) | change m-o-m | change y-o-y\nAntimony Ingot | 9,800 | +1.2% | -3.0%\nRefined Bismuth | 1,300 | -2.5% | +6.0%\nFor October, SMM expects antimony ingot output to fall by around 4% as smelters face checks.\n",
      [
        ["light-rare-earth", "2016-09", "actual", "mom", -0.015],
        ["antimony-ingot", "2016-09", "actual", "output", 9800],
        ["antimony-ingot", "2016-09", "actual", "mom", 0.012],
        ["antimony-ingot", "2016-09", "actual", "yoy", -0.03],
        ["refined-bismuth", "2016-09", "actual", "output", 1300],
        ["refined-bismuth", "2016-09", "actual", "mom", -0.025],
        ["refined-bismuth", "2016-09", "actual", "yoy", 0.06],
        ["antimony-ingot", "2016-10", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'weaker nickel prices are expected to reduce output by about 2%' in a stainless section is the section's (a metal before 'prices' names a price)",
      "note-2016-09.txt",
      "Stainless Steel\nStainless steel output rose 3.0% MoM in September 2016. In October, the holiday and weaker nickel prices are expected to reduce output by about 2%.\n",
      [
        ["stainless-steel", "2016-09", "actual", "mom", 0.03],
        ["stainless-steel", "2016-10", "forecast", "mom", -0.02],
      ],
    ],
    [
      "'to climb above N mt' is a level (a bound), not a change; 'SMM estimates the rise at about 1%' is the change",
      "note-2016-09.txt",
      "NPI\nNPI metal content rose 2.0% MoM in September 2016. SMM expects metal content to climb above 30,000 mt in October.\n\nAlumina\nOctober should bring more alumina output: SMM estimates the rise at about 1%.\n",
      [
        ["npi:metal-content", "2016-09", "actual", "mom", 0.02],
        ["npi:metal-content", "2016-10", "forecast", "output", 30000],
        ["alumina", "2016-10", "forecast", "mom", 0.01],
        ["npi", "2016-09", "actual", "mom", 0.02],
        ["npi", "2016-10", "forecast", "output", 30000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (fourth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'A total of N mt was produced in May, SMM calculates' is the section's output; 'From July, when ..., output may fall by 10%' is July's forecast",
      "note-2016-05.txt",
      "Silicon Metal\nA total of 210,000 mt was produced in May, SMM calculates, a rise of 5.0% from April. SMM expects June output to stay broadly flat. From July, when the dry season begins, output may fall by more than 10% m-o-m.\n",
      [
        ["silicon-metal", "2016-05", "actual", "output", 210000],
        ["silicon-metal", "2016-05", "actual", "mom", 0.05],
        ["silicon-metal", "2016-07", "forecast", "mom", -0.1],
      ],
    ],
    [
      "provinces as a clause's whole subject ('Henan rose 2.1% to N mt', 'Hunan should recover by around 6%'), 'output there' after a province's clause, and 'Regions: Yunnan, <aside>, ... produced N mt'",
      "note-2016-05.txt",
      "Refined Zinc\nRefined zinc output rose 1.0% MoM in May 2016. Henan rose 2.1% to 30,500 mt. Guangxi was the weakest region: output there fell 7.7%, to 20,400 mt. Regions: Yunnan, helped by hydropower, ran hard and produced 45,000 mt, up 3.0%. Hunan should recover by around 6% in June.\n",
      [
        ["refined-zinc", "2016-05", "actual", "mom", 0.01],
        ["refined-zinc:henan", "2016-05", "actual", "mom", 0.021],
        ["refined-zinc:henan", "2016-05", "actual", "output", 30500],
        ["refined-zinc:guangxi", "2016-05", "actual", "mom", -0.077],
        ["refined-zinc:guangxi", "2016-05", "actual", "output", 20400],
        ["refined-zinc:yunnan", "2016-05", "actual", "output", 45000],
        ["refined-zinc:yunnan", "2016-05", "actual", "mom", 0.03],
        ["refined-zinc:hunan", "2016-06", "forecast", "mom", 0.06],
      ],
    ],
    [
      "'For 2015 as a whole, output totalled N, an increase of M, or P%, on the Q mt of 2014': the year to date and its YoY; the year compared with is no figure",
      "note-2015-12.txt",
      "Aluminium\nDecember output was 2.6 million mt. For 2015 as a whole, output totalled 31.4 million mt, an increase of about 3.0 million mt, or 10.6%, on the 28.4 million mt of 2014.\n",
      [
        ["aluminum", "2015-12", "actual", "output", 2600000],
        ["aluminum", "2015-12", "actual", "ytd_output", 31400000],
        ["aluminum", "2015-12", "actual", "ytd_yoy_chg", 3000000],
        ["aluminum", "2015-12", "actual", "ytd_yoy", 0.106],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (fifth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'revised its May zinc figure to N mt, from M mt' is May's revised output; 'to fall by about 1.5% in July, and by a further 2% or so in August': the verb left out",
      "note-2016-06.txt",
      "Refined Zinc\nSMM has revised its May refined zinc figure to 512,000 mt, from the 508,000 mt published last month. SMM expects output to fall by about 1.5% in July, and by a further 2% or so in August.\n",
      [
        ["refined-zinc", "2016-05", "actual", "output", 512000],
        ["refined-zinc", "2016-07", "forecast", "mom", -0.015],
        ["refined-zinc", "2016-08", "forecast", "mom", -0.02],
      ],
    ],
    [
      "'rising to 70.1% from 66.0% a month earlier': the rate compared with is no figure; 'N mt/year of it in operation' is the operating capacity; 'about N mt short of what SMM had expected' is the distance from the forecast, and the capacity idled beside it none",
      "note-2016-06.txt",
      "Refined Nickel\nRefined nickel output rose 2.0% MoM in June 2016, with the operating rate rising to 70.1% from 66.0% a month earlier.\n\nAluminium\nAluminium output was 2.70 million mt in June, about 30,000 mt short of what SMM had expected, as rationing forced smelters to idle about 200,000 mt/year of capacity. Existing capacity stood at 40.1 million mt/year, with 32.5 million mt/year of it in operation.\n",
      [
        ["refined-nickel", "2016-06", "actual", "mom", 0.02],
        ["refined-nickel", "2016-06", "actual", "operating_rate", 0.701],
        ["aluminum", "2016-06", "actual", "output", 2700000],
        ["aluminum", "2016-06", "actual", "vs_expected_chg", -30000],
        ["aluminum", "2016-06", "actual", "capacity", 40100000],
        ["aluminum", "2016-06", "actual", "operating_capacity", 32500000],
      ],
    ],
    [
      "'low-grade NPI from blast furnaces saw its metal content fall', 'producers in Ningxia, who pay less for power, raised output by 20%' and 'as mines in Luanchuan raised output by 9%' (a county's plants: no figure of the product's)",
      "note-2016-06.txt",
      "NPI\nNPI metal content rose 4.0% MoM in June 2016, while low-grade NPI from blast furnaces saw its metal content fall 2.5%.\n\nEMM\nEMM output rose 6.0% MoM in June 2016, and producers in Ningxia, who pay less for power, raised output by 12% MoM.\n\nMolybdenum Concentrate\nMolybdenum concentrate output rose 3.0% MoM in June 2016, as mines in Luanchuan raised output by 9%.\n",
      [
        ["npi:metal-content", "2016-06", "actual", "mom", 0.04],
        ["npi:low-grade", "2016-06", "actual", "mom", -0.025],
        ["emm", "2016-06", "actual", "mom", 0.06],
        ["emm:ningxia", "2016-06", "actual", "mom", 0.12],
        ["molybdenum-concentrate", "2016-06", "actual", "mom", 0.03],
        ["npi", "2016-06", "actual", "mom", 0.04],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (sixth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Primary Lead and Secondary Lead': 'SMM expects primary producers to raise output by about 5%' is primary lead's (the word only its name has)",
      "note-2016-11.txt",
      "Primary Lead and Secondary Lead\nPrimary lead output fell 2.0% MoM in November 2016, while secondary lead output dropped 4.0%. In December SMM expects primary producers to raise output by about 5%, while secondary output should increase slightly.\n",
      [
        ["primary-lead", "2016-11", "actual", "mom", -0.02],
        ["secondary-lead", "2016-11", "actual", "mom", -0.04],
        ["primary-lead", "2016-12", "forecast", "mom", 0.05],
      ],
    ],
    [
      "'Hubei's smelters, squeezed by ..., cut output by 6%, and Gansu's fell 9%': a participle aside and a sibling possessive; 'Output in the north-west, where new capacity starts up, rose 3%'; 'N mt more than SMM had pencilled in'",
      "note-2016-11.txt",
      "Aluminium\nHubei's smelters, squeezed by high power tariffs, cut output by 6.0% m-o-m in November, and Gansu's fell 9.0% as the grid imposed limits. Output in the north-west, where new capacity continues to start up, rose 3.0%. National output was 2.71 million mt, 5,000 mt more than SMM had pencilled in a month ago.\n",
      [
        ["aluminum:hubei", "2016-11", "actual", "mom", -0.06],
        ["aluminum:gansu", "2016-11", "actual", "mom", -0.09],
        ["aluminum:north-west", "2016-11", "actual", "mom", 0.03],
        ["aluminum", "2016-11", "actual", "output", 2710000],
        ["aluminum", "2016-11", "actual", "vs_expected_chg", 5000],
      ],
    ],
    [
      "'Inner Mongolia's ferrochrome output jumped 14.2%' is the region's (a region of two words before a possessive)",
      "note-2016-11.txt",
      "High-carbon Ferrochrome\nInner Mongolia's ferrochrome output jumped 14.2% m-o-m in November. Nationwide output was 178,500 mt, 4.4% higher than in October.\n",
      [
        ["high-carbon-ferrochrome:inner-mongolia", "2016-11", "actual", "mom", 0.142],
        ["high-carbon-ferrochrome", "2016-11", "actual", "output", 178500],
        ["high-carbon-ferrochrome", "2016-11", "actual", "mom", 0.044],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (seventh round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Measured against August 2015, when smelters turned out N mt, production was 11.6% higher' is the YoY; 'Over January-August, production added up to N mt' is a total, not an addition",
      "note-2016-08.txt",
      "Copper Cathode\nCopper cathode output was 700,000 mt in August 2016. Measured against August 2015, when smelters turned out 640,000 mt, production was 9.4% higher. Over January-August, cathode production added up to 5.41 million mt, a rise of 8.0% y/y.\n",
      [
        ["copper-cathode", "2016-08", "actual", "output", 700000],
        ["copper-cathode", "2016-08", "actual", "yoy", 0.094],
        ["copper-cathode", "2016-08", "actual", "ytd_output", 5410000],
        ["copper-cathode", "2016-08", "actual", "ytd_yoy", 0.08],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("a news page's table copied one cell a line (tenth session)", () => {
  it("reads each row: the month's output and YoY, the year to date and its YoY, the month before's final figure, the next month's estimate; 'Unit: 1,000 tonne' under the table", () => {
    const page = [
      "China Base Metal Output in May, SMM Data",
      "",
      "SHANGHAI, Jun. 12 (SMM) - The table below shows SMM's survey of base metal output for May.",
      "",
      "May (Preliminary Data)",
      "",
      "YoY",
      "",
      "Jan.-May",
      "",
      "YoY",
      "",
      "Apr. (Final Data)",
      "",
      "Jun. (E)",
      "",
      "Refined Zinc",
      "",
      "510",
      "",
      "2.10%",
      "",
      "2400",
      "",
      "-1.50%",
      "",
      "498*",
      "",
      "520",
      "",
      "Refined Tin",
      "",
      "15.2",
      "",
      "-",
      "",
      "70.1",
      "",
      "N/A",
      "",
      "14.9*",
      "",
      "15.0",
      "",
      "Unit: 1,000 tonne",
      "",
    ].join("\n");
    expect(figures(page, "page-2017-05.txt")).toEqual([
      ["refined-zinc", "2017-05", "actual", "output", 510000],
      ["refined-zinc", "2017-05", "actual", "yoy", 0.021],
      ["refined-zinc", "2017-05", "actual", "ytd_output", 2400000],
      ["refined-zinc", "2017-05", "actual", "ytd_yoy", -0.015],
      ["refined-zinc", "2017-04", "actual", "output", 498000],
      ["refined-zinc", "2017-06", "forecast", "output", 520000],
      ["refined-tin", "2017-05", "actual", "output", 15200],
      ["refined-tin", "2017-05", "actual", "ytd_output", 70100],
      ["refined-tin", "2017-04", "actual", "output", 14900],
      ["refined-tin", "2017-06", "forecast", "output", 15000],
    ]);
  });
});

describe("rules from the tenth session of 2026-12-06 (eighth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'For January and February together, output totalled N mt, up 6.1% y/y' is the year to date ('December and January combined' stays two months' total)",
      "note-2017-02.txt",
      "Cobalt Sulphate\nCobalt sulphate output fell 8.0% MoM in February 2017. For January and February together, output totalled 11,200 mt, up 6.1% y/y.\n",
      [
        ["cobalt-sulphate", "2017-02", "actual", "mom", -0.08],
        ["cobalt-sulphate", "2017-02", "actual", "ytd_output", 11200],
        ["cobalt-sulphate", "2017-02", "actual", "ytd_yoy", 0.061],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (ninth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'SMM's July report had expected ...; instead it rose 4.8% m-o-m': a report's month dates no figure; 'Cell output in Taiwan ... fell about 6%' is another place's",
      "note-2016-08.txt",
      "Solar Cell\nSolar cell makers produced 5.10 GW in August 2016. SMM's July report had expected output to stay flat; instead it rose 4.8% m-o-m. Cell output in Taiwan, the main overseas supplier, fell about 6%.\n",
      [
        ["solar-cell", "2016-08", "actual", "output", 5.1],
        ["solar-cell", "2016-08", "actual", "mom", 0.048],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (tenth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'still 11.2% above a year earlier' is the YoY; 'In June 2015, output was N mt, so the y/y gain was 17.4%' is June 2016's YoY; 'and again by about 6% in August' keeps the verb's direction",
      "note-2016-06.txt",
      "Alumina\nAlumina output fell 1.4% m-o-m to 5.1 million mt in June 2016, while it was still 17.2% above a year earlier. In June 2015, output was 4.35 million mt, so the y/y gain was 17.2%. SMM expects output to rise by around 2.5% in July, and again by about 1% in August.\n",
      [
        ["alumina", "2016-06", "actual", "mom", -0.014],
        ["alumina", "2016-06", "actual", "output", 5100000],
        ["alumina", "2016-06", "actual", "yoy", 0.172],
        ["alumina", "2016-07", "forecast", "mom", 0.025],
        ["alumina", "2016-08", "forecast", "mom", 0.01],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (eleventh round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "bullets: '• High-grade NPI (10-15% Ni), nickel content: N mt' names the grade (its range in brackets is no subject); 'Operating rate of the sample' is the industry's",
      "npi-2016-08.txt",
      "SMM Analysis: China's NPI output in August 2016\nThe month at a glance:\n• Metal content: 40,000 mt, down 3.0% from July\n• High-grade NPI (10-15% Ni), nickel content: 31,000 mt, down 2.0% m-o-m\n• Operating rate of the sample: 55.0%\n",
      [
        ["npi:metal-content", "2016-08", "actual", "output", 40000],
        ["npi:metal-content", "2016-08", "actual", "mom", -0.03],
        ["npi:high-grade", "2016-08", "actual", "output", 31000],
        ["npi:high-grade", "2016-08", "actual", "mom", -0.02],
        ["npi", "2016-08", "actual", "operating_rate", 0.55],
        ["npi", "2016-08", "actual", "output", 40000],
        ["npi", "2016-08", "actual", "mom", -0.03],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (twelfth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a part's level above the whole's is impossible and left out ('output in Yunnan may rise 2.2% to 737,000 mt' beside a whole of 520,000 mt; a nickel product's parts may be physical tonnes and are kept); 'operational aluminum capacities totaled N' is the operating capacity",
      "note-2019-08.txt",
      "Refined Zinc\nSMM expects refined zinc output to rise 1.0% to 520,000 mt in September 2019, while output in Yunnan may rise 2.2% to 737,000 mt.\n\nAluminium\nIn August 2019, China's operational aluminum capacities totaled 37.61 million mt.\n",
      [
        ["refined-zinc", "2019-09", "forecast", "mom", 0.01],
        ["refined-zinc", "2019-09", "forecast", "output", 520000],
        ["refined-zinc:yunnan", "2019-09", "forecast", "mom", 0.022],
        ["aluminum", "2019-08", "actual", "operating_capacity", 37610000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (thirteenth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'raised production slightly, adding about 190 mt' is a change, not a level; 'large enterprises, whose operating rate reached 78%' is the tier's rate",
      "note-2016-07.txt",
      "NdFeB\nNdFeB makers raised production slightly in July 2016, adding about 190 mt. The gains were concentrated among large enterprises, whose operating rate reached 78%. The industry-wide operating rate was 63.4%.\n",
      [
        ["ndfeb", "2016-07", "actual", "mom_chg", 190],
        ["ndfeb:large", "2016-07", "actual", "operating_rate", 0.78],
        ["ndfeb", "2016-07", "actual", "operating_rate", 0.634],
      ],
    ],
    [
      "'N mt fewer than in June' is a fall",
      "note-2016-07.txt",
      "Ammonium Paratungstate\nAPT output was 6,100 mt in July 2016, 300 mt fewer than in June.\n",
      [
        ["ammonium-paratungstate", "2016-07", "actual", "output", 6100],
        ["ammonium-paratungstate", "2016-07", "actual", "mom_chg", -300],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the tenth session of 2026-12-06 (fourteenth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Production of 300-series steel should fall by a further 4%' is the series' forecast, not the product's; 'Ningxia producers, which had cut back, raised output by 11%' is the province's",
      "note-2016-09.txt",
      "Stainless Steel\nStainless steel output was 2.1 million mt in September 2016, 3.4% lower than in August. SMM expects October output to decline to about 2.05 million mt. Production of 300-series steel should fall by a further 4%.\n\nEMM\nEMM output rose 5.7% m-o-m in September 2016. Ningxia producers, which had cut back in the summer, raised output by 11% m-o-m.\n",
      [
        ["stainless-steel", "2016-09", "actual", "output", 2100000],
        ["stainless-steel", "2016-09", "actual", "mom", -0.034],
        ["stainless-steel", "2016-10", "forecast", "output", 2050000],
        ["stainless-steel:300-series", "2016-10", "forecast", "mom", -0.04],
        ["emm", "2016-09", "actual", "mom", 0.057],
        ["emm:ningxia", "2016-09", "actual", "mom", 0.11],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'0.5 GW (12.5%) fewer than in May': both numbers of a bracketed pair take the comparative after the bracket",
      "note-2013-06.txt",
      "PV Cells\nChina made 3.5 GW of PV cells in June 2013, 0.5 GW (12.5%) fewer than in May.\n",
      [
        ["solar-cell", "2013-06", "actual", "output", 3.5],
        ["solar-cell", "2013-06", "actual", "mom_chg", -0.5],
        ["solar-cell", "2013-06", "actual", "mom", -0.125],
      ],
    ],
    [
      "'YoY, output was 2.1% lower; compared with May, it rose 0.8%': a clause led by a bare month compares with that month",
      "note-2013-06.txt",
      "Primary Lead\nYear on year, China's primary lead output in June 2013 was 2.1% lower; compared with May, it rose 0.8%, to 301,000 mt.\n",
      [
        ["primary-lead", "2013-06", "actual", "yoy", -0.021],
        ["primary-lead", "2013-06", "actual", "mom", 0.008],
        ["primary-lead", "2013-06", "actual", "output", 301000],
      ],
    ],
    [
      "'whereas small smelters dropped to N%, a fall of P points' is the small smelters' rate after a sentence about the rate",
      "note-2013-06.txt",
      "Copper Cathode\nCopper cathode output fell 1.5% MoM in June 2013. The sample operating rate eased to 82.0%. Large smelters ran at 87.0%, whereas small smelters dropped to 60.5%, a fall of 4.5 percentage points.\n",
      [
        ["copper-cathode", "2013-06", "actual", "mom", -0.015],
        ["copper-cathode", "2013-06", "actual", "operating_rate", 0.82],
        ["copper-cathode:large-smelters", "2013-06", "actual", "operating_rate", 0.87],
        ["copper-cathode:small-smelters", "2013-06", "actual", "operating_rate", 0.605],
        ["copper-cathode:small-smelters", "2013-06", "actual", "operating_rate_mom", -0.045],
      ],
    ],
    [
      "'Smelters in Hunan, several of which ..., raised their combined output by N%' is Hunan's; 'Guangxi contributed N mt' is Guangxi's output",
      "note-2013-06.txt",
      "Primary Lead\nPrimary lead output rose 2.0% MoM in June 2013. Smelters in Hunan, several of which had paused for audits, raised their combined output by 5.5% m-o-m.\n\nSilicon Metal\nSilicon metal output was 150,000 mt in June 2013. Guangxi contributed 21,000 mt, while Ningxia held steady.\n",
      [
        ["primary-lead", "2013-06", "actual", "mom", 0.02],
        ["primary-lead:hunan", "2013-06", "actual", "mom", 0.055],
        ["silicon-metal", "2013-06", "actual", "output", 150000],
        ["silicon-metal:guangxi", "2013-06", "actual", "output", 21000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (second round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'rose 2.4% on a yearly basis' is a YoY change; 'N mt of capacity on an annualised basis were in operation' is the operating capacity",
      "note-2018-05.txt",
      "Alumina\nChina's alumina output rose 2.4% on a yearly basis to 6.1 million mt in May 2018. About 71.2 million mt of capacity on an annualised basis were in operation last month.\n",
      [
        ["alumina", "2018-05", "actual", "yoy", 0.024],
        ["alumina", "2018-05", "actual", "output", 6100000],
        ["alumina", "2018-05", "actual", "operating_capacity", 71200000],
      ],
    ],
    [
      "'this is estimated to yield output of N mt' names no part 'yield'; 'produced N tons of alumina' is alumina's in an aluminium text",
      "note-2018-05.txt",
      "In May 2018, SMM China produced 3.1 million tons of primary aluminum, up 1.5% on the year. In May, SMM China produced 5.8 million tons of alumina. Restarts are estimated to yield output of 6.0 million mt in June, up 3.0% from June 2017.\n",
      [
        ["aluminum", "2018-05", "actual", "output", 3100000],
        ["aluminum", "2018-05", "actual", "yoy", 0.015],
        ["alumina", "2018-05", "actual", "output", 5800000],
        ["alumina", "2018-06", "forecast", "output", 6000000],
        ["alumina", "2018-06", "forecast", "yoy", 0.03],
      ],
    ],
    [
      "'0.4 percent higher than that at the end of April' is May's rate change, not April's",
      "note-2018-05.txt",
      "Primary Aluminium\nAt the end of May 2018, the operating rate of aluminium smelters was 88 percent. The rate was 0.4 percent higher than that at the end of April 2018.\n",
      [
        ["aluminum", "2018-05", "actual", "operating_rate", 0.88],
        ["aluminum", "2018-05", "actual", "operating_rate_mom", 0.004],
      ],
    ],
    [
      "'large smelters, capacity above N mt/yr,' is a size bracket, and the rate after it the tier's; 'The rate rose to N% at medium smelters' is the medium smelters'",
      "note-2018-05.txt",
      "Secondary Lead\nThe operating rate of secondary lead smelters rose to 58.0% in May 2018. Average operating rate at large secondary lead smelters, capacity above 80,000 mt/yr, increased 1.5 percentage points MoM to 81.0%. The rate rose to 36.0% at medium smelters, capacity between 30,000-80,000 mt/yr. The rate slipped to 41.0% at small smelters, capacity below 30,000 mt/yr.\n",
      [
        ["secondary-lead", "2018-05", "actual", "operating_rate", 0.58],
        ["secondary-lead:large-smelters", "2018-05", "actual", "operating_rate_mom", 0.015],
        ["secondary-lead:large-smelters", "2018-05", "actual", "operating_rate", 0.81],
        ["secondary-lead:medium-sized-smelters", "2018-05", "actual", "operating_rate", 0.36],
        ["secondary-lead:small-smelters", "2018-05", "actual", "operating_rate", 0.41],
      ],
    ],
    [
      "in November's edition, 'The total output in 2018 is expected to rise 8% on the year to N mt' is the forecast of December's year to date",
      "note-2018-11.txt",
      "Silicon Metal\nChina's silicon metal output was 250,000 mt in November 2018. Output is expected to reach 240,000 mt in December. The total output in 2018 is expected to rise 8% on the year to 2.6 million mt.\n",
      [
        ["silicon-metal", "2018-11", "actual", "output", 250000],
        ["silicon-metal", "2018-12", "forecast", "output", 240000],
        ["silicon-metal", "2018-12", "forecast", "ytd_yoy", 0.08],
        ["silicon-metal", "2018-12", "forecast", "ytd_output", 2600000],
      ],
    ],
    [
      "', used to produce ternary materials for power batteries,' is an aside: the precursors' figures stay theirs",
      "note-2018-05.txt",
      "China's production of ternary precursors, used to produce ternary materials for power batteries, rose 9% from a month ago to 20,100 mt in May 2018.\n",
      [
        ["ternary-cathode-precursor", "2018-05", "actual", "mom", 0.09],
        ["ternary-cathode-precursor", "2018-05", "actual", "output", 20100],
      ],
    ],
    [
      "'Indonesia produced N mt of NPI ... In Q1, output rose' goes on about Indonesia; '(down 2.8% MoM)' after 'in physical content' is the physical change",
      "note-2018-03.txt",
      "NPI Review\n\nIndonesia produced 110,000 mt (Ni content) of NPI in March 2018, up 3.0% MoM. In Q1, output rose 18% YoY to 330,000 mt in nickel content.\n\nChina's NPI output stood at 28,000 mt in nickel content (up 5.0% MoM) or 650,000 mt in physical content (down 2.8% MoM) in March 2018.\n",
      [
        ["indonesian-npi:metal-content", "2018-03", "actual", "output", 110000],
        ["indonesian-npi:metal-content", "2018-03", "actual", "mom", 0.03],
        ["indonesian-npi:metal-content", "2018-03", "actual", "ytd_yoy", 0.18],
        ["indonesian-npi:metal-content", "2018-03", "actual", "ytd_output", 330000],
        ["npi:metal-content", "2018-03", "actual", "output", 28000],
        ["npi:metal-content", "2018-03", "actual", "mom", 0.05],
        ["npi:physical-content", "2018-03", "actual", "output", 650000],
        ["npi:physical-content", "2018-03", "actual", "mom", -0.028],
        ["indonesian-npi", "2018-03", "actual", "output", 110000],
        ["indonesian-npi", "2018-03", "actual", "mom", 0.03],
        ["indonesian-npi", "2018-03", "actual", "ytd_yoy", 0.18],
        ["indonesian-npi", "2018-03", "actual", "ytd_output", 330000],
        ["npi", "2018-03", "actual", "output", 28000],
        ["npi", "2018-03", "actual", "mom", 0.05],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
  it("'Blister copper output fell' is no copper cathode trend; 'Closures of small smelters increased raw material supply' is no output", () => {
    const r = parseReport(
      "Copper Cathode\nCopper cathode output rose 1.1% on a yearly basis in June 2018. Blister copper output made from scrap decreased on tight supply.\n\nSecondary Lead\nSecondary lead output rose 2.0% MoM in June 2018. Closures of small secondary lead smelters increased raw material supply in the market.\n",
      { fileName: "note-2018-06.txt" },
    );
    expect((r.edition?.trends ?? []).map((t) => [t.product + (t.segment ? `:${t.segment}` : ""), t.period, t.direction])).toEqual([
      ["secondary-lead", "2018-06", "up"],
    ]);
  });
});

describe("rules from the eleventh session of 2026-12-06 (third round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'would have fallen by 2%; producers in Guangxi, by contrast, raised output by 3%': a counterfactual is no future, and the aside no subject's end",
      "note-2013-12.txt",
      "Ferrosilicon\nFerrosilicon output fell 5.5% from November to 410,000 mt in December 2013. Without the rationing, production would have fallen by only about 2%; producers in Guangxi, by contrast, raised output by 3.0%.\n",
      [
        ["ferrosilicon", "2013-12", "actual", "mom", -0.055],
        ["ferrosilicon", "2013-12", "actual", "output", 410000],
        ["ferrosilicon:guangxi", "2013-12", "actual", "mom", 0.03],
      ],
    ],
    [
      "'Output is not expected to fall again in August. SMM puts the increase at 1.5%': SMM's present estimate goes on about August",
      "note-2013-07.txt",
      "Stainless Steel\nStainless steel output was 2.1% below June in July 2013. Output is not expected to fall again in August. SMM puts the increase at 1.5%, helped by a restart.\n",
      [
        ["stainless-steel", "2013-07", "actual", "mom", -0.021],
        ["stainless-steel", "2013-08", "forecast", "mom", 0.015],
      ],
    ],
    [
      "'salt-lake output in Qinghai fell 8%' is the salt-lake part (its home province); 'Hunan's smelters produced N mt' is Hunan's, dated by the clause, not by 'that had been idled in May'",
      "note-2013-06.txt",
      "Lithium Carbonate\nLithium carbonate output rose 4.0% m-o-m in June 2013 to 3,100 mt, whereas salt-lake output in Qinghai fell 8.0% to 1,000 mt.\n\nPrimary Lead\nPrimary lead output rose 2.0% in June 2013. Smelters that had been idled for checks in May restarted, and Hunan's smelters produced about 90,000 mt, 6% more than in May.\n",
      [
        ["lithium-carbonate", "2013-06", "actual", "mom", 0.04],
        ["lithium-carbonate", "2013-06", "actual", "output", 3100],
        ["lithium-carbonate:salt-lake", "2013-06", "actual", "mom", -0.08],
        ["lithium-carbonate:salt-lake", "2013-06", "actual", "output", 1000],
        ["primary-lead", "2013-06", "actual", "mom", 0.02],
        ["primary-lead:hunan", "2013-06", "actual", "output", 90000],
        ["primary-lead:hunan", "2013-06", "actual", "mom", 0.06],
      ],
    ],
    [
      "'300-series dropped 3.0% to N mt, 200-series 2.5% to M mt': the list's gapped items take the first verb; 'Compared with June 2012, ... higher; against May, it fell 1.2%'",
      "note-2013-06.txt",
      "Stainless Steel\nStainless steel output fell 2.8% in June 2013. 300-series production dropped 3.0% to 600,000 mt, 200-series 2.5% to 390,000 mt and 400-series 1.9% to 210,000 mt.\n\nSiMn Alloy\nCompared with June 2012, SiMn alloy output was 5.5% higher, at 560,000 mt; against May, it fell 1.2%, SMM data show.\n",
      [
        ["stainless-steel", "2013-06", "actual", "mom", -0.028],
        ["stainless-steel:300-series", "2013-06", "actual", "mom", -0.03],
        ["stainless-steel:300-series", "2013-06", "actual", "output", 600000],
        ["stainless-steel:200-series", "2013-06", "actual", "mom", -0.025],
        ["stainless-steel:200-series", "2013-06", "actual", "output", 390000],
        ["stainless-steel:400-series", "2013-06", "actual", "mom", -0.019],
        ["stainless-steel:400-series", "2013-06", "actual", "output", 210000],
        ["simn-alloy", "2013-06", "actual", "yoy", 0.055],
        ["simn-alloy", "2013-06", "actual", "output", 560000],
        ["simn-alloy", "2013-06", "actual", "mom", -0.012],
      ],
    ],
    [
      "'on the revised basis, May's decline narrows to 1.5%' is May's change; '(previously a decrease of 2.0%)' the one it replaced; 'with the YoY gain widening to 9%' a YoY forecast",
      "note-2013-06.txt",
      "Primary Aluminium\nSMM has revised May primary aluminum output up to 1.9 million mt from the 1.89 million mt published last month; on the revised basis, May's m-o-m decline narrows to 1.5% (previously a decrease of 2.0%). For July, SMM expects output to recover by 2.0% MoM to about 1.95 million mt, with the YoY gain widening to 9%.\n",
      [
        ["aluminum", "2013-05", "actual", "output", 1900000],
        ["aluminum", "2013-05", "actual", "mom", -0.015],
        ["aluminum", "2013-07", "forecast", "mom", 0.02],
        ["aluminum", "2013-07", "forecast", "output", 1950000],
        ["aluminum", "2013-07", "forecast", "yoy", 0.09],
      ],
    ],
    [
      "'Tongling Copper on its own produced about 80,000 mt in June, 5% more than a month earlier': the change goes on with the company",
      "note-2013-06.txt",
      "Copper Cathode\nChina's copper cathode output for June 2013 was 480,000 mt, an increase of 2.5% from May. Tongling Copper on its own produced about 80,000 mt in June, 5% more than a month earlier.\n",
      [
        ["copper-cathode", "2013-06", "actual", "output", 480000],
        ["copper-cathode", "2013-06", "actual", "mom", 0.025],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (fourth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'at about 11,000 mt, against 10,500 mt in March last year, a rise of 4.8%' is a YoY change",
      "note-2013-03.txt",
      "Refined Tin\nRefined tin production held flat MoM in March 2013 at about 11,000 mt, against 10,500 mt in March last year, a rise of 4.8%.\n",
      [
        ["refined-tin", "2013-03", "actual", "output", 11000],
        ["refined-tin", "2013-03", "actual", "yoy", 0.048],
      ],
    ],
    [
      "'Sulphate-process plants produced N mt and chloride-process plants M mt' are the processes' parts; '1,500 mt was battery-grade lithium carbonate and 1,100 mt industrial-grade' the grades'",
      "note-2013-03.txt",
      "Titanium Dioxide\nTitanium dioxide output came to 140,000 mt in March 2013. Sulphate-process plants produced 130,000 mt and chloride-process plants 10,000 mt.\n\nLithium Carbonate\nLithium carbonate production rose 5.0% MoM to 2,600 mt in March 2013. Of the total, 1,500 mt was battery-grade lithium carbonate and 1,100 mt industrial-grade.\n",
      [
        ["titanium-dioxide", "2013-03", "actual", "output", 140000],
        ["titanium-dioxide:sulphate-process", "2013-03", "actual", "output", 130000],
        ["titanium-dioxide:chloride-process", "2013-03", "actual", "output", 10000],
        ["lithium-carbonate", "2013-03", "actual", "mom", 0.05],
        ["lithium-carbonate", "2013-03", "actual", "output", 2600],
        ["lithium-carbonate:battery", "2013-03", "actual", "output", 1500],
        ["lithium-carbonate:industrial-grade", "2013-03", "actual", "output", 1100],
      ],
    ],
    [
      "'Downstream, ferromolybdenum output dropped 12% MoM to N mt' under Molybdenum Concentrate is ferromolybdenum's; not 'by our own tracking, ...' nor a related headline '2. Secondary Lead Output Rose 5% MoM'",
      "note-2013-03.txt",
      "Molybdenum Concentrate\nMolybdenum concentrate output fell 10.0% MoM to 17,000 mt in March 2013. Downstream, ferromolybdenum output dropped 12.0% MoM to 8,000 mt.\n\nNPI\nChina's NPI output was 30,000 mt in metal content in March 2013. Indonesia is another story: by our own port tracking, Indonesian NPI output reached about 20,000 mt Ni in March, up 5% MoM.\n\nPrimary Lead\nPrimary lead output rose 2.0% MoM in March 2013.\nMore news\n2. Secondary Lead Output Rose 5.0% MoM in March as Scrap Supply Improved\n",
      [
        ["molybdenum-concentrate", "2013-03", "actual", "mom", -0.1],
        ["molybdenum-concentrate", "2013-03", "actual", "output", 17000],
        ["ferromolybdenum", "2013-03", "actual", "mom", -0.12],
        ["ferromolybdenum", "2013-03", "actual", "output", 8000],
        ["npi:metal-content", "2013-03", "actual", "output", 30000],
        ["primary-lead", "2013-03", "actual", "mom", 0.02],
        ["npi", "2013-03", "actual", "output", 30000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (fifth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'N mt of primary aluminium capacity in operation' is the operating capacity; 'M mt of idle capacity' no capacity at all",
      "note-2019-09.txt",
      "Primary Aluminium\nChina produced 3.0 million mt of primary aluminium in September 2019. There is about 36.5 million mt of primary aluminium capacity in operation across the country and about 4.2 million mt of idle capacity.\n",
      [
        ["aluminum", "2019-09", "actual", "output", 3000000],
        ["aluminum", "2019-09", "actual", "operating_capacity", 36500000],
      ],
    ],
    [
      "'of alumina in Sep. Overall output in Jan-Sep came in at N mt' is two sentences; 'This lowered overall output' names no part 'lowered'",
      "note-2019-09.txt",
      "China produced 6.1 million mt of alumina in Sep. Overall output in Jan-Sep came in at 53.0 million mt, up 2.0%.\n\nChina produced 3 million mt of primary aluminium in September 2019. This lowered overall output in January-September, standing at 27.5 million mt.\n",
      [
        ["alumina", "2019-09", "actual", "output", 6100000],
        ["alumina", "2019-09", "actual", "ytd_output", 53000000],
        ["alumina", "2019-09", "actual", "ytd_yoy", 0.02],
        ["aluminum", "2019-09", "actual", "output", 3000000],
        ["aluminum", "2019-09", "actual", "ytd_output", 27500000],
      ],
    ],
    [
      "'The national electrolytic nickel production' is refined nickel's own name; 'Overseas refined nickel output rose 1.5%' no part of China's",
      "note-2019-09.txt",
      "Refined Nickel\nThe national electrolytic nickel production in September 2019 was 12.0% lower than in August. Overseas refined nickel output rose 1.5% MoM.\n",
      [["refined-nickel", "2019-09", "actual", "mom", -0.12]],
    ],
    [
      "'a month on month decrease of 6.0% in physical tons' stays the physical content's (no stand-in for the metal content)",
      "note-2019-09.txt",
      "NPI\nIn September 2019, Chinese NPI production was 29000 nickel tons and 650000 physical tons, with a month on month decrease of 6.0% in physical tons.\n",
      [
        ["npi:metal-content", "2019-09", "actual", "output", 29000],
        ["npi:physical-content", "2019-09", "actual", "output", 650000],
        ["npi:physical-content", "2019-09", "actual", "mom", -0.06],
        ["npi", "2019-09", "actual", "output", 29000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (sixth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'lifting output 20.0% MoM' is a change; 'rose 9.0% MoM from the holiday-hit February' is March's",
      "note-2013-03.txt",
      "Magnesium Ingot\nPlants restarted after the holiday, lifting output 20.0% MoM to 55,000 mt in March 2013.\n\nCobalt Sulphate\nCobalt sulphate output came in at 3,400 mt in March 2013. Output rose 9.0% MoM from the holiday-hit February.\n",
      [
        ["magnesium-ingot", "2013-03", "actual", "mom", 0.2],
        ["magnesium-ingot", "2013-03", "actual", "output", 55000],
        ["cobalt-sulphate", "2013-03", "actual", "output", 3400],
        ["cobalt-sulphate", "2013-03", "actual", "mom", 0.09],
      ],
    ],
    [
      "'Aluminium fell 2.5% MoM in March and 11.0% YoY, to an average of N yuan/mt' and 'Zinc slumped 5.0% ..., with the ingot average at N yuan/mt' are prices",
      "note-2013-03.txt",
      "Primary Aluminium\nPrimary aluminium output rose 9.0% MoM in March 2013. Aluminium fell 2.5% MoM in March and 11.0% YoY, to an average of 16,000 yuan/mt.\n\nRefined Zinc\nZinc slumped 5.0% in March from February, with the ingot average sinking to 15,000 yuan/mt. Refined zinc production increased 1.0% MoM to 420,000 mt in March 2013.\n",
      [
        ["aluminum", "2013-03", "actual", "mom", 0.09],
        ["refined-zinc", "2013-03", "actual", "mom", 0.01],
        ["refined-zinc", "2013-03", "actual", "output", 420000],
      ],
    ],
    [
      "'High-grade NPI led the recovery: output rose 14%' is the grade's; 'Production of 300-series stainless fell 3.5%' the series'; 'Yunnan: The province, ..., produced N mt' Yunnan's",
      "note-2013-03.txt",
      "NPI\nChina's NPI output rose 9.0% MoM to 24,000 mt in metal content in March 2013. High-grade NPI (10-15% Ni) led the recovery in March: output rose 14.0% MoM to 18,000 mt in nickel content.\n\nStainless Steel\nCrude stainless steel output slipped 1.0% MoM in March 2013. Production of 300-series stainless fell 3.5% to 600,000 mt.\n\nRefined Tin\nRefined tin output rose 10.0% in March 2013.\nYunnan: The province, home to most tin smelters, produced 7,400 mt of refined tin in March, a rise of 15.0% from February.\n",
      [
        ["npi:metal-content", "2013-03", "actual", "mom", 0.09],
        ["npi:metal-content", "2013-03", "actual", "output", 24000],
        ["npi:high-grade", "2013-03", "actual", "mom", 0.14],
        ["npi:high-grade", "2013-03", "actual", "output", 18000],
        ["stainless-steel", "2013-03", "actual", "mom", -0.01],
        ["stainless-steel:300-series", "2013-03", "actual", "mom", -0.035],
        ["stainless-steel:300-series", "2013-03", "actual", "output", 600000],
        ["refined-tin", "2013-03", "actual", "mom", 0.1],
        ["refined-tin:yunnan", "2013-03", "actual", "output", 7400],
        ["refined-tin:yunnan", "2013-03", "actual", "mom", 0.15],
        ["npi", "2013-03", "actual", "mom", 0.09],
        ["npi", "2013-03", "actual", "output", 24000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (seventh round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Large smelters with more than 100,000 mt/year of capacity ran at 60%' is the tier's rate, its bracket no exclusion",
      "note-2014-10.txt",
      "Secondary Lead\nThe sector's operating rate was 38.0% in October 2014. Large smelters with more than 100,000 mt/year of capacity ran at 60.0%.\n",
      [
        ["secondary-lead", "2014-10", "actual", "operating_rate", 0.38],
        ["secondary-lead:large-smelters", "2014-10", "actual", "operating_rate", 0.6],
      ],
    ],
    [
      "'came in 50,000 mt, or 3.0%, below SMM's forecast' is one distance; '- Year on year: down 4.0%' a YoY; 'while year on year (y/y) it rose 2.0%' a YoY",
      "note-2015-08.txt",
      "Stainless Steel\nChina's crude stainless steel output rose 2.0% m-o-m to 1.7 million mt in August 2015 but came in 50,000 mt, or 3.0%, below SMM's forecast.\n\nSilicon Metal\n- Output in August 2015: about 150,000 mt, up 5,000 mt from July.\n- Year on year: down 4.0%.\n\nRefined Zinc\nRefined zinc output fell 4.0% month on month (m-o-m) in August 2015 to 500,000 mt, while year on year (y/y) it rose 2.0%.\n",
      [
        ["stainless-steel", "2015-08", "actual", "mom", 0.02],
        ["stainless-steel", "2015-08", "actual", "output", 1700000],
        ["stainless-steel", "2015-08", "actual", "vs_expected_chg", -50000],
        ["silicon-metal", "2015-08", "actual", "output", 150000],
        ["silicon-metal", "2015-08", "actual", "mom_chg", 5000],
        ["silicon-metal", "2015-08", "actual", "yoy", -0.04],
        ["refined-zinc", "2015-08", "actual", "mom", -0.04],
        ["refined-zinc", "2015-08", "actual", "output", 500000],
        ["refined-zinc", "2015-08", "actual", "yoy", 0.02],
      ],
    ],
    [
      "'The operating rate dropped to 52% from 58%' (no month for it): the rate it moved from is no second level",
      "note-2015-10.txt",
      "Refined Tin\nRefined tin output fell 3.0% MoM in October 2015. The operating rate of SMM's sample of smelters dropped to 52.0% from 58.0%.\n",
      [
        ["refined-tin", "2015-10", "actual", "mom", -0.03],
        ["refined-tin", "2015-10", "actual", "operating_rate", 0.52],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the eleventh session of 2026-12-06 (eighth round)", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'Large smelters, those with annual capacity of 100,000 mt or more, raised output by 4%' is the tier's; '(capacity of N mt/year or above) ran at N%' the tier's rate, no capacity",
      "note-2015-06.txt",
      "Primary Lead\nPrimary lead output rose 2.5% in June 2015. Large smelters, those with annual capacity of 100,000 mt or more, raised output by 4.0% from May.\n\nCopper Cathode\nThe sample operating rate was 85.0% in June 2015. By smelter size, large smelters (capacity of 400,000 mt/year or above) ran at 91.0%, down 0.8 percentage points MoM.\n",
      [
        ["primary-lead", "2015-06", "actual", "mom", 0.025],
        ["primary-lead:large-smelters", "2015-06", "actual", "mom", 0.04],
        ["copper-cathode", "2015-06", "actual", "operating_rate", 0.85],
        ["copper-cathode:large-smelters", "2015-06", "actual", "operating_rate", 0.91],
        ["copper-cathode:large-smelters", "2015-06", "actual", "operating_rate_mom", -0.008],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twelfth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "'410,000 mt in physical content, down 2.0% m-o-m, with a nickel content of 35,000 mt, down 1.5% m-o-m': each change in its own tonnage's content",
      "note-2016-03.txt",
      "Nickel Pig Iron\nIn March 2016 China's NPI output came to 410,000 mt in physical content, down 2.0% m-o-m, with a nickel content of 35,000 mt, down 1.5% m-o-m.\n",
      [
        ["npi:physical-content", "2016-03", "actual", "output", 410000],
        ["npi:physical-content", "2016-03", "actual", "mom", -0.02],
        ["npi:metal-content", "2016-03", "actual", "output", 35000],
        ["npi:metal-content", "2016-03", "actual", "mom", -0.015],
        ["npi", "2016-03", "actual", "output", 35000],
        ["npi", "2016-03", "actual", "mom", -0.015],
      ],
    ],
    [
      "'30,000 mt in metal content and 140,000 mt in physical content, up 3.0% MoM': a pair's change is the product's, not the second tonnage's content",
      "note-2016-04.txt",
      "Nickel Sulphate\nNickel sulphate output in April 2016 was 30,000 mt in metal content and 140,000 mt in physical content, up 3.0% MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2016-04", "actual", "output", 30000],
        ["nickel-sulphate:physical-content", "2016-04", "actual", "output", 140000],
        ["nickel-sulphate", "2016-04", "actual", "mom", 0.03],
        ["nickel-sulphate", "2016-04", "actual", "output", 30000],
      ],
    ],
    [
      "'the decline narrowed by 3.0 percentage points to 2.5%' is the YoY (-2.5%); the amount it moved by is no figure; 'the YoY growth widened by about 1 percentage point to 4.0%' a YoY",
      "note-2016-05.txt",
      "Refined Tin\nRefined tin output rose 1.5% MoM in May 2016. Compared with May 2015, the decline narrowed by 3.0 percentage points to 2.5%. In June 2016 the YoY growth widened by about 1 percentage point to 4.0%.\n",
      [
        ["refined-tin", "2016-05", "actual", "mom", 0.015],
        ["refined-tin", "2016-05", "actual", "yoy", -0.025],
        ["refined-tin", "2016-06", "forecast", "yoy", 0.04],
      ],
    ],
    [
      "'10-14% Ni NPI ... fell 2.0%' and 'while 1.5-3% Ni material dropped 5.0% MoM to 4,000 mt' are grades named by their nickel range, not the product ('2.50 10,000 Ni mt' is no range)",
      "note-2016-06.txt",
      "NPI\nChina's NPI metal content fell 3.0% MoM to 30,000 mt in June 2016. By grade, 10-14% Ni NPI held 20,000 mt of nickel, down 2.0% from May, while 1.5-3% Ni material dropped 5.0% MoM to 4,000 mt of nickel.\n",
      [
        ["npi:metal-content", "2016-06", "actual", "mom", -0.03],
        ["npi:metal-content", "2016-06", "actual", "output", 30000],
        ["npi:10-14-ni", "2016-06", "actual", "mom", -0.02],
        ["npi:1-5-3-ni", "2016-06", "actual", "mom", -0.05],
        ["npi:1-5-3-ni", "2016-06", "actual", "output", 4000],
        ["npi", "2016-06", "actual", "mom", -0.03],
        ["npi", "2016-06", "actual", "output", 30000],
      ],
    ],
    [
      "'some 8.5% lower than the same month a year ago' is a YoY",
      "note-2016-07.txt",
      "Primary Lead\nPrimary lead output in July 2016 slipped 2.0% from June to 300,000 mt, some 8.5% lower than the same month a year ago.\n",
      [
        ["primary-lead", "2016-07", "actual", "mom", -0.02],
        ["primary-lead", "2016-07", "actual", "output", 300000],
        ["primary-lead", "2016-07", "actual", "yoy", -0.085],
      ],
    ],
    [
      "'**Refined zinc**: ...' lines (a bold name and a colon) each head their product's section among plain headings; 'output shed 6,000 mt (-2.0% m-o-m)' is a fall",
      "roundup-2016-08.txt",
      "Overview of China Metal Production in August 2016\n**Copper cathode**: Output rose 1.0% m-o-m to 700,000 mt in August.\nSecondary Lead\nSecondary lead output climbed 3.0% from July.\n**Refined zinc**: Output shed 6,000 mt in August (-2.0% m-o-m).\n**Sponge titanium**: A decline of about 5% is expected in September.\n",
      [
        ["copper-cathode", "2016-08", "actual", "mom", 0.01],
        ["copper-cathode", "2016-08", "actual", "output", 700000],
        ["secondary-lead", "2016-08", "actual", "mom", 0.03],
        ["refined-zinc", "2016-08", "actual", "mom_chg", -6000],
        ["refined-zinc", "2016-08", "actual", "mom", -0.02],
        ["sponge-titanium", "2016-09", "forecast", "mom", -0.05],
      ],
    ],
    [
      "'bringing the 2016 total to 40.0 million mt (+6.0% y/y)' in a December edition is the year to date",
      "note-2016-12.txt",
      "Alumina\nAlumina output rose 2.0% MoM to 3.5 million mt in December 2016, bringing the 2016 total to 40.0 million mt (+6.0% y/y).\n",
      [
        ["alumina", "2016-12", "actual", "mom", 0.02],
        ["alumina", "2016-12", "actual", "output", 3500000],
        ["alumina", "2016-12", "actual", "ytd_output", 40000000],
        ["alumina", "2016-12", "actual", "ytd_yoy", 0.06],
      ],
    ],
    [
      "'Hengda Cobalt, one of the largest refiners in Jiangxi, lifted its output by 9%' is one producer's; 'while China's output of the chemical rose 3.0%' the product's; 'the country's output' is China's",
      "note-2016-09.txt",
      "Cobalt Sulphate\nHengda Cobalt, one of the largest refiners in Jiangxi, lifted its cobalt sulphate output by 9.0% m-o-m to 900 mt in September 2016, while China's total output of the chemical rose 3.0% to 5,000 mt. SMM expects the country's cobalt sulphate output to reach 5,100 mt in October.\n",
      [
        ["cobalt-sulphate", "2016-09", "actual", "mom", 0.03],
        ["cobalt-sulphate", "2016-09", "actual", "output", 5000],
        ["cobalt-sulphate", "2016-10", "forecast", "output", 5100],
      ],
    ],
    [
      "a block label up to 100 characters ('Operating rates by smelter size, March 2016 (change m-o-m in percentage points):') says what the lines under it measure",
      "note-2016-03.txt",
      "Refined Lead\nPrimary lead output fell 2.0% m-o-m in March 2016.\n\nOperating rates by smelter size, March 2016 (change m-o-m in percentage points):\nLarge smelters (above 100,000 mt/year): 70.5% (+0.5)\nAll surveyed smelters: 60.2% (-1.0)\n",
      [
        ["primary-lead", "2016-03", "actual", "mom", -0.02],
        ["primary-lead:large-smelters", "2016-03", "actual", "operating_rate", 0.705],
        ["primary-lead", "2016-03", "actual", "operating_rate", 0.602],
      ],
    ],
    [
      "'China produced 8,000 mt in metal content of nickel sulphate, which translated to 36,000 mt in physical content' in a nickel item is nickel sulphate's, not NPI's; 'Rates across ... smelters' and 'Operating rates across another major producing hub' are operating rates",
      "nickel-2016-11.txt",
      "China's NPI output fell 2.0% m-o-m to 40,000 mt in Ni content in November 2016.\n\nIn November, China produced 8,000 mt in metal content of nickel sulphate, which translated to 36,000 mt in physical content.\n\nSecondary Lead\nRates across secondary lead smelters fell 1.5 percentage points from October to stand at 50.0% in November. Operating rates across another major producing hub, Anhui, dropped 2.0 percentage points last month.\n",
      [
        ["npi:metal-content", "2016-11", "actual", "mom", -0.02],
        ["npi:metal-content", "2016-11", "actual", "output", 40000],
        ["nickel-sulphate:metal-content", "2016-11", "actual", "output", 8000],
        ["nickel-sulphate:physical-content", "2016-11", "actual", "output", 36000],
        ["secondary-lead", "2016-11", "actual", "operating_rate_mom", -0.015],
        ["secondary-lead", "2016-11", "actual", "operating_rate", 0.5],
        ["secondary-lead:anhui", "2016-11", "actual", "operating_rate_mom", -0.02],
        ["npi", "2016-11", "actual", "mom", -0.02],
        ["npi", "2016-11", "actual", "output", 40000],
        ["nickel-sulphate", "2016-11", "actual", "output", 8000],
      ],
    ],
    [
      "'had risen 9% q-o-q' is another base; 'Smelters shed 5,000 mt' names no part; 'was 3.0% higher at N mt' is a change; a full year's 'down 1.3%' gives no December trend",
      "note-2016-12.txt",
      "Secondary Lead\nSecondary lead output rose 2.0% m-o-m in December 2016. In the fourth quarter as a whole, output had risen 9% q-o-q.\n\nRefined Zinc\nSmelters shed 5,000 mt in December 2016 (-1.2% m-o-m), leaving output at 410,000 mt.\n\nMagnesium Ingot\nCompared with November, magnesium output in December 2016 was 3.0% higher at 60,000 mt. Full-year 2016 output came to 700,000 mt, down 1.3%.\n",
      [
        ["secondary-lead", "2016-12", "actual", "mom", 0.02],
        ["refined-zinc", "2016-12", "actual", "mom_chg", -5000],
        ["refined-zinc", "2016-12", "actual", "mom", -0.012],
        ["refined-zinc", "2016-12", "actual", "output", 410000],
        ["magnesium-ingot", "2016-12", "actual", "mom", 0.03],
        ["magnesium-ingot", "2016-12", "actual", "output", 60000],
        ["magnesium-ingot", "2016-12", "actual", "ytd_output", 700000],
        ["magnesium-ingot", "2016-12", "actual", "ytd_yoy", -0.013],
      ],
    ],
    [
      "'..., month-on-month decline of 3.41%, year-on-year increase of 9.8%': each base before its own change noun (a machine translation's order)",
      "note-2017-01.txt",
      "Copper Cathode\nAccording to SMM research, in January 2017 the national electrolytic copper output was 700,000 tons, month-on-month decline of 2.5%, year-on-year increase of 8.0%.\n",
      [
        ["copper-cathode", "2017-01", "actual", "output", 700000],
        ["copper-cathode", "2017-01", "actual", "mom", -0.025],
        ["copper-cathode", "2017-01", "actual", "yoy", 0.08],
      ],
    ],
    [
      "'compared with the January revised data of 19.82 ten thousand tons' is January's revised level, not February's",
      "note-2017-02.txt",
      "Primary Lead\nThe national primary lead output in February 2017 was 17.35 ten thousand tons, compared with the January revised data of 19.82 ten thousand tons dropped 2.47 ten thousand tons, month-on-month decline of 12.46%.\n",
      [
        ["primary-lead", "2017-02", "actual", "output", 173500],
        ["primary-lead", "2017-01", "actual", "output", 198200],
        ["primary-lead", "2017-02", "actual", "mom_chg", -24700],
        ["primary-lead", "2017-02", "actual", "mom", -0.1246],
      ],
    ],
    [
      "a space-aligned table: 'NPI, metal content (mt)' is NPI (its unit bracket is no part of the name), 'Stainless steel, crude (mt)' stainless steel, its indented '  300-series' row a part of it; a 'Price MoM' column is no output's",
      "note-2017-03.txt",
      "SMM Data Note: nickel chain output, March 2017\n\nItem                          Mar 2017    Feb 2017     MoM    Price MoM\nNPI, metal content (mt)         35,000      34,000   +2.9%      +4.0%\nStainless steel, crude (mt)  2,000,000   1,900,000   +5.3%      +1.0%\n  300-series                   900,000     880,000   +2.3%         —\n",
      [
        ["npi", "2017-03", "actual", "output", 35000],
        ["npi", "2017-03", "actual", "mom", 0.029],
        ["stainless-steel", "2017-03", "actual", "output", 2000000],
        ["stainless-steel", "2017-03", "actual", "mom", 0.053],
        ["stainless-steel:300-series", "2017-03", "actual", "output", 900000],
        ["stainless-steel:300-series", "2017-03", "actual", "mom", 0.023],
      ],
    ],
    [
      "a province table in '000 mt with a 'China total' row: the provinces are parts, the total row the product",
      "note-2017-04.txt",
      "SMM Data Note: Primary aluminium output by province, April 2017\n\n| Province | Output ('000 mt) | MoM | Capacity ('000 mt/yr) |\n|---|---|---|---|\n| Shandong | 700.0 | -2.0% | 9,000 |\n| Others | 2,000.0 | +1.0% | 30,000 |\n| China total | 2,700.0 | +0.2% | 39,000 |\n",
      [
        ["aluminum:shandong", "2017-04", "actual", "output", 700000],
        ["aluminum:shandong", "2017-04", "actual", "mom", -0.02],
        ["aluminum:shandong", "2017-04", "actual", "capacity", 9000000],
        ["aluminum:others", "2017-04", "actual", "output", 2000000],
        ["aluminum:others", "2017-04", "actual", "mom", 0.01],
        ["aluminum:others", "2017-04", "actual", "capacity", 30000000],
        ["aluminum", "2017-04", "actual", "output", 2700000],
        ["aluminum", "2017-04", "actual", "mom", 0.002],
        ["aluminum", "2017-04", "actual", "capacity", 39000000],
      ],
    ],
    [
      "a product's measures by month with its name in the corner ('| SiMn alloy | Aug 2017 | Sep 2017 | Oct 2017 (f) |'): the latest month's figures, and the forecast column's output and change",
      "note-2017-09.txt",
      "SMM Data Note: ferroalloy output, September 2017\n\n| SiMn alloy | Aug 2017 | Sep 2017 | Oct 2017 (f) |\n|---|---|---|---|\n| Output (mt) | 600,000 | 630,000 | 640,000 |\n| MoM | +2.0% | +5.0% | +1.6% |\n| Operating rate | 40.0% | 42.0% | n/a |\n| Port stocks of ore (mt) | 2,000,000 | 1,900,000 | n/a |\n",
      [
        ["simn-alloy", "2017-09", "actual", "output", 630000],
        ["simn-alloy", "2017-08", "actual", "output", 600000],
        ["simn-alloy", "2017-10", "forecast", "output", 640000],
        ["simn-alloy", "2017-09", "actual", "mom", 0.05],
        ["simn-alloy", "2017-10", "forecast", "mom", 0.016],
        ["simn-alloy", "2017-09", "actual", "operating_rate", 0.42],
        ["simn-alloy", "2017-08", "actual", "operating_rate", 0.4],
      ],
    ],
    [
      "a heading the catalog does not know ('Lithium Hexafluorophosphate' over 'LiPF6 output ...') ends the section before it; a 'SPONSORED' block is no section's text",
      "note-2017-02.txt",
      "Lithium Carbonate\nLithium carbonate output in February 2017 grew 6.5% MoM to 3,400 mt.\nLithium Hexafluorophosphate\nLiPF6 output was about 190 mt in February 2017, up 2.7% m-o-m, and it is expected to fall 15% in March.\nSPONSORED\nMeet the lithium industry in Shanghai: sponsor Hengda Lithium runs 20,000 mt/yr of lithium hydroxide capacity and expects its output to rise 40% this year.\n",
      [
        ["lithium-carbonate", "2017-02", "actual", "mom", 0.065],
        ["lithium-carbonate", "2017-02", "actual", "output", 3400],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twelfth session of 2026-12-06: trends", () => {
  const trendsOf = (text: string, fileName: string): string[] => trendsIn(text, fileName, "plain");
  it.each<[string, string, string, string[]]>([
    [
      "a full year's direction ('Full-year 2016 output came to 700,000 mt, down 1.3%', 'Full-year view: output fell in 2016') is no month's trend",
      "note-2016-12.txt",
      "Magnesium Ingot\nCompared with November, magnesium output in December 2016 was 3.0% higher at 60,000 mt. Full-year 2016 output came to 700,000 mt, down 1.3%.\n\nPrimary Lead\nFull-year view: primary lead output fell in 2016. In January, SMM expects primary lead output to be flat MoM.\n",
      ["magnesium-ingot 2016-12 actual up", "primary-lead 2017-01 forecast flat"],
    ],
    [
      "'is unlikely to change from March in April' is a flat outlook; 'rose in December as some large producers looked to hit their annual production target' keeps its rise (the target is the reason's)",
      "roundup-2016-12.txt",
      "Primary Lead\nOutput of primary lead is unlikely to change from December in January, standing at 250,000 mt.\n\nCopper\nChina's copper output rose in December as some large producers looked to hit their annual production target at the year-end.\n",
      ["primary-lead 2017-01 forecast flat", "copper-cathode 2016-12 actual up"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsOf(text, fileName)).toEqual(want);
  });
});

describe("rules from the thirteenth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a province's name before a name the lexicon does not know is a company ('Hunan Dongfang and Guangxi Baiyun cut production by 5%', 'fell 4% at Henan Qiyuan'); 'Hunan's Lengshuijiang area' is a place; the national figure after 'As Hunan Dongfang cut runs,' stays",
      "note-2018-05.txt",
      "Refined Zinc\nRefined zinc output rose 2.0% MoM in May 2018. Hunan Dongfang and Guangxi Baiyun cut production by 5% for maintenance. Output fell 4% at Henan Qiyuan. Output in Hunan's Lengshuijiang area fell by 9% MoM. As Hunan Dongfang cut runs, national output is expected to fall 3% in June.\n",
      [
        ["refined-zinc", "2018-05", "actual", "mom", 0.02],
        ["refined-zinc:hunan", "2018-05", "actual", "mom", -0.09],
        ["refined-zinc", "2018-06", "forecast", "mom", -0.03],
      ],
    ],
    [
      "'included terbium oxide, whose output fell 40% to 30 mt' is the part's; 'was halved' is -50%, 'doubled' +100%, 'a threefold rise' +200%; 'nearly doubled' and 'by a tenth' state no figure",
      "note-2018-08.txt",
      "Medium-Heavy Rare Earth\nOutput of medium-heavy rare earth oxides was halved in August 2018. The fall included terbium oxide, whose output fell 40% to 30 mt.\n\nSponge Titanium\nSponge titanium output doubled in August 2018 to 8,000 mt, and nearly doubled year on year.\n\nMagnesium Powder\nMagnesium powder output recorded a threefold rise in August 2018. Output of magnesium alloy rose by a tenth.\n",
      [
        ["medium-heavy-rare-earth", "2018-08", "actual", "mom", -0.5],
        ["medium-heavy-rare-earth:terbium-oxide", "2018-08", "actual", "mom", -0.4],
        ["medium-heavy-rare-earth:terbium-oxide", "2018-08", "actual", "output", 30],
        ["sponge-titanium", "2018-08", "actual", "mom", 1],
        ["sponge-titanium", "2018-08", "actual", "output", 8000],
        ["magnesium-powder", "2018-08", "actual", "mom", 2],
      ],
    ],
    [
      "'was 12.5% higher in August than a year earlier' is a YoY; 'A leading Hunan producer doubled its own output' is a company's, 'an overhaul at a large Hunan smelter is expected to trim national output by about 2%' the nation's; rumours and 'if confirmed' are no forecast",
      "note-2018-09.txt",
      "Primary Lead\nPrimary lead output was 12.5% higher in September 2018 than a year earlier. A leading Hunan producer doubled its own monthly output to 9,000 mt. An overhaul at a large Hunan smelter in October is expected to trim national output by about 2%. Market rumours say a large plant will stop for a month, which, if confirmed, would cut output by around 30%.\n",
      [
        ["primary-lead", "2018-09", "actual", "yoy", 0.125],
        ["primary-lead", "2018-10", "forecast", "mom", -0.02],
      ],
    ],
    [
      "a weekly report: a sample's output 'over August 4-8, 2.0% less than the week before' is no month's figure; 'Producers' heads no product; '6.1% above the level of a year earlier' is a YoY",
      "weekly-2018-07.txt",
      "SMM Weekly: Refined Zinc, week 32\n\nWeekly operations\nThe sample produced 11,200 mt over August 4-8, 2.0% less than the week before.\n\nMonthly production\nRefined zinc output was 480,000 mt in July 2018, 12,000 mt more than in June and 6.1% above the level of a year earlier.\n\nProducers\nZhuzhou Smelter produced about 25,000 mt in July.\n",
      [
        ["refined-zinc", "2018-07", "actual", "output", 480000],
        ["refined-zinc", "2018-07", "actual", "mom_chg", 12000],
        ["refined-zinc", "2018-07", "actual", "yoy", 0.061],
        // (a smelter named bare, under the producers' heading, is a part of its own; the product's figures stay)
        ["refined-zinc:zhuzhou-smelter", "2018-07", "actual", "output", 25000],
      ],
    ],
    [
      "a machine translation's markers: 'ring ratio decrease 1.5%' is the MoM, 'same period last year increase 8.0%' the YoY; '1.4 wan tons' is 14,000 mt; 'Jinchuan October output 1.3 wan tons, year-on-year increase 3%' is the company's; a target to eliminate capacity is no capacity",
      "note-2018-10.txt",
      "Alumina\nAlumina output October 2018 600.0 ten thousand tons, ring ratio decrease 1.5%, same period last year increase 8.0%.\n\nRefined Nickel\nRefined nickel output October 2018 1.4 wan tons, chain increase 2.0%. Jinchuan October output 1.3 wan tons, year-on-year increase 3%.\n\nSilicomanganese\nThis year the ministry target to eliminate outdated ferroalloy capacity 150.0 ten thousand tons.\n",
      [
        ["alumina", "2018-10", "actual", "output", 6000000],
        ["alumina", "2018-10", "actual", "mom", -0.015],
        ["alumina", "2018-10", "actual", "yoy", 0.08],
        ["refined-nickel", "2018-10", "actual", "output", 14000],
        ["refined-nickel", "2018-10", "actual", "mom", 0.02],
      ],
    ],
    [
      "'Of which high-grade (10-15% Ni) NPI metal content 2.5 wan tons': the grade's bracket is an aside of the part's subject, not where it starts",
      "note-2018-11.txt",
      "NPI\nNPI output by metal content 3.5 wan tons nickel, month-on-month increase 4.0%. Of which high-grade (10-15% Ni) NPI metal content 2.5 wan tons, month-on-month increase 6.0%.\n",
      [
        ["npi:metal-content", "2018-11", "actual", "output", 35000],
        ["npi:metal-content", "2018-11", "actual", "mom", 0.04],
        ["npi:high-grade", "2018-11", "actual", "output", 25000],
        ["npi:high-grade", "2018-11", "actual", "mom", 0.06],
        ["npi", "2018-11", "actual", "output", 35000],
        ["npi", "2018-11", "actual", "mom", 0.04],
      ],
    ],
    [
      "'Refineries outside China operated at 84.0%, 0.5 percentage points lower' is a rate; 'Rate increased 6 percentage points month on month to 60.0%' is no output change (the fourteenth session reads it as the operating rate and its change); 'large recyclers, with annual capacity above 50,000 mt, raised output by 5.0%' is a tier's",
      "note-2018-12.txt",
      "Overseas Metallurgical-Grade Alumina\nOverseas metallurgical-grade alumina production rose 2.0% y/y in December 2018. Refineries outside China operated at 84.0%, 0.5 percentage points lower than in November.\n\nPrimary Lead\nRate increased 6 percentage points month on month to 60.0% in December 2018\n\nSecondary Lead\nSecondary lead output rose 1.0% m-o-m in December 2018. Large recyclers, with annual capacity above 50,000 mt, raised output by 5.0%.\n",
      [
        ["overseas-metallurgical-grade-alumina", "2018-12", "actual", "yoy", 0.02],
        ["overseas-metallurgical-grade-alumina", "2018-12", "actual", "operating_rate", 0.84],
        ["overseas-metallurgical-grade-alumina", "2018-12", "actual", "operating_rate_mom", -0.005],
        ["primary-lead", "2018-12", "actual", "operating_rate_mom", 0.06],
        ["primary-lead", "2018-12", "actual", "operating_rate", 0.6],
        ["secondary-lead", "2018-12", "actual", "mom", 0.01],
        ["secondary-lead:large-recyclers", "2018-12", "actual", "mom", 0.05],
      ],
    ],
    [
      "a sample ('interviews with 28 smelters who have ... total annual capacity of 3.0 million mt', 'Those smelters produced 150,000 mt') is not the industry; a part of NPI stated in physical tonnes ('450,000 ton, which equals 7,000 mt of nickel', '430,000 tons (6,900 mt of nickel)') has its nickel as its output",
      "note-2019-01.txt",
      "Secondary Lead\nOperating rates across smelters averaged 55.0% in January 2019, SMM data showed from interviews with 28 smelters who have obtained a licence with total annual capacity of 3.0 million mt. Those smelters produced 150,000 mt of secondary lead last month.\n\nNPI\nThe output of low-grade NPI was 450,000 ton in January 2019, which equals 7,000 mt of nickel. In February, low-grade NPI output will go down to 430,000 tons (6,900 mt of nickel).\n",
      [
        ["secondary-lead", "2019-01", "actual", "operating_rate", 0.55],
        ["npi:low-grade", "2019-01", "actual", "output", 7000],
        ["npi:low-grade", "2019-02", "forecast", "output", 6900],
      ],
    ],
    [
      "'On a physical-content basis, output fell 7.0% m-o-m to 400,000 mt' is the physical content, not NPI's level (counted in nickel)",
      "note-2019-02.txt",
      "NPI\nChina's NPI output fell 6.0% month on month to 37,000 mt of contained nickel in February 2019. On a physical-content basis, output fell 7.0% m-o-m to 400,000 mt.\n",
      [
        ["npi", "2019-02", "actual", "mom", -0.06],
        ["npi:metal-content", "2019-02", "actual", "output", 37000],
        ["npi:physical-content", "2019-02", "actual", "mom", -0.07],
        ["npi:physical-content", "2019-02", "actual", "output", 400000],
        ["npi", "2019-02", "actual", "output", 37000],
      ],
    ],
    [
      "a table's 'High-grade NPI' row under NPI is the part 'high-grade'; 'In Fugu, Shaanxi, output fell 5.0%' is the city's, not the product's",
      "note-2019-03.txt",
      "NPI\nNPI output by grade, March 2019 (nickel content, mt)\nGrade\tMarch\tMoM\nHigh-grade NPI\t21,000\t-10.0%\nLow-grade NPI\t14,000\t+2.0%\n\nMagnesium Ingot\nMarch 2019 magnesium ingot output, 66,000 mt, represented a decrease of 2.0% on February. In Fugu, Shaanxi, output fell 5.0% as plants halted.\n",
      [
        // (a column headed by a month name alone is the month's output: the twentieth session closed this gap)
        ["npi:high-grade", "2019-03", "actual", "output", 21000],
        ["npi:high-grade", "2019-03", "actual", "mom", -0.1],
        ["npi:low-grade", "2019-03", "actual", "output", 14000],
        ["npi:low-grade", "2019-03", "actual", "mom", 0.02],
        ["magnesium-ingot", "2019-03", "actual", "output", 66000],
        ["magnesium-ingot", "2019-03", "actual", "mom", -0.02],
      ],
    ],
    [
      "a headline in title case ('Dry-Season Cuts in Yunnan and Sichuan Drive China's Silicon Metal Output Down 11,000 mt') names no company",
      "note-2018-07.txt",
      "Dry-Season Cuts in Yunnan and Sichuan Drive China's Silicon Metal Output Down 11,000 mt in July 2018\nChina's silicon metal output fell 5.0% MoM in July 2018.\n",
      [
        ["silicon-metal", "2018-07", "actual", "mom_chg", -11000],
        ["silicon-metal", "2018-07", "actual", "mom", -0.05],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the fourteenth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a survey's 'sample output' is the sample's; 'is estimated at 480,000 mt for the month' is the month's estimate, not a forecast, so '5.0% higher than in June 2017' is its YoY",
      "note-2018-06.txt",
      "Refined Zinc\nSMM's survey of 30 zinc smelters shows sample output of 410,000 mt in June 2018, a rise of 2.1% from May. Grossed up to the whole country, China's refined zinc output is estimated at 480,000 mt for the month, up 12,000 mt (2.6%) m-o-m and 5.0% higher than in June 2017.\n",
      [
        ["refined-zinc", "2018-06", "actual", "output", 480000],
        ["refined-zinc", "2018-06", "actual", "mom_chg", 12000],
        ["refined-zinc", "2018-06", "actual", "mom", 0.026],
        ["refined-zinc", "2018-06", "actual", "yoy", 0.05],
      ],
    ],
    [
      "'the expected output dropped to around 30,000 mt' is what was expected; after 'a second-tier producer with four furnaces ...', 'The actual output ... with the operating rate dropping to about 50%' is that producer's",
      "note-2018-06.txt",
      "Polysilicon\nEarly in June 2018, the expected polysilicon output dropped to around 30,000 mt. According to SMM, a second-tier producer with four furnaces had only two running. The actual output in June is expected to be less than 2,000 mt, with the operating rate dropping to about 50%. China's polysilicon output rose 3.0% MoM in June 2018.\n",
      [["polysilicon", "2018-06", "actual", "mom", 0.03]],
    ],
    [
      "'which explains the 2.9% increase in June output' is the output's change, whatever the clause before names (a country); stated twice with different values, it is left out",
      "note-2018-06.txt",
      "Cobalt Sulphate\nLate cargoes from the DRC arrived early in June 2018, which explains the 2.9% increase in June output.\n\nCobalt Chloride\nCobalt chloride output rose 2.4% MoM in June 2018. Late cargoes from the DRC arrived early in the month, which explains the 2.9% increase in June output.\n",
      [["cobalt-sulphate", "2018-06", "actual", "mom", 0.029]],
    ],
    [
      "'PV-grade EVA resin' is the product in the form it is sold; 'Imports, mainly from Japan, remained the main source of supply at about 20,000 mt' are imports",
      "note-2018-06.txt",
      "PV-Grade EVA\nDomestic output of PV-grade EVA resin was about 8,000 mt in June 2018, 2.5% more than in May. Imports, mainly from Japan, remained the main source of supply at about 20,000 mt.\n",
      [
        ["pv-grade-eva", "2018-06", "actual", "output", 8000],
        ["pv-grade-eva", "2018-06", "actual", "mom", 0.025],
      ],
    ],
    [
      "'slipped 1.4% as closures announced last year took effect' is this month's change (the reason's time is not the figure's); 'A smelter in Canada stopped, and the overseas operating rate fell' is the whole's rate; 'smelters outside China' are the overseas industry, no part",
      "note-2018-06.txt",
      "Overseas Aluminum\nYear on year, aluminium production outside China slipped 1.4% in June 2018 as closures announced last year took effect. A smelter in Canada stopped production early in the month, and the overseas operating rate fell 0.5 percentage points to 82.0%.\n\nOverseas Metallurgical-Grade Alumina\nThe operating rate of refineries outside China was 81.5% in June 2018.\n",
      [
        ["overseas-aluminum", "2018-06", "actual", "yoy", -0.014],
        ["overseas-aluminum", "2018-06", "actual", "operating_rate_mom", -0.005],
        ["overseas-aluminum", "2018-06", "actual", "operating_rate", 0.82],
        ["overseas-metallurgical-grade-alumina", "2018-06", "actual", "operating_rate", 0.815],
      ],
    ],
    [
      "'The January-June total was 1.1 million mt' is the year to date; 'the biggest of them alone produced' is one producer's",
      "note-2018-06.txt",
      "Primary Lead\nPrimary lead output rose 1.5% MoM in June 2018. The January-June total was 1.1 million mt, down 3.0% on the same period of 2017. Large smelters kept raising runs; the biggest of them alone produced about 30,000 mt.\n",
      [
        ["primary-lead", "2018-06", "actual", "mom", 0.015],
        ["primary-lead", "2018-06", "actual", "ytd_output", 1100000],
        ["primary-lead", "2018-06", "actual", "ytd_yoy", -0.03],
      ],
    ],
    [
      "a sample's output ('The 35 smelters in SMM's monthly sample produced', 'SMM's sample of 30 enterprises produced', 'SMM's survey of 39 smelters put their combined output') is the sample's, its rate SMM's rate; 'SMM's survey of 28 smelters puts the month's output at' is the country's; 'carbonate from spodumene' is the spodumene part",
      "note-2018-06.txt",
      "Refined Zinc\nThe 35 smelters in SMM's monthly sample produced 405,000 mt in June 2018. SMM's survey of 39 smelters put their combined output at 386,000 mt, down 2.6%, and their operating rate at 81.0%. Scaled up to the whole country, refined zinc output was 475,000 mt, up 1.1% MoM.\n\nSecondary Lead\nSMM's sample of 30 secondary lead enterprises produced 98,600 mt in June 2018, down 3.1% MoM.\n\nPrimary Lead\nSMM's survey of 28 smelters puts the month's output at 231,700 mt in June 2018, an increase of 0.9% over May.\n\nLithium Carbonate\nLithium carbonate output was 5,140 mt in June 2018, up 8.8% MoM. By feedstock, carbonate from spodumene rose 11.2% to 3,020 mt.\n",
      [
        ["refined-zinc", "2018-06", "actual", "operating_rate", 0.81],
        ["refined-zinc", "2018-06", "actual", "output", 475000],
        ["refined-zinc", "2018-06", "actual", "mom", 0.011],
        ["primary-lead", "2018-06", "actual", "output", 231700],
        ["primary-lead", "2018-06", "actual", "mom", 0.009],
        ["lithium-carbonate", "2018-06", "actual", "output", 5140],
        ["lithium-carbonate", "2018-06", "actual", "mom", 0.088],
        ["lithium-carbonate:spodumene", "2018-06", "actual", "mom", 0.112],
        ["lithium-carbonate:spodumene", "2018-06", "actual", "output", 3020],
      ],
    ],
    [
      "after a fronted reason ('With LMO makers restocking,', 'With acid costs rising,'), 'a recovery of about 2% is expected' is the section's output's; 'With the Xinjiang refinery back, SMM forecasts' is SMM's figure; '11% above year-earlier levels' is a YoY",
      "note-2018-06.txt",
      "Mn3O4\nMn3O4 output slipped 1.5% m-o-m in June 2018, though it remained 11% above year-earlier levels. With LMO makers restocking, a recovery of about 2% is expected in July.\n\nTitanium Dioxide\nTitanium dioxide output fell 2.3% MoM in June 2018. With sulphuric acid costs rising, a further decline of roughly 3% is expected in July.\n\nRefined Nickel\nRefined nickel output fell 6.8% MoM in June 2018. With the Xinjiang refinery back in operation, SMM forecasts a 4.5% m-o-m increase in July.\n",
      [
        ["mn3o4", "2018-06", "actual", "mom", -0.015],
        ["mn3o4", "2018-06", "actual", "yoy", 0.11],
        ["mn3o4", "2018-07", "forecast", "mom", 0.02],
        ["titanium-dioxide", "2018-06", "actual", "mom", -0.023],
        ["titanium-dioxide", "2018-07", "forecast", "mom", -0.03],
        ["refined-nickel", "2018-06", "actual", "mom", -0.068],
        ["refined-nickel", "2018-07", "forecast", "mom", 0.045],
      ],
    ],
    [
      "a paragraph opened by another product's output runs that product's section on (its unnamed sentences are its own); a line naming the section's product again takes the section up again",
      "note-2018-06.txt",
      "Copper Cathode\nChina's copper cathode output rose 2.1% MoM in June 2018.\nPrimary aluminium output in China slid 3.8% MoM in June 2018. Output is expected to fall by about 1% in July.\n\nMolybdenum Concentrate\nChina's molybdenum concentrate output fell 1.5% MoM in June 2018.\nFerromolybdenum output rose 3.4% MoM in June 2018, to meet steel mills' July tenders.\nFor July, SMM expects molybdenum concentrate output to decrease by about 2%.\n",
      [
        ["copper-cathode", "2018-06", "actual", "mom", 0.021],
        ["aluminum", "2018-06", "actual", "mom", -0.038],
        ["aluminum", "2018-07", "forecast", "mom", -0.01],
        ["molybdenum-concentrate", "2018-06", "actual", "mom", -0.015],
        ["ferromolybdenum", "2018-06", "actual", "mom", 0.034],
        ["molybdenum-concentrate", "2018-07", "forecast", "mom", -0.02],
      ],
    ],
    [
      "'Steel mills' July tender volumes were 10% lower' are tenders; 'the largest converter in Sichuan produced about 700 mt' is one company's; 'supplied most of the 4.1% increase in June,' is the month's change, stated twice with different values and left out",
      "note-2018-06.txt",
      "SiMn\nSiMn alloy output fell 3.3% MoM in June 2018. Steel mills' July tender volumes were 10% lower than in June.\n\nLithium Carbonate\nLithium carbonate output rose 6.5% MoM in June 2018. Among companies, the largest converter in Sichuan produced about 700 mt.\n\nLithium Hydroxide\nLithium hydroxide output rose 4.6% MoM in June 2018. Two plants in Jiangxi supplied most of the 4.1% increase in June, with the rest from Qinghai.\n",
      [
        ["simn-alloy", "2018-06", "actual", "mom", -0.033],
        ["lithium-carbonate", "2018-06", "actual", "mom", 0.065],
      ],
    ],
    [
      "'Refineries outside China ran at 79.2% on average, 0.3 percentage points higher' is the overseas rate and its change, not an output change",
      "note-2018-06.txt",
      "Overseas Metallurgical-Grade Alumina\nOverseas alumina production in June 2018 grew 0.8% from a year earlier. Refineries outside China ran at 79.2% on average, 0.3 percentage points higher than in May.\n",
      [
        ["overseas-metallurgical-grade-alumina", "2018-06", "actual", "yoy", 0.008],
        ["overseas-metallurgical-grade-alumina", "2018-06", "actual", "operating_rate", 0.792],
        ["overseas-metallurgical-grade-alumina", "2018-06", "actual", "operating_rate_mom", 0.003],
      ],
    ],
    [
      "'Year on year, output was up 22%; from May it rose 4.0%': the fronted base stops at the ';'; 'Output at the producers in SMM's sample fell 4.1%' is the sample's",
      "note-2018-06.txt",
      "Cobalt Sulphate\nYear on year, cobalt sulphate output was up 22% in June 2018; from May it rose 4.0%.\n\nDMC\nOutput at the DMC producers in SMM's sample fell 4.1% MoM in June 2018. National DMC output fell 2.4% MoM.\n",
      [
        ["cobalt-sulphate", "2018-06", "actual", "yoy", 0.22],
        ["cobalt-sulphate", "2018-06", "actual", "mom", 0.04],
        ["dmc", "2018-06", "actual", "mom", -0.024],
      ],
    ],
    [
      "a subtitle's bare 'Rate dipped 0.6 percentage point ... to 32.6%, standing 6.4 percentage points lower than a year ago' is the operating rate's; the output's YoY stays",
      "note-2018-06.txt",
      "Silicon Metal\nRate dipped 0.6 percentage point from May to 32.6% in June, standing 6.4 percentage points lower than a year ago\n\nSilicon metal production in June 2018 was 28.2% lower than a year earlier.\n",
      [
        ["silicon-metal", "2018-06", "actual", "operating_rate_mom", -0.006],
        ["silicon-metal", "2018-06", "actual", "operating_rate", 0.326],
        ["silicon-metal", "2018-06", "actual", "operating_rate_yoy", -0.064],
        ["silicon-metal", "2018-06", "actual", "yoy", -0.282],
      ],
    ],
    [
      "'roughly 40,100 mt of nickel sulphate, or about 8,930 mt of contained nickel': the first tonnage is physical, the product level the nickel's",
      "note-2018-06.txt",
      "Nickel Sulphate\nNickel sulphate output fell 5.8% MoM in June 2018. SMM expects July output of roughly 40,100 mt of nickel sulphate, or about 8,930 mt of contained nickel.\n",
      [
        ["nickel-sulphate", "2018-06", "actual", "mom", -0.058],
        ["nickel-sulphate:physical-content", "2018-07", "forecast", "output", 40100],
        ["nickel-sulphate:metal-content", "2018-07", "forecast", "output", 8930],
        ["nickel-sulphate", "2018-07", "forecast", "output", 8930],
      ],
    ],
    [
      "'NPI output on a metal-content basis fell 3.1%' is the metal content's (the product level), 'physical-content output was down 2.7%' the physical content's",
      "note-2018-06.txt",
      "NPI\nNPI output on a metal-content basis fell 3.1% MoM to 37,400 mt in June 2018, while physical-content output was down 2.7%.\n",
      [
        ["npi:metal-content", "2018-06", "actual", "mom", -0.031],
        ["npi:metal-content", "2018-06", "actual", "output", 37400],
        ["npi:physical-content", "2018-06", "actual", "mom", -0.027],
        ["npi", "2018-06", "actual", "mom", -0.031],
        ["npi", "2018-06", "actual", "output", 37400],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the thirteenth session of 2026-12-06: trends", () => {
  const trendsOf = (text: string, fileName: string): string[] => trendsIn(text, fileName, "plain");
  it.each<[string, string, string, string[]]>([
    [
      "'output cut at Hebei Songtai and Shanxi Yichang' and 'Jiangsu Xinhe reduced production' are companies' directions",
      "note-2018-06.txt",
      "Secondary Lead\nOperating rates rose in spite of output cut at Hebei Songtai and Shanxi Yichang. Jiangsu Xinhe reduced production for lack of scrap. Secondary lead output is expected to rise in July.\n",
      ["secondary-lead 2018-07 forecast up"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsOf(text, fileName)).toEqual(want);
  });
});

describe("rules from the fifteenth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "a metal's name inside a company's name at a sentence's start ('Hongda Silver Lead Smelting began ...') is no mention of that metal: the headingless item is about the product its title names",
      "note-2019-06.txt",
      "Lead Output in China Rose in June\n\nChina produced 262,000 mt of lead in June 2019, up 1.6% from May.\n\nSeveral smelters restarted after maintenance. Hongda Silver Lead Smelting began a two-week overhaul late in the month.\n",
      [
        ["primary-lead", "2019-06", "actual", "output", 262000],
        ["primary-lead", "2019-06", "actual", "mom", 0.016],
      ],
    ],
    [
      "a title's 'Dropped 3.8%' with no base, stated in the body as '3.8% from a year ago', is the YoY restated, not a MoM in conflict with the body's",
      "note-2019-06.txt",
      "Refined Zinc Output Dropped 3.8% in June\n\nChina produced 498,000 mt of refined zinc in June 2019, down 1.2% from May and 3.8% from a year ago.\n",
      [
        ["refined-zinc", "2019-06", "actual", "output", 498000],
        ["refined-zinc", "2019-06", "actual", "yoy", -0.038],
        ["refined-zinc", "2019-06", "actual", "mom", -0.012],
      ],
    ],
    [
      "'the output of ten non-ferrous metals' is no product's; 'Shanghai aluminium fell 4.1 per cent' is the exchange's contract; 'added 250,000 tonnes of smelting capacity' and 'a cut of 15,000 tons of capacity' are capacity, not output; 'the record of 3.1 million tons set in 2019' is that year's; 'raw aluminium' is primary aluminium",
      "note-2021-03.txt",
      "China's aluminium output rose in March\n\nRaw aluminium production in March 2021 was 3.35 million tons, up 4.2% from February. Shanghai aluminium fell 4.1 per cent over the month. China added 250,000 tonnes of smelting capacity in March, well above a cut of 15,000 tons of capacity in Henan. Output beat the record of 3.1 million tons set in 2019. China's output of ten non-ferrous metals in March was 5.6 million tons, up 9.1% from a year earlier.\n",
      [
        ["aluminum", "2021-03", "actual", "output", 3350000],
        ["aluminum", "2021-03", "actual", "mom", 0.042],
      ],
    ],
    [
      "'The rates averaged 51.2%' after a sentence on operating rates is the operating rate, its points change the rate's; 'start-up rate' is a translation's operating rate; a title's question 'what is the expected June start-up rate?' does not date the figure before it",
      "note-2019-05.txt",
      "May secondary lead start-up rate 51.2% what is the expected June start-up rate?\n\nOperating rates across secondary lead smelters fell in May 2019. The rates averaged 51.2% in May, down 3.4 percentage points from April. SMM expects the start-up rate to rise 2.0 percentage points to 53.2% in June.\n",
      [
        ["secondary-lead", "2019-05", "actual", "operating_rate", 0.512],
        ["secondary-lead", "2019-05", "actual", "operating_rate_mom", -0.034],
        ["secondary-lead", "2019-06", "forecast", "operating_rate_mom", 0.02],
        ["secondary-lead", "2019-06", "forecast", "operating_rate", 0.532],
      ],
    ],
    [
      "'output for January-to-December is likely to increase 3.2% on the year to 9.1 million mt' is the forecast month's year to date",
      "note-2021-11.txt",
      "Copper Cathode\nSMM expects copper cathode output to rise 2.1% on the month to 840,000 mt in December 2021, and output for January-to-December is likely to increase 3.2% on the year to 9.1 million mt.\n",
      [
        ["copper-cathode", "2021-12", "forecast", "mom", 0.021],
        ["copper-cathode", "2021-12", "forecast", "output", 840000],
        ["copper-cathode", "2021-12", "forecast", "ytd_yoy", 0.032],
        ["copper-cathode", "2021-12", "forecast", "ytd_output", 9100000],
      ],
    ],
    [
      "a byline ('By SMM Zinc Desk') heads no section; ', whereas Hunan slipped 1.5%' is Hunan's own change",
      "note-2024-04.txt",
      "Refined Zinc Output Edges Up in April\nBy SMM Zinc Desk\n\nChina's refined zinc output in April 2024 came to 520,000 mt, up 1.1% from March. Output in Yunnan rose 4.2% MoM, whereas Hunan slipped 1.5% on a shortage of concentrate.\n",
      [
        ["refined-zinc", "2024-04", "actual", "output", 520000],
        ["refined-zinc", "2024-04", "actual", "mom", 0.011],
        ["refined-zinc:yunnan", "2024-04", "actual", "mom", 0.042],
        ["refined-zinc:hunan", "2024-04", "actual", "mom", -0.015],
      ],
    ],
    [
      "an 'Item | Value | MoM' table states the section product's measures for the text's month; '- 300-series: 1,200,000 mt, -2.0% MoM' is the series' output",
      "note-2025-05.txt",
      "DMC\nDMC output in China fell in May 2025.\n\nItem | Value | MoM\nOutput | 175,000 mt | -4.20%\nOperating rate | 62.10% | -2.80 pp\n\nStainless Steel\nBy series:\n- 300-series: 1,200,000 mt, -2.0% MoM\n",
      [
        ["dmc", "2025-05", "actual", "output", 175000],
        ["dmc", "2025-05", "actual", "mom", -0.042],
        ["dmc", "2025-05", "actual", "operating_rate", 0.621],
        ["dmc", "2025-05", "actual", "operating_rate_mom", -0.028],
        ["stainless-steel:300-series", "2025-05", "actual", "output", 1200000],
        ["stainless-steel:300-series", "2025-05", "actual", "mom", -0.02],
      ],
    ],
    [
      "'New lines in Henan and Guangxi kept ramping up, and SMM's operating rate ... climbed' is SMM's rate; 'Maintenance at two smelters meant ... production eased' is the output's; '3.1% below the level of a year earlier' is a fall",
      "note-2023-09.txt",
      "Alumina\nNew lines in Henan and Guangxi kept ramping up, and SMM's operating rate for the sector climbed 1.2 percentage points to 85.0% in September 2023.\n\nCopper Cathode\nMaintenance at two smelters meant copper cathode production in September 2023 eased to 690,000 mt, 1.5% lower m-o-m, although that was 3.1% below the level of a year earlier.\n",
      [
        ["alumina", "2023-09", "actual", "operating_rate_mom", 0.012],
        ["alumina", "2023-09", "actual", "operating_rate", 0.85],
        ["copper-cathode", "2023-09", "actual", "output", 690000],
        ["copper-cathode", "2023-09", "actual", "mom", -0.015],
        ["copper-cathode", "2023-09", "actual", "yoy", -0.031],
      ],
    ],
    [
      "a paragraph opened by 'A 2.5% month-on-month increase took China's alumina output to ...' runs on another product's section; ', with the 300-series expected to fall about 3%' is the series'; 'SMM had earlier put the month's output at about 5,000 mt' is an earlier estimate",
      "note-2016-09.txt",
      "Copper Cathode\nCopper cathode output rose 1.0% m-o-m in September 2016.\n\nA 2.5% month-on-month increase took China's alumina output to 4.80 million mt in September.\n\nStainless Steel\nFor October, SMM expects total output to drop slightly, with the 300-series expected to fall about 3%.\n\nLithium Carbonate\nLithium carbonate output reached 5,200 mt in September 2016. SMM had earlier put the month's output at about 5,000 mt; the figure was revised.\n",
      [
        ["copper-cathode", "2016-09", "actual", "mom", 0.01],
        ["alumina", "2016-09", "actual", "mom", 0.025],
        ["alumina", "2016-09", "actual", "output", 4800000],
        ["stainless-steel:300-series", "2016-10", "forecast", "mom", -0.03],
        ["lithium-carbonate", "2016-09", "actual", "output", 5200],
      ],
    ],
    [
      "'smelters ran at 86.4% in October, up 0.3 percentage point' is the operating rate and its change; 'held up better at 78.0%, down 1.2 percentage points' names no measure, so its points are no output change",
      "note-2017-10.txt",
      "Overseas Aluminum\nOverseas aluminium smelters ran at 86.4% in October 2017, up 0.3 percentage point from September; their output grew 1.5% YoY.\n\nCopper Cathode\nCopper cathode output rose 2.0% MoM in October 2017. Smelters in the north held up better at 78.0%, down 1.2 percentage points MoM.\n",
      [
        ["overseas-aluminum", "2017-10", "actual", "operating_rate", 0.864],
        ["overseas-aluminum", "2017-10", "actual", "operating_rate_mom", 0.003],
        ["overseas-aluminum", "2017-10", "actual", "yoy", 0.015],
        ["copper-cathode", "2017-10", "actual", "mom", 0.02],
      ],
    ],
    [
      "'Item | Aug 2026 | MoM | YoY' reads the YoY column too; under 'Lithium carbonate | Nov 2016 | MoM', 'Total' and 'From spodumene' rows are the product's and the feedstock's; 'of which Inner Mongolia (mt)' is the corner product's region; a row that names a measure beside a span column is not a part",
      "note-2016-11.txt",
      "Antimony Ingot\nItem | Nov 2016 | MoM | YoY\nOutput (mt) | 6,100 | -2.0% | -9.5%\nOperating rate | 33.0% | -0.8 pp | n/a\n\nLithium Carbonate\nLithium carbonate | Nov 2016 | MoM\nTotal | 7,000 mt | +8.0%\nFrom spodumene | 5,400 mt | +9.0%\n\nFerroalloys\n| High-carbon ferrochrome | Oct 2016 | Nov 2016 |\n|---|---|---|\n| Output (mt) | 380,000 | 390,000 |\n| of which Inner Mongolia (mt) | 205,000 | 215,000 |\n\nRefined Zinc\nRefined zinc | Nov 2016 | Jan-Nov 2016\nOutput (mt) | 480,000 | 5,300,000\n",
      [
        ["antimony-ingot", "2016-11", "actual", "output", 6100],
        ["antimony-ingot", "2016-11", "actual", "mom", -0.02],
        ["antimony-ingot", "2016-11", "actual", "yoy", -0.095],
        ["antimony-ingot", "2016-11", "actual", "operating_rate", 0.33],
        ["antimony-ingot", "2016-11", "actual", "operating_rate_mom", -0.008],
        ["lithium-carbonate", "2016-11", "actual", "output", 7000],
        ["lithium-carbonate", "2016-11", "actual", "mom", 0.08],
        ["lithium-carbonate:spodumene", "2016-11", "actual", "output", 5400],
        ["lithium-carbonate:spodumene", "2016-11", "actual", "mom", 0.09],
        ["high-carbon-ferrochrome", "2016-11", "actual", "output", 390000],
        ["high-carbon-ferrochrome", "2016-10", "actual", "output", 380000],
        ["high-carbon-ferrochrome:inner-mongolia", "2016-11", "actual", "output", 215000],
        ["high-carbon-ferrochrome:inner-mongolia", "2016-10", "actual", "output", 205000],
      ],
    ],
    [
      "'by trimming the 300 series, whose output fell 3.8%' is the 300-series' (its number names the part)",
      "note-2025-11.txt",
      "Stainless Steel\nMills answered persistent losses by trimming the 300 series, whose output fell 3.8% MoM to 1.786 million mt in November 2025.\n",
      [
        ["stainless-steel:300-series", "2025-11", "actual", "mom", -0.038],
        ["stainless-steel:300-series", "2025-11", "actual", "output", 1786000],
      ],
    ],
    [
      "'while the y/y comparison shows a 4.1% rise' is a YoY; 'as controls spread through Hebei' is no price spread; 'Stainless steel mills set another output record' names no part; 'China's nickel pig iron output fell' after an Indonesian NPI paragraph runs NPI's section on",
      "note-2017-12.txt",
      "Copper Cathode\nCopper cathode output in December 2017 was a decline of 1.5% from November, while the y/y comparison shows a 4.1% rise.\n\nStainless Steel\nAs controls spread through Hebei, stainless steel mills set another output record in December at 2.20 million mt, up 3.0% m-o-m.\n\nIndonesian NPI\nIndonesian NPI output rose 12.0% m-o-m to 11,000 mt in December.\n\nChina's nickel pig iron output fell 4.0% m-o-m in December.\n",
      [
        ["copper-cathode", "2017-12", "actual", "mom", -0.015],
        ["copper-cathode", "2017-12", "actual", "yoy", 0.041],
        ["stainless-steel", "2017-12", "actual", "output", 2200000],
        ["stainless-steel", "2017-12", "actual", "mom", 0.03],
        ["indonesian-npi", "2017-12", "actual", "mom", 0.12],
        ["indonesian-npi", "2017-12", "actual", "output", 11000],
        ["npi", "2017-12", "actual", "mom", -0.04],
      ],
    ],
    [
      "a paragraph opened by 'Refined tin: 14,200 mt.' runs refined tin's section on; an 'Indonesian NPI output ...' paragraph inside the NPI section is Indonesian NPI's, for that paragraph only",
      "note-2017-08.txt",
      "Secondary Lead\nSecondary lead output held flat in August 2017.\n\nRefined tin: 14,500 mt. Output in August rose 2.1% m-o-m.\n\nNPI\nChina's NPI output rose 3.0% m-o-m in August 2017.\nIndonesian NPI output rose 10.0% m-o-m in August. A further 5% increase is likely in September.\nIn September, China's NPI output is expected to slip by about 1%.\n",
      [
        ["refined-tin", "2017-08", "actual", "output", 14500],
        ["refined-tin", "2017-08", "actual", "mom", 0.021],
        ["npi", "2017-08", "actual", "mom", 0.03],
        ["indonesian-npi", "2017-08", "actual", "mom", 0.1],
        ["indonesian-npi", "2017-09", "forecast", "mom", 0.05],
        ["npi", "2017-09", "forecast", "mom", -0.01],
      ],
    ],
    [
      "a paragraph whose fronted cause acts on another product's output ('Inspections in Shanxi cut alumina output to ...') runs that product's section on: its rate and forecast are not the section's",
      "note-2017-09.txt",
      "Aluminium\nChina's primary aluminium output fell 2.3% m-o-m in September 2017.\n\nEnvironmental inspections in Shanxi and Henan cut alumina output to 6.05 million mt in September, down 1.8% from August. The operating rate fell 2.2 percentage points to 84.9%. SMM expects a further decline of about 3% in October.\n",
      [
        ["aluminum", "2017-09", "actual", "mom", -0.023],
        ["alumina", "2017-09", "actual", "output", 6050000],
        ["alumina", "2017-09", "actual", "mom", -0.018],
        ["alumina", "2017-09", "actual", "operating_rate_mom", -0.022],
        ["alumina", "2017-09", "actual", "operating_rate", 0.849],
        ["alumina", "2017-10", "forecast", "mom", -0.03],
      ],
    ],
    [
      "a field label that names no measure names the line's part ('Monocrystalline: 2.10 GW (+25.0% m-o-m)', '...; Xinjiang: 95,000 mt', 'Zinc alloy: 50,000 mt, up 2,000 mt MoM'); 'Year to date:' and '; January-June:' are the whole's; 'Secondary refined lead:' is read as before",
      "note-2017-06.txt",
      "Solar Cells\nOutput: 6.50 GW (+20.0% m-o-m)\nMonocrystalline: 2.10 GW (+25.0% m-o-m)\nYear to date: 30.1 GW\n\nSilicon Metal\nYunnan: 52,000 mt (-30% m/m); Xinjiang: 95,000 mt\n\nRefined Zinc\nRefined zinc output, June 2017: 440,000 mt, up 3.0% MoM. Zinc alloy: 50,000 mt, up 2,000 mt MoM.\n\nLithium Carbonate\nOutput: 2,900 mt; from brine: 1,000 mt (+4.0% MoM); January-June: 15,800 mt.\n",
      [
        ["solar-cell", "2017-06", "actual", "output", 6.5],
        ["solar-cell", "2017-06", "actual", "mom", 0.2],
        ["solar-cell:monocrystalline", "2017-06", "actual", "output", 2.1],
        ["solar-cell:monocrystalline", "2017-06", "actual", "mom", 0.25],
        ["solar-cell", "2017-06", "actual", "ytd_output", 30.1],
        ["silicon-metal:yunnan", "2017-06", "actual", "output", 52000],
        ["silicon-metal:yunnan", "2017-06", "actual", "mom", -0.3],
        ["silicon-metal:xinjiang", "2017-06", "actual", "output", 95000],
        ["refined-zinc", "2017-06", "actual", "output", 440000],
        ["refined-zinc", "2017-06", "actual", "mom", 0.03],
        ["refined-zinc:zinc-alloy", "2017-06", "actual", "output", 50000],
        ["refined-zinc:zinc-alloy", "2017-06", "actual", "mom_chg", 2000],
        ["lithium-carbonate", "2017-06", "actual", "output", 2900],
        ["lithium-carbonate:salt-lake", "2017-06", "actual", "output", 1000],
        ["lithium-carbonate:salt-lake", "2017-06", "actual", "mom", 0.04],
        ["lithium-carbonate", "2017-06", "actual", "ytd_output", 15800],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the sixteenth session of 2026-12-06", () => {
  test.each<[string, string, string, Array<[string, string, string, string, number]>]>([
    [
      "an interview's answer 'No.' ends its sentence ('No. Year on year, ...' is a YoY); a line an SMM analyst answers ('A (SMM analyst): By our count') is SMM's own; 'Total resin output, including non-PV grades' is another, wider whole; 'PV-grade lines ran at 80.2%' with a points change is the operating rate",
      "note-2022-09.txt",
      "PV-grade EVA: an SMM analyst on September\n\nQ: How much did China make?\nA (SMM analyst): By our count, PV-grade EVA output in September 2022 was about 77,300 mt, a drop of 3.5% from August.\nQ: Did all EVA fall?\nA: Total EVA resin output, including non-PV grades, went up 1.9% over the month.\nQ: Against last year?\nA: No. Year on year, September output is higher, by 14.2%.\nQ: Plants?\nA: PV-grade lines ran at roughly 80.2% on average, 2.6 percentage points below August.\n",
      [
        ["pv-grade-eva", "2022-09", "actual", "output", 77300],
        ["pv-grade-eva", "2022-09", "actual", "mom", -0.035],
        ["pv-grade-eva", "2022-09", "actual", "yoy", 0.142],
        ["pv-grade-eva", "2022-09", "actual", "operating_rate", 0.802],
        ["pv-grade-eva", "2022-09", "actual", "operating_rate_mom", -0.026],
      ],
    ],
    [
      "a title's 'Snapshot' and the dateline after its dash ('- issued March 4, 2023') leave the product's name, which heads the item's field lines",
      "note-2023-02.txt",
      "SMM China Magnesium Ingot Production Snapshot - issued March 4, 2023\nPeriod: February 2023\nOutput: 70,100 mt\nChange vs January: -2,900 mt (-4.0%)\n",
      [
        ["magnesium-ingot", "2023-02", "actual", "output", 70100],
        ["magnesium-ingot", "2023-02", "actual", "mom_chg", -2900],
        ["magnesium-ingot", "2023-02", "actual", "mom", -0.04],
      ],
    ],
    [
      "', and secondary crude lead gained 3.3%' is the crude part's, not the whole's",
      "note-2019-04.txt",
      "Secondary Lead\nSecondary refined lead output climbed 4.8% MoM in April, and secondary crude lead gained 3.3%.\n",
      [
        ["secondary-lead:refined", "2019-04", "actual", "mom", 0.048],
        ["secondary-lead:crude", "2019-04", "actual", "mom", 0.033],
      ],
    ],
    [
      "'refined lead from secondary smelters rose 2.7%' is the refined part's ('from secondary smelters' names the product's own producers, no part)",
      "note-2019-05.txt",
      "Secondary Lead\nSecondary lead output rose by about 6,000 mt in May from April; refined lead from secondary smelters rose 2.7%.\n",
      [
        ["secondary-lead", "2019-05", "actual", "mom_chg", 6000],
        ["secondary-lead:refined", "2019-05", "actual", "mom", 0.027],
      ],
    ],
    [
      "'total output including crude lead was down 4.4% YoY' is the whole's: a part's name inside the subject is no subject of its own",
      "note-2025-07.txt",
      "Secondary Lead\nExcluding crude lead, secondary lead output rose 3.1% MoM in July 2025; total output including crude lead was down 4.4% YoY.\n",
      [["secondary-lead", "2025-07", "actual", "yoy", -0.044]],
    ],
    [
      "'though physical tonnage is seen down 0.9%' is the physical content's; where the metal content's levels for the month and the month before go the other way (up), the physical change does not stand in for the product level",
      "note-2019-08.txt",
      "NPI\nNPI metal content came to 39,800 mt in August, up 1.5% MoM, with physical content at 451,000 mt.\nMetal content is expected to reach 40,600 mt in September, though physical tonnage is seen down 0.9% as low-grade lines stop.\n",
      [
        ["npi:metal-content", "2019-08", "actual", "output", 39800],
        ["npi:metal-content", "2019-08", "actual", "mom", 0.015],
        ["npi:physical-content", "2019-08", "actual", "output", 451000],
        ["npi:metal-content", "2019-09", "forecast", "output", 40600],
        ["npi:physical-content", "2019-09", "forecast", "mom", -0.009],
        ["npi", "2019-08", "actual", "output", 39800],
        ["npi", "2019-08", "actual", "mom", 0.015],
        ["npi", "2019-09", "forecast", "output", 40600],
      ],
    ],
    [
      "'gross (physical) tonnage' after a nickel-content figure is the physical content",
      "note-2024-05.txt",
      "Nickel Pig Iron\n• NPI 35.1kt Ni content (+1.4% m/m); gross (physical) tonnage ≈255kt\n",
      [
        ["npi:metal-content", "2024-05", "actual", "output", 35100],
        ["npi:metal-content", "2024-05", "actual", "mom", 0.014],
        ["npi:physical-content", "2024-05", "actual", "output", 255000],
        ["npi", "2024-05", "actual", "output", 35100],
        ["npi", "2024-05", "actual", "mom", 0.014],
      ],
    ],
    [
      "in a round-up without headings, a table right under a line that names one product is that product's ('Alumina output was ...' over 'Province | June output (mt) | MoM'), not the product the text names first",
      "roundup-2019-06.txt",
      "Overview of China Metal Production in June 2019\n\nChina's primary aluminium output came to 2.9 million mt in June, up 0.6% m-o-m.\n\nAlumina output was 6.1 million mt.\nProvince\tJune output (mt)\tMoM\nShanxi\t1,910,000\t+1.4%\nHenan\t830,000\t-2.2%\n",
      [
        ["aluminum", "2019-06", "actual", "output", 2900000],
        ["aluminum", "2019-06", "actual", "mom", 0.006],
        ["alumina", "2019-06", "actual", "output", 6100000],
        ["alumina:shanxi", "2019-06", "actual", "output", 1910000],
        ["alumina:shanxi", "2019-06", "actual", "mom", 0.014],
        ["alumina:henan", "2019-06", "actual", "output", 830000],
        ["alumina:henan", "2019-06", "actual", "mom", -0.022],
      ],
    ],
    [
      "'Production of metallurgical-grade alumina outside China edged up 0.6% YoY' names no part ('outside', 'edged' end the name); 'ingot output' under Magnesium Alloy is magnesium ingot's, no part; 'battery plants' operating rate' is downstream",
      "note-2019-03.txt",
      "Overseas Metallurgical-Grade Alumina\nProduction of metallurgical-grade alumina outside China edged up 0.6% YoY in March.\nMagnesium Alloy\nEven though ingot output fell 2.7%, magnesium alloy output rose 3.9% MoM in March.\nSecondary Lead\nSecondary lead output rose 2.2% MoM in March, while battery plants' operating rate hovered near 64%.\n",
      [
        ["overseas-metallurgical-grade-alumina", "2019-03", "actual", "yoy", 0.006],
        ["magnesium-alloy", "2019-03", "actual", "mom", 0.039],
        ["secondary-lead", "2019-03", "actual", "mom", 0.022],
      ],
    ],
    [
      "'output from causticisation of lithium carbonate' in a lithium hydroxide item is the hydroxide's causticisation part (the carbonate is its feedstock), and the item's product stays the hydroxide",
      "note-2023-04.txt",
      "Lithium hydroxide output rises in April (SMM)\nChina's lithium hydroxide production rose 5.1% MoM in April 2023, while output from causticisation of lithium carbonate fell 2.4%. The industry operating rate recovered to 50.3%.\n",
      [
        ["lithium-hydroxide", "2023-04", "actual", "mom", 0.051],
        ["lithium-hydroxide:causticisation", "2023-04", "actual", "mom", -0.024],
        ["lithium-hydroxide", "2023-04", "actual", "operating_rate", 0.503],
      ],
    ],
    [
      "header-less lines of cells, each a record ('LMO | March 2021 | 8,200 mt | -3.1% MoM'): a part after a comma, ', revised' an actual, ', forecast' a forecast",
      "note-2021-03.txt",
      "SMM: lithium manganese oxide output, March 2021\nLMO | March 2021 | 8,200 mt | -3.1% MoM\nLMO, power-type | March 2021 | 3,100 mt | +2.0% MoM\nLMO | February 2021, revised | 8,460 mt | -6.4% MoM\nLMO | April 2021, forecast | 8,600 mt | +4.9% MoM\n",
      [
        ["lmo", "2021-03", "actual", "output", 8200],
        ["lmo", "2021-03", "actual", "mom", -0.031],
        ["lmo:power-type", "2021-03", "actual", "output", 3100],
        ["lmo:power-type", "2021-03", "actual", "mom", 0.02],
        ["lmo", "2021-02", "actual", "output", 8460],
        ["lmo", "2021-02", "actual", "mom", -0.064],
        ["lmo", "2021-04", "forecast", "output", 8600],
        ["lmo", "2021-04", "forecast", "mom", 0.049],
      ],
    ],
    [
      "'Against June last year, when 2,040 mt was produced, output was 3.3% lower': the year compared with opens the sentence, and its level is that year's",
      "note-2023-06.txt",
      "Refined Bismuth\nChina's refined bismuth output in June was 1,610 mt, up 5.9% MoM. Against June last year, when 2,040 mt was produced, output was 3.3% lower.\n",
      [
        ["refined-bismuth", "2023-06", "actual", "output", 1610],
        ["refined-bismuth", "2023-06", "actual", "mom", 0.059],
        ["refined-bismuth", "2023-06", "actual", "yoy", -0.033],
      ],
    ],
    [
      "', while secondary lead, hit by a shortage of scrap, fell 2.6% MoM to 171,000 mt' is secondary lead's; ', and the 300 series, the largest group, rose 9.1%' the series'; 'Small smelters, short of scrap, cut output by 4.4%' the tier's; 'while YoY it fell' and 'but month on month it fell' keep their subject",
      "roundup-2019-03.txt",
      "Overview of China Metal Production in March 2019\n\nPrimary lead output climbed 6.2% MoM to 236,000 mt, while secondary lead, hit by a shortage of scrap, fell 2.6% MoM to 171,000 mt.\n\nCrude stainless steel output jumped 11.4% MoM to 2.09 million mt, and the 300 series, the largest group, rose 9.1% to 1.02 million mt.\n\nCopper cathode output rose 3.3% MoM in March. Small smelters, short of scrap, cut output by 4.4%.\n\nRefined tin output in March was 13,900 mt, up 8.1% MoM, while YoY it fell 2.2%.\n",
      [
        ["primary-lead", "2019-03", "actual", "mom", 0.062],
        ["primary-lead", "2019-03", "actual", "output", 236000],
        ["secondary-lead", "2019-03", "actual", "mom", -0.026],
        ["secondary-lead", "2019-03", "actual", "output", 171000],
        ["stainless-steel", "2019-03", "actual", "mom", 0.114],
        ["stainless-steel", "2019-03", "actual", "output", 2090000],
        ["stainless-steel:300-series", "2019-03", "actual", "mom", 0.091],
        ["stainless-steel:300-series", "2019-03", "actual", "output", 1020000],
        ["copper-cathode", "2019-03", "actual", "mom", 0.033],
        ["copper-cathode:small-smelters", "2019-03", "actual", "mom", -0.044],
        ["refined-tin", "2019-03", "actual", "output", 13900],
        ["refined-tin", "2019-03", "actual", "mom", 0.081],
        ["refined-tin", "2019-03", "actual", "yoy", -0.022],
      ],
    ],
    [
      "'On a quarter-on-quarter basis, output was 7.7% higher' is no MoM; 'Co3O4 producers, with new orders from LCO makers, lifted output 5.1%' is Co3O4's; 'In Guangxi and Hunan, power rationing idled furnaces, and silicomanganese output fell 3.9%' is the nation's; 'producers using lepidolite' the lepidolite part",
      "roundup-2019-07.txt",
      "Overview of China Metal Production in July 2019\n\nMagnesium ingot output in July held at the same level as June. On a quarter-on-quarter basis, output was 7.7% higher.\n\nCo3O4 producers, with new orders from LCO makers, lifted output 5.1% to 3,300 mt.\n\nIn Guangxi and Hunan, power rationing idled furnaces, and silicomanganese output fell 3.9% to 842,000 mt.\n\nLithium carbonate output rose 4.4% in July. Producers using lepidolite cut output by 2.1%.\n",
      [
        ["co3o4", "2019-07", "actual", "mom", 0.051],
        ["co3o4", "2019-07", "actual", "output", 3300],
        ["simn-alloy", "2019-07", "actual", "mom", -0.039],
        ["simn-alloy", "2019-07", "actual", "output", 842000],
        ["lithium-carbonate", "2019-07", "actual", "mom", 0.044],
        ["lithium-carbonate:lepidolite", "2019-07", "actual", "mom", -0.021],
      ],
    ],
    [
      "'Refined tin and antimony ingot parted ways: the former slipped 2.1% to 13,100 mt' leaves the former out (not the name mentioned last, nor the latter's figures); 'In November it reached 9,400 mt; the October figure is revised to 9,050 mt' is October's; 'physical content is projected to rise 1.6% and metal content 1.1% MoM' gives the verb to both; '; refined secondary lead fell 2.9% MoM' is the refined part's",
      "roundup-2019-11.txt",
      "Overview of China Metal Production in November 2019\n\nRefined tin and antimony ingot parted ways in November: the former slipped 2.1% to 13,100 mt, while the latter jumped 6.4% to 6,200 mt.\n\nLithium carbonate output grew in November. In November it reached 9,400 mt; the October figure is revised to 9,050 mt.\n\nNPI output in metal content was 41,000 mt in November. In December, physical content is projected to rise 1.6% and metal content 1.1% MoM.\n\nSecondary lead output dropped by roughly 9,000 mt MoM in November; refined secondary lead fell 2.9% MoM.\n",
      [
        ["lithium-carbonate", "2019-11", "actual", "output", 9400],
        ["lithium-carbonate", "2019-10", "actual", "output", 9050],
        ["npi:metal-content", "2019-11", "actual", "output", 41000],
        ["npi:physical-content", "2019-12", "forecast", "mom", 0.016],
        ["npi:metal-content", "2019-12", "forecast", "mom", 0.011],
        ["secondary-lead", "2019-11", "actual", "mom_chg", -9000],
        ["secondary-lead:refined", "2019-11", "actual", "mom", -0.029],
        ["npi", "2019-11", "actual", "output", 41000],
        ["npi", "2019-12", "forecast", "mom", 0.011],
      ],
    ],
    [
      "in a round-up, 'Ternary cathode material producers ran at 45.1%; output decreased 9.2%' is the ternary cathode's; 'SMM has revised its November titanium dioxide figure to 221,000 mt' names its product; 'the 300 series led the way, up 3.7%' is the series'",
      "roundup-2019-12.txt",
      "Overview of China Metal Production in December 2019\n\nCopper cathode output rose 2.1% in December.\n\nMagnesium ingot output dropped in December.\n\nTernary cathode material producers ran at 45.1% in December, 4.2 percentage points below November; output decreased 9.2% to 12,100 mt.\n\nSMM has revised its November titanium dioxide figure to 221,000 mt from 224,000 mt.\n\nStainless steel mills lifted output; the 300 series led the way, up 3.7% in December.\n\nRefined zinc output fell 1.4% in December.\n",
      [
        ["copper-cathode", "2019-12", "actual", "mom", 0.021],
        ["ternary-cathode-material", "2019-12", "actual", "operating_rate", 0.451],
        ["ternary-cathode-material", "2019-12", "actual", "operating_rate_mom", -0.042],
        ["ternary-cathode-material", "2019-12", "actual", "mom", -0.092],
        ["ternary-cathode-material", "2019-12", "actual", "output", 12100],
        ["titanium-dioxide", "2019-11", "actual", "output", 221000],
        ["stainless-steel:300-series", "2019-12", "actual", "mom", 0.037],
        ["refined-zinc", "2019-12", "actual", "mom", -0.014],
      ],
    ],
    [
      "an interview: 'Q: How much did Chinese producers turn out?' asks for the item's output, and 'A: Our estimate for May 2020 is 6,900 mt.' or 'A: About 6,900 mt, by our count, in May 2020.' answers it; 'Market talk put the increase at 600 mt year on year for one firm' is no figure; 'Refined silver utilisation' under Silver Nitrate is silver's",
      "note-2020-05.txt",
      "Q&A: sponge titanium in May 2020\nQ: How much did Chinese producers turn out in May?\nA: About 6,900 mt, by our count, in May 2020.\nQ: Market talk put the increase at 600 mt year on year for one firm. Does that match?\nA: No.\n",
      [["sponge-titanium", "2020-05", "actual", "output", 6900]],
    ],
    [
      "labelled lines under Silver Nitrate: 'Refined silver utilisation: 70.2% (+1.9 pp m/m)' is silver's, no rate of the nitrate's",
      "note-2017-05.txt",
      "SMM: China silver nitrate output, May 2017\nOutput: 281.0 mt\nUtilisation: 47.9%\nRefined silver utilisation: 70.2% (+1.9 pp m/m)\n",
      [
        ["silver-nitrate", "2017-05", "actual", "output", 281],
        ["silver-nitrate", "2017-05", "actual", "operating_rate", 0.479],
      ],
    ],
    [
      "a header-less record line with two figures in a cell ('+3.1% m/m, +8.5 mt': the tonnage takes the base before it)",
      "note-2017-05.txt",
      "SMM: China silver nitrate output, May 2017\nsilver nitrate | May 2017 | 281 mt | +3.1% m/m, +8.5 mt\n",
      [
        ["silver-nitrate", "2017-05", "actual", "output", 281],
        ["silver-nitrate", "2017-05", "actual", "mom", 0.031],
        ["silver-nitrate", "2017-05", "actual", "mom_chg", 8.5],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the seventeenth session of 2026-12-06", () => {
  const trendsOf = (text: string, fileName: string): string[] => trendsIn(text, fileName, "segment");
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "in an item about one product, 'Output of the alloy' is the product's (no part 'alloy'), and 'the alloy's output' after a sentence about another alloy is still the item's",
      "note-2021-03.txt",
      "China high-carbon ferrochrome output climbs in March: SMM\nSHANGHAI, April 2, 2021 (SMM) - Output of the alloy in China came to 512,000 mt in March, up 3.3% from February.\nSilicomanganese output dropped by 21,000 mt in March.\nSMM sees the alloy's output holding steady in April, with the operating rate near 61%.\n",
      [
        ["high-carbon-ferrochrome", "2021-03", "actual", "output", 512000],
        ["high-carbon-ferrochrome", "2021-03", "actual", "mom", 0.033],
        ["simn-alloy", "2021-03", "actual", "mom_chg", -21000],
        ["high-carbon-ferrochrome", "2021-04", "forecast", "operating_rate", 0.61],
      ],
    ],
    [
      "'the material' in an item about a compound is the compound, also after a sentence about another product's output",
      "note-2022-08.txt",
      "Iron phosphate output slides in August 2022\nSHANGHAI, September 1, 2022 (SMM) - China's output of the material was 41,300 mt in August, down 4.4% from July.\nLFP cathode output fell 2.5%.\nSMM expects the material's output to recover by about 6% in September.\n",
      [
        ["iron-phosphate", "2022-08", "actual", "output", 41300],
        ["iron-phosphate", "2022-08", "actual", "mom", -0.044],
        ["lfp", "2022-08", "actual", "mom", -0.025],
        ["iron-phosphate", "2022-09", "forecast", "mom", 0.06],
      ],
    ],
    [
      "in a round-up without headings, a paragraph's topic is the product its first sentence names first: 'Output rose 3.9%' after 'Lithium carbonate makers in Jiangxi raised loads' is lithium carbonate's, and 'the product's own output' after a share of another is the paragraph's",
      "roundup-2020-04.txt",
      "SMM Metal Production Data for April 2020 Released\n\nAlumina output slipped to 5.52 million mt in April.\n\nLithium carbonate makers in Jiangxi raised loads after prices firmed. Output rose 3.9% MoM to 10,400 mt.\n\nCobalt sulphate made up about 40% of cobalt salt output in April; the product's own output edged up 1.7% MoM.\n\nCopper cathode output rose 1.1% in April. Refined zinc output fell 0.8%.\n",
      [
        ["alumina", "2020-04", "actual", "output", 5520000],
        ["lithium-carbonate", "2020-04", "actual", "mom", 0.039],
        ["lithium-carbonate", "2020-04", "actual", "output", 10400],
        ["cobalt-sulphate", "2020-04", "actual", "mom", 0.017],
        ["copper-cathode", "2020-04", "actual", "mom", 0.011],
        ["refined-zinc", "2020-04", "actual", "mom", -0.008],
      ],
    ],
    [
      "'Acme, the largest private smelter, kept its output steady, while national output rose 2.6%': the company's clause is left out, the national clause read; 'A leading state-owned producer said its output was up 4%' is no figure",
      "note-2019-07.txt",
      "Aluminium\nAcme Metals, the largest private smelter, kept its output steady in July, while national primary aluminium production rose 2.6% to 3.01 million mt.\nA leading state-owned producer reported that its first-half output was up 4% y/y.\n",
      [
        ["aluminum", "2019-07", "actual", "mom", 0.026],
        ["aluminum", "2019-07", "actual", "output", 3010000],
      ],
    ],
    [
      "'In our May report we expected June output to rise 1.9%' in the June edition is an earlier forecast, not June's change; 'Last month, SMM expected' the same",
      "note-2023-06.txt",
      "Refined Tin\nIn our May report we expected June output to rise 1.9%. That call was too high: refined tin output fell by 300 mt to 14,900 mt.\nLast month, SMM expected the operating rate to reach 66%; it came in at 63.5%.\n",
      [
        ["refined-tin", "2023-06", "actual", "mom_chg", -300],
        ["refined-tin", "2023-06", "actual", "output", 14900],
        ["refined-tin", "2023-06", "actual", "operating_rate", 0.635],
      ],
    ],
    [
      "two bases listed with two changes and 'respectively' are theirs in order: 'month-on-month and year-on-year gains of 1.4% and 7.2%', 'rose 2% and fell 5% m-o-m and y-o-y respectively'",
      "note-2024-03.txt",
      "LCO\nChina produced 8,120 mt of LCO in March 2024, representing month-on-month and year-on-year gains of 1.4% and 7.2%, respectively.\nLMO\nLMO output rose 2% and fell 5% m-o-m and y-o-y respectively.\nCo3O4\nCo3O4 output came to 6,900 mt, with MoM and YoY decreases of 0.9% and 3.3% respectively.\n",
      [
        ["lco", "2024-03", "actual", "output", 8120],
        ["lco", "2024-03", "actual", "mom", 0.014],
        ["lco", "2024-03", "actual", "yoy", 0.072],
        ["lmo", "2024-03", "actual", "mom", 0.02],
        ["lmo", "2024-03", "actual", "yoy", -0.05],
        ["co3o4", "2024-03", "actual", "output", 6900],
        ["co3o4", "2024-03", "actual", "mom", -0.009],
        ["co3o4", "2024-03", "actual", "yoy", -0.033],
      ],
    ],
    [
      "labelled lines set against a month: 'vs March: up 120 mt, or 2.2%' is MoM, 'vs April 2022: down 6.1%' YoY; 'We think output will hold at about 5,700 mt in May' is the product's forecast (no part 'we-think')",
      "note-2023-04.txt",
      "China antimony ingot output - April 2023 (SMM)\nOutput: 5,560 mt\nvs March: up 120 mt, or 2.2%\nvs April 2022: down 6.1%\nAnalyst: We think output will hold at about 5,700 mt in May.\n",
      [
        ["antimony-ingot", "2023-04", "actual", "output", 5560],
        ["antimony-ingot", "2023-04", "actual", "mom_chg", 120],
        ["antimony-ingot", "2023-04", "actual", "mom", 0.022],
        ["antimony-ingot", "2023-04", "actual", "yoy", -0.061],
        ["antimony-ingot", "2023-05", "forecast", "output", 5700],
      ],
    ],
    [
      "'That forecast proved wrong: refined tin output rose by 300 mt' is the month's actual, not a forecast; 'Output rose 2.9% to 452,000 mt, led by Guangxi (+6.4%)' gives the bracket to the leader",
      "note-2023-06.txt",
      "Refined Tin\nIn our May report we expected June output to fall 1.2%. That forecast proved wrong: refined tin output rose by 300 mt to 15,500 mt.\nHigh-carbon Ferrochrome\nOutput rose 2.9% to 452,000 mt, led by Guangxi (+6.4%).\n",
      [
        ["refined-tin", "2023-06", "actual", "mom_chg", 300],
        ["refined-tin", "2023-06", "actual", "output", 15500],
        ["high-carbon-ferrochrome", "2023-06", "actual", "mom", 0.029],
        ["high-carbon-ferrochrome", "2023-06", "actual", "output", 452000],
        ["high-carbon-ferrochrome:guangxi", "2023-06", "actual", "mom", 0.064],
      ],
    ],
    [
      "'primary and secondary lead output rose 1.8% and 4.9%, respectively' shares the head noun (primary lead's, not a part 'primary'); 'Co3O4 and cobalt sulphate output' does not",
      "note-2021-09.txt",
      "Primary Lead\nPrimary and secondary lead output rose 1.8% and 4.9% m-o-m, respectively.\nCo3O4\nCo3O4 and cobalt sulphate output fell 3.3% and 6.1% in September, respectively.\n",
      [
        ["primary-lead", "2021-09", "actual", "mom", 0.018],
        ["co3o4", "2021-09", "actual", "mom", -0.033],
      ],
    ],
    [
      "in a round-up, 'Spot lithium carbonate prices slid' opens lithium carbonate's paragraph; a first sentence with a figure and no product ('Fugu county saw output drop 6%') takes the product named later as the subject of its output; 'The metal's output' is the paragraph's metal, not polysilicon named last",
      "roundup-2020-07.txt",
      "SMM Metal Production Data for July 2020 Released\n\nCopper cathode output rose 1.2% in July. Refined zinc output fell 0.4%.\n\nSpot lithium carbonate prices slid 2.1% in July. Output totalled 11,200 mt, down 3.3% MoM.\n\nFugu county in Shaanxi saw output drop 4% MoM. Magnesium ingot production nationwide came to 71,000 mt.\n\nHydropower lifted smelter runs. Silicon metal production climbed 6.1% in July. Polysilicon production edged down. The metal's output should rise by about 4% in August.\n",
      [
        ["copper-cathode", "2020-07", "actual", "mom", 0.012],
        ["refined-zinc", "2020-07", "actual", "mom", -0.004],
        ["lithium-carbonate", "2020-07", "actual", "output", 11200],
        ["lithium-carbonate", "2020-07", "actual", "mom", -0.033],
        ["magnesium-ingot:shaanxi", "2020-07", "actual", "mom", -0.04],
        ["magnesium-ingot", "2020-07", "actual", "output", 71000],
        ["silicon-metal", "2020-07", "actual", "mom", 0.061],
        ["silicon-metal", "2020-08", "forecast", "mom", 0.04],
      ],
    ],
    [
      "an interview: 'Last week alone, output was about 8,100 mt' is a week's; 'That figure is 2.0 percentage points, or about 2.6%, below May's' restates a rate's change; 'the year-on-year increase is about 900 mt' is a change, not a level; 'This is expected to impact output by a combined volume of about 600 mt' an impact",
      "note-2021-06.txt",
      "Interview: polysilicon output in June 2021\nQ: What happened to operating rates?\nA: The rate slipped to 74.5%. That figure is 2.0 percentage points, or about 2.6%, below May's.\nQ: Weekly data?\nA: Last week alone, output was about 8,100 mt.\nQ: And against a year ago?\nA: In tonnes, the year-on-year increase is about 900 mt.\nQ: Maintenance?\nA: This is expected to impact output by a combined volume of about 600 mt.\n",
      [
        ["polysilicon", "2021-06", "actual", "operating_rate", 0.745],
        ["polysilicon", "2021-06", "actual", "yoy_chg", 900],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });

  it("a company's direction ('kept its output steady') is no trend of the product; the national one is", () => {
    const text =
      "Aluminium\nAcme Metals, the largest private smelter, kept its output steady in July, while national primary aluminium production rose 2.6% to 3.01 million mt.\n";
    expect(trendsOf(text, "note-2019-07.txt")).toEqual(["aluminum|2019-07|actual|up"]);
  });

  it("the class noun fits by the catalog's form: 'the metal' in a refined nickel item is refined nickel, not the NPI named last", () => {
    const text =
      "China refined nickel output slips in June: SMM\nSHANGHAI, July 3, 2022 (SMM) - Refined nickel output fell 4.1% in June.\nNPI output rose 2.2% in June.\nSMM expects the metal's output to rebound 3.5% in July.\n";
    expect(trendsOf(text, "note-2022-06.txt")).toEqual(["refined-nickel|2022-06|actual|down", "npi|2022-06|actual|up", "refined-nickel|2022-07|forecast|up"]);
  });

  it("the class noun fits its product: 'the alloy' in an item about a metal stands for the alloy named last, not the item's metal", () => {
    const text =
      "China refined zinc output rises in May 2021: SMM\nSHANGHAI, June 2, 2021 (SMM) - Refined zinc output rose 2.2% in May.\nSilicomanganese output fell 3.1% in May.\nSMM expects the alloy's output to fall further in June.\n";
    expect(trendsOf(text, "note-2021-05.txt")).toEqual([
      "refined-zinc|2021-05|actual|up",
      "simn-alloy|2021-05|actual|down",
      "simn-alloy|2021-06|forecast|down",
    ]);
  });
});

describe("rules from the eighteenth session of 2026-12-06", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'versus a year ago' and 'against a month earlier' are bases like 'from a year ago'",
      "note-2019-04.txt",
      "Refined Zinc\nRefined zinc output gained 5.2% versus a year ago and 1.1% against a month earlier, reaching 448,000 mt in April.\n",
      [
        ["refined-zinc", "2019-04", "actual", "yoy", 0.052],
        ["refined-zinc", "2019-04", "actual", "mom", 0.011],
        ["refined-zinc", "2019-04", "actual", "output", 448000],
      ],
    ],
    [
      "a base fronted as 'On a year-over-year basis' is the base of every clause after it",
      "note-2019-10.txt",
      "Silicon Metal\nSilicon metal output was 236,000 mt in October. On a year-over-year basis, operating rates slid 8.1 percentage points and production fell 9.2%.\n",
      [
        ["silicon-metal", "2019-10", "actual", "output", 236000],
        ["silicon-metal", "2019-10", "actual", "operating_rate_yoy", -0.081],
        ["silicon-metal", "2019-10", "actual", "yoy", -0.092],
      ],
    ],
    [
      "a tonnage 'of' a series is that series' output, in a list outside brackets too (no product level)",
      "note-2019-12.txt",
      "Stainless Steel\nMills turned out 690,000 mt of 200-series, 1.31 million mt of 300-series and 540,000 mt of 400-series in December.\n",
      [
        ["stainless-steel:200-series", "2019-12", "actual", "output", 690000],
        ["stainless-steel:300-series", "2019-12", "actual", "output", 1310000],
        ["stainless-steel:400-series", "2019-12", "actual", "output", 540000],
      ],
    ],
    [
      "a month after ', before recovering' dates the recovery, not the figure before it",
      "note-2020-01.txt",
      "Copper Cathode\nCopper cathode output fell 3.1% MoM in January. In February output is expected to slip by 4.4%, before recovering in March.\n",
      [
        ["copper-cathode", "2020-01", "actual", "mom", -0.031],
        ["copper-cathode", "2020-02", "forecast", "mom", -0.044],
      ],
    ],
    [
      "'Quarter on quarter,' opening a sentence is another base; an agreement 'to cut output' is a plan, not a forecast",
      "note-2020-03.txt",
      "Magnesium Ingot\nMagnesium ingot output rose 21.5% MoM in March. Quarter on quarter, first-quarter production was down 17%. Producers agreed to cut output by 30% in April.\n",
      [["magnesium-ingot", "2020-03", "actual", "mom", 0.215]],
    ],
    [
      "'operating rates there' after a province names that province's rate, not the country's; the national rate stays",
      "note-2018-11.txt",
      "Refined Tin\nYunnan, home to most smelters, produced 9,100 mt; operating rates there rose 4.2 percentage points to 60.5%. The national operating rate was 57.9%.\n",
      [
        ["refined-tin:yunnan", "2018-11", "actual", "output", 9100],
        ["refined-tin", "2018-11", "actual", "operating_rate", 0.579],
      ],
    ],
    [
      "'advanced' is a rise; 'we project' makes a forecast",
      "note-2019-03.txt",
      "NdFeB\nNdFeB output advanced 6.1% MoM to 14,700 mt in March 2019.\nWe project 2.2% MoM growth in April.\n",
      [
        ["ndfeb", "2019-03", "actual", "mom", 0.061],
        ["ndfeb", "2019-03", "actual", "output", 14700],
        ["ndfeb", "2019-04", "forecast", "mom", 0.022],
      ],
    ],
    [
      "a second list right after 'respectively' pairs with the same names in order (levels after changes, changes after levels)",
      "roundup-2019-12.txt",
      "SMM Metal Production Data for December 2019 Released\nPrimary lead and secondary lead output rose 2.2% and 6.1% MoM respectively in December, to 266,000 mt and 309,000 mt.\nIn December, lithium carbonate and LFP output came to 14,100 mt and 8,200 mt respectively, up 3.3% and 4.4% MoM.\n",
      [
        ["primary-lead", "2019-12", "actual", "mom", 0.022],
        ["secondary-lead", "2019-12", "actual", "mom", 0.061],
        ["primary-lead", "2019-12", "actual", "output", 266000],
        ["secondary-lead", "2019-12", "actual", "output", 309000],
        ["lithium-carbonate", "2019-12", "actual", "output", 14100],
        ["lfp", "2019-12", "actual", "output", 8200],
        ["lithium-carbonate", "2019-12", "actual", "mom", 0.033],
        ["lfp", "2019-12", "actual", "mom", 0.044],
      ],
    ],
    [
      "after 'respectively', 'changes of 3.1% and -2.4% MoM' are the parts' changes (the unsigned one left out), and a listed name longer than two words is still the list's",
      "note-2019-05.txt",
      "Stainless Steel\nOutput of 300-series and 200-series crude stainless steel reached 1.22 million mt and 760,000 mt, respectively, changes of 2.8% and -1.9% MoM.\n",
      [
        ["stainless-steel:300-series", "2019-05", "actual", "output", 1220000],
        ["stainless-steel:200-series", "2019-05", "actual", "output", 760000],
        ["stainless-steel:200-series", "2019-05", "actual", "mom", -0.019],
      ],
    ],
    [
      "a listed name that is the product's own with words that name no part ('primary lead enterprises') is the product",
      "note-2013-08.txt",
      "Lead and Tin\nThe capacity utilisation rates of refined tin and primary lead enterprises were 60.4 per cent and 67.9 per cent, respectively.\n",
      [
        ["refined-tin", "2013-08", "actual", "operating_rate", 0.604],
        ["primary-lead", "2013-08", "actual", "operating_rate", 0.679],
      ],
    ],
    [
      "the month of a level compared with ('below the 14,900 mt produced in December 2019') does not date the edition; the title that agrees with the file name does",
      "roundup-2020-03.txt",
      "SMM Metal Production Data for March 2020 Released\n\nChina's refined nickel output was 13,000 mt in March, up 4.1% MoM. The March total was still below the 14,900 mt produced in December 2019.\n",
      [
        ["refined-nickel", "2020-03", "actual", "output", 13000],
        ["refined-nickel", "2020-03", "actual", "mom", 0.041],
      ],
    ],
    [
      "'compare June' (a translation's 'compared with') names the month compared with, not the figures' month",
      "note-2015-07.txt",
      "Molybdenum Concentrate\nSMM statistic, 2015 year July China molybdenum concentrate output 18,200 mt, compare June reduce 700 mt, month-on-month decrease 3.7%.\n",
      [
        ["molybdenum-concentrate", "2015-07", "actual", "output", 18200],
        ["molybdenum-concentrate", "2015-07", "actual", "mom_chg", -700],
        ["molybdenum-concentrate", "2015-07", "actual", "mom", -0.037],
      ],
    ],
    [
      "a week of the month, as a label or fronted, is a weekly figure",
      "note-2020-12.txt",
      "Mn3O4 - China, December 2020\nOutput: 8,200 mt\nLast week of December: 1,800 mt\nIn the final week of December, output was 1,790 mt.\n",
      [["mn3o4", "2020-12", "actual", "output", 8200]],
    ],
    [
      "a table of measures by month with a blank corner (' | Apr 2025 | May 2025 | Jun 2025 | Jul 2025 (forecast)')",
      "note-2025-06.txt",
      "PV Glass in June 2025\nSMM's monthly PV glass data (China):\n | Apr 2025 | May 2025 | Jun 2025 | Jul 2025 (forecast)\nOutput, mt | 2,900,000 | 2,840,000 | 2,600,000 | 2,530,000\nMoM | +3.1% | -2.1% | -8.5% | -2.7%\n",
      [
        ["pv-glass", "2025-06", "actual", "output", 2600000],
        ["pv-glass", "2025-05", "actual", "output", 2840000],
        ["pv-glass", "2025-07", "forecast", "output", 2530000],
        ["pv-glass", "2025-06", "actual", "mom", -0.085],
        ["pv-glass", "2025-07", "forecast", "mom", -0.027],
      ],
    ],
    [
      "a stop after a figure ends the sentence before a lower-case word, so the next sentence's forecast does not date the actuals",
      "note-2019-05.txt",
      "Silicon Metal\nSilicon metal output surged 10.8% MoM to 216,000 mt, with the operating rate at 41%. output is anticipated to rise in June.\n",
      [
        ["silicon-metal", "2019-05", "actual", "mom", 0.108],
        ["silicon-metal", "2019-05", "actual", "output", 216000],
        ["silicon-metal", "2019-05", "actual", "operating_rate", 0.41],
      ],
    ],
    [
      "'On a YoY basis' before the subject without a comma is the figure's base, and no part; a cause that 'took output up' is no part",
      "note-2019-06.txt",
      "Alumina\nOn a YoY basis alumina output was down 2.6% in June, at 5.85 million mt.\nPV Glass\nTwo new furnaces took PV glass output up 3.8% MoM.\n",
      [
        ["alumina", "2019-06", "actual", "yoy", -0.026],
        ["alumina", "2019-06", "actual", "output", 5850000],
        ["pv-glass", "2019-06", "actual", "mom", 0.038],
      ],
    ],
    [
      "a framed table with a blank corner and a forecast column noted by a letter ('Jan 2022F')",
      "note-2021-12.txt",
      "NdFeB in December 2021\n\n| | Dec 2021 | Jan 2022F |\n|---|---|---|\n| Output (mt) | 20,100 | 18,400 |\n| MoM | +4.0% | -8.5% |\n",
      [
        ["ndfeb", "2021-12", "actual", "output", 20100],
        ["ndfeb", "2022-01", "forecast", "output", 18400],
        ["ndfeb", "2021-12", "actual", "mom", 0.04],
        ["ndfeb", "2022-01", "forecast", "mom", -0.085],
      ],
    ],
    [
      "a bullet labelled 'Next month:' is an outlook line, not a part named 'next'",
      "note-2023-04.txt",
      "SMM China EMM output, April 2023\n\n- Output: 117,900 mt\n- Next month: output expected to edge up; operating rate seen near 51%\n",
      [
        ["emm", "2023-04", "actual", "output", 117900],
        ["emm", "2023-05", "forecast", "operating_rate", 0.51],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });

  const trendsOf = (text: string, fileName: string): string[] => trendsIn(text, fileName, "segment");
  it.each<[string, string, string, string[]]>([
    [
      "a month after the direction word in another clause does not date it, and a direction in the past clause of a sentence with a forecast clause stays the month's",
      "note-2020-01.txt",
      "Refined Nickel\nRefined nickel production increased 2% to 13,700 mt, as one refinery ran through the holiday; it is expected to hold steady in February.\n",
      ["refined-nickel|2020-01|actual|up"],
    ],
    [
      "a base that opens the clause ('Year on year, ...') makes its direction a YoY one, which gives no trend; the MoM one does",
      "note-2013-07.txt",
      "Alumina\nYear on year, alumina output in July 2013 was 11.8% higher; compared with June it fell 1.2%, to 3.61 million mt.\n",
      ["alumina|2013-07|actual|down"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsOf(text, fileName)).toEqual(want);
  });
});

describe("rules from the nineteenth session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'SMM estimates a decline of' a tonnage is a forecast, so 'this month' in an item dated the month after is next month's",
      "note-2020-01.txt",
      "Refined Zinc\nRefined zinc output was 470,000 mt in January, down 5.1% on the month.\nSMM estimates a further decline of some 15,000 mt in refined zinc output this month.\n",
      [
        ["refined-zinc", "2020-01", "actual", "output", 470000],
        ["refined-zinc", "2020-01", "actual", "mom", -0.051],
        ["refined-zinc", "2020-02", "forecast", "mom_chg", -15000],
      ],
    ],
    [
      "a column headed 'Sep output (million mt)' holds millions of tonnes",
      "note-2020-09.txt",
      "Stainless Steel\nStainless steel output by series:\n| Series | Sep output (million mt) | MoM |\n|---|---|---|\n| 200-series | 0.77 | +2.5% |\n| 400-series | 0.52 | -0.8% |\n",
      [
        ["stainless-steel:200-series", "2020-09", "actual", "output", 770000],
        ["stainless-steel:200-series", "2020-09", "actual", "mom", 0.025],
        ["stainless-steel:400-series", "2020-09", "actual", "output", 520000],
        ["stainless-steel:400-series", "2020-09", "actual", "mom", -0.008],
      ],
    ],
    [
      "'; June's figure has been revised to' after a clause about July's output is June's output, not July's",
      "note-2020-07.txt",
      "Alumina\nAlumina production came to 6.02 million mt in July, up 0.9% from June; June's figure has been revised to 5.96 million mt.\n",
      [
        ["alumina", "2020-07", "actual", "output", 6020000],
        ["alumina", "2020-07", "actual", "mom", 0.009],
        ["alumina", "2020-06", "actual", "output", 5960000],
      ],
    ],
    [
      "a label's bracketed unit gives its bare value tonnes ('Production (t): 6,200'), and an 'Outlook (May):' line is May's forecast",
      "note-2021-04.txt",
      "Lithium hydroxide data, April 2021\nProduction (t): 6,200\nm-o-m: +3.1%\nChange vs March (t): +190\nOutlook (May): 6,450 t (+4.0% m-o-m)\n",
      [
        ["lithium-hydroxide", "2021-04", "actual", "output", 6200],
        ["lithium-hydroxide", "2021-04", "actual", "mom", 0.031],
        ["lithium-hydroxide", "2021-04", "actual", "mom_chg", 190],
        ["lithium-hydroxide", "2021-05", "forecast", "output", 6450],
        ["lithium-hydroxide", "2021-05", "forecast", "mom", 0.04],
      ],
    ],
    [
      "'output and the operating rate ...: the former ..., while the latter ...' gives the former's figures to output and the latter's to the rate",
      "note-2019-08.txt",
      "Ferrochrome\nChina's high-carbon ferrochrome output and its operating rate both rose in August: the former reached 498,000 mt, up 3.7% m-o-m, while the latter climbed 1.8 percentage points to 60.2%.\nBetween output and operating rates in September, SMM expects the former to ease slightly and the latter to hold at around 60%.\n",
      [
        ["high-carbon-ferrochrome", "2019-08", "actual", "output", 498000],
        ["high-carbon-ferrochrome", "2019-08", "actual", "mom", 0.037],
        ["high-carbon-ferrochrome", "2019-08", "actual", "operating_rate_mom", 0.018],
        ["high-carbon-ferrochrome", "2019-08", "actual", "operating_rate", 0.602],
        ["high-carbon-ferrochrome", "2019-09", "forecast", "operating_rate", 0.6],
      ],
    ],
    [
      "'the former' of two products stays unread (no measure pair to resolve it): its 2.3% is no one's",
      "note-2019-08.txt",
      "Lithium Carbonate\nLithium carbonate output was 9,620 mt in August. Lithium carbonate and lithium hydroxide parted ways in August: the former slipped 2.3% to 9,620 mt, while the latter rose 1.4%.\n",
      [["lithium-carbonate", "2019-08", "actual", "output", 9620]],
    ],
    [
      "'came to 521,000 mt, 272,000 mt and 318,000 mt in May, up 3.1%, down 1.4% and up 2.2% m-o-m respectively' pairs both lists with the three names",
      "roundup-2021-05.txt",
      "SMM Metal Production Data for May 2021 Released\n\nRefined zinc, primary lead and secondary lead output came to 518,000 mt, 270,000 mt and 321,000 mt in May, up 2.7%, down 1.1% and up 2.5% m-o-m respectively.\n",
      [
        ["refined-zinc", "2021-05", "actual", "output", 518000],
        ["primary-lead", "2021-05", "actual", "output", 270000],
        ["secondary-lead", "2021-05", "actual", "output", 321000],
        ["refined-zinc", "2021-05", "actual", "mom", 0.027],
        ["primary-lead", "2021-05", "actual", "mom", -0.011],
        ["secondary-lead", "2021-05", "actual", "mom", 0.025],
      ],
    ],
    [
      "a 'Next month (f)' column of percentages beside the month's output, MoM and YoY is the next month's forecast MoM",
      "roundup-2021-05.txt",
      "SMM Metal Production Data for May 2021 Released\n\nMinor metals:\n\nProduct\tMay output (mt)\tMoM\tYoY\tNext month (f)\nMagnesium ingot\t80,400\t1.6%\t8.8%\t-1.2%\n",
      [
        ["magnesium-ingot", "2021-05", "actual", "output", 80400],
        ["magnesium-ingot", "2021-05", "actual", "mom", 0.016],
        ["magnesium-ingot", "2021-05", "actual", "yoy", 0.088],
        ["magnesium-ingot", "2021-06", "forecast", "mom", -0.012],
      ],
    ],
    [
      "'including 71,500 mt from Yunnan and 44,800 mt from Sichuan' are provinces' shares, not the country's output (left out), and 'including 7,400 mt from spodumene, up 5.7% m-o-m' gives the part its change, not the whole",
      "roundup-2021-06.txt",
      "SMM Metal Production Data for June 2021 Released\n\nSilicon metal output, including 70,800 mt from Yunnan and 45,100 mt from Sichuan, was 249,000 mt, up 2.2% m-o-m.\n\nLithium carbonate production was 18,900 mt, including 7,500 mt from spodumene, up 4.9% m-o-m, and 4,700 mt from lepidolite.\n",
      [
        ["lithium-carbonate", "2021-06", "actual", "output", 18900],
        ["lithium-carbonate:spodumene", "2021-06", "actual", "output", 7500],
        ["lithium-carbonate:spodumene", "2021-06", "actual", "mom", 0.049],
        ["lithium-carbonate:lepidolite", "2021-06", "actual", "output", 4700],
      ],
    ],
    [
      "a label over a table ('... (SMM forecast for June in the last column):') heads the table only: the prose after it stays the edition month's",
      "roundup-2021-05.txt",
      "SMM Metal Production Data for May 2021 Released\n\nMinor metals (SMM forecast for June in the last column):\n\nProduct\tMay output (mt)\tMoM\nMagnesium ingot\t80,900\t1.8%\n\nPolysilicon output increased 3.1% m-o-m to 41,000 mt.\n",
      [
        ["magnesium-ingot", "2021-05", "actual", "output", 80900],
        ["magnesium-ingot", "2021-05", "actual", "mom", 0.018],
        ["polysilicon", "2021-05", "actual", "mom", 0.031],
        ["polysilicon", "2021-05", "actual", "output", 41000],
      ],
    ],
    [
      "'grew by 8% in August and by 5% in September': the second 'by' is a change too; a CBI survey's rates are another provider's",
      "note-2009-09.txt",
      "Copper Cathode\nRefined copper output was 394,800 mt in September, up 8.2% MoM. Smelters' operating rates grew by 3% in August and by 2% in September.\nA previous CBI survey found operating rates grew by 6%.\n",
      [
        ["copper-cathode", "2009-09", "actual", "output", 394800],
        ["copper-cathode", "2009-09", "actual", "mom", 0.082],
        ["copper-cathode", "2009-08", "actual", "operating_rate_mom", 0.03],
        ["copper-cathode", "2009-09", "actual", "operating_rate_mom", 0.02],
      ],
    ],
    [
      "a cause that 'pulled' output down, commas of a place inside it, is no part of the output",
      "note-2019-09.txt",
      "Magnesium Ingot\nEnvironmental inspections in Fugu, Shaanxi, pulled magnesium ingot output down 4.6% m-o-m to 77,900 mt.\n",
      [
        ["magnesium-ingot", "2019-09", "actual", "mom", -0.046],
        ["magnesium-ingot", "2019-09", "actual", "output", 77900],
      ],
    ],
    [
      "a table 'Item | Oct | Nov | MoM' (months with no year): the latest month's levels and changes, and the month before's levels",
      "note-2017-11.txt",
      "SMM China Magnesium Ingot Production, November 2017\n\nItem | Oct | Nov | MoM\nOutput (mt) | 77,900 | 81,200 | 4.24%\nOperating rate | 53.8% | 55.9% | 2.1 pp\n",
      [
        ["magnesium-ingot", "2017-11", "actual", "output", 81200],
        ["magnesium-ingot", "2017-10", "actual", "output", 77900],
        ["magnesium-ingot", "2017-11", "actual", "mom", 0.0424],
        ["magnesium-ingot", "2017-11", "actual", "operating_rate", 0.559],
        ["magnesium-ingot", "2017-10", "actual", "operating_rate", 0.538],
        ["magnesium-ingot", "2017-11", "actual", "operating_rate_mom", 0.021],
      ],
    ],
    [
      "a forecast level off by a power of ten from the month's level and its stated change ('rise 2.22% to 73,700 mt' after 7,200 mt) is a slipped digit: left out, the change kept",
      "note-2019-08.txt",
      "NPI\nOutput of low-grade NPI held stable at 6,900 mt in Ni content in August.\nProduction of low-grade NPI will likely rise 2.5% to 70,700 mt in September.\n",
      [
        ["npi:low-grade", "2019-08", "actual", "output", 6900],
        ["npi:low-grade", "2019-09", "forecast", "mom", 0.025],
      ],
    ],
    [
      "'Operating rates: large smelters 90.2%, medium-sized smelters 78.5%, industry-wide 85.1%' gives each tier its rate and the industry the last",
      "note-2019-10.txt",
      "Copper Cathode\nCopper cathode output was 805,000 mt in October. Operating rates: large smelters 89.6%, medium-sized smelters 77.9%, industry-wide 84.4%.\n",
      [
        ["copper-cathode", "2019-10", "actual", "output", 805000],
        ["copper-cathode:large-smelters", "2019-10", "actual", "operating_rate", 0.896],
        ["copper-cathode:medium-sized-smelters", "2019-10", "actual", "operating_rate", 0.779],
        ["copper-cathode", "2019-10", "actual", "operating_rate", 0.844],
      ],
    ],
    [
      "'zinc output grew faster than lead output, rising 4.1% against 1.2% month-on-month' gives each product its own change",
      "roundup-2020-11.txt",
      "Overview of China Metal Production in November 2020\n\nWith concentrate supply loosening, refined zinc output grew faster than primary lead output, rising 3.8% against 1.1% month-on-month.\n",
      [
        ["refined-zinc", "2020-11", "actual", "mom", 0.038],
        ["primary-lead", "2020-11", "actual", "mom", 0.011],
      ],
    ],
    [
      "after 'respectively', 'down 3.2% and up 6.5% MoM' pairs with the names in order, each with its own direction",
      "note-2020-07.txt",
      "Lead\nPrimary lead and secondary lead output came in at 255,000 mt and 221,000 mt respectively in July, down 2.7% and up 5.1% MoM.\n",
      [
        ["primary-lead", "2020-07", "actual", "output", 255000],
        ["secondary-lead", "2020-07", "actual", "output", 221000],
        ["primary-lead", "2020-07", "actual", "mom", -0.027],
        ["secondary-lead", "2020-07", "actual", "mom", 0.051],
      ],
    ],
    [
      "'In September SMM had forecast ...; it rose 8.3% to 13,800 mt': the month the forecast was made in does not date the outcome; 'It totalled' after a sentence saying output moved is that output",
      "note-2020-10.txt",
      "LFP\nIn September SMM had forecast October LFP output to rise 5%; it rose 7.9% to 14,100 mt, beating the estimate by 380 mt.\nAlumina\nAlumina production rebounded in October. It totalled 6.05 million mt, up 2.1% m-o-m.\n",
      [
        ["lfp", "2020-10", "actual", "mom", 0.079],
        ["lfp", "2020-10", "actual", "output", 14100],
        ["lfp", "2020-10", "actual", "vs_expected_chg", 380],
        ["alumina", "2020-10", "actual", "output", 6050000],
        ["alumina", "2020-10", "actual", "mom", 0.021],
      ],
    ],
    [
      "labelled lines: 'vs October: down 860 mt (3.8% lower)' is the change (no part 'down'), '(3.0 pts lower)' the rate's, 'Jan-Nov:' after a capacity line the year to date, and 'July-September output' a quarter's, no September's",
      "note-2025-11.txt",
      "Sponge titanium | November 2025\n\nVolume: 20,900 mt\nvs October: down 700 mt (3.2% lower)\nUtilisation: 75.1% (2.4 pts lower)\nNameplate capacity: 340,000 mt/yr\nJan-Nov: 228,400 mt\n\nFor reference only: July-September output, 65,200 mt.\n",
      [
        ["sponge-titanium", "2025-11", "actual", "output", 20900],
        ["sponge-titanium", "2025-11", "actual", "mom_chg", -700],
        ["sponge-titanium", "2025-11", "actual", "mom", -0.032],
        ["sponge-titanium", "2025-11", "actual", "operating_rate", 0.751],
        ["sponge-titanium", "2025-11", "actual", "operating_rate_mom", -0.024],
        ["sponge-titanium", "2025-11", "actual", "capacity", 340000],
        ["sponge-titanium", "2025-11", "actual", "ytd_output", 228400],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });

  const trendsOf = (text: string, fileName: string): string[] => trendsIn(text, fileName, "segment");
  it.each<[string, string, string, string[]]>([
    [
      "a direction whose own clause is about stocks or prices gives no trend ('..., and ore stocks at the ports rose'), nor a price's participle ('LME nickel rebounded ..., having fallen')",
      "note-2019-08.txt",
      "Ferrochrome\nSouth Africa's output slipped as power cuts resumed, and chrome ore stocks at Tianjin ports rose to 2.4 million mt. China's output fell 1.1% in August.\nLME nickel rebounded 3.4% on the week to $15,800/mt, having fallen sharply in July.\n",
      ["high-carbon-ferrochrome|2019-08|actual|down"],
    ],
    [
      "an outlook line's direction right after its label is the forecast ('Outlook, December: flat'; '- Next month: slight decrease' the month after the edition)",
      "note-2021-05.txt",
      "Refined Zinc\n- Output: 515,000 mt\n- MoM: up 1.9%\n- Next month: slight decrease\n\nSponge Titanium\nSponge titanium output was 14,100 mt in May, up 2.2% MoM.\nOutlook, June: flat - order books are full\n",
      ["refined-zinc|2021-05|actual|up", "refined-zinc|2021-06|forecast|down", "sponge-titanium|2021-05|actual|up", "sponge-titanium|2021-06|forecast|flat"],
    ],
    [
      "a table row's change of output gives its direction, as a sentence's does",
      "note-2017-11.txt",
      "SMM China Magnesium Ingot Production, November 2017\n\nItem | Oct | Nov | MoM\nOutput (mt) | 82,100 | 80,400 | -2.07%\n",
      ["magnesium-ingot|2017-11|actual|down"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsOf(text, fileName)).toEqual(want);
  });
});

describe("rules from the twentieth session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'mt of nickel sulphate by physical content': 'of nickel' opening the product's name is no metal content",
      "note-2017-09.txt",
      "Nickel Sulphate\nChina made 58,400 mt of nickel sulphate by physical content in September. In metal content, output was 13,000 mt.\n",
      [
        ["nickel-sulphate:physical-content", "2017-09", "actual", "output", 58400],
        ["nickel-sulphate:metal-content", "2017-09", "actual", "output", 13000],
        ["nickel-sulphate", "2017-09", "actual", "output", 13000],
      ],
    ],
    [
      "another provider named by what it is ('A separate research house put the operating rate at about 52%') is not SMM's figure",
      "note-2016-05.txt",
      "Silicon Metal\nAn independent consulting firm put the industry operating rate at about 52% in May. SMM data show output rose 3.1% MoM.\n",
      [["silicon-metal", "2016-05", "actual", "mom", 0.031]],
    ],
    [
      "another product named in full as a contrast clause's whole subject ('..., while secondary lead rose 3.3% MoM to ...') is that product's",
      "note-2019-04.txt",
      "Primary Lead\nPrimary lead output fell 1.7% MoM in April to 251,300 mt, while secondary lead rose 3.3% MoM to 302,800 mt.\n",
      [
        ["primary-lead", "2019-04", "actual", "mom", -0.017],
        ["primary-lead", "2019-04", "actual", "output", 251300],
        ["secondary-lead", "2019-04", "actual", "mom", 0.033],
        ["secondary-lead", "2019-04", "actual", "output", 302800],
      ],
    ],
    [
      "a clause naming no product after a clause (cut by ';') about another product's same measure is that product's",
      "note-2019-04.txt",
      "Primary Lead\nPrimary lead output fell 1.7% MoM. The operating rate of secondary lead smelters stood at 51.2% in the second week of April; for the month the operating rate averaged 48.6%.\n",
      [
        ["primary-lead", "2019-04", "actual", "mom", -0.017],
        ["secondary-lead", "2019-04", "actual", "operating_rate", 0.486],
      ],
    ],
    [
      "a measures table headed 'Indicator | <month year> | vs <month before>': words in the cells, a row 'September forecast' the next month's output and change, 'percentage points' a rate's change",
      "note-2023-08.txt",
      "China Sponge Titanium, August 2023\n\n| Indicator | August 2023 | vs July |\n|---|---|---|\n| Production | 18,200 mt | down 1.4% |\n| Operating rate | 74.5% | down 1.1 percentage points |\n| September forecast | about 18,500 mt | up 1.6% |\n",
      [
        ["sponge-titanium", "2023-08", "actual", "output", 18200],
        ["sponge-titanium", "2023-08", "actual", "mom", -0.014],
        ["sponge-titanium", "2023-08", "actual", "operating_rate", 0.745],
        ["sponge-titanium", "2023-08", "actual", "operating_rate_mom", -0.011],
        ["sponge-titanium", "2023-09", "forecast", "output", 18500],
        ["sponge-titanium", "2023-09", "forecast", "mom", 0.016],
      ],
    ],
    [
      "a change cell that names its own base ('+2.7% YoY' under 'Change') is that base's, and a change row with an empty value cell states it there",
      "note-2022-03.txt",
      "Molybdenum Concentrate, March 2022\n\n| Item | March 2022 | Change |\n|---|---|---|\n| Output (mt) | 21,900 mt | +2.7% YoY |\n| Output, month on month | | -1.2% |\n",
      [
        ["molybdenum-concentrate", "2022-03", "actual", "output", 21900],
        ["molybdenum-concentrate", "2022-03", "actual", "yoy", 0.027],
        ["molybdenum-concentrate", "2022-03", "actual", "mom", -0.012],
      ],
    ],
    [
      "'..., forecasting output at 61,000 mt': the participle of forecasting is the speaker's frame, not a part",
      "note-2020-10.txt",
      "Magnesium Ingot\nOutput fell 3.1% MoM in October. SMM sees more curbs in November, forecasting output at 61,000 mt, down 4.0% MoM.\n",
      [
        ["magnesium-ingot", "2020-10", "actual", "mom", -0.031],
        ["magnesium-ingot", "2020-11", "forecast", "output", 61000],
        ["magnesium-ingot", "2020-11", "forecast", "mom", -0.04],
      ],
    ],
    [
      "a fronted base after a list's bullet ('- Year on year, June output fell 2.2%') is the change's base",
      "note-2016-06.txt",
      "Refined Bismuth\n- Refined bismuth output came to 1,390 mt in June, up 4.4% MoM.\n- Year on year, June output fell 2.2%.\n",
      [
        ["refined-bismuth", "2016-06", "actual", "output", 1390],
        ["refined-bismuth", "2016-06", "actual", "mom", 0.044],
        ["refined-bismuth", "2016-06", "actual", "yoy", -0.022],
      ],
    ],
    [
      "a change with a base of its own right after it ('and it was 38.0% higher than in April 2020') is not rebased by the sentence's fronted base",
      "note-2021-04.txt",
      "Lithium Carbonate\nOutput rose 6.1% MoM in April. Compared with April 2019, output was up 120%, and it was 38.0% higher than in April 2020.\n",
      [
        ["lithium-carbonate", "2021-04", "actual", "mom", 0.061],
        ["lithium-carbonate", "2021-04", "actual", "yoy", 0.38],
      ],
    ],
    [
      "a column headed by a month and a tonnage unit only ('Sep (mt)') is the month's output, so the change columns before a forecast column stay the month's",
      "note-2020-09.txt",
      "Overview of China Metal Production in September 2020\n\nCopper cathode output rose 1.1% MoM. Aluminium output rose 0.4% MoM. Alumina output fell 0.9% MoM. Refined zinc output rose 2.0% MoM. Primary lead output fell 1.0% MoM.\n\n| Product | Sep (mt) | MoM | YoY | Oct (f) |\n|---|---|---|---|---|\n| Refined Bismuth | 1,410 | -2.1% | 4.0% | 1,380 |\n",
      [
        ["copper-cathode", "2020-09", "actual", "mom", 0.011],
        ["aluminum", "2020-09", "actual", "mom", 0.004],
        ["alumina", "2020-09", "actual", "mom", -0.009],
        ["refined-zinc", "2020-09", "actual", "mom", 0.02],
        ["primary-lead", "2020-09", "actual", "mom", -0.01],
        ["refined-bismuth", "2020-09", "actual", "output", 1410],
        ["refined-bismuth", "2020-09", "actual", "mom", -0.021],
        ["refined-bismuth", "2020-09", "actual", "yoy", 0.04],
        ["refined-bismuth", "2020-10", "forecast", "output", 1380],
      ],
    ],
    [
      "in a round-up, a table of parts under a paragraph (a blank line between) is that paragraph's product's, not the article's most named product's",
      "note-2018-06.txt",
      "Overview of China Metal Production in June 2018\n\nAluminium output rose 1.2% MoM. Aluminium capacity grew. Aluminium prices fell. Copper cathode output rose 0.8% MoM. Alumina output fell 0.5% MoM. Refined zinc output rose 1.5% MoM.\n\nSilicomanganese output fell 3.0% to 840,000 mt, mostly in the north:\n\n| Region | June (mt) | MoM |\n|---|---|---|\n| Inner Mongolia | 301,000 | -5.2% |\n",
      [
        ["aluminum", "2018-06", "actual", "mom", 0.012],
        ["copper-cathode", "2018-06", "actual", "mom", 0.008],
        ["alumina", "2018-06", "actual", "mom", -0.005],
        ["refined-zinc", "2018-06", "actual", "mom", 0.015],
        ["simn-alloy", "2018-06", "actual", "mom", -0.03],
        ["simn-alloy", "2018-06", "actual", "output", 840000],
        ["simn-alloy:inner-mongolia", "2018-06", "actual", "output", 301000],
        ["simn-alloy:inner-mongolia", "2018-06", "actual", "mom", -0.052],
      ],
    ],
    [
      "energy consumption named as a cause ('the dual control of energy consumption cut aluminium output to') is no trade subject",
      "note-2021-10.txt",
      "Aluminium\nCurbs on energy consumption cut China's aluminium output to 3.12 million mt in October, a decrease of 1.6% MoM.\n",
      [
        ["aluminum", "2021-10", "actual", "output", 3120000],
        ["aluminum", "2021-10", "actual", "mom", -0.016],
      ],
    ],
    [
      "'A 2.0% MoM recovery is expected': a recovery or a rebound after a change is its direction (up)",
      "note-2021-10.txt",
      "Polysilicon\nPolysilicon output fell 1.1% MoM in October. A 2.0% MoM recovery is expected in November.\n",
      [
        ["polysilicon", "2021-10", "actual", "mom", -0.011],
        ["polysilicon", "2021-11", "forecast", "mom", 0.02],
      ],
    ],
    [
      "another product named in full as the subject, a discourse aside before its verb ('Indonesian NPI output, by contrast, grew'; 'NPI in Indonesia, meanwhile, rose'), and '<product> producers turned out' are that product's",
      "note-2021-07.txt",
      "Nickel\nRefined nickel output rose 1.0% MoM. Indonesian NPI output, by contrast, grew 4.8% MoM.\n\nSilicon Metal\nSilicon metal output fell 2.0% MoM. Polysilicon producers turned out 40,500 mt in July.\n",
      [
        ["refined-nickel", "2021-07", "actual", "mom", 0.01],
        ["indonesian-npi", "2021-07", "actual", "mom", 0.048],
        ["silicon-metal", "2021-07", "actual", "mom", -0.02],
        ["polysilicon", "2021-07", "actual", "output", 40500],
      ],
    ],
    [
      "a table column headed 'Aug rate' is the operating rate, so its '(pp)' change column is the rate's change, never a production MoM",
      "note-2021-08.txt",
      "Copper Cathode\n\n| Smelter size | Aug rate | MoM (pp) |\n|---|---|---|\n| Large smelters | 87.5% | 1.4 |\n",
      [
        ["copper-cathode:large-smelters", "2021-08", "actual", "operating_rate", 0.875],
        ["copper-cathode:large-smelters", "2021-08", "actual", "operating_rate_mom", 0.014],
      ],
    ],
    [
      "a paragraph led by a bold product name, or by a product's name and a colon before prose, under another product's capitalised heading, is that product's",
      "note-2021-11.txt",
      "COPPER\n\nCopper cathode output rose 1.5% MoM in November.\n\n**Aluminum** China's primary aluminum output fell 2.0% MoM in November as curbs went on.\n\nLithium carbonate: output rose 4.1% MoM to 22,800 mt in November as new lines ramped up.\n",
      [
        ["copper-cathode", "2021-11", "actual", "mom", 0.015],
        ["aluminum", "2021-11", "actual", "mom", -0.02],
        ["lithium-carbonate", "2021-11", "actual", "mom", 0.041],
        ["lithium-carbonate", "2021-11", "actual", "output", 22800],
      ],
    ],
    [
      "'output by series in March: 200-series 612,000 mt, ...': the list item after a label that splits output by a dimension is a part, never the whole",
      "note-2020-03.txt",
      "Stainless Steel\nCrude stainless steel output by series in March: 200-series 598,000 mt, 300-series 1,020,000 mt and 400-series 401,000 mt.\n",
      [
        ["stainless-steel:200-series", "2020-03", "actual", "output", 598000],
        ["stainless-steel:300-series", "2020-03", "actual", "output", 1020000],
        ["stainless-steel:400-series", "2020-03", "actual", "output", 401000],
      ],
    ],
    [
      "a place's aside between commas ('Refineries in Hebei, inside the control zone, cut output by 16.2%, or 41,000 mt') keeps the place the part",
      "note-2022-02.txt",
      "Alumina\nAlumina output fell 6.0% MoM. Refineries in Hebei, inside the control zone, cut output by 16.2%, or 41,000 mt.\n",
      [
        ["alumina", "2022-02", "actual", "mom", -0.06],
        ["alumina:hebei", "2022-02", "actual", "mom", -0.162],
        ["alumina:hebei", "2022-02", "actual", "mom_chg", -41000],
      ],
    ],
    [
      "steel mills' tenders are demand, not output ('tenders for May were 12% lower'); a label 'is done:' names no part; '6,100 mt (or 21.0%) lower than' is one change",
      "note-2020-04.txt",
      "Ferromolybdenum\nFerromolybdenum output rose 2.0% MoM in April. Steel mills' tenders for May were 12% lower than in April.\n\nRefined Bismuth\nApril refined bismuth is done: 1,290 mt.\n\nEMD\nAt 22,900 mt, EMD output was 6,100 mt (or 21.0%) lower than in March.\n",
      [
        ["ferromolybdenum", "2020-04", "actual", "mom", 0.02],
        ["refined-bismuth", "2020-04", "actual", "output", 1290],
        ["emd", "2020-04", "actual", "output", 22900],
        ["emd", "2020-04", "actual", "mom_chg", -6100],
        ["emd", "2020-04", "actual", "mom", -0.21],
      ],
    ],
    [
      "'it' after a sentence whose rate sits in a 'with' adjunct is the output the sentence is about ('..., with capacity utilisation at 31.8%. It will probably rise 40%')",
      "note-2020-02.txt",
      "LMO\nLMO output dropped 35.1% m/m in February, with capacity utilisation at 31.8%. It will probably rise 40% in March.\n",
      [
        ["lmo", "2020-02", "actual", "mom", -0.351],
        ["lmo", "2020-02", "actual", "operating_rate", 0.318],
        ["lmo", "2020-03", "forecast", "mom", 0.4],
      ],
    ],
    [
      "a table's month-only columns ('Product | Dec | Nov | MoM | Jan (f)') under a line declaring tonnes are the months' outputs",
      "note-2021-12.txt",
      "Overview of China Metal Production in December 2021\n\nCopper cathode output rose 1% MoM. Aluminium output rose 2%. Alumina output fell 1%. Refined zinc output fell 1%. Refined tin output rose 3%.\n\nBase metals (mt):\nProduct | Dec | Nov | MoM | Jan (f)\nPrimary lead | 290,100 | 285,600 | 1.58% | 281,000\n",
      [
        ["copper-cathode", "2021-12", "actual", "mom", 0.01],
        ["aluminum", "2021-12", "actual", "mom", 0.02],
        ["alumina", "2021-12", "actual", "mom", -0.01],
        ["refined-zinc", "2021-12", "actual", "mom", -0.01],
        ["refined-tin", "2021-12", "actual", "mom", 0.03],
        ["primary-lead", "2021-12", "actual", "output", 290100],
        ["primary-lead", "2021-12", "actual", "mom", 0.0158],
        ["primary-lead", "2022-01", "forecast", "output", 281000],
      ],
    ],
    [
      "a 'metric,value,unit' block: each row's unit after its value, parts before 'output', a month's forecast row, and 'change vs <month>' rows kept only when they are the edition's MoM or YoY",
      "note-2023-05.txt",
      "Silicon Metal\nSMM's May survey in figures:\n\nmetric,value,unit\nnational output,351000,mt\nchange vs April,+2.4,%\nchange vs May 2022,-6.1,%\nchange vs March,+5.0,%\nYunnan output,40100,mt\noperating rate,58.3,%\noperating rate change m/m,+1.2,pp\nexports,51000,mt\nJune forecast output,360000,mt\n",
      [
        ["silicon-metal", "2023-05", "actual", "output", 351000],
        ["silicon-metal", "2023-05", "actual", "mom", 0.024],
        ["silicon-metal", "2023-05", "actual", "yoy", -0.061],
        ["silicon-metal:yunnan", "2023-05", "actual", "output", 40100],
        ["silicon-metal", "2023-05", "actual", "operating_rate", 0.583],
        ["silicon-metal", "2023-05", "actual", "operating_rate_mom", 0.012],
        ["silicon-metal", "2023-06", "forecast", "output", 360000],
      ],
    ],
    [
      "'up 1.74% on-month and up 19.24% on-year': hyphenated bases; a translation's 'my country's output' is China's",
      "note-2019-08.txt",
      "Refined Zinc\nIn August, my country's refined zinc output was 493,100 mt, up 1.2% on-month and up 18.0% on-year.\n",
      [
        ["refined-zinc", "2019-08", "actual", "output", 493100],
        ["refined-zinc", "2019-08", "actual", "mom", 0.012],
        ["refined-zinc", "2019-08", "actual", "yoy", 0.18],
      ],
    ],
    [
      "'By series, June output was 1.29 million mt of 300-series (up 4.1% MoM)': in a sentence split by a dimension, the part after 'of' is the figure's",
      "note-2020-06.txt",
      "Stainless Steel\nBy series, June output was 1.29 million mt of 300-series (up 4.1% MoM) and 0.70 million mt of 200-series.\n",
      [
        ["stainless-steel:300-series", "2020-06", "actual", "output", 1290000],
        ["stainless-steel:300-series", "2020-06", "actual", "mom", 0.041],
        ["stainless-steel:200-series", "2020-06", "actual", "output", 700000],
      ],
    ],
    [
      "a bold lead-in and a dash ('**Lithium carbonate** - Output ...') under another product's heading starts that product's section",
      "note-2022-03.txt",
      "STAINLESS STEEL\nCrude stainless steel output rose 3.0% MoM in March.\n**Lithium carbonate** - Output totalled 29,900 mt in March. April output is expected to grow by about 5% MoM.\n",
      [
        ["stainless-steel", "2022-03", "actual", "mom", 0.03],
        ["lithium-carbonate", "2022-03", "actual", "output", 29900],
        ["lithium-carbonate", "2022-04", "forecast", "mom", 0.05],
      ],
    ],
    [
      "a cause that 'should pull output down by 1.5%' is no part of the output (the verb's present forms too), but 'some plan to bring full-year output to' stays a plan",
      "note-2020-03.txt",
      "Refined Zinc\nRefined zinc output rose 2.0% MoM in March. In April, maintenance in Shaanxi should pull output down by about 1.5% MoM.\n\nPrimary Lead\nPrimary lead output rose 1.0% MoM in March. Some smelters plan to bring full-year output to 3.1 million mt.\n",
      [
        ["refined-zinc", "2020-03", "actual", "mom", 0.02],
        ["refined-zinc", "2020-04", "forecast", "mom", -0.015],
        ["primary-lead", "2020-03", "actual", "mom", 0.01],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
  it.each<[string, string, string, string[]]>([
    [
      "the tonnage a part 'accounted for' makes the direction after it the part's, so the whole keeps its own stated direction",
      "note-2018-04.txt",
      "Nickel Pig Iron\nNPI output came to 41,200 mt in metal content, of which low-grade NPI accounted for 6,900 mt, down 2.4% m-o-m. Overall NPI output rose slightly.\n",
      ["npi:low-grade|2018-04|actual|down", "npi|2018-04|actual|up"],
    ],
    [
      "a sentence split by a dimension ('By series, June output was 1.29 million mt of 300-series (up 4.1% MoM), ...') gives its part's direction, not the whole's",
      "note-2020-06.txt",
      "Stainless Steel\nBy series, June output was 1.29 million mt of 300-series (up 4.1% MoM) and 0.70 million mt of 200-series.\n",
      ["stainless-steel:300-series|2020-06|actual|up"],
    ],
    [
      "'It is likely to hold steady in February' after a sentence about the output is the output's forecast direction",
      "note-2020-01.txt",
      "Sponge Titanium\nSponge titanium output was unchanged m/m at about 7,100 mt in January. It is likely to hold steady in February.\n",
      ["sponge-titanium|2020-01|actual|flat", "sponge-titanium|2020-02|forecast|flat"],
    ],
    [
      "a reason clause after a direction is not its negation ('expected to stay flat as no new lines are due'), and ', and SMM sees it holding steady' after a reason is the product's outlook",
      "note-2021-07.txt",
      "Alumina\nAlumina output rose 1.0% MoM in July. August production is expected to stay flat as no new lines are due.\n\nSecondary Lead\nSecondary lead production rose slightly in July as scrap battery supply improved, and SMM sees it holding steady in August.\n",
      ["alumina|2021-07|actual|up", "alumina|2021-08|forecast|flat", "secondary-lead|2021-07|actual|up", "secondary-lead|2021-08|forecast|flat"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsIn(text, fileName, "segment")).toEqual(want);
  });
});

describe("rules from the twenty-first session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "a two-column text table's rows labelled by their base alone ('vs March', 'vs April 2020', 'Jan-Apr y/y') are the output's changes",
      "vanadium-note-2021-04.txt",
      "SMM | China sponge titanium monthly, April 2021\n\nItem                 April 2021\nProduction           8,400 mt\nvs March             -210 mt / -2.4%\nvs April 2020        +9.1%\nJan-Apr production   33,000 mt\nJan-Apr y/y          +7.7%\n",
      [
        ["sponge-titanium", "2021-04", "actual", "output", 8400],
        ["sponge-titanium", "2021-04", "actual", "mom_chg", -210],
        ["sponge-titanium", "2021-04", "actual", "mom", -0.024],
        ["sponge-titanium", "2021-04", "actual", "yoy", 0.091],
        ["sponge-titanium", "2021-04", "actual", "ytd_output", 33000],
        ["sponge-titanium", "2021-04", "actual", "ytd_yoy", 0.077],
      ],
    ],
    [
      "'a sharp drop in silver output in May, of about 9% MoM': the change noun's direction reaches the size after 'of'",
      "note-2020-04.txt",
      "Silver\nSilver output rose 2.0% MoM in April. SMM expects a sharp drop in silver output in May, of about 9% MoM, after a flood at a Hunan refinery.\n",
      [
        ["silver", "2020-04", "actual", "mom", 0.02],
        ["silver", "2020-05", "forecast", "mom", -0.09],
      ],
    ],
    [
      "'while salt-lake brine producers turned out 2,150 mt, 4.0% less than in May': the producers' part, and what they made is a level",
      "note-2019-06.txt",
      "Lithium Carbonate\nOutput from spodumene reached 6,100 mt in June, while salt-lake brine producers turned out 2,150 mt, 4.0% less than in May. Lepidolite plants made 1,300 mt, 2 percent less than in May.\n",
      [
        ["lithium-carbonate:spodumene", "2019-06", "actual", "output", 6100],
        ["lithium-carbonate:salt-lake", "2019-06", "actual", "output", 2150],
        ["lithium-carbonate:salt-lake", "2019-06", "actual", "mom", -0.04],
        ["lithium-carbonate:lepidolite", "2019-06", "actual", "output", 1300],
        ["lithium-carbonate:lepidolite", "2019-06", "actual", "mom", -0.02],
      ],
    ],
    [
      "under 'Q: Prices?', a change of the product that names no output is the price's",
      "cobalt-qa-2018-03.txt",
      "SMM Q&A | Cobalt sulphate, March 2018\n\nQ: How did production change in March?\nA: China made 5,200 mt of cobalt sulphate in March, 2.5% more than in February.\n\nQ: Prices?\nA: Battery-grade cobalt sulphate fell 4.4% MoM.\n",
      [
        ["cobalt-sulphate", "2018-03", "actual", "output", 5200],
        ["cobalt-sulphate", "2018-03", "actual", "mom", 0.025],
      ],
    ],
    [
      "a correction: the figure 'an earlier version of this article put' is replaced, and 'revised the figure up to' gives the new level",
      "note-2021-11.txt",
      "Silicon Metal\nCorrection: an earlier version of this article put November silicon metal output at 251,000 mt, down 9.0% MoM. SMM has revised the figure up to 254,500 mt, down 7.7% MoM.\n",
      [
        ["silicon-metal", "2021-11", "actual", "output", 254500],
        ["silicon-metal", "2021-11", "actual", "mom", -0.077],
      ],
    ],
    [
      "'SMM forecast domestic output at N' (no 'had', in a paragraph looking forward to the next month) is the forecast, never the month's actual",
      "note-2019-12.txt",
      "Refined Zinc\nRefined zinc output rose 1.0% MoM in December. Looking forward to January 2020, some small smelters will stop for the holiday. SMM forecast domestic refined zinc output at 512.0 kt, a decline of 2.0% m-o-m.\n",
      [
        ["refined-zinc", "2019-12", "actual", "mom", 0.01],
        ["refined-zinc", "2020-01", "forecast", "output", 512000],
        ["refined-zinc", "2020-01", "forecast", "mom", -0.02],
      ],
    ],
    [
      "'Refined Zinc - highlights for January:' over bullets heads zinc's section (its output is not the paragraph above's product's)",
      "roundup-2023-01.txt",
      "Overview of China Metal Production in January 2023\n\nAlumina: Alumina output fell 3.0% MoM in January as refineries trimmed runs.\nRefined Zinc - highlights for January:\n- Output: 505,000 mt, down 4.0% m-o-m\n",
      [
        ["alumina", "2023-01", "actual", "mom", -0.03],
        ["refined-zinc", "2023-01", "actual", "output", 505000],
        ["refined-zinc", "2023-01", "actual", "mom", -0.04],
      ],
    ],
    [
      "'; in physical terms it dropped 7.0%' is the physical content's, and a forecast of 'physical-content output' stands in for no metal content",
      "note-2023-01.txt",
      "NPI\nChina's NPI production in metal content fell 5.0% m-o-m in January; in physical terms it dropped 7.0%. In February, physical-content output is expected to rise 2.0% m-o-m.\n",
      [
        ["npi:metal-content", "2023-01", "actual", "mom", -0.05],
        ["npi:physical-content", "2023-01", "actual", "mom", -0.07],
        ["npi:physical-content", "2023-02", "forecast", "mom", 0.02],
        ["npi", "2023-01", "actual", "mom", -0.05],
      ],
    ],
    [
      "'..., and metal content by 2.2% to 41,700 mt' (the verb left out after a month) is the metal content's, and 'output in physical content fell' stands in for nothing",
      "note-2020-11.txt",
      "NPI\nChina's NPI output in physical content fell 4.0% MoM in November 2020, and metal content by 1.5% to 40,100 mt.\n",
      [
        ["npi:physical-content", "2020-11", "actual", "mom", -0.04],
        ["npi:metal-content", "2020-11", "actual", "mom", -0.015],
        ["npi:metal-content", "2020-11", "actual", "output", 40100],
        ["npi", "2020-11", "actual", "mom", -0.015],
        ["npi", "2020-11", "actual", "output", 40100],
      ],
    ],
    [
      "'Refineries in Shanxi raised output by 5.0% in December, and those in Henan by 1.2%': each province its own change",
      "note-2018-12.txt",
      "Alumina\nRefineries in Shanxi raised output by 5.0% in December, and those in Henan by 1.2%.\n",
      [
        ["alumina:shanxi", "2018-12", "actual", "mom", 0.05],
        ["alumina:henan", "2018-12", "actual", "mom", 0.012],
      ],
    ],
    [
      "'**Aluminium:** China's ...' (the colon inside the bold marks) starts aluminium's section under copper's heading",
      "roundup-2023-01.txt",
      "Overview of China Metal Production in January 2023\n\nCOPPER CATHODE\nCopper cathode production in January fell 3.0% MoM.\n**Aluminium:** China's aluminium output in January reached 3.40 million mt, up 3.0% y/y.\n",
      [
        ["copper-cathode", "2023-01", "actual", "mom", -0.03],
        ["aluminum", "2023-01", "actual", "output", 3400000],
        ["aluminum", "2023-01", "actual", "yoy", 0.03],
      ],
    ],
    [
      "a table's '2022 total (mt) | YoY' columns in the December edition are the year to date and its YoY",
      "roundup-2022-12.txt",
      "SMM Metal Production Data for December 2022 Released\n\nMetal | Dec output (mt) | MoM | YoY | 2022 total (mt) | YoY\nRefined zinc | 540,000 | 1.0% | 7.0% | 6,100,000 | -1.0%\n",
      [
        ["refined-zinc", "2022-12", "actual", "output", 540000],
        ["refined-zinc", "2022-12", "actual", "mom", 0.01],
        ["refined-zinc", "2022-12", "actual", "yoy", 0.07],
        ["refined-zinc", "2022-12", "actual", "ytd_output", 6100000],
        ["refined-zinc", "2022-12", "actual", "ytd_yoy", -0.01],
      ],
    ],
    [
      "a briefing's 'Top stories before the open:' names no part of the bullets under it",
      "briefing-2015-04.txt",
      "SMM Morning Briefing | May 5\n\nTop stories before the open:\n\n- EMD: China's electrolytic manganese dioxide output in April 2015 fell 4.0% from March to 24,000 mt.\n",
      [
        ["emd", "2015-04", "actual", "mom", -0.04],
        ["emd", "2015-04", "actual", "output", 24000],
      ],
    ],
    [
      "an item's 'Data snapshot' table of measures by month ('October 2016 (SMM forecast)') under no heading is the item's product's, changes in tonnes and the forecast's rate too",
      "glass-2016-09.txt",
      "China PV glass output slips in September\n\nSMM, Shanghai - PV glass production fell in September 2016.\n\nData snapshot\n\n| Measure | September 2016 | October 2016 (SMM forecast) |\n|---|---|---|\n| Output (mt) | 450,000 | 460,000 |\n| Change MoM (mt) | -10,000 | +10,000 |\n| Operating rate | 83.0% | 85.0% |\n",
      [
        ["pv-glass", "2016-09", "actual", "output", 450000],
        ["pv-glass", "2016-10", "forecast", "output", 460000],
        ["pv-glass", "2016-09", "actual", "mom_chg", -10000],
        ["pv-glass", "2016-10", "forecast", "mom_chg", 10000],
        ["pv-glass", "2016-09", "actual", "operating_rate", 0.83],
        ["pv-glass", "2016-10", "forecast", "operating_rate", 0.85],
      ],
    ],
    [
      "'Output and the industry operating rate fell 5.0% and 2.0 percentage points respectively, leaving the rate at 50.0%': each measure its own number",
      "note-2026-01.txt",
      "Magnesium Powder\nOutput and the industry operating rate fell 5.0% and 2.0 percentage points m-o-m respectively, leaving the rate at 50.0%.\n",
      [
        ["magnesium-powder", "2026-01", "actual", "mom", -0.05],
        ["magnesium-powder", "2026-01", "actual", "operating_rate_mom", -0.02],
        ["magnesium-powder", "2026-01", "actual", "operating_rate", 0.5],
      ],
    ],
    [
      "'Item | Sep | Aug | MoM | Oct (F)': months with no year, latest first, and a forecast month in brackets",
      "roundup-2022-09.txt",
      "Overview of China Metal Production in September 2022\n\nCOPPER CATHODE\n\nSmelters lifted production in September.\nItem | Sep | Aug | MoM | Oct (F)\nOutput (mt) | 880,000 | 860,000 | +2.33% | 900,000\n",
      [
        ["copper-cathode", "2022-09", "actual", "output", 880000],
        ["copper-cathode", "2022-08", "actual", "output", 860000],
        ["copper-cathode", "2022-10", "forecast", "output", 900000],
        ["copper-cathode", "2022-09", "actual", "mom", 0.0233],
      ],
    ],
    [
      "'rose 1.5 pct m-o-m' is a percentage, 'up 0.50 pct point' points",
      "roundup-2022-08.txt",
      "Overview of China Metal Production in August 2022\n\nCopper Cathode: In August, copper cathode output rose 1.5 pct m-o-m to 870,000 mt; the operating rate was 80.00 pct, up 0.50 pct point.\n",
      [
        ["copper-cathode", "2022-08", "actual", "mom", 0.015],
        ["copper-cathode", "2022-08", "actual", "output", 870000],
        ["copper-cathode", "2022-08", "actual", "operating_rate", 0.8],
        ["copper-cathode", "2022-08", "actual", "operating_rate_mom", 0.005],
      ],
    ],
    [
      "'copper cathode output rose 2.0% m-o-m in July while aluminium fell 1.0%': the 'while' clause's product, the output's noun left out",
      "roundup-2022-07.txt",
      "Overview of China Metal Production in July 2022\n\nCOPPER CATHODE\n\nChina's copper cathode output rose 2.0% m-o-m in July while aluminium fell 1.0%, SMM's survey showed.\n",
      [
        ["copper-cathode", "2022-07", "actual", "mom", 0.02],
        ["aluminum", "2022-07", "actual", "mom", -0.01],
      ],
    ],
    [
      "an item's table of months as rows ('Jul 2019 (revised)', 'Sep 2019 (forecast)') with a column per content",
      "indo-npi-2019-08.txt",
      "SMM: Indonesia's NPI output extends gains in August 2019\nIndonesia's NPI production kept climbing in August 2019.\n\n| Month | Physical content (mt) | Metal content (mt) | MoM |\n|---|---|---|---|\n| Jul 2019 (revised) | 150,000 | 18,000 | 3.0% |\n| Aug 2019 | 155,000 | 18,500 | 2.8% |\n| Sep 2019 (forecast) | 160,000 | 19,000 | 2.7% |\n",
      [
        ["indonesian-npi:physical-content", "2019-07", "actual", "output", 150000],
        ["indonesian-npi:metal-content", "2019-07", "actual", "output", 18000],
        ["indonesian-npi", "2019-07", "actual", "mom", 0.03],
        ["indonesian-npi:physical-content", "2019-08", "actual", "output", 155000],
        ["indonesian-npi:metal-content", "2019-08", "actual", "output", 18500],
        ["indonesian-npi", "2019-08", "actual", "mom", 0.028],
        ["indonesian-npi:physical-content", "2019-09", "forecast", "output", 160000],
        ["indonesian-npi:metal-content", "2019-09", "forecast", "output", 19000],
        ["indonesian-npi", "2019-09", "forecast", "mom", 0.027],
        ["indonesian-npi", "2019-07", "actual", "output", 18000],
        ["indonesian-npi", "2019-08", "actual", "output", 18500],
        ["indonesian-npi", "2019-09", "forecast", "output", 19000],
      ],
    ],
    [
      "'| Month | Refined zinc (mt) | m-o-m |' under a paragraph about another product: the heading's product",
      "roundup-2019-02.txt",
      "Overview of China Metal Production in February 2019\n\nAlumina output in February, at 5.30 million mt, was 8.0% lower than in January.\n\n| Month | Refined zinc (mt) | m-o-m |\n|---|---|---|\n| Feb 2019 | 410,000 | -6.0% |\n",
      [
        ["alumina", "2019-02", "actual", "output", 5300000],
        ["alumina", "2019-02", "actual", "mom", -0.08],
        ["refined-zinc", "2019-02", "actual", "output", 410000],
        ["refined-zinc", "2019-02", "actual", "mom", -0.06],
      ],
    ],
    [
      "a sentence about another product whose figure is left out does not turn the item to it ('For May, SMM expects output to rise' stays refined nickel's)",
      "nickel-2015-04.txt",
      "SMM: China refined nickel output slips in April 2015\nChina produced 13,000 mt of refined nickel in April 2015, down 4.0% from March.\nOverseas, nickel pig iron output in Indonesia climbed to 1.9 (10,000 mt) in nickel content.\nFor May, SMM expects output to rise to 1.35 (10,000 mt), up 3.8% MoM.\n",
      [
        ["refined-nickel", "2015-04", "actual", "output", 13000],
        ["refined-nickel", "2015-04", "actual", "mom", -0.04],
        ["refined-nickel", "2015-05", "forecast", "output", 13500],
        ["refined-nickel", "2015-05", "forecast", "mom", 0.038],
      ],
    ],
    [
      "'SMM forecast China\u2019s primary aluminum output at 3.06 mln t' (a curly apostrophe) is January's forecast",
      "note-2019-12.txt",
      "Primary Aluminium\nChina produced 3.04 mln t of primary aluminium in December 2019.\nLooking forward to January 2020, SMM forecast China\u2019s primary aluminum output at 3.06 mln t, a growth rate of 0.7% m-o-m.\n",
      [
        ["aluminum", "2019-12", "actual", "output", 3040000],
        ["aluminum", "2020-01", "forecast", "output", 3060000],
        ["aluminum", "2020-01", "forecast", "mom", 0.007],
      ],
    ],
    [
      "'**Nickel pig iron (NPI):** In November, ...' (a bracketed abbreviation in the bold lead-in) starts NPI's section under refined nickel's heading",
      "roundup-2023-11.txt",
      "Overview of China Metal Production in November 2023\n\nREFINED NICKEL\nRefined nickel output rose 7.0% m-o-m in November.\n**Nickel pig iron (NPI):** In November, metal content came to 31,000 mt, a 4.0% m-o-m decline.\n",
      [
        ["refined-nickel", "2023-11", "actual", "mom", 0.07],
        ["npi:metal-content", "2023-11", "actual", "output", 31000],
        ["npi:metal-content", "2023-11", "actual", "mom", -0.04],
        ["npi", "2023-11", "actual", "output", 31000],
        ["npi", "2023-11", "actual", "mom", -0.04],
      ],
    ],
    [
      "', while metal content came to 30,000 mt' after a clause about NPI under refined nickel's heading is NPI's",
      "roundup-2023-11.txt",
      "Overview of China Metal Production in November 2023\n\nREFINED NICKEL\nRefined nickel output rose 7.0% m-o-m in November.\nChina's NPI output in physical content was 700,000 mt in November, while metal content came to 30,000 mt.\n",
      [
        ["refined-nickel", "2023-11", "actual", "mom", 0.07],
        ["npi:physical-content", "2023-11", "actual", "output", 700000],
        ["npi:metal-content", "2023-11", "actual", "output", 30000],
        ["npi", "2023-11", "actual", "output", 30000],
      ],
    ],
    [
      "'Smelters recovered 280.0 mt of silver (MoM: +1.5%)': what was recovered is no rebound of 280 mt",
      "note-2021-04.txt",
      "Silver\nSmelters recovered 280.0 mt of silver (MoM: +1.5%).\n",
      [["silver", "2021-04", "actual", "mom", 0.015]],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
  it.each<[string, string, string, string[]]>([
    [
      "'will be included in next month's round-up' states no direction ('up' in a compound)",
      "roundup-2024-02.txt",
      "Overview of China Metal Production in February 2024\n\nSilver: SMM's silver output survey for February will be included in next month's round-up.\n\nAlumina: Alumina output rose slightly in February.\n",
      ["alumina|2024-02|actual|up"],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(trendsIn(text, fileName, "segment")).toEqual(want);
  });
});

describe("rules from the twenty-second session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'..., bringing the total to 150,000 mt for the year' in a November item: a year's total with no year named is no month's output",
      "note-2023-11.txt",
      "Titanium sponge makers turned out 14,100 mt in November, up 3.0% MoM, bringing the total to 150,000 mt for the year.\n",
      [
        ["sponge-titanium", "2023-11", "actual", "output", 14100],
        ["sponge-titanium", "2023-11", "actual", "mom", 0.03],
      ],
    ],
    [
      "'... 310 mt in December and 3,500 mt for the year' in a December item: the year's total is its year to date",
      "note-2022-12.txt",
      "Silver\nSilver output was 310 mt in December and 3,500 mt for the year.\n",
      [
        ["silver", "2022-12", "actual", "output", 310],
        ["silver", "2022-12", "actual", "ytd_output", 3500],
      ],
    ],
    [
      "'The average rate at smaller smelters staged the sharpest fall, falling 5.10 percentage points to 50.20%' is that tier's, and 'down 0.40 percentage point from the average 61.20% in May' is the whole's change",
      "note-2016-06.txt",
      "Secondary lead\nSMM's survey of ten secondary lead smelters puts the average operating rate at 60.80% in June, down 0.40 percentage point from the average 61.20% in May.\nThe average operating rate at smaller smelters staged the sharpest fall, falling 5.10 percentage points to 50.20%.\n",
      [
        ["secondary-lead", "2016-06", "actual", "operating_rate", 0.608],
        ["secondary-lead", "2016-06", "actual", "operating_rate_mom", -0.004],
        ["secondary-lead", "2016-05", "actual", "operating_rate", 0.612],
        ["secondary-lead:smaller-smelters", "2016-06", "actual", "operating_rate_mom", -0.051],
        ["secondary-lead:smaller-smelters", "2016-06", "actual", "operating_rate", 0.502],
      ],
    ],
    [
      "'One investment bank expects ... output will grow 11% in July' is the bank's, not SMM's forecast; 'traders with little bank credit' names no bank's figure",
      "note-2021-06.txt",
      "PV glass\nPV glass output rose 5.0% MoM in June. One investment bank expects China's PV glass output will grow 11% in July.\nSolar cell output rose 2.0% MoM in June, although traders with little bank credit bought less.\n",
      [
        ["pv-glass", "2021-06", "actual", "mom", 0.05],
        ["solar-cell", "2021-06", "actual", "mom", 0.02],
      ],
    ],
    [
      "'Alumina: Output slipped 1.2% MoM ...' (a capital after the colon) under the aluminium heading starts alumina's section",
      "roundup-2024-04.txt",
      "Overview of China Metal Production in April 2024\nALUMINUM\nAluminium output was 3.5 million mt in April, down 1.0% MoM.\nAlumina: Output slipped 1.2% MoM to 6.6 million mt in April; May output is forecast to rise 2.0% MoM.\n",
      [
        ["aluminum", "2024-04", "actual", "output", 3500000],
        ["aluminum", "2024-04", "actual", "mom", -0.01],
        ["alumina", "2024-04", "actual", "mom", -0.012],
        ["alumina", "2024-04", "actual", "output", 6600000],
        ["alumina", "2024-05", "forecast", "mom", 0.02],
      ],
    ],
    [
      "'Product | Apr output (mt) | Change vs Mar | Change vs Apr 2023': the change against the month before is the MoM, against the same month of a year before the YoY",
      "roundup-2024-04.txt",
      "Overview of China Metal Production in April 2024\nLithium salts\nProduct | Apr output (mt) | Change vs Mar | Change vs Apr 2023\nLithium carbonate | 50,100 | +8.0% | +40.0%\n",
      [
        ["lithium-carbonate", "2024-04", "actual", "output", 50100],
        ["lithium-carbonate", "2024-04", "actual", "mom", 0.08],
        ["lithium-carbonate", "2024-04", "actual", "yoy", 0.4],
      ],
    ],
    [
      "'Q: Where did cobalt sulphate output land in May? A: At 5,100 mt.': the answer's bare amount is the output asked for",
      "note-2019-05.txt",
      "Q: Where did cobalt sulphate output land in May?\nA: At 5,100 mt. That was 2.0% more than in April.\n",
      [
        ["cobalt-sulphate", "2019-05", "actual", "output", 5100],
        ["cobalt-sulphate", "2019-05", "actual", "mom", 0.02],
      ],
    ],
    [
      "'MoM change, metal content: +4.0%' and 'YoY change, metal content: +15.0%' in a key-figures box; 'precursor makers consumed N mt ..., up 6.0% MoM' is consumption",
      "note-2018-06.txt",
      "Nickel sulphate key figures (June 2018)\nOutput, metal content: 9,000 mt\nMoM change, metal content: +4.0%\nYoY change, metal content: +15.0%\nSMM estimates that precursor makers consumed 8,500 mt of nickel sulphate in June, up 6.0% MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2018-06", "actual", "output", 9000],
        ["nickel-sulphate:metal-content", "2018-06", "actual", "mom", 0.04],
        ["nickel-sulphate:metal-content", "2018-06", "actual", "yoy", 0.15],
        ["nickel-sulphate", "2018-06", "actual", "output", 9000],
        ["nickel-sulphate", "2018-06", "actual", "mom", 0.04],
        ["nickel-sulphate", "2018-06", "actual", "yoy", 0.15],
      ],
    ],
    [
      "'totalled 3.1 million mt in June, or 103,300 mt a day on average; that was 1.5% lower than May': the day is the daily figure's, the change is the month's",
      "note-2022-06.txt",
      "Aluminium\nAluminium output totalled 3.1 million mt in June, or 103,300 mt a day on average; that was 1.5% lower than May.\n",
      [
        ["aluminum", "2022-06", "actual", "output", 3100000],
        ["aluminum", "2022-06", "actual", "mom", -0.015],
      ],
    ],
    [
      "'PERC cells: 15.0 GW' and 'TOPCon cells: 20.0 GW' in a solar cell item are the cell technologies' parts, not the product's output",
      "note-2023-07.txt",
      "SMM: China solar cell output, July 2023\nCell output: 50.0 GW\nPERC cells: 15.0 GW\nTOPCon cells: 20.0 GW\n",
      [
        ["solar-cell", "2023-07", "actual", "output", 50],
        ["solar-cell:perc", "2023-07", "actual", "output", 15],
        ["solar-cell:topcon", "2023-07", "actual", "output", 20],
      ],
    ],
    [
      "'POLYSILICON | Output fell 10.0% MoM to 150,000 mt.' (a name and a pipe before prose) starts polysilicon's section",
      "roundup-2024-06.txt",
      "Overview of China Metal Production in June 2024\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in June.\nPOLYSILICON | Output fell 10.0% MoM to 150,000 mt, as producers began maintenance.\n",
      [
        ["copper-cathode", "2024-06", "actual", "mom", 0.01],
        ["polysilicon", "2024-06", "actual", "mom", -0.1],
        ["polysilicon", "2024-06", "actual", "output", 150000],
      ],
    ],
    [
      "'OVERSEAS METALLURGICAL-GRADE ALUMINA | Metallurgical-grade alumina output ...' and 'Co3O4 | Co3O4 output ...' (a hyphen, digits) start sections",
      "roundup-2024-08.txt",
      "Overview of China Metal Production in August 2024\nALUMINIUM\nAluminium output rose 1.0% MoM in August.\nOVERSEAS METALLURGICAL-GRADE ALUMINA | Metallurgical-grade alumina output outside China rose 1.2% MoM, with an operating rate of 80.0%.\nCo3O4 | Co3O4 output fell 5.0% MoM at 4,000 mt.\n",
      [
        ["aluminum", "2024-08", "actual", "mom", 0.01],
        ["overseas-metallurgical-grade-alumina", "2024-08", "actual", "mom", 0.012],
        ["overseas-metallurgical-grade-alumina", "2024-08", "actual", "operating_rate", 0.8],
        ["co3o4", "2024-08", "actual", "mom", -0.05],
        ["co3o4", "2024-08", "actual", "output", 4000],
      ],
    ],
    [
      "'A brokerage, by contrast, projects November output up 4%' is no SMM forecast",
      "note-2022-10.txt",
      "PV-grade EVA output rose 8.0% MoM in October. SMM expects November output to hold flat. A brokerage, by contrast, projects November output up 4%.\n",
      [["pv-grade-eva", "2022-10", "actual", "mom", 0.08]],
    ],
    [
      "'Pr-Nd oxide production declined 2.0% MoM, whereas Pr-Nd alloy increased 1.5%': the alloy's own change, not light rare earth's",
      "note-2021-08.txt",
      "Light Rare Earth\nPr-Nd oxide production declined 2.0% MoM, whereas Pr-Nd alloy increased 1.5%.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2021-08", "actual", "mom", -0.02],
        ["light-rare-earth:pr-nd-alloy", "2021-08", "actual", "mom", 0.015],
      ],
    ],
    [
      "'Metal | Sep (mt) | MoM | YoY | Oct F (mt) | Oct F MoM': a month and an F head the forecast's output and change",
      "roundup-2024-09.txt",
      "Overview of China Metal Production in September 2024\nMinor metals\nMetal | Sep (mt) | MoM | YoY | Oct F (mt) | Oct F MoM\nRefined Bismuth | 1,300 | +1.0% | +5.0% | 1,320 | +1.5%\n",
      [
        ["refined-bismuth", "2024-09", "actual", "output", 1300],
        ["refined-bismuth", "2024-09", "actual", "mom", 0.01],
        ["refined-bismuth", "2024-09", "actual", "yoy", 0.05],
        ["refined-bismuth", "2024-10", "forecast", "output", 1320],
        ["refined-bismuth", "2024-10", "forecast", "mom", 0.015],
      ],
    ],
    [
      "'In Indonesia, NPI metal content output rose 5.0% ...' in the Indonesian NPI section: the product's own country, no other subject",
      "note-2021-07.txt",
      "Indonesian NPI\nIn Indonesia, NPI output rose 5.0% on the month to 80,000 mt as new lines ramped up.\n",
      [
        ["indonesian-npi", "2021-07", "actual", "mom", 0.05],
        ["indonesian-npi", "2021-07", "actual", "output", 80000],
      ],
    ],
    [
      "'rose 3.0% MoM to 30,000 mt, nearly double July 2020, or 95% higher': the doubling is against the month a year before, the percentage its YoY",
      "note-2021-07.txt",
      "Ternary cathode material production rose 3.0% MoM to 30,000 mt, nearly double July 2020, or 95% higher.\n",
      [
        ["ternary-cathode-material", "2021-07", "actual", "mom", 0.03],
        ["ternary-cathode-material", "2021-07", "actual", "output", 30000],
        ["ternary-cathode-material", "2021-07", "actual", "yoy", 0.95],
      ],
    ],
    [
      "'By feedstock, spodumene accounted for 9,000 mt, lepidolite 5,000 mt and salt lake brine 4,000 mt' (the verb left out after the first); 'and recycled material contributed 900 mt' is that part's",
      "note-2021-07.txt",
      "Lithium carbonate\nBy feedstock, spodumene accounted for 9,000 mt, lepidolite 5,000 mt and salt lake brine 4,000 mt.\nSalt-lake output was 4,000 mt and recycled material contributed 900 mt.\n",
      [
        ["lithium-carbonate:spodumene", "2021-07", "actual", "output", 9000],
        ["lithium-carbonate:lepidolite", "2021-07", "actual", "output", 5000],
        ["lithium-carbonate:salt-lake", "2021-07", "actual", "output", 4000],
        ["lithium-carbonate:recycled", "2021-07", "actual", "output", 900],
      ],
    ],
    [
      "'Yunnan's energy-consumption controls cut silicon metal output to 240,000 mt': a province's policy causes the whole's figure",
      "note-2021-08.txt",
      "Silicon metal\nYunnan's energy-consumption controls cut silicon metal output to 240,000 mt in August, a decrease of 12,000 mt.\n",
      [
        ["silicon-metal", "2021-08", "actual", "output", 240000],
        ["silicon-metal", "2021-08", "actual", "mom_chg", -12000],
      ],
    ],
    [
      "'Lithium hydroxide: up 4.0% MoM at 17,000 mt': the label's change, then its level",
      "note-2021-08.txt",
      "Lithium hydroxide: up 4.0% MoM at 17,000 mt.\n",
      [
        ["lithium-hydroxide", "2021-08", "actual", "mom", 0.04],
        ["lithium-hydroxide", "2021-08", "actual", "output", 17000],
      ],
    ],
    [
      "'Ex-China primary aluminium output ...' and 'Ex-China smelters ran at 87.0%' in the overseas section are the overseas product's; '0.8% more than in the same month of 2019' is YoY",
      "note-2020-07.txt",
      "Overseas Aluminum\nEx-China primary aluminium output amounted to 2.3 million mt in July 2020, 0.8% more than in the same month of 2019. Ex-China smelters ran at 87.0%, 0.3 percentage points higher than in June.\n",
      [
        ["overseas-aluminum", "2020-07", "actual", "output", 2300000],
        ["overseas-aluminum", "2020-07", "actual", "yoy", 0.008],
        ["overseas-aluminum", "2020-07", "actual", "operating_rate", 0.87],
        ["overseas-aluminum", "2020-07", "actual", "operating_rate_mom", 0.003],
      ],
    ],
    [
      "'China's aluminium output in Dec down 1.5% on yearly basis' (no article) is a YoY",
      "note-2017-12.txt",
      "China's aluminium output in Dec down 1.5% on yearly basis: NBS\n",
      [["aluminum", "2017-12", "actual", "yoy", -0.015]],
    ],
    [
      "'SMM revised down its August output estimate to 3.20 million mt (the earlier reading was 3.25 million mt)': the bracket is the replaced reading",
      "note-2021-09.txt",
      "Aluminium\nSMM revised down its August output estimate to 3.20 million mt (the earlier reading was 3.25 million mt).\n",
      [["aluminum", "2021-08", "actual", "output", 3200000]],
    ],
    [
      "'a MoM rise of 5.0% in September, output reaching 36,000 mt, more than double the level of a year earlier': the tonnage is a level",
      "note-2021-09.txt",
      "Ternary cathode material producers reported a MoM rise of 5.0% in September, output reaching 36,000 mt, more than double the level of a year earlier.\n",
      [
        ["ternary-cathode-material", "2021-09", "actual", "mom", 0.05],
        ["ternary-cathode-material", "2021-09", "actual", "output", 36000],
      ],
    ],
    [
      "'Primary lead - December output came to ...' and 'Cobalt sulphate: SMM has revised ...' start sections in a round-up, the first under no heading yet",
      "roundup-2024-12.txt",
      "Overview of China Metal Production in December 2024\nCopper cathode: Output in December rose 3.0% from November as smelters returned.\nALUMINUM\nAluminium output rose 1.0% MoM in December.\nPrimary lead - December output came to 310,000 mt, a 2.0% MoM decrease.\nCobalt sulphate: SMM has revised its November figure; December production was 5,800 mt, 4.0% more than in November.\nZinc, nickel and tin were steady.\n",
      [
        ["copper-cathode", "2024-12", "actual", "mom", 0.03],
        ["aluminum", "2024-12", "actual", "mom", 0.01],
        ["primary-lead", "2024-12", "actual", "output", 310000],
        ["primary-lead", "2024-12", "actual", "mom", -0.02],
        ["cobalt-sulphate", "2024-12", "actual", "output", 5800],
        ["cobalt-sulphate", "2024-12", "actual", "mom", 0.04],
      ],
    ],
    [
      "'For March SMM sees a further 4.0% MoM rise and an operating rate of 86.0%': the rise is output's (the rate is the next clause's)",
      "note-2025-02.txt",
      "Copper cathode\nFor March SMM sees a further 4.0% MoM rise and an operating rate of 86.0%.\n",
      [
        ["copper-cathode", "2025-03", "forecast", "mom", 0.04],
        ["copper-cathode", "2025-03", "forecast", "operating_rate", 0.86],
      ],
    ],
    [
      "'31.0 kt in metal content in March (physical content 140.0 kt), up 12.0% MoM': the change is not the bracket's content",
      "note-2026-03.txt",
      "Nickel sulphate\nNickel sulphate output was 31.0 kt in metal content in March (physical content 140.0 kt), up 12.0% MoM.\n",
      [
        ["nickel-sulphate:metal-content", "2026-03", "actual", "output", 31000],
        ["nickel-sulphate:physical-content", "2026-03", "actual", "output", 140000],
        ["nickel-sulphate:metal-content", "2026-03", "actual", "mom", 0.12],
        ["nickel-sulphate", "2026-03", "actual", "output", 31000],
        ["nickel-sulphate", "2026-03", "actual", "mom", 0.12],
      ],
    ],
    [
      "'Refined secondary lead producers ran at 46.0%, ..., while their output shrank 7.0%': the part's output; 'Ningxia producers ... and their output' is not the part named before",
      "note-2024-12.txt",
      "Secondary lead\nCrude lead output slipped 4.0% MoM. Refined secondary lead producers ran at 46.0%, down 3.0 percentage points, while their output shrank 7.0%.\n",
      [
        ["secondary-lead:crude", "2024-12", "actual", "mom", -0.04],
        ["secondary-lead:refined", "2024-12", "actual", "operating_rate", 0.46],
        ["secondary-lead:refined", "2024-12", "actual", "operating_rate_mom", -0.03],
        ["secondary-lead:refined", "2024-12", "actual", "mom", -0.07],
      ],
    ],
    [
      "'output at 20 mills was 14 kt in December, with an average operating rate at 62.0%': a few plants' rate, as their output is far below the product's",
      "note-2009-12.txt",
      "Stainless steel\nThe survey shows stainless steel output at 20 mills was 14 kt in December 2009, with an average operating rate at 62.0%.\n",
      [],
    ],
    [
      "'How much refined tin did China produce in November? According to SMM's survey, 15,000 mt, a rise of 4.0% from October.': the answer's amount is the output asked for",
      "note-2021-11.txt",
      "Refined Tin\nHow much refined tin did China produce in November? According to SMM's survey, 15,000 mt, a rise of 4.0% from October.\n",
      [
        ["refined-tin", "2021-11", "actual", "output", 15000],
        ["refined-tin", "2021-11", "actual", "mom", 0.04],
      ],
    ],
    [
      "'According to SMM's survey, 15,000 mt, a rise of 4.0% from October': the tonnage is no rise (a level, with no subject here)",
      "note-2021-11.txt",
      "Refined tin\nAccording to SMM's survey, 15,000 mt, a rise of 4.0% from October.\n",
      [["refined-tin", "2021-11", "actual", "mom", 0.04]],
    ],
    [
      "'NPI | Domestic NPI production in metal content dropped 4.0% MoM ...' (a capital word after the pipe's first) starts NPI's section",
      "roundup-2025-03.txt",
      "Overview of China Metal Production in March 2025\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in March.\nNPI | Domestic NPI production in metal content dropped 4.0% MoM to 24,000 mt in March.\n",
      [
        ["copper-cathode", "2025-03", "actual", "mom", 0.01],
        ["npi:metal-content", "2025-03", "actual", "mom", -0.04],
        ["npi:metal-content", "2025-03", "actual", "output", 24000],
        ["npi", "2025-03", "actual", "mom", -0.04],
        ["npi", "2025-03", "actual", "output", 24000],
      ],
    ],
    [
      "'**Mn3O4** Mn3O4 output fell ...' (digits in a bold lead-in's name) starts Mn3O4's section",
      "roundup-2023-01.txt",
      "Overview of China Metal Production in January 2023\nEMM\nElectrolytic manganese output rose 1.0% m-o-m in January.\n**Mn3O4** Mn3O4 output fell significantly in January, down 18% m-o-m, as plants shut for the holiday.\n",
      [
        ["emm", "2023-01", "actual", "mom", 0.01],
        ["mn3o4", "2023-01", "actual", "mom", -0.18],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twenty-third session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'..., but it was 1.8% lower compared with a year before' after 'after works in Hunan and Guangxi ended': the pronoun is the subject's, not the provinces'",
      "note-2022-03.txt",
      "Primary lead\nPrimary lead output climbed 2.6% MoM in March after works in Hunan and Guangxi ended, but it was 1.8% lower compared with the same period last year.\n",
      [
        ["primary-lead", "2022-03", "actual", "mom", 0.026],
        ["primary-lead", "2022-03", "actual", "yoy", -0.018],
      ],
    ],
    [
      "'Year on year, ... up 9.1%, but versus February it fell 2.2%': a clause led by 'versus' and the month before is a MoM",
      "note-2022-03.txt",
      "Cobalt sulphate\nYear on year, cobalt sulphate output was up 9.1%, but versus February it fell 2.2% as feed arrived late.\n",
      [
        ["cobalt-sulphate", "2022-03", "actual", "yoy", 0.091],
        ["cobalt-sulphate", "2022-03", "actual", "mom", -0.022],
      ],
    ],
    [
      "'rose 3.3% from May' in a figure about August: compared with three months back, no MoM; 'from July' is one; 'falls on August 8' is a date, no base",
      "note-2021-08.txt",
      "Cobalt sulphate\nCobalt sulphate output in August rose 3.3% from May.\nRefined zinc\nRefined zinc output in August rose 1.1% from July.\nRefined tin\nRefined tin output in August is put at 15,000 mt, down 4.0% m-o-m: the holiday falls on August 8.\n",
      [
        ["refined-zinc", "2021-08", "actual", "mom", 0.011],
        ["refined-tin", "2021-08", "actual", "output", 15000],
        ["refined-tin", "2021-08", "actual", "mom", -0.04],
      ],
    ],
    [
      "'612 kt of NPI (converted to 25.4 kt in Ni metal), up 6% m-o-m but down 11% y-o-y in actual tonnage': the tonnage is physical, the bracket the metal content, the changes the physical tonnage's only",
      "note-2023-04.txt",
      "China produced 612 kt of NPI (converted to 25.4 kt in Ni metal) in April 2023, up by 6% m-o-m but down by 11% y-o-y in actual tonnage.\n",
      [
        ["npi:physical-content", "2023-04", "actual", "output", 612000],
        ["npi:metal-content", "2023-04", "actual", "output", 25400],
        ["npi:physical-content", "2023-04", "actual", "mom", 0.06],
        ["npi:physical-content", "2023-04", "actual", "yoy", -0.11],
        ["npi", "2023-04", "actual", "output", 25400],
      ],
    ],
    [
      "'produced 20.1 kt of high-NPI and 6.2 kt of low-NPI in April, up by 4% and 9% respectively': each level names its part; the changes pair with them",
      "note-2023-04.txt",
      "NPI\nChina produced 20.1 kt of high-NPI and 6.2 kt of low-NPI in April, up by 4% and 9% respectively.\n",
      [
        ["npi:high-grade", "2023-04", "actual", "output", 20100],
        ["npi:low-grade", "2023-04", "actual", "output", 6200],
        ["npi:high-grade", "2023-04", "actual", "mom", 0.04],
        ["npi:low-grade", "2023-04", "actual", "mom", 0.09],
      ],
    ],
    [
      "'NPI (metal content, mt): In June, ...' (a bracket before the colon, prose opening on 'In June') starts NPI's paragraph",
      "roundup-2025-06.txt",
      "Overview of China Metal Production in June 2025\nREFINED NICKEL\nRefined nickel output rose 2.0% MoM in June.\nNPI (metal content, mt): In June, China's NPI output came to 27,300 mt in metal content, down 1.5% from the prior month; in physical content, output was 214,000 mt, down 1.1%.\n",
      [
        ["refined-nickel", "2025-06", "actual", "mom", 0.02],
        ["npi:metal-content", "2025-06", "actual", "output", 27300],
        ["npi:metal-content", "2025-06", "actual", "mom", -0.015],
        ["npi:physical-content", "2025-06", "actual", "output", 214000],
        ["npi:physical-content", "2025-06", "actual", "mom", -0.011],
        ["npi", "2025-06", "actual", "output", 27300],
        ["npi", "2025-06", "actual", "mom", -0.015],
      ],
    ],
    [
      "'In June, China's NPI output came to ...' under Refined Nickel: a three-capital acronym names its own product",
      "note-2025-06.txt",
      "Refined Nickel\nRefined nickel output rose 2.0% in June. In June, China's NPI output came to 27,300 mt in metal content, down 1.5% from the prior month.\n",
      [
        ["refined-nickel", "2025-06", "actual", "mom", 0.02],
        ["npi:metal-content", "2025-06", "actual", "output", 27300],
        ["npi:metal-content", "2025-06", "actual", "mom", -0.015],
        ["npi", "2025-06", "actual", "output", 27300],
        ["npi", "2025-06", "actual", "mom", -0.015],
      ],
    ],
    [
      "'Refined lead output through 1H 2014 totaled 2.31 million mt' in an item naming primary and secondary lead apart: the sum, no primary lead figure; '1H 2014' is the first half",
      "note-2014-06.txt",
      "China produced 405,000 mt of refined lead in June, up 3.1% MoM. Refined lead output through 1H 2014 totaled 2.31 million mt.\nPrimary lead output was 290,000 mt in June, up 1.2% from May. China's primary lead output was 1.69 million mt through 1H 2014, up 2.4%.\nSecondary lead output rose 8.0% MoM to 115,000 mt in June.\n",
      [
        ["primary-lead", "2014-06", "actual", "output", 290000],
        ["primary-lead", "2014-06", "actual", "mom", 0.012],
        ["primary-lead", "2014-06", "actual", "ytd_output", 1690000],
        ["primary-lead", "2014-06", "actual", "ytd_yoy", 0.024],
        ["secondary-lead", "2014-06", "actual", "mom", 0.08],
        ["secondary-lead", "2014-06", "actual", "output", 115000],
      ],
    ],
    [
      "'China produced 405,000 mt of refined lead in June, up 3.1% MoM' in an item naming primary and secondary lead apart: no primary lead figure, though no other says so",
      "note-2014-06.txt",
      "China produced 405,000 mt of refined lead in June, up 3.1% MoM.\nPrimary lead smelters ran at 60%.\nSecondary lead output rose 8.0% MoM to 115,000 mt in June.\n",
      [
        ["secondary-lead", "2014-06", "actual", "mom", 0.08],
        ["secondary-lead", "2014-06", "actual", "output", 115000],
      ],
    ],
    [
      "'during this period' after a sentence naming 1H 2011 is that span, no month; 'Over that period' after a survey month's dates is the month",
      "note-2011-10.txt",
      "Refined zinc\nSmelters added 300 kt of capacity during 1H 2011. Total output of refined zinc during this period was 2.51 million mt, up 12.0% YoY.\nZinc output in October rose 1.5% MoM.\nSiMn alloy\nThe survey month runs from September 26 to October 25. Over that period, China's SiMn output was 810,000 mt.\n",
      [
        ["refined-zinc", "2011-10", "actual", "mom", 0.015],
        ["simn-alloy", "2011-10", "actual", "output", 810000],
      ],
    ],
    [
      "'up 3.1% on the revised November figure' in December's sentence: the base is November, the change December's",
      "roundup-2025-12.txt",
      "Overview of China Metal Production in December 2025\nAlumina\nSMM revised its November alumina output to 7.40 million mt. December output came to 7.63 million mt, up 3.1% on the revised November figure.\n",
      [
        ["alumina", "2025-11", "actual", "output", 7400000],
        ["alumina", "2025-12", "actual", "output", 7630000],
        ["alumina", "2025-12", "actual", "mom", 0.031],
      ],
    ],
    [
      "'measured against June output, which SMM has revised to 850,000 mt': the revision is June's",
      "note-2022-07.txt",
      "SiMn alloy\nChina's SiMn alloy output came to 820,000 mt in July 2022, down 3.5% MoM. The change is measured against June output, which SMM has revised to 850,000 mt (previously 845,000 mt).\n",
      [
        ["simn-alloy", "2022-07", "actual", "output", 820000],
        ["simn-alloy", "2022-07", "actual", "mom", -0.035],
        ["simn-alloy", "2022-06", "actual", "output", 850000],
      ],
    ],
    [
      "'Output rose 4.4% MoM to 61,200 mt, beating SMM's June forecast of 60,000 mt by 1,200 mt': the month of an earlier call makes nothing a forecast",
      "roundup-2024-07.txt",
      "Overview of China Metal Production in July 2024\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in July.\nTernary Cathode Material: Output rose 4.4% MoM to 61,200 mt, beating SMM's June forecast of 60,000 mt by 1,200 mt.\n",
      [
        ["copper-cathode", "2024-07", "actual", "mom", 0.01],
        ["ternary-cathode-material", "2024-07", "actual", "mom", 0.044],
        ["ternary-cathode-material", "2024-07", "actual", "output", 61200],
        ["ternary-cathode-material", "2024-07", "forecast", "output", 60000],
        ["ternary-cathode-material", "2024-07", "actual", "vs_expected_chg", 1200],
      ],
    ],
    [
      "'In May, SMM forecasts silicon metal output to increase by 4% MoM and polysilicon output to increase by 6% MoM': each product named in the forecast's own clause",
      "roundup-2024-04.txt",
      "Overview of China Metal Production in April 2024\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in April. In May, SMM forecasts silicon metal output to increase by 4% MoM and polysilicon output to increase by 6% MoM.\n",
      [
        ["copper-cathode", "2024-04", "actual", "mom", 0.01],
        ["silicon-metal", "2024-05", "forecast", "mom", 0.04],
        ["polysilicon", "2024-05", "forecast", "mom", 0.06],
      ],
    ],
    [
      "'..., but with maintenance at one large plant SMM expects May output to drop 1.2% m-o-m': SMM's forecast of the whole; 'y/y growth slowed to 5.5%' is the YoY, 'the YoY decline eased to 2.5%' a fall",
      "note-2024-04.txt",
      "Copper cathode\nCopper cathode output rose 2.0% MoM in April; y/y growth slowed to 5.5%. Smelters will run through the holiday, but with maintenance at one large plant SMM expects May output to drop 1.2% m-o-m.\nRefined zinc\nRefined zinc output rose 1.0% MoM in April; the YoY decline eased to 2.5%.\n",
      [
        ["copper-cathode", "2024-04", "actual", "mom", 0.02],
        ["copper-cathode", "2024-04", "actual", "yoy", 0.055],
        ["copper-cathode", "2024-05", "forecast", "mom", -0.012],
        ["refined-zinc", "2024-04", "actual", "mom", 0.01],
        ["refined-zinc", "2024-04", "actual", "yoy", -0.025],
      ],
    ],
    [
      "'the rate of integrated plants was 70.1% and that of independent plants was 47.2%, giving 57.7% for the industry as a whole': the last is the whole's",
      "note-2024-06.txt",
      "Iron phosphate\nIn June the operating rate of integrated plants was 70.1% and that of independent plants was 47.2%, giving 57.7% for the industry as a whole.\n",
      [
        ["iron-phosphate:integrated-plants", "2024-06", "actual", "operating_rate", 0.701],
        ["iron-phosphate:independent-plants", "2024-06", "actual", "operating_rate", 0.472],
        ["iron-phosphate", "2024-06", "actual", "operating_rate", 0.577],
      ],
    ],
    [
      "'SMM's August estimate of 7.90 GW' in the July edition: a later month's estimate is the estimate of that month",
      "note-2017-07.txt",
      "PV module\nModule output fell 4.0% MoM in July. SMM's August estimate of 7.90 GW reflects thinner order books.\n",
      [
        ["pv-module", "2017-07", "actual", "mom", -0.04],
        ["pv-module", "2017-08", "forecast", "output", 7.9],
      ],
    ],
    [
      "'converters in Sichuan, the largest of which cut output by 300 mt ..., raised their combined output by 2.9%': the largest plant's and the province's plants' figures, not the product's",
      "note-2013-05.txt",
      "Lithium carbonate\nLithium carbonate output rose 6.0% MoM in May, while converters in Sichuan, the largest of which cut output by 300 mt for a kiln repair, nonetheless raised their combined output by 2.9% MoM.\n",
      [["lithium-carbonate", "2013-05", "actual", "mom", 0.06]],
    ],
    [
      "'[Aluminum] Primary aluminum output ...' (a name in square brackets) and '**NPI and Indonesian NPI:** ...' (two products named) start their paragraphs",
      "roundup-2026-03.txt",
      "Overview of China Metal Production in March 2026\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in March.\n[Aluminum] Primary aluminum output in March was 3.70 million mt, up 3.0% MoM.\n**NPI and Indonesian NPI:** China's NPI output in metal content fell 5.0% MoM to 25,000 mt in March. In Indonesia, NPI metal output rose by 4.0% MoM to 140,000 mt.\n",
      [
        ["copper-cathode", "2026-03", "actual", "mom", 0.01],
        ["aluminum", "2026-03", "actual", "output", 3700000],
        ["aluminum", "2026-03", "actual", "mom", 0.03],
        ["npi:metal-content", "2026-03", "actual", "mom", -0.05],
        ["npi:metal-content", "2026-03", "actual", "output", 25000],
        ["indonesian-npi", "2026-03", "actual", "mom", 0.04],
        ["indonesian-npi", "2026-03", "actual", "output", 140000],
        ["npi", "2026-03", "actual", "mom", -0.05],
        ["npi", "2026-03", "actual", "output", 25000],
      ],
    ],
    [
      "'..., and salt-lake output fell 2.0% as brines stayed cold; recycled material contributed 8,800 mt': the recycled part's output, not salt lake's",
      "note-2026-03.txt",
      "Lithium carbonate\nSpodumene-based production rose 12.0% to 50,000 mt, and salt-lake output fell 2.0% as brines stayed cold; recycled material contributed 8,800 mt.\n",
      [
        ["lithium-carbonate:spodumene", "2026-03", "actual", "mom", 0.12],
        ["lithium-carbonate:spodumene", "2026-03", "actual", "output", 50000],
        ["lithium-carbonate:salt-lake", "2026-03", "actual", "mom", -0.02],
        ["lithium-carbonate:recycled", "2026-03", "actual", "output", 8800],
      ],
    ],
    [
      "'the operating rate was 61.0% (+1.5/+3.9 pp MoM/YoY)': the second of a slash pair is the YoY; 'SMM foresees copper cathode output rising by 1.4%' names no part 'foresees'",
      "note-2025-11.txt",
      "LFP\nLFP output rose 3.0% MoM in November; the operating rate was 61.0% (+1.5/+3.9 pp MoM/YoY).\nCopper cathode\nFor December, SMM foresees copper cathode output rising by 1.4%.\n",
      [
        ["lfp", "2025-11", "actual", "mom", 0.03],
        ["lfp", "2025-11", "actual", "operating_rate", 0.61],
        ["lfp", "2025-11", "actual", "operating_rate_yoy", 0.039],
        ["copper-cathode", "2025-12", "forecast", "mom", 0.014],
      ],
    ],
    [
      "'One leading Ningbo magnet maker said it had added a line, lifting its capacity to 18,000 mt/year': the maker's; 'A leading converter raised its own output by 10%, while salt-lake output increased 7%': the later clause is the part's",
      "note-2022-03.txt",
      "NdFeB\nNdFeB output rose 2.0% MoM in March. One leading Ningbo magnet maker said it had added a line, lifting its capacity to 18,000 mt/year.\nLithium carbonate\nA leading converter in Sichuan raised its own output by 10% MoM, while lithium carbonate production derived from salt lake increased 7% MoM.\n",
      [
        ["ndfeb", "2022-03", "actual", "mom", 0.02],
        ["lithium-carbonate:salt-lake", "2022-03", "actual", "mom", 0.07],
      ],
    ],
    [
      "'(+4.1%/+30.2% MoM/YoY)': the first of a slash pair is the MoM, the second the YoY; 'well ahead of the 3.2 million mt target' is a target",
      "note-2025-12.txt",
      "LFP\nChina produced 0.375 million mt of LFP cathode in December 2025 (+4.1%/+30.2% MoM/YoY). Full-year 2025 output reached 3.80 million mt, well ahead of the 3.2 million mt target forecasters had set.\n",
      [
        ["lfp", "2025-12", "actual", "output", 375000],
        ["lfp", "2025-12", "actual", "mom", 0.041],
        ["lfp", "2025-12", "actual", "yoy", 0.302],
        ["lfp", "2025-12", "actual", "ytd_output", 3800000],
      ],
    ],
    [
      "'\"We expect May output to fall by about 4% ...,\" said SMM analyst Zhou Lin': SMM's own analyst's forecast",
      "note-2016-04.txt",
      'China produced 3,300 mt of sodium pyroantimonate in April 2016, up 2.0% from March, SMM\'s survey shows.\n"We expect May output to fall by about 4% from April as plants in Guangxi schedule maintenance," said SMM analyst Zhou Lin.\n',
      [
        ["sodium-pyroantimonate", "2016-04", "actual", "output", 3300],
        ["sodium-pyroantimonate", "2016-04", "actual", "mom", 0.02],
        ["sodium-pyroantimonate", "2016-05", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'SMM: China's refined tin output to rise about 4% in February 2019' (a headline's infinitive) names no edition: the actuals' month does (the body's 3.8% and the headline's 'about 4%' agree to rounding, the precise one kept)",
      "note.txt",
      "SMM: China's refined tin output to rise about 4% in February 2019\n\nChina's refined tin production rose 1.5% m-o-m to 13,200 mt in January 2019, SMM data show.\n\nSMM expects February output to rise 3.8% m-o-m to 13,700 mt.\n",
      [
        ["refined-tin", "2019-01", "actual", "mom", 0.015],
        ["refined-tin", "2019-01", "actual", "output", 13200],
        ["refined-tin", "2019-02", "forecast", "output", 13700],
        ["refined-tin", "2019-02", "forecast", "mom", 0.038],
      ],
    ],
    [
      "'▶ Solar Cell' (a heading marker) and '1) Silicon Metal - Silicon metal output ...' (a number before a run-in lead-in) start their paragraphs",
      "roundup-2023-11.txt",
      "Overview of China Metal Production in November 2023\nCOPPER CATHODE\nCopper cathode output rose 1.0% MoM in November.\n▶ Solar Cell\nThe overall operating rate of solar cell makers averaged 60.1% in November.\n1) Silicon Metal - Silicon metal output in November fell by 5.0% MoM, as the dry season forced plants in Sichuan to shut furnaces.\n",
      [
        ["copper-cathode", "2023-11", "actual", "mom", 0.01],
        ["solar-cell", "2023-11", "actual", "operating_rate", 0.601],
        ["silicon-metal", "2023-11", "actual", "mom", -0.05],
      ],
    ],
    [
      "'..., while LCO output grew 5% MoM' in a sentence about Co3O4 does not turn the item to LCO: the indicator lines after are Co3O4's, 'operating rate YoY +4.0 percentage points' a YoY",
      "note-2024-09.txt",
      "Co3O4 production rose 3.0% MoM in September, SMM's survey shows.\nCo3O4 output held up despite thin margins: one producer lifted its output to fill a new LCO order, while LCO output grew 5% MoM.\n\nKey indicators for September:\nItem: operating rate 45.0%\nItem: operating rate YoY +4.0 percentage points\n",
      [
        ["co3o4", "2024-09", "actual", "mom", 0.03],
        ["lco", "2024-09", "actual", "mom", 0.05],
        ["co3o4", "2024-09", "actual", "operating_rate", 0.45],
        ["co3o4", "2024-09", "actual", "operating_rate_yoy", 0.04],
      ],
    ],
    [
      "a two-column table of the item's measures ('| Indicator | October 2021 |' over '| Output | 500,000 mt |'): each row read; a region's row ('| Inner Mongolia output | ... |') is no measure of the whole",
      "note-2021-10.txt",
      "SMM: China high-carbon ferrochrome output, October 2021\n\n| Indicator | October 2021 |\n| Output | 500,000 mt |\n| MoM | up 4.0% |\n| Inner Mongolia output | 280,000 mt |\n| Operating rate | 44.0% |\n",
      [
        ["high-carbon-ferrochrome", "2021-10", "actual", "output", 500000],
        ["high-carbon-ferrochrome", "2021-10", "actual", "mom", 0.04],
        ["high-carbon-ferrochrome", "2021-10", "actual", "operating_rate", 0.44],
      ],
    ],
    [
      "'Citi expects ... to slide 3% in August' is the bank's, not SMM's; 'The sampled smelters have a combined existing capacity of' is the sample's",
      "note-2024-07.txt",
      "Ternary cathode material output rose 2.0% MoM in July. Citi expects China's ternary output to slide 3% in August.\nPrimary lead\nThe sampled smelters have a combined existing capacity of 5.90 million mt/year.\n",
      [["ternary-cathode-material", "2024-07", "actual", "mom", 0.02]],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twenty-fourth session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "a two-column '| Item | Value |' table under an item about one product: each row a label and its value, a change label with no measure the output's",
      "note-2021-04.txt",
      "SMM China zinc output, April 2021\n\nIn brief\n| Item | Value |\n| April 2021 output | 520,000 mt |\n| Change from March | +1.5% |\n| Change from April 2020 | -2.0% |\n| Operating rate | 80.0% |\n| Jan-April YoY | +2.5% |\n| May 2021 forecast | 530,000 mt (+1.9% m-o-m) |\n",
      [
        ["refined-zinc", "2021-04", "actual", "output", 520000],
        ["refined-zinc", "2021-04", "actual", "mom", 0.015],
        ["refined-zinc", "2021-04", "actual", "yoy", -0.02],
        ["refined-zinc", "2021-04", "actual", "operating_rate", 0.8],
        ["refined-zinc", "2021-04", "actual", "ytd_yoy", 0.025],
        ["refined-zinc", "2021-05", "forecast", "output", 530000],
        ["refined-zinc", "2021-05", "forecast", "mom", 0.019],
      ],
    ],
    [
      "'came in at N, above the M SMM had forecast': the first figure is the level reached, not a change of N",
      "note-2024-06.txt",
      "Cobalt sulphate output in June came in at 6,100 mt, above the 6,000 mt that SMM had forecast in its May report.\n",
      [
        ["cobalt-sulphate", "2024-06", "actual", "output", 6100],
        ["cobalt-sulphate", "2024-06", "forecast", "output", 6000],
      ],
    ],
    [
      "'a decline of 2.0% MoM and of 5.0% YoY', 'an increase of 9,000 mt MoM and of 4.0% YoY': the change noun's 'of' again keeps its direction",
      "note-2023-05.txt",
      "EMM\nEMM output in May was 120,000 mt, a decline of 2.0% MoM and of 5.0% YoY.\nSilicon metal\nSilicon metal output in May was 300,000 mt, an increase of 9,000 mt MoM and of 4.0% YoY.\n",
      [
        ["emm", "2023-05", "actual", "output", 120000],
        ["emm", "2023-05", "actual", "mom", -0.02],
        ["emm", "2023-05", "actual", "yoy", -0.05],
        ["silicon-metal", "2023-05", "actual", "output", 300000],
        ["silicon-metal", "2023-05", "actual", "mom_chg", 9000],
        ["silicon-metal", "2023-05", "actual", "yoy", 0.04],
      ],
    ],
    [
      "'Output of 6-series precursor was ...': a one-digit series before the product's name is the part",
      "note-2022-07.txt",
      "Ternary precursor output rose 3.0% MoM in July. Output of 6-series precursor was 12,000 mt, down 2.0% MoM.\n",
      [
        ["ternary-cathode-precursor", "2022-07", "actual", "mom", 0.03],
        ["ternary-cathode-precursor:6-series", "2022-07", "actual", "output", 12000],
        ["ternary-cathode-precursor:6-series", "2022-07", "actual", "mom", -0.02],
      ],
    ],
    [
      "SMM spelt out ('Shanghai Metals Market expects') is SMM, no company named after a province; 'mills poured N tonnes'; 'ran at 80 per cent of their capacity, 2.0 percentage points higher' is the rate's change",
      "note-2019-03.txt",
      "China's stainless steel mills poured 2.50 million tonnes of crude steel in March. Mills ran at 80.0 per cent of their capacity, 2.0 percentage points higher than in February. Shanghai Metals Market expects output to ease in April to about 2.45 million tonnes.\n",
      [
        ["stainless-steel", "2019-03", "actual", "output", 2500000],
        ["stainless-steel", "2019-03", "actual", "operating_rate", 0.8],
        ["stainless-steel", "2019-03", "actual", "operating_rate_mom", 0.02],
        ["stainless-steel", "2019-04", "forecast", "output", 2450000],
      ],
    ],
    [
      "'Hunan: output climbed 4.0% ...' in an item about one product: a line labelled by a province is the province's; the national line is the whole's",
      "note-2020-08.txt",
      "Antimony ingot output by province, August 2020\n\nHunan: output climbed 4.0% from July to 5,200 mt.\nGuangxi: production eased 1.0% MoM to 2,100 mt.\n\nNationally, China's antimony ingot output came to 9,000 mt in August, up 2.0% MoM.\n",
      [
        ["antimony-ingot:hunan", "2020-08", "actual", "mom", 0.04],
        ["antimony-ingot:hunan", "2020-08", "actual", "output", 5200],
        ["antimony-ingot:guangxi", "2020-08", "actual", "mom", -0.01],
        ["antimony-ingot:guangxi", "2020-08", "actual", "output", 2100],
        ["antimony-ingot", "2020-08", "actual", "output", 9000],
        ["antimony-ingot", "2020-08", "actual", "mom", 0.02],
      ],
    ],
    [
      "'Capacity stood at 20,000 mt per month' is no capacity (the measure is a year's); 'fewer YoY' after a figure is its base; 'but on the month it grew' is a MoM after a YoY clause",
      "note-2023-01.txt",
      "Refined nickel\nRefined nickel output was 15,000 mt in January, 9.0% fewer than in December (11.0% fewer YoY). Capacity stood at 20,000 mt per month.\nLFP\nYear on year, LFP output was still down 3.0% in January, but on the month it grew 8.0%, reaching 90,000 mt.\n",
      [
        ["refined-nickel", "2023-01", "actual", "output", 15000],
        ["refined-nickel", "2023-01", "actual", "mom", -0.09],
        ["refined-nickel", "2023-01", "actual", "yoy", -0.11],
        ["lfp", "2023-01", "actual", "yoy", -0.03],
        ["lfp", "2023-01", "actual", "mom", 0.08],
        ["lfp", "2023-01", "actual", "output", 90000],
      ],
    ],
    [
      "a clause opening the paragraph ('LFP plants restarted quickly:', 'Sponge titanium bucked the trend:') names no part; 'SMM sees 5.0% more APT output in March' is the forecast's MoM",
      "note-2023-02.txt",
      "LFP\nLFP plants restarted quickly: 95,000 mt was produced in February (+10.0% MoM).\nSponge titanium\nSponge titanium bucked the trend: February production increased 2.0% from the previous month to 12,000 mt.\nAPT\nSMM sees 5.0% more APT output in March than in February.\n",
      [
        ["lfp", "2023-02", "actual", "output", 95000],
        ["lfp", "2023-02", "actual", "mom", 0.1],
        ["sponge-titanium", "2023-02", "actual", "mom", 0.02],
        ["sponge-titanium", "2023-02", "actual", "output", 12000],
        ["ammonium-paratungstate", "2023-03", "forecast", "mom", 0.05],
      ],
    ],
    [
      "a round-up's 'Outlook (June 2023)' list after the last product's section: each bullet its own product's forecast, 'Tin:' (a short name prose never uses) included; 'the +5.0% YoY is Mysteel's' is no SMM figure",
      "note-2023-05.txt",
      "SMM Metal Production Data for May 2023 Released\n\n(1) Nickel\nChina's refined nickel output was 21,000 mt in May.\n\n(2) Cobalt sulphate\nCobalt sulphate output was 5,800 mt in May.\n\n(3) Titanium dioxide\nTitanium dioxide output was 300,000 mt in May.\n\n(4) Magnesium ingot\nMagnesium ingot output was 70,000 mt in May.\n\n(5) DMC\nDMC output was 150,000 mt in May.\n\nOutlook (June 2023)\n- Nickel: output to rise to about 22,000 mt.\n- Cobalt sulphate: 6,100 mt.\n- Tin: production to recover, up 10% MoM.\n- Zinc: the +5.0% YoY is Mysteel's.\n",
      [
        ["refined-nickel", "2023-05", "actual", "output", 21000],
        ["cobalt-sulphate", "2023-05", "actual", "output", 5800],
        ["titanium-dioxide", "2023-05", "actual", "output", 300000],
        ["magnesium-ingot", "2023-05", "actual", "output", 70000],
        ["dmc", "2023-05", "actual", "output", 150000],
        ["refined-nickel", "2023-06", "forecast", "output", 22000],
        ["cobalt-sulphate", "2023-06", "forecast", "output", 6100],
        ["refined-tin", "2023-06", "forecast", "mom", 0.1],
      ],
    ],
    [
      "'wmt' is 10,000 mt; a table '| Refined tin | This month | Last month | Same month last year |' gives the month's and the month before's levels; '; compared with March 2017 it was 6% higher' is the next clause's base, not the YoY's before it",
      "note-2019-03.txt",
      "LFP\nLFP production reached 36.8 wmt in March, up 4.5% MoM.\nRefined tin\n| Refined tin | This month | Last month | Same month last year |\n| Output (mt) | 14,000 | 12,000 | 13,500 |\n| Operating rate | 70.0% | 60.0% | 68.0% |\n\nOutput was up 16.7% MoM and 3.7% YoY; compared with March 2017 it was about 6% higher.\n",
      [
        ["lfp", "2019-03", "actual", "output", 368000],
        ["lfp", "2019-03", "actual", "mom", 0.045],
        ["refined-tin", "2019-03", "actual", "output", 14000],
        ["refined-tin", "2019-02", "actual", "output", 12000],
        ["refined-tin", "2019-03", "actual", "operating_rate", 0.7],
        ["refined-tin", "2019-02", "actual", "operating_rate", 0.6],
        ["refined-tin", "2019-03", "actual", "mom", 0.167],
        ["refined-tin", "2019-03", "actual", "yoy", 0.037],
      ],
    ],
    [
      "'was 1.5 percentage points above its level a year earlier' is the rate's YoY; a price's 'roughly 12% below its level a year earlier' in apposition is the price's",
      "note-2012-01.txt",
      "Refined zinc smelters ran harder in January, and the operating rate was 1.5 percentage points above its level a year earlier. With zinc prices hovering around 15,000 yuan/mt, roughly 12% below their level a year earlier, SMM estimates that refined zinc output rose 2.0% MoM.\n",
      [
        ["refined-zinc", "2012-01", "actual", "operating_rate_yoy", 0.015],
        ["refined-zinc", "2012-01", "actual", "mom", 0.02],
      ],
    ],
    [
      "'By the numbers' bullets that open on the number ('- 30,000 mt — China's EMD output in May'), a label's rest after a comma kept after the number; a figure whose label names a tier-1 maker is not read as a label",
      "note-2024-05.txt",
      "By the numbers: EMD, May 2024\n\n- 30,000 mt — China's EMD output in May, SMM data show\n- -1,000 mt — change from April\n- +5.0% — change from May 2023\n- 50.0% — operating rate, up 1.0 percentage points MoM\n- 2.0 GW — what one tier-1 maker says it shipped\n",
      [
        ["emd", "2024-05", "actual", "output", 30000],
        ["emd", "2024-05", "actual", "mom_chg", -1000],
        ["emd", "2024-05", "actual", "yoy", 0.05],
        ["emd", "2024-05", "actual", "operating_rate", 0.5],
        ["emd", "2024-05", "actual", "operating_rate_mom", 0.01],
      ],
    ],
    [
      "an answer 'A: Our survey puts it at 1,500 mt.' to 'Where did ... production land?'; a producer's manager quoted ('our capacity will reach ...,\" said ..., Hengfeng's general manager') is the producer's; an analyst at SMM quoted is SMM; 'assemblers, whose operating rates were closer to 45%' is the assemblers'",
      "note-2023-09.txt",
      'Silver\nQ: Where did China\'s silver production land in September?\n\nA: Our survey puts it at 1,500 mt. Compared with August, that is a decrease of 2.0%.\n\n"Our capacity will reach 60,000 mt a year," said Li Wei, Hengfeng\'s general manager. "We expect October output to recover to about 1,520 mt," said Wang Fang, an analyst at SMM. Large refiners ran harder than small refiners, whose operating rates were closer to 45%.\n',
      [
        ["silver", "2023-09", "actual", "output", 1500],
        ["silver", "2023-09", "actual", "mom", -0.02],
        ["silver", "2023-10", "forecast", "output", 1520],
        ["silver:small-refiners", "2023-09", "actual", "operating_rate", 0.45],
      ],
    ],
    [
      "a '| | SMM forecast | Actual | Gap |' table: the actual column is the month's, the forecast made for it not next month's; '300-series output (mt)' is the series'; '... output, May 2020 - 2.50 million mt' is a label and its level, no minus",
      "note-2020-05.txt",
      "Stainless steel output rises in May\n\nIn brief: China stainless steel output, May 2020 - 2.50 million mt, up 3.0% MoM\n\n| | SMM forecast | Actual | Gap |\n|---|---|---|---|\n| MoM | +1.0% | +3.0% | +2.0 pp |\n| 300-series output (mt) | 1,300,000 | 1,350,000 | +50,000 |\n",
      [
        ["stainless-steel", "2020-05", "actual", "output", 2500000],
        ["stainless-steel", "2020-05", "actual", "mom", 0.03],
        ["stainless-steel:300-series", "2020-05", "actual", "output", 1350000],
      ],
    ],
    [
      "a range in a table cell ('| Alumina | 5.9-6.0 million mt | down |') is not one number; 'Shanxi produced X (+4.0% MoM) and Henan Y' is Henan's Y",
      "note-2021-10.txt",
      "Alumina\nShanxi produced 1.50 million mt (+4.0% MoM) and Henan 0.90 million mt.\n\n| Product | Nov forecast | MoM |\n|---|---|---|\n| Alumina | 5.9-6.0 million mt | down |\n",
      [
        ["alumina:shanxi", "2021-10", "actual", "output", 1500000],
        ["alumina:shanxi", "2021-10", "actual", "mom", 0.04],
        ["alumina:henan", "2021-10", "actual", "output", 900000],
      ],
    ],
    [
      "another material in apposition ('X monomer, the intermediate from which DMC is made, was produced at 300,000 mt') and a company's own plants ('Alcoa's Western Australian refineries produced') are not the product's",
      "note-2022-02.txt",
      "DMC\nDMC output fell 5.0% MoM in February. Methylchlorosilane monomer, the intermediate from which DMC is made, was produced at about 300,000 mt, down 6.0% MoM.\nOverseas Metallurgical-Grade Alumina\nAlcoa's Western Australian refineries produced around 1.1 million mt.\n",
      [["dmc", "2022-02", "actual", "mom", -0.05]],
    ],
    [
      "'was 2.0% lower year-over-year' is a fall (the American spelling a base word); 'The Weda Bay park alone produced' is a park's; ', while Henan was broadly stable at 0.90 million mt' is Henan's",
      "note-2023-07.txt",
      "Silver nitrate\nSilver nitrate production fell 5.0% month-over-month in July and was 2.0% lower year-over-year.\nIndonesian NPI\nIndonesian NPI output in July was 110,000 mt in metal content. The Weda Bay park alone produced about 40,000 mt.\nAlumina\nShanxi alone turned out 1.60 million mt, up 6.0% MoM, while Henan was broadly stable at 0.90 million mt.\n",
      [
        ["silver-nitrate", "2023-07", "actual", "mom", -0.05],
        ["silver-nitrate", "2023-07", "actual", "yoy", -0.02],
        ["indonesian-npi:metal-content", "2023-07", "actual", "output", 110000],
        ["alumina:shanxi", "2023-07", "actual", "output", 1600000],
        ["alumina:shanxi", "2023-07", "actual", "mom", 0.06],
        ["alumina:henan", "2023-07", "actual", "output", 900000],
        ["indonesian-npi", "2023-07", "actual", "output", 110000],
      ],
    ],
    [
      "'high carbon ferrochrome' (the hyphenated name written with a space) is the product, not a part named 'high-carbon'",
      "note-2021-04.txt",
      "April, according SMM survey national high carbon ferrochrome output 55.00 ten thousand tons, ring ratio increase 3.0%.\n",
      [
        ["high-carbon-ferrochrome", "2021-04", "actual", "output", 550000],
        ["high-carbon-ferrochrome", "2021-04", "actual", "mom", 0.03],
      ],
    ],
    [
      "'One leading refiner cut output by 600 mt' is one producer's; 'SMM has revised March's output upward to N' and 'SMM's survey, covering 100 producers, put the rate at' name no part ('revised', 'covering')",
      "note-2026-04.txt",
      "Cobalt sulphate\nCobalt sulphate output fell 5.0% MoM in April. One leading refiner cut output by 600 mt. SMM has revised March's output upward to 6,100 mt. SMM's survey, covering 100 producers, put the April operating rate at 55.0%.\n",
      [
        ["cobalt-sulphate", "2026-04", "actual", "mom", -0.05],
        ["cobalt-sulphate", "2026-03", "actual", "output", 6100],
        ["cobalt-sulphate", "2026-04", "actual", "operating_rate", 0.55],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twenty-fifth session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "a chemical formula is one word: 'High-voltage Co3O4 accounted for N mt' is the part's output, no company's 'Co'",
      "note-2024-05.txt",
      "Co3O4\nCo3O4 output in May reached 7,800 mt, down 2.5% MoM. High-voltage Co3O4 accounted for 3,100 mt.\n",
      [
        ["co3o4", "2024-05", "actual", "output", 7800],
        ["co3o4", "2024-05", "actual", "mom", -0.025],
        ["co3o4:high-voltage", "2024-05", "actual", "output", 3100],
      ],
    ],
    [
      "'Of this, <part> was N' and ', of which <part> was N': the tonnage is the part's output (and the whole keeps its own)",
      "note-2024-05.txt",
      "LFP\nLFP output in May was 182,000 mt, up 6.1% MoM. Of this, energy-storage grade LFP was 14.2 wmt, up 9% MoM.\nSecondary lead\nSecondary lead output fell 3% MoM to 280,000 mt, of which refined lead was 190,000 mt.\n",
      [
        ["lfp", "2024-05", "actual", "output", 182000],
        ["lfp", "2024-05", "actual", "mom", 0.061],
        ["lfp:energy-storage", "2024-05", "actual", "output", 142000],
        ["lfp:energy-storage", "2024-05", "actual", "mom", 0.09],
        ["secondary-lead", "2024-05", "actual", "mom", -0.03],
        ["secondary-lead", "2024-05", "actual", "output", 280000],
        ["secondary-lead:refined", "2024-05", "actual", "output", 190000],
      ],
    ],
    [
      "'The NPI sector delivered N mt', 'Shaanxi supplied N mt': a verb of producing names no part ('delivered'), what delivered it is the subject",
      "note-2023-03.txt",
      "NPI\nThe NPI sector delivered 31,200 mt, up 4.0% MoM, in March.\nMagnesium ingot\nMagnesium ingot output was 70,000 mt in March. Shaanxi supplied 45,000 mt, up 2.0% MoM.\n",
      [
        ["npi", "2023-03", "actual", "output", 31200],
        ["npi", "2023-03", "actual", "mom", 0.04],
        ["magnesium-ingot", "2023-03", "actual", "output", 70000],
        ["magnesium-ingot:shaanxi", "2023-03", "actual", "output", 45000],
        ["magnesium-ingot:shaanxi", "2023-03", "actual", "mom", 0.02],
      ],
    ],
    [
      "a type before the product's name opens its part's clause: 'Power-type LMO held up and rose N%, whereas capacity-type LMO, sold mainly into ..., fell M%'",
      "note-2019-07.txt",
      "LMO\nLMO output fell 3.0% MoM in July. Power-type LMO held up well and rose 1.5% MoM, whereas capacity-type LMO, sold mainly into cheap consumer cells, fell 5.5% MoM.\n",
      [
        ["lmo", "2019-07", "actual", "mom", -0.03],
        ["lmo:power-type", "2019-07", "actual", "mom", 0.015],
        ["lmo:capacity-type", "2019-07", "actual", "mom", -0.055],
      ],
    ],
    [
      "'low-grade NPI from blast furnaces dropped to N': where the grade is made names no part; the grade does",
      "note-2012-02.txt",
      "NPI\nNPI output was 30,000 mt in February. High-grade NPI rose 2.0% MoM to 21,000 mt, while low-grade NPI from blast furnaces dropped to 9,000 mt.\n",
      [
        ["npi", "2012-02", "actual", "output", 30000],
        ["npi:high-grade", "2012-02", "actual", "mom", 0.02],
        ["npi:high-grade", "2012-02", "actual", "output", 21000],
        ["npi:low-grade", "2012-02", "actual", "output", 9000],
      ],
    ],
    [
      "another grade of a product named by its grade ('industrial-grade' beside battery-grade manganese sulphate) is another product, no figure",
      "note-2024-09.txt",
      "Battery-grade manganese sulphate\nBattery-grade manganese sulphate output rose 5.0% MoM in September. Industrial-grade manganese sulphate, tracked apart, fell by 3.0% MoM.\n",
      [["battery-grade-manganese-sulphate", "2024-09", "actual", "mom", 0.05]],
    ],
    [
      "'came in just shy of N mt' is the level, hedged (as 'under N mt' is); 'another decline in <month>, of about N%' is a fall",
      "note-2018-11.txt",
      "Molybdenum concentrate\nMolybdenum concentrate output came in just shy of 9,500 mt in November, up 2.0% MoM. SMM expects another decline in December, of about 4% MoM.\n",
      [
        ["molybdenum-concentrate", "2018-11", "actual", "output", 9500],
        ["molybdenum-concentrate", "2018-11", "actual", "mom", 0.02],
        ["molybdenum-concentrate", "2018-12", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'NPI YoY, metal content: N%': the product's name before a label's base keeps the base",
      "note-2023-05.txt",
      "NPI data (May 2023)\nNPI output, metal content: 30,100 mt Ni (+2.0% MoM)\nNPI YoY, metal content: -9.5%\n",
      [
        ["npi:metal-content", "2023-05", "actual", "output", 30100],
        ["npi:metal-content", "2023-05", "actual", "mom", 0.02],
        ["npi:metal-content", "2023-05", "actual", "yoy", -0.095],
        ["npi", "2023-05", "actual", "output", 30100],
        ["npi", "2023-05", "actual", "mom", 0.02],
        ["npi", "2023-05", "actual", "yoy", -0.095],
      ],
    ],
    [
      "SMM's earlier forecast of a N% rise or decrease, quoted against the month's actual, is the forecast of the edition month's change",
      "note-2022-09.txt",
      "Copper cathode\nCopper cathode output climbed 3.0% MoM to 900,000 mt in September, exceeding SMM's forecast of a 2.0% MoM rise.\nAPT\nAPT output in September was 8,000 mt, down 5.0% MoM, compared with SMM's earlier forecast of a 4% decrease.\n",
      [
        ["copper-cathode", "2022-09", "actual", "mom", 0.03],
        ["copper-cathode", "2022-09", "actual", "output", 900000],
        ["copper-cathode", "2022-09", "forecast", "mom", 0.02],
        ["ammonium-paratungstate", "2022-09", "actual", "output", 8000],
        ["ammonium-paratungstate", "2022-09", "actual", "mom", -0.05],
        ["ammonium-paratungstate", "2022-09", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'N mt short of the M mt SMM had forecast' and 'N mt short of that forecast': the gap and the quoted level, the month's own change kept",
      "note-2022-09.txt",
      "Polysilicon\nPolysilicon output was 70,000 mt in September, up 9.0% MoM, or 500 mt short of the 70,500 mt SMM had forecast for September.\nRefined zinc\nActual production came in at 440,000 mt, some 12,000 mt short of that forecast, as smelters extended maintenance.\n",
      [
        ["polysilicon", "2022-09", "actual", "output", 70000],
        ["polysilicon", "2022-09", "actual", "mom", 0.09],
        ["polysilicon", "2022-09", "actual", "vs_expected_chg", -500],
        ["polysilicon", "2022-09", "forecast", "output", 70500],
        ["refined-zinc", "2022-09", "actual", "output", 440000],
        ["refined-zinc", "2022-09", "actual", "vs_expected_chg", -12000],
      ],
    ],
    [
      "'N mt above the M mt SMM had forecast, rising X% from <month>': the month's own change in a verb of its own after the quoted forecast",
      "note-2020-08.txt",
      "Stainless steel\nStainless steel output in August came in at 2.6 million mt, 50,000 mt above the 2.55 million mt SMM had forecast, rising 3.0% from July.\n",
      [
        ["stainless-steel", "2020-08", "actual", "output", 2600000],
        ["stainless-steel", "2020-08", "actual", "vs_expected_chg", 50000],
        ["stainless-steel", "2020-08", "forecast", "output", 2550000],
        ["stainless-steel", "2020-08", "actual", "mom", 0.03],
      ],
    ],
    [
      "a bank's or a securities house's forecast is no figure, SMM's own after 'but' is",
      "note-2023-09.txt",
      "Lithium carbonate\nLithium carbonate output was 46,000 mt in September. A foreign bank expects October output to fall 10%, but SMM forecasts a more moderate decrease of 5% MoM. A CITIC Securities report is more optimistic, seeing October output up 15% YoY.\n",
      [
        ["lithium-carbonate", "2023-09", "actual", "output", 46000],
        ["lithium-carbonate", "2023-10", "forecast", "mom", -0.05],
      ],
    ],
    [
      "'output via causticisation of lithium carbonate' is a route of lithium hydroxide, its part",
      "note-2026-02.txt",
      "Lithium hydroxide\nLithium hydroxide output fell 10.0% MoM in February. Output from the smelting route fell 12.0% MoM, while output via causticisation of lithium carbonate fell 6.0%.\n",
      [
        ["lithium-hydroxide", "2026-02", "actual", "mom", -0.1],
        ["lithium-hydroxide:smelting", "2026-02", "actual", "mom", -0.12],
        ["lithium-hydroxide:causticisation", "2026-02", "actual", "mom", -0.06],
      ],
    ],
    [
      "'N in April, M in May and K in June, bringing the quarter to Q': each month its own level, the quarter's total none",
      "note-2017-06.txt",
      "High-carbon ferrochrome\nProduction was 490,000 mt in April, 500,000 mt in May and 510,000 mt in June, bringing the quarter to 1.5 million mt.\n",
      [
        ["high-carbon-ferrochrome", "2017-04", "actual", "output", 490000],
        ["high-carbon-ferrochrome", "2017-05", "actual", "output", 500000],
        ["high-carbon-ferrochrome", "2017-06", "actual", "output", 510000],
      ],
    ],
    [
      "'SMM expects both to decline in <month>, with Pr-Nd oxide down about N%': the with-clause's part, not the whole",
      "note-2023-12.txt",
      "Light rare earth\nPr-Nd oxide output fell 3.0% MoM in December. SMM expects both to decline in January, with Pr-Nd oxide down about 4% MoM.\n",
      [
        ["light-rare-earth:pr-nd-oxide", "2023-12", "actual", "mom", -0.03],
        ["light-rare-earth:pr-nd-oxide", "2024-01", "forecast", "mom", -0.04],
      ],
    ],
    [
      "'Label — value (change)' lines of a 'Month at a glance' block read as 'label: value'; a spaced dash before a rate is no minus",
      "note-2016-04.txt",
      "Alumina, April 2016\n\nMonth at a glance\nOutput — 4.5 million mt (down 2.0% MoM)\nYear on year — up 6.0%\nOperating rate — 76.0% (down 1.5 percentage points)\nMay outlook — about 4.6 million mt (up 2.2% MoM)\n",
      [
        ["alumina", "2016-04", "actual", "output", 4500000],
        ["alumina", "2016-04", "actual", "mom", -0.02],
        ["alumina", "2016-04", "actual", "yoy", 0.06],
        ["alumina", "2016-04", "actual", "operating_rate", 0.76],
        ["alumina", "2016-04", "actual", "operating_rate_mom", -0.015],
        ["alumina", "2016-05", "forecast", "output", 4600000],
        ["alumina", "2016-05", "forecast", "mom", 0.022],
      ],
    ],
    [
      "a literal translation's 'ring ratio decreased N%' and 'compared with same period last year decreased N%': MoM and YoY",
      "note-2020-08.txt",
      "EMM\nIn August 2020 the national EMM output was 13.00 ten thousand tons, ring ratio decreased 6.0%; compared with same period last year decreased 3.0%.\n",
      [
        ["emm", "2020-08", "actual", "output", 130000],
        ["emm", "2020-08", "actual", "mom", -0.06],
        ["emm", "2020-08", "actual", "yoy", -0.03],
      ],
    ],
    [
      "'...; <month> alone contributed N mt, up X% MoM' after a year-to-date total is the month's own; the world's output 'Across the world' is none",
      "note-2025-11.txt",
      "Lithium carbonate\nIn the first eleven months of 2025, China produced 840,000 mt of lithium carbonate, up 40% YoY; November alone contributed 90,000 mt, up 2.5% MoM. Across the world, lithium carbonate output rose about 3% in November.\n",
      [
        ["lithium-carbonate", "2025-11", "actual", "ytd_output", 840000],
        ["lithium-carbonate", "2025-11", "actual", "ytd_yoy", 0.4],
        ["lithium-carbonate", "2025-11", "actual", "output", 90000],
        ["lithium-carbonate", "2025-11", "actual", "mom", 0.025],
      ],
    ],
    [
      "'One bank has forecast a N% rebound' is a bank's; 'the leading smelter's own output' is one producer's; 'X, which has an annual capacity of N' is X's",
      "note-2021-06.txt",
      "Refined tin\nRefined tin output fell 7.0% MoM in June, and the leading smelter's own output fell 15%. Yunnan Tin, which has an annual capacity of 80,000 mt, ran steadily. SMM expects July output to rise 5% MoM; one bank has forecast a 10% rebound.\n",
      [
        ["refined-tin", "2021-06", "actual", "mom", -0.07],
        ["refined-tin", "2021-07", "forecast", "mom", 0.05],
      ],
    ],
    [
      "'<part> output, at N mt, was flat' after a clause about an increase: the part's level, not a change of N",
      "note-2015-10.txt",
      "Ternary cathode precursor\nTernary precursor output rose 8.0% MoM in October. NCM523 precursor accounted for most of the increase; NCA precursor output, at 300 mt, was flat MoM.\n",
      [
        ["ternary-cathode-precursor", "2015-10", "actual", "mom", 0.08],
        ["ternary-cathode-precursor:nca", "2015-10", "actual", "output", 300],
      ],
    ],
    [
      "'200-series output was N, 300-series M and 400-series K, down a%, b% and c% MoM respectively': each series its own change (the last level no member of the changes' list)",
      "note-2023-11.txt",
      "Stainless steel\nBy series, 200-series output was 0.85 million mt, 300-series 1.48 million mt and 400-series 0.65 million mt, down 3.0%, 9.0% and 2.0% MoM respectively.\n",
      [
        ["stainless-steel:200-series", "2023-11", "actual", "output", 850000],
        ["stainless-steel:300-series", "2023-11", "actual", "output", 1480000],
        ["stainless-steel:400-series", "2023-11", "actual", "output", 650000],
        ["stainless-steel:200-series", "2023-11", "actual", "mom", -0.03],
        ["stainless-steel:300-series", "2023-11", "actual", "mom", -0.09],
        ["stainless-steel:400-series", "2023-11", "actual", "mom", -0.02],
      ],
    ],
    [
      "a fronted 'With <another product's plants> ..., ' cause names no subject: the output after it is the section's",
      "note-2023-11.txt",
      "NPI\nNPI output fell 3.0% MoM in November. With stainless steel mills cutting runs, SMM expects December output to drop 4.0% MoM to 31,000 mt.\n",
      [
        ["npi", "2023-11", "actual", "mom", -0.03],
        ["npi", "2023-12", "forecast", "mom", -0.04],
        ["npi", "2023-12", "forecast", "output", 31000],
      ],
    ],
    [
      "China's own output in an overseas product's item is another subject; in China's product's item it is the product's",
      "note-2016-03.txt",
      "Overseas aluminium\nOverseas primary aluminium output was 2.3 million mt in March, up 8.0% MoM. China's output, by contrast, rose by 250,000 mt YoY.\nAluminium\nChina's output rose by 250,000 mt YoY in March.\n",
      [
        ["overseas-aluminum", "2016-03", "actual", "output", 2300000],
        ["overseas-aluminum", "2016-03", "actual", "mom", 0.08],
        ["aluminum", "2016-03", "actual", "yoy_chg", 250000],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twenty-sixth session of 2026-12-07", () => {
  it.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "a bank or a broker, however named, is another forecaster; 'a firm rebound' and 'a bank holiday' name none",
      "note-2022-03.txt",
      "Copper cathode\nCopper cathode output posted a firm rebound of 4% MoM in March. One broker sees April output up 6%, and a securities house expects 7%. Despite a bank holiday, SMM expects April output to rise 2% MoM.\n",
      [
        ["copper-cathode", "2022-03", "actual", "mom", 0.04],
        ["copper-cathode", "2022-04", "forecast", "mom", 0.02],
      ],
    ],
    [
      "'N mt in metal content and M mt in physical content, up a% and b% MoM respectively': each change is its content's (not when the list is of bases)",
      "note-2023-06.txt",
      "NPI\nNPI output was 30,500 mt in metal content and 240,000 mt in physical content in June, down 2.5% and 2.0% MoM respectively.\nNickel sulphate\nNickel sulphate output was 21,000 mt in metal content (95,000 mt in physical content), up 3.0% MoM and 12.0% YoY, respectively.\n",
      [
        ["npi:metal-content", "2023-06", "actual", "output", 30500],
        ["npi:physical-content", "2023-06", "actual", "output", 240000],
        ["npi:metal-content", "2023-06", "actual", "mom", -0.025],
        ["npi:physical-content", "2023-06", "actual", "mom", -0.02],
        ["nickel-sulphate:metal-content", "2023-06", "actual", "output", 21000],
        ["nickel-sulphate:physical-content", "2023-06", "actual", "output", 95000],
        ["nickel-sulphate", "2023-06", "actual", "mom", 0.03],
        ["nickel-sulphate", "2023-06", "actual", "yoy", 0.12],
        // (the metal content is the product's level: restated on the whole)
        ["npi", "2023-06", "actual", "output", 30500],
        ["npi", "2023-06", "actual", "mom", -0.025],
        ["nickel-sulphate", "2023-06", "actual", "output", 21000],
      ],
    ],
    [
      "', which cover N% of national capacity,': a sample's coverage is an aside, the rate after it is the industry's",
      "note-2019-04.txt",
      "Primary lead\nThe operating rate of the sampled smelters, which cover 88% of national capacity, rose to 63.5%, up 1.2 percentage points MoM. Output of the sampled smelters (covering 85% of national output) rose 2.0% MoM.\n",
      [
        ["primary-lead", "2019-04", "actual", "operating_rate", 0.635],
        ["primary-lead", "2019-04", "actual", "operating_rate_mom", 0.012],
        ["primary-lead", "2019-04", "actual", "mom", 0.02],
      ],
    ],
    [
      "a correction listing what an earlier version gave: every figure it names is replaced, decimals and all",
      "note-2021-06.txt",
      "Titanium dioxide\nTitanium dioxide output rose 4.37% MoM in June. Correction: an earlier version of this story gave the operating rate as 71.2% and the monthly rise in output as 3.47%.\n",
      [["titanium-dioxide", "2021-06", "actual", "mom", 0.0437]],
    ],
    [
      "'Name — In October, ...': a run-in name and a dash before prose that opens on a month heads that product's section",
      "note-2020-10.txt",
      "Round-up\n\nRefined Nickel — Refined nickel output was 14,000 mt, up 1.5% MoM.\n\nStainless Steel — In October, output of crude stainless steel fell to 2.5 million mt, down 3.0% MoM. SMM expects November output to rise 2.0% MoM.\n",
      [
        ["refined-nickel", "2020-10", "actual", "output", 14000],
        ["refined-nickel", "2020-10", "actual", "mom", 0.015],
        ["stainless-steel", "2020-10", "actual", "output", 2500000],
        ["stainless-steel", "2020-10", "actual", "mom", -0.03],
        ["stainless-steel", "2020-11", "forecast", "mom", 0.02],
      ],
    ],
    [
      "'Crude stainless steel output of the 200-series was N': the product's own name before its noun, the series after 'of'",
      "note-2020-07.txt",
      "Stainless steel\nCrude stainless steel output of the 300-series was 1.3 million mt in July, up 2.0% MoM.\n",
      [
        ["stainless-steel:300-series", "2020-07", "actual", "output", 1300000],
        ["stainless-steel:300-series", "2020-07", "actual", "mom", 0.02],
      ],
    ],
    [
      "'[Zinc]' on a line of its own heads the product's section, as '[Alumina]' does",
      "note-2020-05.txt",
      "Round-up\n\n[Alumina]\nAlumina output rose 1.0% MoM in May. June output is expected to remain flat.\n\n[Zinc]\nMay zinc output fell 2.0% from April. SMM expects June output to increase by around 3%.\n",
      [
        ["alumina", "2020-05", "actual", "mom", 0.01],
        ["refined-zinc", "2020-05", "actual", "mom", -0.02],
        ["refined-zinc", "2020-06", "forecast", "mom", 0.03],
      ],
    ],
    [
      "'YoY and MoM, output rose a% and b%, respectively': the bases fronting the clause pair with the changes in order",
      "note-2026-08.txt",
      "Aluminum\nYoY and MoM, output rose 3.1% and 0.4%, respectively.\n",
      [
        ["aluminum", "2026-08", "actual", "yoy", 0.031],
        ["aluminum", "2026-08", "actual", "mom", 0.004],
      ],
    ],
    [
      "'SMM had pencilled in N mt of X output for <month>, a decline of a%': SMM's earlier forecast of the month; 'N mt more than SMM had pencilled in' stays the actual's distance",
      "note-2022-11.txt",
      "Cobalt sulphate\nIn its October report SMM had pencilled in 6,500 mt of cobalt sulphate output for November, a decline of 1.5% MoM. China produced 6,600 mt in November, down 0.5% MoM. That was 100 mt more than SMM had pencilled in a month ago.\n",
      [
        ["cobalt-sulphate", "2022-11", "forecast", "output", 6500],
        ["cobalt-sulphate", "2022-11", "forecast", "mom", -0.015],
        ["cobalt-sulphate", "2022-11", "actual", "output", 6600],
        ["cobalt-sulphate", "2022-11", "actual", "mom", -0.005],
        ["cobalt-sulphate", "2022-11", "actual", "vs_expected_chg", 100],
      ],
    ],
    [
      "'below the N mt SMM had forecast in August': the month after SMM's verb is when the forecast was made, the level the edition month's forecast",
      "note-2021-09.txt",
      "NPI\nNPI output in September came to 36,000 mt in metal content, down 5.0% MoM, below the 37,500 mt SMM had forecast in August.\n",
      [
        ["npi:metal-content", "2021-09", "actual", "output", 36000],
        ["npi:metal-content", "2021-09", "actual", "mom", -0.05],
        ["npi:metal-content", "2021-09", "forecast", "output", 37500],
        ["npi", "2021-09", "actual", "output", 36000],
        ["npi", "2021-09", "actual", "mom", -0.05],
        ["npi", "2021-09", "forecast", "output", 37500],
      ],
    ],
    [
      "'\"Our September output was N\"' in a producer's quote is the producer's; 'A Shanghai-based bank ... forecasting' is another forecaster",
      "note-2021-09.txt",
      'NPI\nNPI output fell 4.0% MoM in September. "Our September output was about 3,000 mt of nickel, down 18% from August," a smelter manager said. A Shanghai-based bank is more bearish, forecasting October production down 9% MoM.\n',
      [["npi", "2021-09", "actual", "mom", -0.04]],
    ],
    [
      "'from lithium carbonate causticisation': a product named before its process is a feedstock, the section's product stays the subject",
      "note-2023-03.txt",
      "Lithium hydroxide\nLithium hydroxide output rose 5.0% MoM in March. Output from spodumene and from lithium carbonate causticisation came to 18,000 mt and 4,000 mt, respectively. The industry operating rate was 45.0%.\n",
      [
        ["lithium-hydroxide", "2023-03", "actual", "mom", 0.05],
        ["lithium-hydroxide:spodumene", "2023-03", "actual", "output", 18000],
        ["lithium-hydroxide:lithium-carbonate-causticisation", "2023-03", "actual", "output", 4000],
        ["lithium-hydroxide", "2023-03", "actual", "operating_rate", 0.45],
      ],
    ],
    [
      "'Chart 2: Silicon metal operating rates by province, June 2019': a chart's title names its product before the measure and its breakdown",
      "silicon-metal-2019-06.txt",
      "Silicon metal output rises in June\n\nSilicon metal output rose 5.0% MoM in June.\n\nChart 2: Silicon metal operating rates by province, June 2019\nSource: SMM\n\nNationally, the operating rate rose 2.0 percentage points MoM to 50.5%.\n",
      [
        ["silicon-metal", "2019-06", "actual", "mom", 0.05],
        ["silicon-metal", "2019-06", "actual", "operating_rate_mom", 0.02],
        ["silicon-metal", "2019-06", "actual", "operating_rate", 0.505],
      ],
    ],
    [
      "'up a% and b% on the month and on the year respectively': the bases after the changes pair with them in order",
      "note-2020-03.txt",
      "Primary lead\nIn March, primary lead output amounted to 210,000 mt, up 25.0% and 3.5% on the month and on the year respectively.\n",
      [
        ["primary-lead", "2020-03", "actual", "output", 210000],
        ["primary-lead", "2020-03", "actual", "mom", 0.25],
        ["primary-lead", "2020-03", "actual", "yoy", 0.035],
      ],
    ],
    [
      "'the H1 increase was N mt' after a first-half total: the year-to-date change, not a second total",
      "note-2020-06.txt",
      "Aluminium\nOutput in the first half totalled 17.5 million mt, up 1.2% YoY; the H1 increase was 210,000 mt.\n",
      [
        ["aluminum", "2020-06", "actual", "ytd_output", 17500000],
        ["aluminum", "2020-06", "actual", "ytd_yoy", 0.012],
        ["aluminum", "2020-06", "actual", "ytd_yoy_chg", 210000],
      ],
    ],
    [
      "'A and B, the two largest producing regions, produced x and y, up a% and b% MoM respectively': the apposition stands between the list and its verb",
      "note-2017-03.txt",
      "SiMn alloy\nInner Mongolia and Ningxia, the two largest producing regions, produced 300,000 mt and 200,000 mt, up 10.0% and 15.0% MoM respectively.\n",
      [
        ["simn-alloy:inner-mongolia", "2017-03", "actual", "output", 300000],
        ["simn-alloy:ningxia", "2017-03", "actual", "output", 200000],
        ["simn-alloy:inner-mongolia", "2017-03", "actual", "mom", 0.1],
        ["simn-alloy:ningxia", "2017-03", "actual", "mom", 0.15],
      ],
    ],
    [
      "'Production across the N surveyed enterprises, with combined capacity of C, was L': after a with-aside the verb is the subject's",
      "note-2023-10.txt",
      "Antimony ingot\nProduction across the 30 surveyed enterprises, with combined capacity of 180,000 mt/year, was 7,500 mt, 2.0% lower than in September.\n",
      [
        ["antimony-ingot", "2023-10", "actual", "output", 7500],
        ["antimony-ingot", "2023-10", "actual", "mom", -0.02],
      ],
    ],
    [
      "'Compared with March 2025, output was up a%; from February it rose by b%': the fronted comparison ends at the semicolon",
      "note-2026-03.txt",
      "Molybdenum concentrate\nCompared with March 2025, output was up 4.0%; from February it rose sharply, by 12.0%.\n",
      [
        ["molybdenum-concentrate", "2026-03", "actual", "yoy", 0.04],
        ["molybdenum-concentrate", "2026-03", "actual", "mom", 0.12],
      ],
    ],
    [
      "'beat the N mt SMM had forecast in September by G mt' in October: the edition month's forecast, and the actual's distance from it",
      "note-2024-10.txt",
      "LCO\nLCO output reached 10,800 mt in October. That beat the 10,500 mt SMM had forecast in September by 300 mt.\n",
      [
        ["lco", "2024-10", "actual", "output", 10800],
        ["lco", "2024-10", "forecast", "output", 10500],
        ["lco", "2024-10", "actual", "vs_expected_chg", 300],
      ],
    ],
    [
      "'fell a% MoM ... in December, after a b% rise in November, while it was up c% from the same month of 2018': the aside's month dates its own change only",
      "note-2019-12.txt",
      "Nickel sulphate\nNickel sulphate production fell 5.0% MoM to 16,000 mt in metal content in December 2019, after a 9.0% rise in November, while it was up 20.0% from the same month of 2018. In physical terms, output was up 18.0% YoY.\n",
      [
        ["nickel-sulphate:metal-content", "2019-12", "actual", "mom", -0.05],
        ["nickel-sulphate:metal-content", "2019-12", "actual", "output", 16000],
        ["nickel-sulphate:metal-content", "2019-11", "actual", "mom", 0.09],
        ["nickel-sulphate", "2019-12", "actual", "yoy", 0.2],
        ["nickel-sulphate:physical-content", "2019-12", "actual", "yoy", 0.18],
        ["nickel-sulphate", "2019-12", "actual", "mom", -0.05],
        ["nickel-sulphate", "2019-12", "actual", "output", 16000],
        ["nickel-sulphate", "2019-11", "actual", "mom", 0.09],
      ],
    ],
    [
      "'N lower than a year earlier, an industry association estimated' is the association's; 'a slight pullback of a%' is a fall",
      "note-2020-04.txt",
      "Stainless steel\nOutput in January-April was 12% lower than a year earlier, an industry association estimated. A slight pullback of 0.8% MoM is expected in May.\n",
      [["stainless-steel", "2020-05", "forecast", "mom", -0.008]],
    ],
    [
      "'at N mt, revised up from the M mt first reported': the figure the revision replaced is left out ('revised up from M to N' keeps N)",
      "note-2026-01.txt",
      "Silver\nSMM now puts December 2025 output at 1,570 mt, revised up from the 1,540 mt first reported. November output was revised up from 1,500 mt to 1,510 mt.\n",
      [
        ["silver", "2025-12", "actual", "output", 1570],
        ["silver", "2025-11", "actual", "output", 1510],
      ],
    ],
    [
      "'Lithium-manganese-grade EMD, which goes into LMO cathodes, accounted for N': a grade named by the metals of its use is the product's part",
      "note-2019-11.txt",
      "EMD\nEMD output was 33,000 mt in November. Lithium-manganese-grade EMD, which goes into LMO cathodes, accounted for 9,900 mt, up 4.0% MoM.\n",
      [
        ["emd", "2019-11", "actual", "output", 33000],
        ["emd:lithium-manganese-grade", "2019-11", "actual", "output", 9900],
        ["emd:lithium-manganese-grade", "2019-11", "actual", "mom", 0.04],
      ],
    ],
    [
      "a 'By the numbers' sidebar: each line that opens on its number and a dash is a label and its value, not one run-on sentence",
      "manganese-sulphate-2022-06.txt",
      "Manganese sulphate output dips in June\n\nBy the numbers\n24,000 mt — China's battery-grade manganese sulphate output in June 2022, according to SMM\n52.0% — the industry operating rate, down 2.0 percentage points from May\n560,000 mt — existing annual capacity at the end of June\n145,000 mt — January-June output, up 50.0% year on year\n",
      [
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "output", 24000],
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "operating_rate", 0.52],
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "operating_rate_mom", -0.02],
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "capacity", 560000],
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "ytd_output", 145000],
        ["battery-grade-manganese-sulphate", "2022-06", "actual", "ytd_yoy", 0.5],
      ],
    ],
    [
      "in an item about Indonesian NPI, 'High-grade NPI' and the forecast after it are Indonesia's (China's NPI only when China is named)",
      "indonesian-npi-2019-11.txt",
      "Indonesian NPI output hits record in November\n\nIndonesia's NPI output rose 4.0% MoM to 60,000 mt in metal content in November 2019.\n\nHigh-grade NPI output rose 5.0% MoM to 55,000 mt in metal content.\n\nSMM forecasts December output at 62,000 mt in metal content. China's NPI output, by contrast, fell 2.0% MoM.\n",
      [
        ["indonesian-npi:metal-content", "2019-11", "actual", "mom", 0.04],
        ["indonesian-npi:metal-content", "2019-11", "actual", "output", 60000],
        ["indonesian-npi:high-grade", "2019-11", "actual", "mom", 0.05],
        ["indonesian-npi:high-grade", "2019-11", "actual", "output", 55000],
        ["indonesian-npi:metal-content", "2019-12", "forecast", "output", 62000],
        ["npi", "2019-11", "actual", "mom", -0.02],
        ["indonesian-npi", "2019-11", "actual", "mom", 0.04],
        ["indonesian-npi", "2019-11", "actual", "output", 60000],
        ["indonesian-npi", "2019-12", "forecast", "output", 62000],
      ],
    ],
    [
      "'14.8 10k mt': ten thousand tonnes written '10k' (and a week's '0.2 10k mt' stays a weekly figure)",
      "note-2022-09.txt",
      "DMC\nChina's DMC output in September 2022 stood at 14.5 10k mt, down 2.0% MoM. Weekly output was about 3.4 10k mt, down 0.2 10k mt WoW.\n",
      [
        ["dmc", "2022-09", "actual", "output", 145000],
        ["dmc", "2022-09", "actual", "mom", -0.02],
      ],
    ],
    [
      "'| Indicator | May 2023 | May 2022 | Change |': a change column beside the same month a year earlier is the change on the year",
      "pv-glass-2023-05.txt",
      "PV glass output climbs in May 2023\n\n| Indicator | May 2023 | May 2022 | Change |\n|---|---|---|---|\n| Output (million mt) | 2.05 | 1.40 | +46.4% |\n| Operating rate | 84.0% | 79.0% | +5.0 pp |\n\nOutput rose 3.0% from April to 2.05 million mt in May.\n",
      [
        ["pv-glass", "2023-05", "actual", "output", 2050000],
        ["pv-glass", "2023-05", "actual", "yoy", 0.464],
        ["pv-glass", "2023-05", "actual", "operating_rate", 0.84],
        ["pv-glass", "2023-05", "actual", "operating_rate_yoy", 0.05],
        ["pv-glass", "2023-05", "actual", "mom", 0.03],
      ],
    ],
    [
      "'Correction: our 10:20 entry gave the YoY decline as 9.4%. The correct figure is 19.4%.': the earlier entry's number is corrected",
      "polysilicon-2024-08.txt",
      "Live updates: polysilicon output in August 2024\n\n10:20 — Year on year, output fell 9.5%.\n\n11:30 — Correction: our 10:20 entry gave the YoY decline as 9.5%. The correct figure is 19.5%.\n",
      [["polysilicon", "2024-08", "actual", "yoy", -0.195]],
    ],
    [
      "'A, B and C was 124.5, 80.3 and 47.8 (10,000 mt), respectively': the bare numbers of the list share the last one's unit",
      "note-2019-11.txt",
      "Stainless steel\nOutput of the 300-series, 200-series and 400-series was 120.5, 80.5 and 45.5 (10,000 mt), respectively.\nLithium carbonate\nSpodumene-based, salt-lake and lepidolite producers made 1.05, 0.35 and 0.15 (10,000 mt), respectively.\n",
      [
        ["stainless-steel:300-series", "2019-11", "actual", "output", 1205000],
        ["stainless-steel:200-series", "2019-11", "actual", "output", 805000],
        ["stainless-steel:400-series", "2019-11", "actual", "output", 455000],
        ["lithium-carbonate:spodumene", "2019-11", "actual", "output", 10500],
        ["lithium-carbonate:salt-lake", "2019-11", "actual", "output", 3500],
        ["lithium-carbonate:lepidolite", "2019-11", "actual", "output", 1500],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});

describe("rules from the twenty-seventh session of 2026-12-08", () => {
  test.each<[string, string, string, [string, string, string, string, number][]]>([
    [
      "'Primary aluminium output outside China totalled 2.41 million mt' is Overseas Aluminum's; 'Compared with the same month a year earlier' is the YoY base; the IAI's figure stays out",
      "overseas-2025-05.txt",
      "SHANGHAI, May 30, 2025 (SMM) - Primary aluminium output outside China totalled about 2.41 million mt in May 2025, up 3.1% from the previous month. Compared with the same month a year earlier, overseas output rose 1.6%, or 38,000 mt. The IAI has primary aluminium output outside China at 2.45 million mt for May.\n",
      [
        ["overseas-aluminum", "2025-05", "actual", "output", 2410000],
        ["overseas-aluminum", "2025-05", "actual", "mom", 0.031],
        ["overseas-aluminum", "2025-05", "actual", "yoy", 0.016],
        ["overseas-aluminum", "2025-05", "actual", "yoy_chg", 38000],
      ],
    ],
    [
      "'In July 2019, ... In August, by contrast, ...' in ...-2019-08.txt: the file name's month, named more often, is the edition; 'Ningxia plants that had passed inspection raised output' is Ningxia's",
      "emm-2019-08.txt",
      "EMM: July's fall gives way to an August rebound\n\nIn July 2019, China's EMM output fell to 96,500 mt, down 10.2% MoM. In August, by contrast, output rebounded, rising 8.6% MoM to 104,800 mt. The operating rate rose to 59.0% in August. Ningxia plants that had passed inspection raised output by about 12,000 mt MoM. SMM expects September output to rise 2% MoM.\n",
      [
        ["emm", "2019-07", "actual", "output", 96500],
        ["emm", "2019-07", "actual", "mom", -0.102],
        ["emm", "2019-08", "actual", "mom", 0.086],
        ["emm", "2019-08", "actual", "output", 104800],
        ["emm", "2019-08", "actual", "operating_rate", 0.59],
        ["emm:ningxia", "2019-08", "actual", "mom_chg", 12000],
        ["emm", "2019-09", "forecast", "mom", 0.02],
      ],
    ],
    [
      "'The survey now shows 71,200 mt, a decrease of 2.9% from June': the tonnage SMM's survey shows is the output",
      "magnesium-ingot-2023-07.txt",
      "China's magnesium ingot production in July 2023 came in below what SMM had expected. The survey now shows 71,200 mt, a decrease of 2.9% from June.\n",
      [
        ["magnesium-ingot", "2023-07", "actual", "output", 71200],
        ["magnesium-ingot", "2023-07", "actual", "mom", -0.029],
      ],
    ],
    [
      "'SMM has revised the March headline to 1.05 million mt ...; MoM growth is now 12.1%': the revised headline is the output, 'MoM growth is now' its change",
      "pv-glass-2022-03.txt",
      "LIVE: PV glass output, March 2022\n\n14:20 - China's PV glass output in March 2022 was 1.04 million mt, up 11.3% from February.\n\n14:51 - Update: SMM has revised the March headline to 1.05 million mt after a late report; MoM growth is now 12.1%.\n",
      [
        ["pv-glass", "2022-03", "actual", "output", 1050000],
        ["pv-glass", "2022-03", "actual", "mom", 0.121],
      ],
    ],
    [
      "two months named as often, one of them the file name's ('In December 2025 ... In January 2026, by contrast, ...'): the file name's is the edition",
      "lco-2026-01.txt",
      "In December 2025, China's LCO output jumped 10.2% MoM to 9,150 mt.\n\nIn January 2026, by contrast, production fell 2.2% MoM to 8,950 mt, according to SMM.\n",
      [
        ["lco", "2025-12", "actual", "mom", 0.102],
        ["lco", "2025-12", "actual", "output", 9150],
        ["lco", "2026-01", "actual", "mom", -0.022],
        ["lco", "2026-01", "actual", "output", 8950],
      ],
    ],
    [
      "'SMM has revised its July operating-rate estimate to 85.1%': the hyphenated operating rate",
      "copper-cathode-2016-06.txt",
      "SMM expects China's copper cathode output in July 2016 to rise 1.2% MoM. Update: SMM has revised its July operating-rate estimate to 85.1%.\n",
      [
        ["copper-cathode", "2016-07", "forecast", "mom", 0.012],
        ["copper-cathode", "2016-07", "forecast", "operating_rate", 0.851],
      ],
    ],
    [
      "'in a range of 1.95 million to 2.05 million mt' is a range; 'came in 320 mt below SMM's December forecast of 7,120 mt' is the distance; 'a Shaanxi smelter's output' is one plant's",
      "co3o4-2024-01.txt",
      "SMM expects China's PV glass output in February 2024 to be in a range of 1.95 million to 2.05 million mt. Co3O4 output came in 320 mt below SMM's December forecast of 7,120 mt. A Shaanxi smelter's output rose 6% MoM.\n",
      [
        ["co3o4", "2024-01", "actual", "vs_expected_chg", -320],
        ["co3o4", "2024-01", "forecast", "output", 7120],
      ],
    ],
    [
      "'GGII, for its part, expects ...' is another forecaster's; 'a Henan smelter said the province's output rose by 9,000 mt' is one plant's account",
      "lfp-2025-05.txt",
      "SMM expects China's LFP output in June 2025 to rise 4.0% MoM. GGII, for its part, expects June output to jump 30% YoY. Some traders saw May growth near 10%, and a Hubei converter said the province's output rose by at least 9,000 mt.\n",
      [["lfp", "2025-06", "forecast", "mom", 0.04]],
    ],
    [
      "'Overseas, South Africa's output fell 8% MoM, and the country's operating rate fell 6 percentage points YoY' is not China's",
      "high-carbon-ferrochrome-2022-07.txt",
      "China's high-carbon ferrochrome output in July 2022 fell 2.8% MoM. Overseas, South Africa's ferrochrome output fell 8% MoM, and the country's operating rate fell 6 percentage points YoY.\n",
      [["high-carbon-ferrochrome", "2022-07", "actual", "mom", -0.028]],
    ],
    [
      "'High-grade NPI, the type most stainless mills prefer, ...' stays NPI's: the mills of another product named after it are a remark",
      "npi-2019-09.txt",
      "China's nickel pig iron output slips\n\nChina made less nickel pig iron (NPI) in September 2019 than in August, SMM data show. High-grade NPI, the type most stainless mills prefer, supplied 31,200 tonnes of nickel, down 2.5 percent from August. Furnaces ran at 44.1 percent of capacity in September.\n",
      [
        ["npi:high-grade", "2019-09", "actual", "mom", -0.025],
        ["npi", "2019-09", "actual", "operating_rate", 0.441],
      ],
    ],
    [
      "'the MoM and YoY changes were +4.1% and +12.5%, respectively': a list of bases, not of parts",
      "note-2018-08.txt",
      "Cobalt sulphate\nCobalt sulphate output was 0.55 (10,000 mt) in August; the MoM and YoY changes were +4.1% and +12.5%, respectively.\n",
      [
        ["cobalt-sulphate", "2018-08", "actual", "output", 5500],
        ["cobalt-sulphate", "2018-08", "actual", "mom", 0.041],
        ["cobalt-sulphate", "2018-08", "actual", "yoy", 0.125],
      ],
    ],
    [
      "a live blog's 'Output was up 4.9% YoY, not 4.4% as first posted' and 'gave the operating rate as 71.2%; the correct figure is 72.1%' correct the earlier entries",
      "lead-2019-06.txt",
      "LIVE: primary lead output, June 2019\n\n10:05 - SMM data: China's primary lead output in June 2019 was 245,300 mt, up 2.1% MoM and 4.4% YoY. The operating rate was 71.2%.\n\n10:40 - Correction to our 10:05 entry: Output was up 4.9% YoY, not 4.4% as first posted.\n\n10:50 - Correction: our 10:05 entry gave the operating rate as 71.2%; the correct figure is 72.1%.\n",
      [
        ["primary-lead", "2019-06", "actual", "output", 245300],
        ["primary-lead", "2019-06", "actual", "mom", 0.021],
        ["primary-lead", "2019-06", "actual", "operating_rate", 0.721],
        ["primary-lead", "2019-06", "actual", "yoy", 0.049],
      ],
    ],
    [
      "'The Cobalt Institute, by contrast, projects ...' is another body's forecast",
      "cobalt-sulphate-2024-05.txt",
      "SMM expects China's cobalt sulphate output in June 2024 to slip 1.5% MoM. The Cobalt Institute, by contrast, projects that China's June output will rise about 2%.\n",
      [["cobalt-sulphate", "2024-06", "forecast", "mom", -0.015]],
    ],
    [
      "'In its March report, SMM had forecast April output at N, a rise of 1.3% MoM' is no April actual",
      "zinc-2018-04.txt",
      "In its March report, SMM had forecast China's refined zinc production for April 2018 at 468,000 mt, a rise of 1.1% MoM. April production increased by 2.6% from March.\n",
      [["refined-zinc", "2018-04", "actual", "mom", 0.026]],
    ],
    [
      "'third quarter up 9.0% on Q2', 'up 9.0% from the second quarter' and 'For the fourth quarter, SMM expects output to exceed N' are no month's",
      "lithium-carbonate-2024-09.txt",
      "Lithium carbonate: September output rises; third quarter up 9.0% on Q2\n\nChina's lithium carbonate production reached 61,200 mt in September 2024, up 3.5% MoM. Third-quarter production totalled 178,000 mt, up 9.0% from the second quarter; January-March 2024 output had been 3.2% lower than the first quarter of 2023. For the fourth quarter, SMM expects output to exceed 190,000 mt. SMM expects October output to rise 1.5% MoM.\n",
      [
        ["lithium-carbonate", "2024-09", "actual", "output", 61200],
        ["lithium-carbonate", "2024-09", "actual", "mom", 0.035],
        ["lithium-carbonate", "2024-10", "forecast", "mom", 0.015],
      ],
    ],
    [
      "in an interview with SMM's analyst, 'A: Our survey puts ...' is SMM's, 'My own view ...' is not; 'Was that what SMM expected?' asks about the month",
      "emd-2021-12.txt",
      "Q&A: EMD output in December 2021\n\nSMM spoke with one of its manganese analysts about China's EMD output.\n\nQ: How did production do in December?\nA: Our survey puts China's EMD output in December 2021 at 38,600 mt, up 3.2% from November.\n\nQ: Was that what SMM expected?\nA: Not quite. The actual came in about 600 mt above our forecast.\n\nQ: And January?\nA: SMM expects January output to fall about 5% MoM. My own view is that it could fall 9%.\n",
      [
        ["emd", "2021-12", "actual", "output", 38600],
        ["emd", "2021-12", "actual", "mom", 0.032],
        ["emd", "2021-12", "actual", "vs_expected_chg", 600],
        ["emd", "2022-01", "forecast", "mom", -0.05],
      ],
    ],
    [
      "'4.4% — the year-on-year decline in output': a sidebar line's change noun names its base",
      "bismuth-2021-05.txt",
      "Bismuth output edges up\n\nBy the numbers\n1,420 mt — China's refined bismuth output in May 2021\n1.8% — the month-on-month rise in output\n4.4% — the year-on-year decline in output\n",
      [
        ["refined-bismuth", "2021-05", "actual", "output", 1420],
        ["refined-bismuth", "2021-05", "actual", "mom", 0.018],
        ["refined-bismuth", "2021-05", "actual", "yoy", -0.044],
      ],
    ],
    [
      "'The year-on-year drop in tin output was 6.2%': a change noun, what it is a change in, then its size",
      "tin-2019-03.txt",
      "Refined tin output in March 2019 rose 2.0% MoM. The year-on-year drop in tin output was 6.2%.\n",
      [
        ["refined-tin", "2019-03", "actual", "mom", 0.02],
        ["refined-tin", "2019-03", "actual", "yoy", -0.062],
      ],
    ],
    [
      "a quote put down to 'the production manager of a large smelter' is that smelter's; 'after September's figure was revised' revises September only",
      "nickel-2018-10.txt",
      "China's refined nickel production in October 2018 fell 3.2% MoM to 13,400 mt, SMM data showed, after September's figure was revised up to 13,840 mt. \"We produced about 4,100 mt in October, down 8% from September,\" said the production manager of a large smelter in Gansu. 'We ran at 70% this month,' said a manager at a Xinjiang plant.\n",
      [
        ["refined-nickel", "2018-10", "actual", "mom", -0.032],
        ["refined-nickel", "2018-10", "actual", "output", 13400],
        ["refined-nickel", "2018-09", "actual", "output", 13840],
      ],
    ],
    [
      "'New converter capacity of 40,000 mt/year entered trial runs' and 'exceeds 900,000 mt/year by most counts': no capacity figure",
      "lithium-carbonate-2026-03.txt",
      "China's lithium carbonate output in March 2026 rose 4.0% MoM. New converter capacity of 40,000 mt/year entered trial runs in Jiangxi. Capacity in China exceeds 900,000 mt/year by most counts.\n",
      [["lithium-carbonate", "2026-03", "actual", "mom", 0.04]],
    ],
    [
      "'Guangxi lifted its May output to 41,200 mt', 'Hunan, home to ..., raised its May output by 6%': a province that raised its own output is that part",
      "emm-2024-05.txt",
      "China's EMM output in May 2024 rose 2.5% MoM. Guangxi lifted its May output to 41,200 mt, up 3.1% MoM. Hunan, home to several of the older plants, raised its May output by 6%.\n",
      [
        ["emm", "2024-05", "actual", "mom", 0.025],
        ["emm:guangxi", "2024-05", "actual", "output", 41200],
        ["emm:guangxi", "2024-05", "actual", "mom", 0.031],
        ["emm:hunan", "2024-05", "actual", "mom", 0.06],
      ],
    ],
    [
      "'the province's May production' is the one province the sentence named before it; 'Inner Mongolia's May output' keeps its month",
      "silicon-metal-2022-05.txt",
      "China's silicon metal output in May 2022 rose 8.0% MoM. Sichuan's output recovered as the wet season began, and SMM puts the province's May production at 31,500 mt, up 42% MoM. Inner Mongolia's May output alone fell 2.5% MoM.\n",
      [
        ["silicon-metal", "2022-05", "actual", "mom", 0.08],
        ["silicon-metal:sichuan", "2022-05", "actual", "output", 31500],
        ["silicon-metal:sichuan", "2022-05", "actual", "mom", 0.42],
        ["silicon-metal:inner-mongolia", "2022-05", "actual", "mom", -0.025],
      ],
    ],
    [
      "'Output of LFP for energy storage' is that end use's part; 'China produced N tonnes of <product>' names the product",
      "lfp-2024-03.txt",
      "LFP output rises\n\nChina produced 152,000 tonnes of lithium iron phosphate (LFP) cathode material in March 2024, up 7.5 percent from February. Output of LFP for energy storage rose 12 percent to 51,000 tonnes.\n",
      [
        ["lfp", "2024-03", "actual", "output", 152000],
        ["lfp", "2024-03", "actual", "mom", 0.075],
        ["lfp:energy-storage", "2024-03", "actual", "mom", 0.12],
        ["lfp:energy-storage", "2024-03", "actual", "output", 51000],
      ],
    ],
    [
      "'existing overseas capacity of 33.1 million mt/year' in an aluminium item is not China's capacity but Overseas Aluminum's",
      "aluminum-2025-08.txt",
      "China's aluminium output in August 2025 rose 0.5% MoM. Overseas smelters ran at 86.0% against existing overseas capacity of 33.1 million mt/year.\n",
      [
        ["aluminum", "2025-08", "actual", "mom", 0.005],
        ["overseas-aluminum", "2025-08", "actual", "capacity", 33100000],
      ],
    ],
    [
      "'An integrated producer in Hunan cut its May output by 25%' is one producer's; 'Maintenance at a Yunnan smelter trimmed primary lead output to N' is the whole's",
      "primary-lead-2021-05.txt",
      "Primary lead\nAn integrated producer in Hunan cut its May output by 25% MoM. Maintenance at a Yunnan smelter trimmed primary lead output to 262,400 mt (-1.8% MoM).\n",
      [
        ["primary-lead", "2021-05", "actual", "output", 262400],
        ["primary-lead", "2021-05", "actual", "mom", -0.018],
      ],
    ],
    [
      "'NPI — China's NPI output in March was ...': a spaced dash after a name heads its section though two capitals open the prose",
      "roundup-2019-03.txt",
      "Refined nickel — Refined nickel output was 12,800 mt in March, up 1.5% MoM.\n\nNPI — China's NPI output in March was 4.21 (10,000 mt) in metal content, up 6.1% MoM; in physical content it was 44.7 (10,000 mt), up 5.2% MoM.\n",
      [
        ["refined-nickel", "2019-03", "actual", "output", 12800],
        ["refined-nickel", "2019-03", "actual", "mom", 0.015],
        ["npi:metal-content", "2019-03", "actual", "output", 42100],
        ["npi:metal-content", "2019-03", "actual", "mom", 0.061],
        ["npi:physical-content", "2019-03", "actual", "output", 447000],
        ["npi:physical-content", "2019-03", "actual", "mom", 0.052],
        ["npi", "2019-03", "actual", "output", 42100],
        ["npi", "2019-03", "actual", "mom", 0.061],
      ],
    ],
    [
      "'increased 1.5% MoM, in line with expectations, to 3,920 mt': the level the change reached is output, not a distance from the forecast",
      "co3o4-2025-05.txt",
      "Co3O4 production increased 1.5% MoM in May, in line with expectations, to 3,920 mt.\n",
      [
        ["co3o4", "2025-05", "actual", "mom", 0.015],
        ["co3o4", "2025-05", "actual", "output", 3920],
      ],
    ],
    [
      "'At 1,061,200 mt, it beat SMM's May forecast of 1,058,000 mt by 3,200 mt': a fronted level whose subject follows it",
      "copper-cathode-2025-05.txt",
      "China's copper cathode output fell by 1.1% MoM in May. At 1,061,200 mt, it beat SMM's May forecast of 1,058,000 mt by 3,200 mt.\n",
      [
        ["copper-cathode", "2025-05", "actual", "mom", -0.011],
        ["copper-cathode", "2025-05", "actual", "output", 1061200],
        ["copper-cathode", "2025-05", "forecast", "output", 1058000],
        ["copper-cathode", "2025-05", "actual", "vs_expected_chg", 3200],
      ],
    ],
  ])("%s", (_name, fileName, text, want) => {
    expect(figures(text, fileName)).toEqual(want);
  });
});
