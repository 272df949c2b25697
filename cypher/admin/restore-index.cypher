// A logical restore marks each node it creates with its backup key (label KgRestoring, property
// kgRestoreKey) until the relationships are in; this index makes each end's lookup a seek.
CREATE INDEX kg_restore_key IF NOT EXISTS FOR (n:KgRestoring) ON (n.kgRestoreKey)
