// The restore's temporary index (restore-index), dropped once the marks are off.
DROP INDEX kg_restore_key IF EXISTS
