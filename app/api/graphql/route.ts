import { handleGraphQL } from "@/graph/schema/yoga";

export const dynamic = "force-dynamic";

export { handleGraphQL as GET, handleGraphQL as POST, handleGraphQL as OPTIONS };
