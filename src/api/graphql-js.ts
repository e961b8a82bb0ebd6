// type-graphql and Apollo Server load graphql's CommonJS entry (graphql/index.js). Under vitest a
// bare "graphql" import from project code resolves to the ESM build (index.mjs) instead: a second
// copy whose instanceof checks reject the schema ("Cannot use GraphQLSchema from another module or
// realm"). Project code imports graphql through this file, so there is one copy everywhere.
export * from "graphql/index.js";
