// The end of a logical restore: the temporary mark comes off every restored node, through the
// restore's index, 10,000 nodes per inner transaction (auto-commit only) so memory stays flat.
MATCH (n:KgRestoring)
WHERE n.kgRestoreKey IS NOT NULL
CALL (n) {
  REMOVE n:KgRestoring, n.kgRestoreKey
} IN TRANSACTIONS OF 10000 ROWS
