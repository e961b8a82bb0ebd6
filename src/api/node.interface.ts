import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeTypeName } from "./global-id.js";

/** What every node row carries once the loaders have shaped it (see `asNode`). */
export interface NodeShape {
  __typename: NodeTypeName;
  id: string;
  graphId: string;
}

@InterfaceType("Node", {
  description: "An object with a global id, fetchable with `node(id:)`.",
  resolveType: (value: NodeShape) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id (opaque): use it with `node(id:)`." })
  id!: string;

  @Field(() => String, { description: "The node's own id in the graph, e.g. `company:calix` (stable across loads)." })
  graphId!: string;
}
