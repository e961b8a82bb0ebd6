import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { Call } from "./call.type.js";
import type { ApiContext } from "./context.js";
import { ApiError, ErrorCode } from "./errors.js";

@ObjectType("IngestResult", { description: "What `ingestTranscript` did." })
export class IngestResult {
  @Field(() => String, { description: "loaded, or unchanged when the same transcript was already in the graph." })
  status!: string;

  @Field(() => Call, { nullable: true, description: "The call as it is now in the graph." })
  call!: unknown;

  @Field(() => Int, { description: "Turns written (0 when unchanged)." })
  turns!: number;

  @Field(() => Int, { description: "Metric facts written (0 when unchanged)." })
  facts!: number;
}

/** Largest transcript the mutation accepts, in characters; the HTTP body limit is a little above. */
export const MAX_TRANSCRIPT_CHARS = 4_000_000;

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      "Parses, extracts and loads one transcript. Needs the API key (header `x-api-key` or `Authorization: Bearer <key>`).",
  })
  async ingestTranscript(
    @Arg("text", () => String, { description: "The transcript's text." }) text: string,
    @Arg("fileName", () => String, { description: "A file name for it (its extension and name help detect the layout and ticker)." })
    fileName: string,
    @Ctx() ctx: ApiContext,
    @Arg("format", () => String, { nullable: true, description: "Layout to read it as; detected when absent." }) format?: string | null,
  ): Promise<IngestResult> {
    if (!ctx.writesEnabled) {
      throw new ApiError(ErrorCode.FORBIDDEN, "Writes are switched off: the server has no API key configured (EARNINGS_GRAPH_API_KEY)");
    }
    if (!ctx.authenticated) {
      throw new ApiError(
        ErrorCode.UNAUTHENTICATED,
        "ingestTranscript needs the API key: send it as the x-api-key header or as Authorization: Bearer <key>",
      );
    }
    if (ctx.ingest === null) throw new ApiError(ErrorCode.FORBIDDEN, "This server was started without a write path");
    if (text.length > MAX_TRANSCRIPT_CHARS) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `Expected a transcript of at most ${MAX_TRANSCRIPT_CHARS} characters, found ${text.length}`);
    }
    const report = await ctx.ingest(ctx.db, { text, fileName, format: format ?? null });
    return { status: report.status, call: await ctx.loaders.node("Call", report.callId), turns: report.turns, facts: report.facts };
  }
}
