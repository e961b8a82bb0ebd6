/** The Neo4j the integration tests share, as test/global-setup.ts provides it. */
export interface TestNeo4j {
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  /**
   * True for the throwaway instance the setup started in a temporary directory (or when
   * EARNINGS_GRAPH_TEST_ALLOW_RESET=1 vouches for a NEO4J_URI database): `resetGraph` may wipe it.
   */
  disposable: boolean;
  /** The throwaway instance's directory; absent for NEO4J_URI. */
  dataDir?: string | undefined;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
