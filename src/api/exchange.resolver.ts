import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Call } from "./call.type.js";
import type { ApiContext } from "./context.js";
import { Exchange } from "./exchange.type.js";
import type { NodeRow } from "./loaders.js";
import { Person } from "./person.type.js";
import { MentionedTopic, Turn } from "./turn.type.js";

@Resolver(() => Exchange)
export class ExchangeResolver {
  @FieldResolver(() => Call, { nullable: true, description: "The call." })
  call(@Root() exchange: Exchange, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Call", exchange.callId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The analyst who asked." })
  async analyst(@Root() exchange: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.exchangeAnalyst.load(exchange.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => [Turn], { description: "The slot's turns in order: questions, follow-ups and answers." })
  async turns(@Root() exchange: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.exchangeTurns.load(exchange.graphId)).map((r) => r.node);
  }

  @FieldResolver(() => [MentionedTopic], { description: "Topics the analyst raised in the slot's question turns, most mentioned first." })
  async topics(@Root() exchange: NodeRow, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.exchangeTopics.load(exchange.graphId);
    return rows.map(({ node, row }) => ({ topicRow: node, count: row["count"] }));
  }
}
