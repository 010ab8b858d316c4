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
    // Browser code (components and their helpers) reaches the domain only through its browser-safe
    // part; pages and route handlers, which run on the server, may read graph/ directly.
    files: ["app/components/**/*.{ts,tsx}", "app/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "neo4j-driver", message: "app/ never imports neo4j-driver; add a query in graph/ and call it through GraphQL." }],
          patterns: [
            {
              group: ["@/graph/*", "!@/graph/shared", "!@/graph/shared/**", "**/graph/*", "!**/graph/shared", "!**/graph/shared/**"],
              message: "Browser code imports only graph/shared/ (browser-safe); the rest of graph/ is the server's.",
            },
            { group: ["@/app/components/*", "**/components/*"], message: "app/lib serves the components; it does not import them." },
          ],
        },
      ],
    },
  },
  {
    // The domain never depends on the web app.
    files: ["graph/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "**/app/*"], message: "graph/ never imports app/." }] }],
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
