import { graphiqlAsset } from "@/graph/schema/graphiql";

/**
 * GraphiQL's script, styles and workers, by content-hashed name: cached for a year, never stale.
 * Next's response compression gzips them for a browser that accepts it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const asset = graphiqlAsset((await params).asset);
  if (!asset) return new Response("No such playground file.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(asset.body), {
    headers: { "Content-Type": asset.type, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
