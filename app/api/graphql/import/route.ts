import { handleGraphQL } from "@/graph/server-runtime";

// A curator's import, whose body may be larger than the API's own (graph/schema/import-endpoint.ts).
export const dynamic = "force-dynamic";

export { handleGraphQL as POST, handleGraphQL as OPTIONS };
