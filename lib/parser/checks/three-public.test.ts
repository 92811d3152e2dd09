import { describe, expect, it } from "vitest";
import { ecoRow, figure, inSentence, inTable, makeDraft, tableAt } from "./draft-builder";
import { checkThreePublic } from "./three-public";

const tables = [tableAt("general-basic", 10, 40), tableAt("three-public", 41, 50)];

describe("three-public", () => {
  it("accepts 三公 figures at least as large as the basic-expenditure items", () => {
    const doc = makeDraft({
      tables,
      economicRows: [ecoRow("30217", "1.00", inTable("general-basic", 20)), ecoRow("30231", "2.00", inTable("general-basic", 21))],
      figures: [
        figure("threePublic.reception", "1.50", inTable("three-public", 45)),
        figure("threePublic.vehicleOperation", "2.00", inTable("three-public", 46)),
      ],
    });
    expect(checkThreePublic(doc)).toEqual([]);
  });

  it("reports a 公务接待费 below what the basic-expenditure table books", () => {
    const doc = makeDraft({
      tables,
      economicRows: [ecoRow("30217", "1.80", inTable("general-basic", 20), { name: "公务接待费" })],
      figures: [figure("threePublic.reception", "0.00", inTable("three-public", 45))],
    });
    expect(checkThreePublic(doc)).toMatchObject([
      { rule: "three-public-vs-economic", severity: "error", codes: ["threePublic.reception", "30217"], expected: "1.80", actual: "0.00" },
    ]);
  });

  it("compares with the 政府预算经济分类 items when the basic-expenditure table prints 50206/50207/50208", () => {
    const doc = makeDraft({
      tables,
      economicRows: [
        ecoRow("50206", "1.80", inTable("general-basic", 20), { name: "公务接待费" }),
        ecoRow("50208", "2.00", inTable("general-basic", 21), { name: "公务用车运行维护费" }),
      ],
      figures: [
        figure("threePublic.reception", "0.50", inTable("three-public", 45)),
        figure("threePublic.vehicleOperation", "2.00", inTable("three-public", 46)),
      ],
    });
    expect(checkThreePublic(doc)).toMatchObject([
      { rule: "three-public-vs-economic", severity: "error", codes: ["threePublic.reception", "50206"], expected: "1.80", actual: "0.50" },
    ]);
  });

  it("only compares where both sides exist", () => {
    const doc = makeDraft({ tables, economicRows: [ecoRow("30212", "3.00", inTable("general-basic", 20))] });
    expect(checkThreePublic(doc)).toEqual([]);
  });

  it("checks the 三公 total against its parts", () => {
    const doc = makeDraft({
      tables,
      figures: [
        figure("threePublic.total", "5.00", inTable("three-public", 44)),
        figure("threePublic.abroad", "0.00", inTable("three-public", 45)),
        figure("threePublic.vehicle", "3.00", inTable("three-public", 46)),
        figure("threePublic.reception", "1.00", inTable("three-public", 47)),
      ],
    });
    expect(checkThreePublic(doc)).toMatchObject([{ rule: "three-public-sum", expected: "5.00", actual: "4.00" }]);
  });

  it("holds 三公 figures a sentence printed in whole 万元 only to their rounding", () => {
    const whole = (key: string, value: string, line: number) => ({ ...figure(key, value, inSentence(line)), amountPlaces: 0 });
    const doc = makeDraft({
      tables,
      economicRows: [ecoRow("30231", "3.10", inTable("general-basic", 21))],
      figures: [
        whole("threePublic.total", "6.00", 10),
        whole("threePublic.abroad", "0.00", 10),
        whole("threePublic.vehicle", "5.00", 10),
        whole("threePublic.reception", "2.00", 10),
        whole("threePublic.vehicleOperation", "3.00", 11),
      ],
    });
    expect(checkThreePublic(doc)).toEqual([]);
    // Printed with two places, the same figures contradict each other.
    const exact = makeDraft({ tables, figures: [figure("threePublic.total", "6.00", inSentence(10)), figure("threePublic.abroad", "0.00", inSentence(10)), figure("threePublic.vehicle", "5.00", inSentence(10)), figure("threePublic.reception", "2.00", inSentence(10))] });
    expect(checkThreePublic(exact)).toMatchObject([{ rule: "three-public-sum" }]);
  });
});
