import type { PageRequest } from "../../sources/common/keyset.js";
import type { DivisionScope } from "../../schema/common/filters.js";
import { decodeCursor, pageSize } from "./cursor.js";
import { divisionCodeArg } from "./validate.js";

/** Validated code prefix of a DivisionScope. */
export const scopePrefix = (scope: DivisionScope | null | undefined): string | undefined =>
  scope?.divisionCode ? divisionCodeArg(scope.divisionCode, "filter.divisionCode") : undefined;

/** A validated keyset page request. */
export const listPage = (first: number, after: string | null | undefined, direction: "ASC" | "DESC"): PageRequest => ({ first: pageSize(first), after: decodeCursor(after), direction });
