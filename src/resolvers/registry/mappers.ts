import type { DivisionRow } from "../../sources/registry/tables.js";
import { Community, Division } from "../../schema/registry/division.js";
import { toGlobalId } from "../common/global-id.js";

export const toDivision = (row: DivisionRow): Division => Object.assign(new Division(), row, { id: toGlobalId("Division", row.code) });
export const toCommunity = (row: DivisionRow): Community => Object.assign(new Community(), row, { id: toGlobalId("Community", row.code) });
