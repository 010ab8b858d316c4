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
      // Each document is marked pure, so that a page's bundle keeps only the operations it sends
      // (the review queue's are not in the explorer's first load; docs/decisions/0019).
      config: { documentMode: "string", onlyOperationTypes: true, skipTypename: true, preResolveTypes: true, pureMagicComment: true },
    },
  },
};

export default config;
