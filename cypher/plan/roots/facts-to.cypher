// `facts` anchored at its `to` targets (with includeParts, the bodies PART_OF it too): an expand into each.
UNWIND targets AS target
MATCH ()-[that]->(:Entity {id: target})
