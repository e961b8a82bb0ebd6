import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType("PageInfo", { description: "Where a page sits in its connection (Relay cursor connections)." })
export class PageInfoType {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

/**
 * The `<Name>Connection` and `<Name>Edge` types for a node type. `totalCount` is resolved from a
 * lazy getter (see `connectionFromRows`), so the count runs only when selected.
 */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item; pass it as `after` to continue after it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (first/after cursor pagination).` })
  class Connection {
    @Field(() => [Edge], { description: "The items of the page with their cursors." })
    edges!: Edge[];

    @Field(() => [nodeType], { description: "The items of the page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfoType, { description: "Cursors and whether more pages exist." })
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: "How many items the whole connection holds (counted only when asked for)." })
    totalCount!: number;
  }
  return Connection;
}
