import { describe, expect, it } from "vitest";
import { placeValues, resolveAmbiguousRows, type TreeRow } from "./column-solver";

describe("placeValues", () => {
  it("reads a row that prints every column in order", () => {
    expect(placeValues(["774.16", "0.00", "0.00", "0.00", "774.16"], ["total", "basic", "personnel", "public", "project"])).toEqual([
      { total: "774.16", basic: "0.00", personnel: "0.00", public: "0.00", project: "774.16" },
    ]);
  });

  it("places a row with blank cells left out when the arithmetic allows one reading", () => {
    expect(placeValues(["21.34", "11.72", "9.62"], ["total", "basic", "project", "other"])).toEqual([
      { total: "21.34", basic: "11.72", project: "9.62" },
    ]);
  });

  it("returns both readings when a lone figure could be 基本 or 项目", () => {
    expect(placeValues(["1.67", "1.67"], ["total", "basic", "project"])).toHaveLength(2);
  });
});

describe("resolveAmbiguousRows", () => {
  it("settles ambiguous siblings from the parent's columns", () => {
    const slots = ["total", "basic", "project"] as const;
    const rows: TreeRow[] = [
      { code: "210", candidates: [{ total: "1173.37", basic: "163.47", project: "1009.90" }] },
      { code: "21011", candidates: placeValues(["15.58", "15.58"], [...slots]) },
      { code: "2101101", candidates: placeValues(["5.25", "5.25"], [...slots]) },
      { code: "2101103", candidates: placeValues(["10.33", "10.33"], [...slots]) },
      { code: "21013", candidates: placeValues(["956.80", "956.80"], [...slots]) },
      { code: "21015", candidates: [{ total: "200.99", basic: "147.89", project: "53.10" }] },
    ];
    resolveAmbiguousRows(rows, [...slots]);
    expect(rows[1].candidates).toEqual([{ total: "15.58", basic: "15.58" }]);
    expect(rows[2].candidates).toEqual([{ total: "5.25", basic: "5.25" }]);
    expect(rows[4].candidates).toEqual([{ total: "956.80", project: "956.80" }]);
  });
});
