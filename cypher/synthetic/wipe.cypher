// Empties the database for `npm run generate -- --reset`: every node with its relationships, 10,000
// nodes per inner transaction so memory stays flat on a graph of millions of records. CALL … IN
// TRANSACTIONS runs only in an auto-commit transaction (session.run), never in a managed one.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
