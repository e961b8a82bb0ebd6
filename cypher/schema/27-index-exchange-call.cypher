CREATE INDEX exchange_call IF NOT EXISTS FOR (n:Exchange) ON (n.callId)
