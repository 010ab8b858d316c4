import { handleGraphQL } from "@/graph/server-runtime";

export const dynamic = "force-dynamic";

export { handleGraphQL as GET, handleGraphQL as POST, handleGraphQL as OPTIONS };
