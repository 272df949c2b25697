// `facts` anchored at its `from` entity: an expand from it.
MATCH (from)-[that]->()
