import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";

/** Relay page information. */
@ObjectType({ simpleResolvers: true, description: "Where this page sits in the list (分页信息)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows; fetch it with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge on this page." })
  endCursor!: string | null;
}

/** `first` / `after` arguments shared by every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many items to return (1–100)." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return items after this cursor (from `pageInfo.endCursor`)." })
  after?: string | null;
}

export interface Edge<N> {
  cursor: string;
  node: N;
}

/** Builds the Connection and Edge types of one node type. `totalCount` is computed only when asked. */
export function Connection<N extends object>(nodeType: ClassType<N> | (abstract new () => N), name: string, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a list, with its cursor.` })
  class EdgeType implements Edge<N> {
    @Field(() => String, { description: "Opaque cursor of this item." })
    cursor!: string;

    @Field(() => nodeType, { description: "The item." })
    node!: N;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items on this page." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

/** The runtime value behind any Connection type. */
export interface ConnectionValue<N> {
  edges: Edge<N>[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}
