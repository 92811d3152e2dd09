import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Money } from "../types";
import { placeValues, resolveAmbiguousRows, type Slot, type TreeRow } from "./column-solver";
import { legacyPlaceValues, legacyResolveAmbiguousRows } from "./legacy/column-solver.test-utils";

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
  it("adds up a table that prints only 项 rows (or leaves a 款 out) under the nearest printed row", () => {
    const slots = ["total", "basic", "project"] as const;
    const rows: TreeRow[] = [
      { code: null, candidates: [{ total: "1072.43", basic: "972.43", project: "100.00" }] },
      { code: "2010501", candidates: placeValues(["757.43", "757.43"], [...slots]) },
      { code: "2010505", candidates: placeValues(["100.00", "100.00"], [...slots]) },
      { code: "2080505", candidates: placeValues(["80.00", "80.00"], [...slots]) },
      { code: "2080506", candidates: placeValues(["40.00", "40.00"], [...slots]) },
      { code: "2101101", candidates: placeValues(["95.00", "95.00"], [...slots]) },
    ];
    resolveAmbiguousRows(rows, [...slots]);
    expect(rows.slice(1).map((r) => r.candidates)).toEqual([
      [{ total: "757.43", basic: "757.43" }],
      [{ total: "100.00", project: "100.00" }],
      [{ total: "80.00", basic: "80.00" }],
      [{ total: "40.00", basic: "40.00" }],
      [{ total: "95.00", basic: "95.00" }],
    ]);
  });

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

/** The column layouts the table readers use, and a few odd ones. */
const LAYOUTS: Slot[][] = [
  ["total"],
  ["total", "basic", "project"],
  ["total", "basic", "project", "other"],
  ["total", "basic", "project", "other", "other"],
  ["total", "basic", "personnel", "public", "project"],
  ["total", "personnel", "public"],
  ["carryIn", "income", "total", "basic", "project", "carryOut"],
  ["carryIn", "total", "basic", "project", "carryOut"],
  ["basic", "project", "total"],
];

