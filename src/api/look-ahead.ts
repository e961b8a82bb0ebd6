import { getArgumentValues, getNamedType, isObjectType, type GraphQLResolveInfo, type SelectionSetNode } from "./graphql-js.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";

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

/**
 * How many items the field `name` selected under the field being resolved asks for (its `first`,
 * with the request's variables; the default page size without one), to read a nested page along
 * with its parent; 0 when it cannot tell (the field is absent, aliased twice, inside fragments,
 * or its `first` is not a valid page size). A hint only: what it leaves out is read as usual.
 */
export function pageSizeHint(info: GraphQLResolveInfo, name: string): number {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  const fields = selections.filter((s) => s.kind === "Field" && s.name.value === name);
  if (fields.length !== 1 || fields[0]!.kind !== "Field") return 0;
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (field === undefined) return 0;
  const first: unknown = getArgumentValues(field, fields[0]!, info.variableValues)["first"] ?? DEFAULT_PAGE_SIZE;
  return typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE ? first : 0;
}
