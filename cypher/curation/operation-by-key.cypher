// A mutation already made under this idempotency key (the constraint's index), with what it returned.
MATCH (o:Operation {key: $key})
RETURN o.name AS name, o.inputHash AS inputHash, o.result AS result
