import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * The request limits, each with room for every example operation in schema/examples.graphql and
 * for Sandbox's introspection query (introspection is exempt from depth and cost), and each
 * refusing what only a runaway or hostile client sends. Tests pin both sides of every limit.
 */
export const LIMITS = {
  /** Largest request body, in bytes (an ingested transcript travels in the body). */
  maxBodyBytes: 5 * 1024 * 1024,
  /** Deepest field nesting (companies → edges → node → calls → … counts each level). */
  maxDepth: 12,
  /** Most aliased fields in one operation. */
  maxAliases: 15,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`. */
  maxCost: 50_000,
  /** Most lexer tokens in one document. */
  maxTokens: 3_000,
  /** Most directives in one operation. */
  maxDirectives: 30,
} as const;

/**
 * graphql-armor's validation rules and plugins for the limits above. Field suggestions ("Did you
 * mean …?") stay on while introspection is on, and are blocked with it, so they never leak a
 * schema the server hides.
 */
export function armorProtection(options: { introspection: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
}
