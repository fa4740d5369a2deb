import { describe, expect, it } from "vitest";
import { PUBLIC, type Identity, type Role } from "../../src/auth/identity.js";
import { coversPlace, DATASETS, EVERYTHING, isPlaceBound, reachOf, rowScopeOf, scopeKey, type Grant } from "../../src/auth/row-scope.js";

const STREET = "420683001";
const COMMUNITY = "420683001001";
const GRID = "420683001001001";
const OTHER_GRID = "420683001001002";

const who = (role: Role, extra: Partial<Identity> = {}): Identity => ({ ...PUBLIC, subject: `${role}-1`, role, ...extra });

describe("rowScopeOf", () => {
  it("lets admins and analysts see every row", () => {
    expect(rowScopeOf(who("admin"))).toBe(EVERYTHING);
    expect(rowScopeOf(who("analyst", { jurisdiction: STREET }))).toBe(EVERYTHING);
    expect(EVERYTHING.everything).toBe(true);
  });

  it("limits a grid worker to their grids in every data set, whatever their jurisdiction", () => {
    const scope = rowScopeOf(who("grid_worker", { jurisdiction: STREET, grids: [GRID, OTHER_GRID] }));
    expect(scope.everything).toBe(false);
    for (const dataset of DATASETS) expect(scope.places[dataset]).toEqual([GRID, OTHER_GRID]);
    expect(scope).toMatchObject({ owner: null, department: null });
  });

  it("limits a grid worker without grids, a community worker and a street officer to their jurisdiction", () => {
    for (const role of ["grid_worker", "community_worker", "street_officer"] as const) {
      const scope = rowScopeOf(who(role, { jurisdiction: role === "community_worker" ? COMMUNITY : STREET }));
      for (const dataset of DATASETS) expect(scope.places[dataset], `${role} ${dataset}`).toEqual([role === "community_worker" ? COMMUNITY : STREET]);
    }
  });

  it("gives a place-bound role without a jurisdiction no places at all", () => {
    const scope = rowScopeOf(who("street_officer"));
    for (const dataset of DATASETS) expect(scope.places[dataset]).toEqual([]);
  });

  it("gives a department its grants, per data set, and its own events", () => {
    const grants: Grant[] = [
      { dataset: "EVENTS", codePrefix: STREET },
      { dataset: "EVENTS", codePrefix: "420683002" },
      { dataset: "DEMANDS", codePrefix: "" },
    ];
    const scope = rowScopeOf(who("department", { department: "城管局" }), grants);
    expect(scope).toMatchObject({ everything: false, owner: null, department: "城管局" });
    expect(scope.places.EVENTS).toEqual([STREET, "420683002"]);
    expect(scope.places.DEMANDS).toEqual([""]);
    for (const dataset of DATASETS.filter((d) => d !== "EVENTS" && d !== "DEMANDS")) expect(scope.places[dataset], dataset).toEqual([]);
    // Grants of one department do not leak into the next one's scope.
    expect(rowScopeOf(who("department", { department: "民政局" })).places.EVENTS).toEqual([]);
  });

  it("lets a resident see only their own rows, and the public none of the place-scoped ones", () => {
    const resident = rowScopeOf(who("resident", { subject: "r-42", jurisdiction: STREET }));
    expect(resident).toMatchObject({ everything: false, owner: "r-42", department: null });
    const pub = rowScopeOf(PUBLIC);
    expect(pub).toMatchObject({ everything: false, owner: null, department: null });
    for (const dataset of DATASETS) {
      expect(resident.places[dataset]).toEqual([]);
      expect(pub.places[dataset]).toEqual([]);
    }
  });
});

describe("isPlaceBound and reachOf", () => {
  it("binds grid workers, community workers and street officers to their places, and no one else", () => {
    const bound = ["grid_worker", "community_worker", "street_officer"];
    for (const role of ["public", "resident", "grid_worker", "community_worker", "street_officer", "department", "analyst", "admin"] as const) {
      expect(isPlaceBound(who(role, { jurisdiction: STREET })), role).toBe(bound.includes(role));
    }
  });

  it("reaches a grid worker's grids, else the caller's jurisdiction, else nothing", () => {
    expect(reachOf(who("grid_worker", { jurisdiction: STREET, grids: [GRID] }))).toEqual([GRID]);
    expect(reachOf(who("grid_worker", { jurisdiction: STREET }))).toEqual([STREET]);
    expect(reachOf(who("street_officer", { jurisdiction: STREET, grids: [GRID] }))).toEqual([STREET]);
    expect(reachOf(who("admin"))).toEqual([]);
  });

  it("returns a copy that the caller may change without changing the identity", () => {
    const identity = who("grid_worker", { grids: [GRID] });
    reachOf(identity).push(OTHER_GRID);
    expect(identity.grids).toEqual([GRID]);
  });
});

