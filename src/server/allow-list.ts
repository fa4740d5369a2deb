import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from "graphql";

/** One operation as text, normalised by parsing and printing, so layout and comments do not matter. */
function operationText(operation: OperationDefinitionNode): string {
  return print(operation);
}

function selected(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/**
 * Persisted operations: the operations of every `*.graphql` file in a folder (the examples,
 * or a portal's own manifest). In strict mode a caller without a token may run only these.
 */
export class OperationAllowList {
  private readonly allowed = new Set<string>();

  constructor(folder: string) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".graphql"))) {
      const document = parse(readFileSync(join(folder, file), "utf8"));
      for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) this.allowed.add(operationText(definition));
    }
  }

  allows(document: DocumentNode, operationName: string | null | undefined): boolean {
    const operation = selected(document, operationName);
    return operation !== undefined && this.allowed.has(operationText(operation));
  }
}
