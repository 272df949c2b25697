// Q2, raw floor: every way up the OWNS tree from $id, at most 12 hops, ending at an ultimate owner, a
// cycle or the depth bound (cypher/ownership/chain with MAX_DEPTH 12), each hop with its owner, the owned
// and its sources (cypher/evidence/of-facts): one statement instead of the API's three.
MATCH (e:Entity {id: $id})
MATCH p = (e)(()<-[o:OWNS WHERE o.support IN $supports]-()){1,12}(top)
WITH p, top, nodes(p) AS ns, length(p) AS len
WHERE all(i IN range(0, len - 1) WHERE NOT ns[i] IN ns[i + 1..len])
WITH p, top, ns, len, top IN ns[0..len] AS cycle, EXISTS { (top)<-[u:OWNS]-() WHERE u.support IN $supports } AS topIsOwned
WHERE cycle OR NOT topIsOwned OR len = 12
WITH p, cycle, topIsOwned ORDER BY len, [n IN ns | n.id] LIMIT 100
RETURN [r IN relationships(p) | {
         id: r.id, from: {id: startNode(r).id, name: startNode(r).name}, to: {id: endNode(r).id, name: endNode(r).name},
         sources: COLLECT { MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article) WITH s, a ORDER BY s.ordinal
                            RETURN {excerpt: s.excerpt, article: a {.id, .title}} }
       }] AS hops,
       cycle, (NOT cycle AND topIsOwned) AS truncated
