# GraphQL API image: the built JavaScript (npm run build) on Node 20, as the unprivileged "node" user.
# Neo4j itself comes from the official image (see docker-compose.yml) or any NEO4J_URI (Aura, a cluster);
# without Docker, `node neo4j/neo4j.mjs start` runs the same Neo4j 5.26 from Maven Central jars.

# --- build: TypeScript → dist/, and the explorer page → explorer/dist/ ------------------------
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY neo4j/neo4j.d.mts ./neo4j/
COPY src ./src
COPY explorer ./explorer
RUN npm run build

# --- run -------------------------------------------------------------------------------------
FROM node:20-slim

# SHUTDOWN_GRACE_MS stays under `docker stop`'s default 10 s, so draining ends before SIGKILL.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SHUTDOWN_GRACE_MS=8000

WORKDIR /app

# Dependencies first, so the layer is cached until the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# The build output sits one level below the package root (dist/main.js), next to the files it reads
# at run time: cypher/ (queries, migrations), seeds/ (SEED_ON_START), schema/, examples/ (GraphiQL's tabs),
# neo4j/neo4j.mjs.
COPY --from=build /app/dist ./dist
# The explorer page as built (its sources stay in the build stage), served at /explore.
COPY --from=build /app/explorer/dist ./explorer/dist
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
COPY examples/*.graphql ./examples/
COPY neo4j/neo4j.mjs neo4j/pom.xml neo4j/Launcher.java ./neo4j/

USER node
EXPOSE 4000
# /ready answers 200 only while the database answers (503 otherwise): the same check a load balancer uses.
# node:20-slim has no curl; Node 20 has fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (no npm, no shell), so `docker stop`'s SIGTERM reaches the API, which drains and exits 0.
CMD ["node", "dist/main.js"]
