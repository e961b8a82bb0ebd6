import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./enums.js";
import type { SortOrder } from "./pagination.js";

/** One field a connection can be sorted by: what it sorts on, and its natural direction. */
export interface OrderFieldSpec {
  description: string;
  /** The direction used when `orderBy.direction` is absent. */
  natural: SortDirection;
}

/** An `orderBy` argument as clients give it (GraphQL has checked `field` against the enum). */
export interface OrderArg {
  field: string;
  direction?: SortDirection | null;
}

/**
 * A connection's `orderBy`: the `<Name>OrderField` enum (each value described with its natural
 * direction) and the `<Name>Order` input of field and direction. `resolve` turns an argument (or
 * its absence) into the order the statements and lists apply.
 */
export function defineOrder<F extends string>(input: { name: string; what: string; fields: Record<F, OrderFieldSpec>; defaultField: NoInfer<F> }) {
  const { name, what, fields, defaultField } = input;
  const values = Object.fromEntries(Object.keys(fields).map((f) => [f, f])) as Record<F, F>;
  registerEnumType(values, {
    name: `${name}OrderField`,
    description: `Fields ${what} can be sorted by; each sorts ties by id, so the order is total and cursors are stable.`,
    valuesConfig: Object.fromEntries(
      Object.entries<OrderFieldSpec>(fields).map(([field, spec]) => [field, { description: `${spec.description} Natural direction: ${spec.natural}.` }]),
    ) as never,
  });

  @InputType(`${name}Order`, { description: `How to sort ${what}.` })
  class Order implements OrderArg {
    @Field(() => values, { description: "What to sort by." })
    field!: F;

    @Field(() => SortDirection, { nullable: true, description: "ASC or DESC; the field's natural direction when absent." })
    direction?: SortDirection | null;
  }

  const defaultSpec = fields[defaultField];
  return {
    Order,
    description: `Sort order; by ${defaultField} (${defaultSpec.natural}) when absent.`,
    resolve(arg: OrderArg | null | undefined): SortOrder & { field: F } {
      const field = (arg?.field ?? defaultField) as F;
      const direction = arg?.direction ?? fields[field].natural;
      return { field, descending: direction === SortDirection.DESC, tag: `${field}:${direction}` };
    },
  };
}
