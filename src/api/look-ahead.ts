import type { GraphQLResolveInfo, SelectionSetNode } from "./graphql-js.js";

/**
 * The field paths a client selected under the field being resolved, e.g. `nodes.exchanges.analyst`
 * for `calls { nodes { exchanges { analyst { name } } } }`, following fragments; aliases do not
 * matter, and a connection's `edges.node` is written `nodes`. Resolvers that can fetch a nested
 * selection in the same round trip as their own rows read it (see loaders.ts, the `with…` loaders).
 */
export function selectedPaths(info: GraphQLResolveInfo, depth = 6): Set<string> {
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, left: number): void => {
    if (set === undefined || left === 0) return;
    for (const selection of set.selections) {
      if (selection.kind === "Field") {
        const path = (prefix === "" ? selection.name.value : `${prefix}.${selection.name.value}`).replace(/(^|\.)edges\.node$/, "$1nodes");
        paths.add(path);
        walk(selection.selectionSet, path, left - 1);
      } else if (selection.kind === "InlineFragment") {
        walk(selection.selectionSet, prefix, left);
      } else {
        walk(info.fragments[selection.name.value]?.selectionSet, prefix, left);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, "", depth);
  return paths;
}
