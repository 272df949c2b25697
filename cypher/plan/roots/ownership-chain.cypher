// `ownershipChain`: the ways up from `entity` along OWNS (backwards: owned ← owner) of the allowed support
// levels, at most MAX_DEPTH hops (a literal per bound: the search never goes deeper than asked; no
// relationship twice), as ownership/chain: a path ends at an ultimate owner (no owner of its own), at a
// node already on it (a cycle: reported, not followed) or at MAX_DEPTH (truncated); paths that repeat a
// node before their last hop are dropped, so a cycle shows up once, where it closes.
MATCH p = (entity)(()<-[o:OWNS WHERE o.support IN $supports AND VISIBLE_FACT(o)]-()){1,MAX_DEPTH}(top)
WITH p, top, nodes(p) AS ns, length(p) AS len
WHERE all(i IN range(0, len - 1) WHERE NOT ns[i] IN ns[i + 1..len])
WITH p, top, ns, len, top IN ns[0..len] AS cycle, EXISTS { (top)<-[u:OWNS]-() WHERE u.support IN $supports AND VISIBLE_FACT(u) } AS topIsOwned
WHERE cycle OR NOT topIsOwned OR len = MAX_DEPTH
WITH p, top, cycle, topIsOwned ORDER BY len, [n IN ns | n.id]
LIMIT $limit
WITH p AS that, top, cycle, (NOT cycle AND topIsOwned) AS truncated
