import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Every shape that crosses the GraphQL boundary is generated from the schema in
 * graph/schema/sdl/*.graphql: the resolvers' types on the server, and on the browser side the
 * schema's enums and inputs with each operation's result and variables (app/**\/*.graphql).
 * `npm run codegen` writes them; a test fails when they are stale.
 */
const scalars = { ID: "string" };

const config: CodegenConfig = {
  schema: "graph/schema/sdl/*.graphql",
  documents: "app/**/*.graphql",
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
      plugins: ["typescript-operations", "typed-document-node"],
      config: { documentMode: "string", onlyOperationTypes: true, skipTypename: true, preResolveTypes: true },
    },
  },
};

export default config;
