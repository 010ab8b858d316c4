import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Every shape that crosses the GraphQL boundary is generated from the schema in
 * graph/schema/sdl/*.graphql: the resolvers' types on the server, and on the browser side the
 * schema's enums and inputs with each operation's result and variables (app/**\/*.graphql).
 * `npm run codegen` writes them; a test fails when they are stale.
 */
const scalars = { ID: "string" };
const operationsConfig = { documentMode: "string", onlyOperationTypes: true, skipTypename: true, preResolveTypes: true };
const CURATOR_OPERATIONS = "app/lib/operations/curators.graphql";
const IMPORT_OPERATIONS = "app/lib/operations/imports.graphql";

const config: CodegenConfig = {
  schema: "graph/schema/sdl/*.graphql",
  emitLegacyCommonJSImports: false,
  config: { enumsAsTypes: true, useTypeImports: true, scalars, avoidOptionals: false },
  generates: {
    "graph/schema/generated/resolvers.ts": {
      documents: [],
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context#Context",
        useIndexSignature: false,
        mappers: {
          Actor: "../../types#ActorParent",
          Person: "../../types#ActorParent",
          Organization: "../../types#ActorParent",
          Role: "../../types#Role as RoleModel",
          Document: "../../types#DocumentRecord",
          Passage: "../../types#PassageRecord",
          Mention: "../../types#MentionRecord",
          Statement: "../../types#StatementRecord",
          Path: "../../queries/paths#ActorPath",
          PathStep: "../../queries/paths#PathStep as PathStepModel",
        },
      },
    },
    "graph/shared/generated/graphql.ts": {
      documents: ["app/**/*.graphql", `!${CURATOR_OPERATIONS}`, `!${IMPORT_OPERATIONS}`],
      plugins: ["typescript-operations", "typed-document-node"],
      config: operationsConfig,
    },
    // The review queue's and the curator's view's operations, in a module of their own: the
    // bundler keeps a module whole, so in the shared one they would ride in the explorer's first
    // load for every reader (docs/decisions/0019).
    "graph/shared/generated/curators.ts": {
      documents: [CURATOR_OPERATIONS],
      plugins: ["typescript-operations", "typed-document-node"],
      config: operationsConfig,
    },
    // The Import page's, apart for the same reason.
    "graph/shared/generated/imports.ts": {
      documents: [IMPORT_OPERATIONS],
      plugins: ["typescript-operations", "typed-document-node"],
      config: operationsConfig,
    },
  },
};

export default config;
