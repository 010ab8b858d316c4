import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // Generated files are checked by the compiler and by their freshness test, not by style rules.
  { ignores: [".next/**", "node_modules/**", ".neo4j/**", "next-env.d.ts", "bench/**/*.json", "test-results/**", "**/generated/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The browser talks only GraphQL: nothing under app/ may reach for the driver or the db module.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "neo4j-driver", message: "app/ never imports neo4j-driver; add a query in graph/ and call it through GraphQL." }],
          patterns: [{ group: ["**/graph/db", "@/graph/db"], message: "app/ never opens database sessions." }],
        },
      ],
    },
  },
  {
    // graph/shared/ is what the browser and the server both load: it leans on nothing outside itself.
    files: ["graph/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "neo4j-driver", message: "graph/shared/ is browser-safe: no driver." }],
          patterns: [{ group: ["../*", "@/*", "node:*"], message: "graph/shared/ imports only from graph/shared/." }],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
