import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import { schemaSdl } from "../src/server/print-schema.js";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `npm run codegen` after changing types)", async () => {
    const committed = await readFile(join(projectRoot, "schema.graphql"), "utf8");
    expect(await schemaSdl()).toBe(committed);
  });

  it("describes every type, field, argument, input field and enum value", async () => {
    const schema = buildSchema(await schemaSdl());
    const undocumented: string[] = [];
    const check = (path: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(path);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
