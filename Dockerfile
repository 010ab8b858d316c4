# The app image for docker compose; Neo4j runs in its own official container.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app /app
EXPOSE 3000
# Seed when the database is empty (idempotent), then serve on all interfaces inside the container.
CMD ["sh", "-c", "npx tsx scripts/seed.ts --if-empty && node .next/front-door/serve.mjs --hostname 0.0.0.0"]
