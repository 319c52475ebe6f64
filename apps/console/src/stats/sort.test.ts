import { describe, expect, it } from "vitest";
import { nextSort, sortRows } from "./sort.ts";

interface Row {
  key: string;
  name: string;
  rate: number | null;
}

const rows: Row[] = [
  { key: "1", name: "Đa Kia", rate: 0.5 },
  { key: "2", name: "Dầu Giây", rate: null },
  { key: "3", name: "Biên Hòa", rate: 0.9 },
  { key: "4", name: "Ấp Bắc", rate: 0.5 },
];
const names = (list: Row[]) => list.map((r) => r.name);

describe("sortRows", () => {
  it("orders names in Vietnamese alphabetical order, Đ after D", () => {
    expect(names(sortRows(rows, { column: "name", direction: "ascending" }))).toEqual(["Ấp Bắc", "Biên Hòa", "Dầu Giây", "Đa Kia"]);
    expect(names(sortRows(rows, { column: "name", direction: "descending" }))).toEqual(["Đa Kia", "Dầu Giây", "Biên Hòa", "Ấp Bắc"]);
  });

  it("orders figures either way, breaks ties by name and keeps rows without a figure last", () => {
    expect(names(sortRows(rows, { column: "rate", direction: "descending" }))).toEqual(["Biên Hòa", "Ấp Bắc", "Đa Kia", "Dầu Giây"]);
    expect(names(sortRows(rows, { column: "rate", direction: "ascending" }))).toEqual(["Ấp Bắc", "Đa Kia", "Biên Hòa", "Dầu Giây"]);
  });

  it("leaves the rows it was given alone", () => {
    const before = names(rows);
    sortRows(rows, { column: "rate", direction: "ascending" });
    expect(names(rows)).toEqual(before);
  });
});

describe("nextSort", () => {
  it("flips the column already sorted on", () => {
    expect(nextSort({ column: "rate", direction: "descending" }, "rate", "name")).toEqual({ column: "rate", direction: "ascending" });
    expect(nextSort({ column: "name", direction: "ascending" }, "name", "name")).toEqual({ column: "name", direction: "descending" });
  });

  it("starts another column with figures highest first and names A to Z", () => {
    expect(nextSort({ column: "name", direction: "ascending" }, "rate", "name")).toEqual({ column: "rate", direction: "descending" });
    expect(nextSort({ column: "rate", direction: "ascending" }, "name", "name")).toEqual({ column: "name", direction: "ascending" });
  });
});
