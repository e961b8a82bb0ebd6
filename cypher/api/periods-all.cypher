MATCH (p:Period)
RETURN p {.*} AS node
ORDER BY p.fiscalYear, coalesce(p.fiscalQuarter, 5), coalesce(p.half, 3), p.label
