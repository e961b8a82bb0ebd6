// One page of the calls of the companies $companyIds (found through their Company nodes), in a
// period and date window, sorted by $orderBy and continued after the keyset cursor $after.
MATCH (company:Company)<-[:OF_COMPANY]-(call:Call)
WHERE company.id IN $companyIds
  AND ($fromOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 >= $fromOrd)
  AND ($toOrd IS NULL OR call.fiscalYear * 4 + call.fiscalQuarter - 1 <= $toOrd)
  AND ($dateFrom IS NULL OR call.date >= date($dateFrom))
  AND ($dateTo IS NULL OR call.date <= date($dateTo))
WITH call, coalesce(call.fiscalYear * 4 + call.fiscalQuarter - 1, -1) AS quarter
WITH call, CASE $orderBy
    WHEN 'DATE' THEN [coalesce(toString(call.date), ''), call.id]
    WHEN 'COMPANY' THEN [toLower(coalesce(call.companyName, '')), quarter, call.id]
    ELSE [quarter, toLower(coalesce(call.companyName, '')), call.id] END AS sortKey
WHERE $after IS NULL OR CASE WHEN $descending THEN sortKey < $after ELSE sortKey > $after END
RETURN call {.*} AS node, sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN $descending THEN null ELSE sortKey END ASC
LIMIT toInteger($limit)
