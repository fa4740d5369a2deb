import DataLoader from "dataloader";
import { emptyPage, type Page, type PageRequest } from "../../sources/common/keyset.js";
import { pageSize } from "./cursor.js";

/** Per-request DataLoaders, created on first use under a name that includes their arguments. */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K extends string | number, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results as DataLoader needs: one value (or null) per requested key. */
export function oneEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Groups batch results per requested key, keeping the rows' order. */
export function manyEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * A loader over a source read that answers per parent key (a page or a count per community,
 * per grid…). Loaders are shared per request by name and arguments, so every parent asked
 * with the same arguments is served by one statement.
 */
export function perParentLoader<K extends string | number, V>(
  loaders: RequestLoaders,
  name: string,
  args: unknown,
  read: (keys: readonly K[]) => Promise<Map<K, V>>,
  fallback: V,
): DataLoader<K, V> {
  return loaders.get(`${name}:${JSON.stringify(args)}`, async (keys: readonly K[]) => {
    const byKey = await read(keys);
    return keys.map((k) => byKey.get(k) ?? fallback);
  });
}

/** The first `first` rows of one parent, one statement for every parent asked the same way. */
export async function firstRowsOf<K extends string | number, R, N>(
  loaders: RequestLoaders,
  name: string,
  key: K,
  request: { first: number; direction: "ASC" | "DESC" },
  read: (keys: readonly K[], page: PageRequest) => Promise<Map<K, Page<R>>>,
  map: (row: R) => N,
): Promise<N[]> {
  const page = { first: pageSize(request.first), direction: request.direction };
  const loader = perParentLoader(loaders, name, page, (keys: readonly K[]) => read(keys, page), emptyPage as Page<R>);
  return (await loader.load(key)).rows.map(map);
}

/** Every row of one parent, one statement for every parent in the request. */
export async function rowsOf<K extends string | number, R, N>(
  loaders: RequestLoaders,
  name: string,
  key: K,
  read: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => N,
): Promise<N[]> {
  const rows = await loaders.get(name, async (keys: readonly K[]) => manyEach(keys, await read(keys), keyOf)).load(key);
  return rows.map(map);
}

/** `loadMany`'s answers, with the first failure (an unavailable source) thrown rather than dropped. */
export function settled<V>(results: (V | Error)[]): V[] {
  const failure = results.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return results as V[];
}
