/** What `MetricFact.confidence` means, as the schema says it wherever confidence appears. */
export const CONFIDENCE_MEANING =
  "How sure the extractor is, from 0 to 1, that every field of the fact (metric, value, period, kind, scope) is right: 0.5 means as likely right as wrong, 1 certain.";
