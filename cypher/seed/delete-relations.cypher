// Changed relations are deleted and created again, since their type or ends may have changed.
MATCH ()-[r]->() WHERE r.id IN $ids
DELETE r
