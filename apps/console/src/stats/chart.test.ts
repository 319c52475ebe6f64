import { describe, expect, it } from "vitest";
import type { StatsRow } from "@motcua/contracts";
import { overallOnTimeRate, stackedBar } from "./chart.ts";

const row = (early: number, onTime: number, late: number, inProgress = 0): StatsRow => ({
  key: "k",
  name: "n",
  received: early + onTime + late + inProgress,
  finishedEarly: early,
  finishedOnTime: onTime,
  finishedLate: late,
  inProgress,
  overdueNow: 0,
  onTimeRate: null,
  averageWorkingDays: null,
});

describe("stackedBar", () => {
  it("lays segments end to end on the longest row's scale, skipping empty ones", () => {
    expect(stackedBar(row(2, 0, 1, 1), 8, 400)).toEqual([
      { kind: "finishedEarly", value: 2, x: 0, width: 100 },
      { kind: "finishedLate", value: 1, x: 100, width: 50 },
      { kind: "inProgress", value: 1, x: 150, width: 50 },
    ]);
  });

  it("draws nothing when every row is empty", () => {
    expect(stackedBar(row(0, 0, 0), 0, 400)).toEqual([]);
  });
});

describe("overallOnTimeRate", () => {
  it("weighs rows by what they finished, not averages their rates", () => {
    expect(overallOnTimeRate([row(1, 2, 1), row(0, 0, 4, 9)])).toBe(3 / 8);
  });

  it("is null when nothing finished", () => {
    expect(overallOnTimeRate([row(0, 0, 0, 3)])).toBeNull();
  });
});
