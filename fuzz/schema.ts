import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { projectRoot } from "../src/paths.js";

/** The schema as clients see it: the SDL at the repository's root (the schema test keeps it equal to the code's). */
export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(projectRoot, "schema.graphql"), "utf8"));
}

const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

const ID_KEYS = new Set(["id", "code", "communityCode", "gridCode", "endCursor"]);

/** A selection of every id and code of a type, and of its children without required arguments, `depth` levels down. */
function idSelection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (ID_KEYS.has(field.name)) parts.push(field.name);
    } else if (depth > 0 && isObjectType(named) && requiredArgs(field).length === 0 && !/stats|scorecard|matches/i.test(field.name)) {
      const inner = idSelection(named, depth - 1);
      const first = field.args.some((a) => a.name === "first") ? "(first: 10)" : "";
      if (inner) parts.push(`${field.name}${first} { ${inner} }`);
    }
  }
  return parts.join(" ");
}

/**
 * Queries that list the demo city's rows (every root connection and the divisions, with their
 * children's ids), run as an administrator before fuzzing to learn real ids and codes.
 */
export function warmUpQueries(schema: GraphQLSchema): string[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const out = ["{ divisions { id code level parentCode } }"];
  for (const field of Object.values(query.getFields())) {
    const named = getNamedType(field.type);
    if (!isObjectType(named) || !named.name.endsWith("Connection") || requiredArgs(field).length > 0) continue;
    out.push(`{ ${field.name}(first: 40) { ${idSelection(named, 3)} } }`);
  }
  return out;
}
