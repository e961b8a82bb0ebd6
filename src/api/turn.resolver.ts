import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Call } from "./call.type.js";
import type { ApiContext } from "./context.js";
import { Exchange } from "./exchange.type.js";
import type { NodeRow } from "./loaders.js";
import { MetricFact } from "./metric-fact.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Topic } from "./topic.type.js";
import { MentionedTopic, Turn } from "./turn.type.js";

@Resolver(() => Turn)
export class TurnResolver {
  @FieldResolver(() => String, { description: "What was said, as in the source." })
  async text(@Root() turn: NodeRow, @Ctx() ctx: ApiContext): Promise<string> {
    if (typeof turn["text"] === "string") return turn["text"];
    return (await ctx.loaders.turnText.load(turn.graphId)) ?? "";
  }

  @FieldResolver(() => Call, { nullable: true, description: "The call the turn belongs to." })
  call(@Root() turn: Turn, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node("Call", turn.callId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who spoke; null in transcripts without speakers." })
  async speaker(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.turnSpeaker.load(turn.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => Exchange, { nullable: true, description: "The Q&A slot the turn belongs to, if any." })
  async exchange(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    const [found] = await ctx.loaders.turnExchange.load(turn.graphId);
    return found?.node ?? null;
  }

  @FieldResolver(() => [MentionedTopic], { description: "Topics the turn mentions, most mentioned first." })
  async topics(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    const mentions = await ctx.loaders.turnMentions.load(turn.graphId);
    return mentions.filter((m) => m.node.__typename === "Topic").map(({ node, row }) => ({ topicRow: node, count: row["count"] }));
  }

  @FieldResolver(() => [Organization], { description: "Organizations the turn mentions." })
  async organizations(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    const mentions = await ctx.loaders.turnMentions.load(turn.graphId);
    return mentions.filter((m) => m.node.__typename === "Organization").map((m) => m.node);
  }

  @FieldResolver(() => [Person], { description: "People the turn mentions (not its speaker)." })
  async people(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    const mentions = await ctx.loaders.turnMentions.load(turn.graphId);
    return mentions.filter((m) => m.node.__typename === "Person").map((m) => m.node);
  }

  @FieldResolver(() => [MetricFact], { description: "Figures the turn states." })
  async facts(@Root() turn: NodeRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.turnFacts.load(turn.graphId)).map((r) => r.node);
  }
}

@Resolver(() => MentionedTopic)
export class MentionedTopicResolver {
  @FieldResolver(() => Topic, { description: "The topic." })
  topic(@Root() row: MentionedTopic) {
    return row.topicRow;
  }
}