/** A figure: short ones with one to four decimals, a zero now and then, or a long one (the decimal.js path). */
const figure = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 99 })).map(([w, f]) => `${w}.${String(f).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.constantFrom("0.00", "0.5", "1.2345", "-3.50", "0") },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99999999 }), fc.integer({ min: 0, max: 9999 })).map(([w, f]) => `${w}.${String(f).padStart(4, "0")}`) },
);

type Cells = Record<Slot, Decimal>;

/** Cells that satisfy the layout's sums (合计 = 基本 + 项目 + 其他, 基本 = 人员 + 公用, 年初 + 收入 = 支出 + 年末). */
function consistentCells(slots: Slot[], figures: string[], zero: boolean[]): Cells {
  const [personnel, pub, project, other, carryIn, income] = figures.map((f, i) => (zero[i] ? new Decimal(0) : new Decimal(f).abs()));
  const hasSplit = slots.includes("personnel");
  const basic = hasSplit ? personnel.plus(pub) : personnel;
  const total = slots.includes("basic") ? basic.plus(project).plus(slots.includes("other") ? other : 0) : personnel.plus(pub);
  const received = slots.includes("income") ? income : new Decimal(0);
  return { total, basic, personnel, public: pub, project, other, carryIn, income: received, carryOut: carryIn.plus(received).minus(total) };
}

function sumCells(list: Cells[]): Cells {
  const out = {} as Cells;
  for (const slot of ["total", "basic", "personnel", "public", "project", "other", "carryIn", "income", "carryOut"] as Slot[]) {
    out[slot] = list.reduce((acc, c) => acc.plus(c[slot]), new Decimal(0));
  }
  return out;
}

/** The figures a PDF prints for a row: blank (zero) cells left out, unless the cell is printed as 0.00. */
function printed(slots: Slot[], cells: Cells, printZeros: boolean): Money[] {
  return slots.filter((s, i) => (i === 0 && s === "total") || printZeros || !cells[s].isZero()).map((s) => cells[s].toFixed(2));
}

const six = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 6, maxLength: 6 });

/** A printed row of a layout: consistent cells with blanks (so that several placements often fit), or figures at random. */
const printedRow = fc.tuple(fc.constantFrom(...LAYOUTS), six(figure), six(fc.boolean()), fc.boolean(), fc.boolean()).map(([slots, figures, zero, printZeros, consistent]) => {
  if (!consistent) return { slots, values: figures.slice(0, 1 + (figures.length % slots.length)) };
  return { slots, values: printed(slots, consistentCells(slots, figures, zero), printZeros) };
});

/** A 类 over 款 rows over 项 rows, each parent the sum of its children, printed with blanks. */
const printedTree = fc
  .tuple(
    fc.constantFrom(...LAYOUTS.slice(1)),
    fc.array(fc.array(fc.tuple(six(figure), six(fc.boolean())), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.nat(),
    fc.option(fc.integer()),
  )
  .map(([slots, groups, printZeros, noise, shuffle]) => {
    const rows: Array<{ code: string; values: Money[] }> = [];
    const kuanCells = groups.map((items, g) => {
      const kuan = `2080${g + 1}`;
      const itemCells = items.map(([figures, zero]) => consistentCells(slots, figures, zero));
      const cells = sumCells(itemCells);
      rows.push({ code: kuan, values: printed(slots, cells, printZeros) });
      itemCells.forEach((c, k) => rows.push({ code: `${kuan}0${k + 1}`, values: printed(slots, c, printZeros) }));
      return cells;
    });
    rows.unshift({ code: "208", values: printed(slots, sumCells(kuanCells), printZeros) });
    // Now and then a misprinted row, so that some groups do not add up.
    if (noise % 3 === 0) rows[noise % rows.length].values = rows[noise % rows.length].values.slice(1);
    // Rows out of order (columns of a PDF page read in another order) change which group is read first.
    if (shuffle !== null) {
      let seed = shuffle;
      for (let i = rows.length - 1; i > 0; i--) {
        seed = (Math.imul(seed, 1103515245) + 12345) | 0;
        const j = Math.abs(seed) % (i + 1);
        [rows[i], rows[j]] = [rows[j], rows[i]];
      }
    }
    return { slots, rows };
  });

describe("resolveAmbiguousRows across passes", () => {
  const slots: Slot[] = ["total", "basic", "project"];
  const rowsOf = (printedRows: Array<[string, Money[]]>): TreeRow[] => printedRows.map(([code, values]) => ({ code, candidates: placeValues(values, slots) }));

  it("reads a group again once a parent below it is settled by its children", () => {
    // 208 cannot choose between its two open 款 until 20801 is settled by its 项.
    const rows = rowsOf([
      ["208", ["20.00", "10.00", "10.00"]],
      ["20801", ["10.00", "10.00"]],
      ["2080101", ["10.00", "10.00", "0.00"]],
      ["20802", ["10.00", "10.00"]],
    ]);
    const legacy = structuredClone(rows);
    resolveAmbiguousRows(rows, slots);
    legacyResolveAmbiguousRows(legacy, slots);
    expect(rows).toEqual(legacy);
    expect(rows[3].candidates).toEqual([{ total: "10.00", project: "10.00" }]);
  });

  it("reads a group again once its parent is settled from above, whatever the row order", () => {
    // The 项 rows come first, so 20801's group is read before 208's settles 20801.
    const rows = rowsOf([
      ["2080101", ["6.00", "6.00"]],
      ["2080102", ["4.00", "4.00", "0.00"]],
      ["20801", ["10.00", "10.00"]],
      ["208", ["30.00", "10.00", "20.00"]],
      ["20802", ["20.00", "20.00"]],
    ]);
    const legacy = structuredClone(rows);
    resolveAmbiguousRows(rows, slots);
    legacyResolveAmbiguousRows(legacy, slots);
    expect(rows).toEqual(legacy);
    expect(rows[0].candidates).toEqual([{ total: "6.00", basic: "6.00" }]);
  });
});

describe("the column solver against the one it replaced", () => {
  it("places rows the same way", () => {
    fc.assert(
      fc.property(printedRow, ({ slots, values }) => {
        expect(placeValues(values, slots)).toEqual(legacyPlaceValues(values, slots));
      }),
      { numRuns: 5000 },
    );
  });

  it("settles a tree of rows the same way", () => {
    fc.assert(
      fc.property(printedTree, ({ slots, rows: printedRows }) => {
        const rows: TreeRow[] = printedRows.map((r) => ({ code: r.code, candidates: legacyPlaceValues(r.values, slots) }));
        const legacy = structuredClone(rows);
        resolveAmbiguousRows(rows, slots);
        legacyResolveAmbiguousRows(legacy, slots);
        expect(rows).toEqual(legacy);
      }),
      { numRuns: 1200 },
    );
  });
});
