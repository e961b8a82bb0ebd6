CREATE INDEX call_year_quarter IF NOT EXISTS FOR (n:Call) ON (n.fiscalYear, n.fiscalQuarter)