describe("coversPlace", () => {
  const officer = rowScopeOf(who("street_officer", { jurisdiction: STREET }));
  const worker = rowScopeOf(who("grid_worker", { grids: [GRID] }));

  it("covers every place, and rows without one, for a scope that sees everything", () => {
    expect(coversPlace(EVERYTHING, "EVENTS", GRID)).toBe(true);
    expect(coversPlace(EVERYTHING, "EVENTS", null)).toBe(true);
  });

  it("covers the codes under a prefix: the prefix itself, its communities and grids", () => {
    for (const place of [STREET, COMMUNITY, GRID, "420683001099"]) expect(coversPlace(officer, "EVENTS", place), place).toBe(true);
  });

  it("does not cover a sibling, a parent or a shorter code", () => {
    expect(coversPlace(officer, "EVENTS", "420683002001")).toBe(false);
    expect(coversPlace(officer, "EVENTS", "420683")).toBe(false);
    expect(coversPlace(worker, "EVENTS", COMMUNITY)).toBe(false);
    expect(coversPlace(worker, "EVENTS", OTHER_GRID)).toBe(false);
    expect(coversPlace(worker, "EVENTS", GRID)).toBe(true);
  });

  it("does not cover a row without a place unless the scope sees everything", () => {
    expect(coversPlace(officer, "EVENTS", null)).toBe(false);
    const everywhere = rowScopeOf(who("department", { department: "城管局" }), [{ dataset: "EVENTS", codePrefix: "" }]);
    expect(coversPlace(everywhere, "EVENTS", null)).toBe(false);
  });

  it("covers by data set: a grant for events covers no demands", () => {
    const department = rowScopeOf(who("department", { department: "城管局" }), [{ dataset: "EVENTS", codePrefix: "" }]);
    expect(coversPlace(department, "EVENTS", GRID)).toBe(true);
    expect(coversPlace(department, "EVENTS", "")).toBe(true);
    expect(coversPlace(department, "DEMANDS", GRID)).toBe(false);
  });

  it("covers nothing for the public or a resident", () => {
    for (const scope of [rowScopeOf(PUBLIC), rowScopeOf(who("resident"))]) {
      for (const dataset of DATASETS) expect(coversPlace(scope, dataset, GRID)).toBe(false);
    }
  });
});

describe("scopeKey", () => {
  it("is the same for callers who see the same rows", () => {
    expect(scopeKey(rowScopeOf(who("street_officer", { subject: "a", jurisdiction: STREET })))).toBe(scopeKey(rowScopeOf(who("street_officer", { subject: "b", name: "李明", jurisdiction: STREET }))));
    expect(scopeKey(rowScopeOf(who("grid_worker", { jurisdiction: STREET })))).toBe(scopeKey(rowScopeOf(who("community_worker", { jurisdiction: STREET }))));
    expect(scopeKey(rowScopeOf(who("admin")))).toBe(scopeKey(rowScopeOf(who("analyst"))));
    expect(scopeKey(rowScopeOf(PUBLIC))).toBe(scopeKey(rowScopeOf(who("public", { subject: "x" }))));
  });

  it("differs whenever the rows seen may differ", () => {
    const scopes = [
      EVERYTHING,
      rowScopeOf(PUBLIC),
      rowScopeOf(who("street_officer", { jurisdiction: STREET })),
      rowScopeOf(who("street_officer", { jurisdiction: "420683002" })),
      rowScopeOf(who("grid_worker", { grids: [GRID] })),
      rowScopeOf(who("grid_worker", { grids: [GRID, OTHER_GRID] })),
      rowScopeOf(who("resident", { subject: "r-1" })),
      rowScopeOf(who("resident", { subject: "r-2" })),
      rowScopeOf(who("department", { department: "城管局" })),
      rowScopeOf(who("department", { department: "民政局" })),
      rowScopeOf(who("department", { department: "城管局" }), [{ dataset: "EVENTS", codePrefix: STREET }]),
      rowScopeOf(who("department", { department: "城管局" }), [{ dataset: "DEMANDS", codePrefix: STREET }]),
    ];
    const keys = scopes.map(scopeKey);
    expect(new Set(keys).size).toBe(scopes.length);
  });

  it("holds the whole scope, so equal keys mean equal scopes", () => {
    const scope = rowScopeOf(who("department", { department: "城管局" }), [{ dataset: "EVENTS", codePrefix: STREET }]);
    expect(JSON.parse(scopeKey(scope))).toEqual(scope);
  });
});
