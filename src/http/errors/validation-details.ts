import type { z } from "@hono/zod-openapi";

type Issue = z.core.$ZodIssue;

/** One field to fix, as the `invalid_request` error lists it. */
export interface ValidationDetail {
  readonly path: string;
  readonly message: string;
}

type TypeIssue = Extract<Issue, { code: "invalid_type" }>;

function isRootTypeIssue(issue: Issue): issue is TypeIssue {
  return issue.code === "invalid_type" && issue.path.length === 0;
}

/** A union branch that fails on the value's very type (a string branch given an object). */
function rejectsType(branch: readonly Issue[]): boolean {
  return branch.some(isRootTypeIssue);
}

/** `expected string or object, received number`, from the branches' type issues. */
function wrongTypeMessage(issue: Extract<Issue, { code: "invalid_union" }>): string {
  const typeIssues = issue.errors.flatMap((branch) => branch.filter(isRootTypeIssue));
  const expected = [...new Set(typeIssues.map((inner) => String(inner.expected)))];
  const received = typeIssues[0]?.message.match(/received (\S+)$/)?.[1];
  const what = `Invalid input: expected ${expected.join(" or ")}`;
  return received === undefined ? what : `${what}, received ${received}`;
}

function detailsOf(issue: Issue, prefix: readonly PropertyKey[]): ValidationDetail[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const fitting = issue.errors.filter((branch) => !rejectsType(branch));
    const [branch] = fitting;
    if (fitting.length === 1 && branch !== undefined) return validationDetails(branch, path);
    if (fitting.length === 0) return [{ path: path.join("."), message: wrongTypeMessage(issue) }];
  }
  return [{ path: path.join("."), message: issue.message }];
}

/**
 * The fields to fix, one per issue. A union (a glossary's name, or an object with entries) is
 * reported through the branch the value's type chose: "entries: Too big", not "Invalid input".
 */
export function validationDetails(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
): ValidationDetail[] {
  return issues.flatMap((issue) => detailsOf(issue, prefix));
}
