import "reflect-metadata";
import { lexicographicSortSchema, type GraphQLObjectType, type GraphQLSchema } from "./graphql-js.js";
import { buildSchema } from "type-graphql";
import { CallParticipantResolver, CallResolver } from "./call.resolver.js";
import { CompanyMetricResolver, CompanyResolver, MetricSeriesPointResolver } from "./company.resolver.js";
import { ExchangeResolver } from "./exchange.resolver.js";
import { FirmResolver } from "./firm.resolver.js";
import { IngestResolver } from "./ingest.resolver.js";
import { GuidanceOutcomeResolver, GuidanceSummaryResolver, MetricFactResolver } from "./metric-fact.resolver.js";
import { MetricSeriesResolver } from "./metric-series.resolver.js";
import { MetricResolver, PeriodResolver } from "./metric.resolver.js";
import { NodeResolver } from "./node.resolver.js";
import { OrganizationResolver } from "./organization.resolver.js";
import { AnalystActivityResolver, AskedTopicResolver, CoveredCompanyResolver, PersonResolver } from "./person.resolver.js";
import { SearchResolver } from "./search.resolver.js";
import {
  CoMentionedTopicResolver,
  TopicAskerResolver,
  TopicCallResolver,
  TopicCompanyCountResolver,
  TopicCountResolver,
  TopicPeriodCountResolver,
  TopicResolver,
} from "./topic.resolver.js";
import { MentionedTopicResolver, TurnResolver } from "./turn.resolver.js";
import { Call } from "./call.type.js";
import { Company } from "./company.type.js";
import { Exchange } from "./exchange.type.js";
import { Firm } from "./firm.type.js";
import { MetricFact } from "./metric-fact.type.js";
import { Metric, Period } from "./metric.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Topic } from "./topic.type.js";
import { Turn } from "./turn.type.js";

let built: Promise<GraphQLSchema> | undefined;

/**
 * The API's schema, built once per process from the resolvers listed here (type-graphql keeps
 * its metadata globally, so building twice would gain nothing). Sorted, like the emitted SDL.
 */
export function apiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      CompanyResolver,
      CompanyMetricResolver,
      MetricSeriesPointResolver,
      CallResolver,
      CallParticipantResolver,
      PersonResolver,
      AnalystActivityResolver,
      CoveredCompanyResolver,
      AskedTopicResolver,
      FirmResolver,
      OrganizationResolver,
      TurnResolver,
      MentionedTopicResolver,
      ExchangeResolver,
      TopicResolver,
      TopicCountResolver,
      TopicPeriodCountResolver,
      TopicCompanyCountResolver,
      TopicCallResolver,
      TopicAskerResolver,
      CoMentionedTopicResolver,
      PeriodResolver,
      MetricResolver,
      MetricFactResolver,
      MetricSeriesResolver,
      GuidanceOutcomeResolver,
      GuidanceSummaryResolver,
      SearchResolver,
      IngestResolver,
    ],
    // Types reachable only through the Node interface must be listed to appear in the schema.
    orphanedTypes: [Company, Call, Person, Firm, Organization, Turn, Exchange, Topic, Metric, Period, MetricFact],
    validate: false,
  }).then((schema) => {
    describeRoot(schema.getQueryType(), "Entry points for reading the earnings-call graph: dashboards' questions and lookups.");
    describeRoot(schema.getMutationType(), "Writes to the graph; each needs the API key.");
    return lexicographicSortSchema(schema);
  });
  return built;
}

// type-graphql names the root types but gives them no description; Sandbox shows one.
function describeRoot(type: GraphQLObjectType | null | undefined, description: string): void {
  if (type) type.description = description;
}
