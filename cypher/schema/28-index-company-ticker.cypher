CREATE INDEX company_ticker IF NOT EXISTS FOR (n:Company) ON (n.ticker)
