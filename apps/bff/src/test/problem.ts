import { expect } from "vitest";
import type { Problem } from "@motcua/contracts";

/** A problem+json answer with `status` and `code`; returns the problem for further checks. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as Problem;
  expect(problem.code).toBe(code);
  return problem;
}
