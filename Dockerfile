# GraphQL API image. Neo4j itself comes from the official image (see docker-compose.yml);
# without Docker, `node neo4j/neo4j.mjs start` runs the same Neo4j 5.26 from Maven Central jars.
FROM node:20-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

WORKDIR /app

# Dependencies first, so the layer is cached until the lockfile changes.
# tsx (which runs src/main.ts) is a production dependency; dev tools are not needed at run time.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .

USER node
EXPOSE 4000
CMD ["npm", "start"]
