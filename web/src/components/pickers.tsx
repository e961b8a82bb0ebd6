import { companyRef, href } from "../lib/routes";
import { plural } from "../lib/format";
import {
  ANALYST_SUGGESTIONS,
  COMPANY_SUGGESTIONS,
  TOPIC_SUGGESTIONS,
  type AnalystSuggestionsData,
  type CompanySuggestionsData,
  type TopicSuggestionsData,
} from "../queries";
import { Picker } from "./picker";

export function CompanyPicker({ class: className }: { class?: string }) {
  return (
    <Picker<CompanySuggestionsData>
      label="Find a company by name or ticker"
      placeholder="Company or ticker…"
      query={COMPANY_SUGGESTIONS}
      class={className}
      toSuggestions={(data) =>
        data.companies.nodes.map((company) => ({
          key: company.graphId,
          label: company.name,
          detail: [company.ticker, plural(company.calls.totalCount, "call")].filter(Boolean).join(" · "),
          href: href.company(companyRef(company)),
        }))
      }
      fallback={(term) => href.company(term)}
    />
  );
}

export function TopicPicker({ class: className }: { class?: string }) {
  return (
    <Picker<TopicSuggestionsData>
      label="Find a topic"
      placeholder="Topic…"
      query={TOPIC_SUGGESTIONS}
      class={className}
      toSuggestions={(data) => data.topics.nodes.map((topic) => ({ key: topic.name, label: topic.name, detail: topic.kind?.toLowerCase() ?? undefined, href: href.topic(topic.name) }))}
      fallback={(term) => href.topic(term)}
    />
  );
}

export function AnalystPicker({ class: className }: { class?: string }) {
  return (
    <Picker<AnalystSuggestionsData>
      label="Find an analyst"
      placeholder="Analyst…"
      query={ANALYST_SUGGESTIONS}
      class={className}
      toSuggestions={(data) => data.analysts.nodes.map(({ analyst }) => ({ key: analyst.name, label: analyst.name, detail: analyst.firm?.name, href: href.analyst(analyst.name) }))}
      fallback={(term) => href.analyst(term)}
    />
  );
}
