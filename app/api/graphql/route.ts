import { serverRuntime } from "@/graph/server-runtime";

export const dynamic = "force-dynamic";

function handleGraphQL(request: Request): Promise<Response> {
  return serverRuntime().handleGraphQL(request);
}

export { handleGraphQL as GET, handleGraphQL as POST, handleGraphQL as OPTIONS };
