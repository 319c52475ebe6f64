import { describe, expect, it } from "vitest";
import { MAX_QUERY_WORDS, planQuery } from "./query.ts";

const termsOf = (query: string) => planQuery(query).words.map((word) => word.alternatives.map((alternative) => alternative.terms.join(" ")));

describe("planQuery", () => {
  it("expands abbreviations, keeping the word as typed", () => {
    expect(termsOf("cấp lại CCCD")).toEqual([["cap"], ["lai"], ["cccd", "can cuoc cong dan", "can cuoc"]]);
    expect(termsOf("Q.S.D.Đ")).toEqual([["qsdd", "quyen su dung dat"]]);
  });

  it("reads a multi-word nickname as one word", () => {
    expect(termsOf("làm sổ đỏ")).toEqual([["lam"], ["so do", "so do", "giay chung nhan quyen su dung dat"]]);
  });

  it("lets only the last word be a prefix, and only from two letters", () => {
    const prefixes = (query: string) => planQuery(query).words.map((word) => word.alternatives[0]?.prefix);
    expect(prefixes("dang ky kha")).toEqual([false, false, true]);
    expect(prefixes("dang ky k")).toEqual([false, false, false]);
  });

  it("corrects typos in ordinary words but not in abbreviations", () => {
    const fuzzy = (query: string) => planQuery(query).words.map((word) => word.alternatives[0]?.fuzzy);
    expect(fuzzy("khai sihn gpxd")).toEqual([true, true, false]);
  });

  it("drops repeated words and caps long queries", () => {
    expect(planQuery("khai khai khai sinh").words).toHaveLength(2);
    const long = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    expect(planQuery(long).words).toHaveLength(MAX_QUERY_WORDS);
  });

  it("keeps the folded phrase and the compacted code", () => {
    const plan = planQuery(" 1.001193.000.00.00.H19 ");
    expect(plan.phrase).toBe("1 001193 000 00 00 h19");
    expect(plan.code).toBe("10011930000000h19");
  });

  it("plans nothing for text without letters or digits", () => {
    expect(planQuery("!!! 🙂 ...").words).toEqual([]);
  });
});
