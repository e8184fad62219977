import type { z } from "@hono/zod-openapi";
import type { TFunction } from "i18next";
import { receivedType, typeMessage, validationMessage } from "./validation-message";

type Issue = z.core.$ZodIssue;

/** One field to fix, as the `invalid_request` error lists it: what is wrong, in words and as zod's issue code. */
export interface ValidationDetail {
  readonly path: string;
  readonly issue: Issue["code"];
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

/** The union's branches' type issues as one: `expected string | object`, received as they say. */
function wrongTypeMessage(issue: Extract<Issue, { code: "invalid_union" }>, t: TFunction): string {
  const typeIssues = issue.errors.flatMap((branch) => branch.filter(isRootTypeIssue));
  const expected = [...new Set(typeIssues.map((inner) => String(inner.expected)))].join(" | ");
  const first = typeIssues[0];
  return typeMessage(expected, first === undefined ? undefined : receivedType(first), t);
}

function detailsOf(issue: Issue, prefix: readonly PropertyKey[], t: TFunction): ValidationDetail[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const fitting = issue.errors.filter((branch) => !rejectsType(branch));
    const [branch] = fitting;
    if (fitting.length === 1 && branch !== undefined) return validationDetails(branch, t, path);
    if (fitting.length === 0) {
      return [{ path: path.join("."), issue: "invalid_type", message: wrongTypeMessage(issue, t) }];
    }
  }
  return [detail(path, issue, t)];
}

function detail(path: readonly PropertyKey[], issue: Issue, t: TFunction): ValidationDetail {
  return { path: path.join("."), issue: issue.code, message: validationMessage(issue, t) };
}

/**
 * The fields to fix, one per issue, in the caller's language. A union (a glossary's name, or an object with entries) is
 * reported through the branch the value's type chose: "entries: Too big", not "Invalid input".
 */
export function validationDetails(
  issues: readonly Issue[],
  t: TFunction,
  prefix: readonly PropertyKey[] = [],
): ValidationDetail[] {
  return issues.flatMap((issue) => detailsOf(issue, prefix, t));
}
