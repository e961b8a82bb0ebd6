import type { Row } from "../db/database.js";
import type { NodeTypeName } from "./global-id.js";
import { isInterfaceType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type FieldNode, type GraphQLCompositeType, type GraphQLResolveInfo } from "./graphql-js.js";

/**
 * Per-selection projections: the stored properties a request needs of each node type, so that a
 * statement returns those and not whole nodes (`n {.*}`, a call's every property, a fact's quote).
 *
 * What a request selects is read from its whole operation (every root field, every fragment), per
 * GraphQL type, so one projection serves every row of that type the request reads: a node shaped
 * for one field may be handed to another (a participant's `call` is the call row itself) or primed
 * into a per-request loader. Property names come only from the whitelist below (the properties
 * cypher/GRAPH.md gives each label), never from the request: a selected field that names no stored
 * property adds nothing. A statement takes the lists as one map parameter, `$props`
 * (`{Call: [...], Turn: [...]}`: a map, so its lists' sizes do not split Neo4j's plan cache), and
 * returns each node as the list of its values in that order, `[k IN $props.Turn | t[k]]`, which
 * `fromProjection` turns back into the map a `{.*}` would have given, without the rest.
 */

interface TypeProperties {
  /** Stored properties a GraphQL field of the same name reads. */
  stored: readonly string[];
  /** Read by resolvers, filters and orders whatever is selected (besides `id`). */
  always: readonly string[];
  /** GraphQL fields whose value comes from a stored property of another name. */
  renamed?: Readonly<Record<string, string>>;
  /** Fields of other types (`Type.field`) computed from this type's stored properties, and those properties. */
  readBy?: Readonly<Record<string, readonly string[]>>;
  /** A relationship's properties: no `id` comes first. */
  relationship?: true;
}

const PROPERTIES = {
  Call: {
    stored: ["companyName", "companyId", "ticker", "fiscalYear", "fiscalQuarter", "period", "date", "format", "sourceName", "sourceHash", "turnCount", "loadedAt"],
    // Orders (orders.ts callKey), window filters (filter-args.ts) and Call.period / periodLabel.
    always: ["companyName", "fiscalYear", "fiscalQuarter", "period", "date"],
    renamed: { periodLabel: "period" },
  },
  Person: { stored: ["name", "aliases"], always: ["name"] },
  Company: { stored: ["name", "ticker", "aliases"], always: ["name"] },
  Firm: { stored: ["name", "aliases"], always: ["name"] },
  Topic: { stored: ["name", "kind", "aliases"], always: ["name"] },
  Exchange: { stored: ["index", "analystName", "organization", "callId"], always: ["index", "callId"] },
  // `text` only when selected (TurnResolver.text reads it by id otherwise).
  Turn: { stored: ["index", "section", "speakerName", "role", "text", "start", "end", "line", "callId"], always: ["index", "callId"] },
  MetricFact: {
    stored: ["index", "metric", "period", "value", "low", "high", "unit", "kind", "basis", "statedBy", "scope", "confidence", "speakerName", "quote", "start", "end", "turnIndex", "callId", "companyId"],
    // The fact list's filters and orders (call.resolver.ts facts, filter-args.ts passesQuality),
    // metric / period / call / company, and metricName / periodLabel (node-row.ts asNode).
    always: ["metric", "period", "kind", "basis", "scope", "confidence", "turnIndex", "start", "callId", "companyId"],
    renamed: { metricName: "metric", periodLabel: "period" },
    // A scorecard's surprise is computed from both facts' values (metric-fact.resolver.ts surpriseOf).
    readBy: { "GuidanceOutcome.surprise": ["value", "low", "high"] },
  },
  // PARTICIPATED_IN's properties, as CallParticipant shows them (participation.ts).
  CallParticipant: { stored: ["role", "title", "organization", "turns"], always: [], relationship: true },
} as const satisfies Partial<Record<NodeTypeName | "CallParticipant", TypeProperties>>;

export type ProjectedType = keyof typeof PROPERTIES;
export type ProjectedNodeType = Exclude<ProjectedType, "CallParticipant">;
export type Projection = Record<ProjectedType, string[]>;

const byOperation = new WeakMap<object, Projection>();

/** The properties the request of `info` needs of each projected type; `id` first in each node type's. Computed once per operation. */
export function projectionOf(info: GraphQLResolveInfo): Projection {
  const cached = byOperation.get(info.operation);
  if (cached !== undefined) return cached;
  const selected = fieldsByType(info);
  const projection = Object.fromEntries(
    (Object.keys(PROPERTIES) as ProjectedType[]).map((type) => {
      const spec: TypeProperties = PROPERTIES[type];
      // Fields selected on the type itself or on an interface it implements (Node).
      const schemaType = info.schema.getType(type);
      const names = [type, ...(isObjectType(schemaType) ? schemaType.getInterfaces().map((i) => i.name) : [])];
      const wanted = new Set<string>(spec.always);
      for (const name of names) {
        for (const field of selected.get(name) ?? []) {
          const property = spec.renamed?.[field] ?? field;
          if (spec.stored.includes(property)) wanted.add(property);
        }
      }
      for (const [path, properties] of Object.entries(spec.readBy ?? {})) {
        const [owner, field] = path.split(".") as [string, string];
        if (selected.get(owner)?.has(field)) for (const property of properties) wanted.add(property);
      }
      const properties = spec.stored.filter((p) => wanted.has(p));
      return [type, spec.relationship ? properties : ["id", ...properties]];
    }),
  ) as Projection;
  byOperation.set(info.operation, projection);
  return projection;
}

/** Every field selection in the request's operation and fragments, with the type it is selected on. */
export function eachSelectedField(info: GraphQLResolveInfo, see: (node: FieldNode, parent: GraphQLCompositeType | null | undefined) => void): void {
  for (const root of [info.operation, ...Object.values(info.fragments)]) {
    const typeInfo = new TypeInfo(info.schema);
    visit(root, visitWithTypeInfo(typeInfo, { Field: (node) => see(node, typeInfo.getParentType()) }));
  }
}

/** The field names selected on each object or interface type anywhere in the request's operation and fragments. */
function fieldsByType(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  eachSelectedField(info, (node, parent) => {
    if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return;
    let fields = found.get(parent.name);
    if (fields === undefined) found.set(parent.name, (fields = new Set()));
    fields.add(node.name.value);
  });
  return found;
}

/**
 * A node as a projecting statement returns it (its values in the order of `properties`) turned
 * back into a property map; `aliasesOmitted` marks a topic read without its aliases.
 */
export function fromProjection(properties: readonly string[], values: unknown, type?: ProjectedType): Row {
  const list = values as unknown[];
  const row: Row = {};
  properties.forEach((property, i) => {
    row[property] = list[i] ?? null;
  });
  if (type === "Topic" && !properties.includes("aliases")) row["aliasesOmitted"] = true;
  return row;
}
