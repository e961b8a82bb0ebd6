CREATE INDEX turn_call IF NOT EXISTS FOR (n:Turn) ON (n.callId)
