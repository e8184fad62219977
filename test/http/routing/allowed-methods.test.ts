import { describe, expect, it } from "vitest";
import { allowedMethods } from "../../../src/http/routing/allowed-methods";

const routes = [
  { method: "ALL", path: "/v1/*" },
  { method: "POST", path: "/v1/translations" },
  { method: "GET", path: "/v1/glossaries/:name" },
  { method: "PUT", path: "/v1/glossaries/:name" },
  { method: "GET", path: "/v1/glossaries" },
];

describe("allowedMethods", () => {
  it("lists the methods of the routes with that path, HEAD with GET", () => {
    expect(allowedMethods(routes, "/v1/translations")).toEqual(["POST"]);
    expect(allowedMethods(routes, "/v1/glossaries/newsroom")).toEqual(["GET", "HEAD", "PUT"]);
  });

  it("lists none for a path no route has, middleware aside", () => {
    expect(allowedMethods(routes, "/v1/nothing")).toEqual([]);
    expect(allowedMethods(routes, "/v1/glossaries/a/b")).toEqual([]);
    expect(allowedMethods(routes, "/v1.translations")).toEqual([]);
    expect(allowedMethods(routes, "/v1/glossaries/")).toEqual([]);
  });
});
