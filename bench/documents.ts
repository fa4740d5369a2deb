/** GraphQL documents by operation name, read from folders of *.graphql files. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every `query Name` in the folders' *.graphql files, mapped to its file's whole text (fragments included). */
export async function readDocuments(...dirs: string[]): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort()) {
      const text = await readFile(join(dir, file), "utf8");
      for (const match of text.matchAll(/^\s*query\s+(\w+)/gm)) docs.set(match[1] as string, text);
    }
  }
  return docs;
}
