import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "./graphql-js.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";
import { eachSelectedField } from "./projection.js";

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

/**
 * The one selection of the field `type.field` in the whole operation (anywhere, through any
 * fragment) with its arguments evaluated with the request's variables; null when the operation
 * selects it more than once or not at all. A statement that reads such a field's list along with
 * its parent may shape the list to those arguments, since no other selection reads it.
 */
export function soleSelection(info: GraphQLResolveInfo, type: string, field: string): { node: FieldNode; args: Record<string, unknown> } | null {
  const node = soleFieldNode(info, `${type}.${field}`);
  if (node === null) return null;
  const parent = info.schema.getType(type);
  const definition = isObjectType(parent) ? parent.getFields()[field] : undefined;
  if (definition === undefined) return null;
  return { node, args: getArgumentValues(definition, node, info.variableValues) };
}

// Per operation (Apollo hands the same parsed document for the same query text), so the document
// is walked once for each field asked about, not on every request.
const fieldNodesByOperation = new WeakMap<object, Map<string, FieldNode[]>>();

function soleFieldNode(info: GraphQLResolveInfo, path: string): FieldNode | null {
  const found = fieldNodes(info, path);
  return found.length === 1 ? found[0]! : null;
}

/** Whether the operation selects the field `type.field` anywhere (through any fragment). */
export function selectsField(info: GraphQLResolveInfo, type: string, field: string): boolean {
  return fieldNodes(info, `${type}.${field}`).length > 0;
}

function fieldNodes(info: GraphQLResolveInfo, path: string): FieldNode[] {
  let byPath = fieldNodesByOperation.get(info.operation);
  if (byPath === undefined) fieldNodesByOperation.set(info.operation, (byPath = new Map()));
  const cached = byPath.get(path);
  if (cached !== undefined) return cached;
  const [type, field] = path.split(".") as [string, string];
  const found: FieldNode[] = [];
  eachSelectedField(info, (node, parent) => {
    if (node.name.value === field && parent?.name === type) found.push(node);
  });
  byPath.set(path, found);
  return found;
}

/**
 * How many items of the nested list `type.field` a statement may read for the whole request, when
 * that is knowable: one more than its `first`, if the operation selects the field exactly once
 * (soleSelection), with no argument but `first` (the default order, no cursor, no filter), and
 * without its `totalCount`. Null otherwise: the whole list is read, as always. The list must then
 * be sorted in the statement by the field's default order, so that the items read are the page
 * and the one after it that tells whether another page follows.
 */
export function nestedPageLimit(info: GraphQLResolveInfo, type: string, field: string): number | null {
  const sole = soleSelection(info, type, field);
  if (sole === null) return null;
  if (Object.keys(sole.args).some((name) => name !== "first")) return null;
  const selections = sole.node.selectionSet?.selections ?? [];
  if (selections.some((s) => s.kind !== "Field" || s.name.value === "totalCount")) return null;
  const first: unknown = sole.args["first"] ?? DEFAULT_PAGE_SIZE;
  return typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE ? first + 1 : null;
}
