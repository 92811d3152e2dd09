import { describe, expect, it } from "vitest";
import { inTable, makeDraft, project } from "./draft-builder";
import { checkProjectAmounts } from "./project-amounts";

describe("project-amounts", () => {
  it("reports one project printed with two amounts", () => {
    const doc = makeDraft({
      projects: [
        project("行政运转", "19.50", inTable("projects", 300)),
        project("行政 运转", "29.50", inTable("performance-project", 1237)),
      ],
    });
    expect(checkProjectAmounts(doc)).toMatchObject([{ rule: "project-amounts", severity: "warning", codes: ["行政运转"], lines: [300, 1237] }]);
  });

  it("is silent when the same amount repeats", () => {
    const doc = makeDraft({
      projects: [project("行政运转", "19.50", inTable("projects", 300)), project("行政运转", "19.5", inTable("performance-project", 1237))],
    });
    expect(checkProjectAmounts(doc)).toEqual([]);
  });
});
