import { useEffect, useId, useMemo, useState } from "preact/hooks";
import { navigate } from "../router";
import { useQuery } from "../use-query";

export interface Suggestion {
  key: string;
  label: string;
  detail?: string;
  href: string;
}

/**
 * A search-as-you-type picker (the ARIA combobox pattern): type part of a name or a ticker, move
 * with the arrow keys, Enter or a click opens the item. Suggestions come from one GraphQL
 * operation per pause in typing.
 */
export function Picker<T>(props: {
  label: string;
  placeholder: string;
  query: string;
  toSuggestions: (data: T) => Suggestion[];
  /** Where Enter goes when nothing is highlighted (e.g. the typed name as a reference). */
  fallback?: (term: string) => string | null;
  class?: string;
}) {
  const id = useId();
  const [term, setTerm] = useState("");
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 180);
    return () => clearTimeout(timer);
  }, [term]);
  const state = useQuery<T>(props.query, debounced === "" ? null : { search: debounced });
  const suggestions = useMemo(() => (state.status === "done" ? props.toSuggestions(state.data) : []), [state]);
  useEffect(() => setActive(-1), [suggestions]);

  const choose = (suggestion: Suggestion | undefined) => {
    const target = suggestion?.href ?? (term.trim() === "" ? null : (props.fallback?.(term.trim()) ?? null));
    if (target === null) return;
    setOpen(false);
    setTerm("");
    navigate(target);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, suggestions.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(suggestions[active] ?? (suggestions.length === 1 ? suggestions[0] : undefined));
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };
  const expanded = open && debounced !== "" && term.trim() !== "";
  return (
    <div class={`picker ${props.class ?? ""}`}>
      <label for={`${id}-input`} class="visually-hidden">
        {props.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        placeholder={props.placeholder}
        value={term}
        onInput={(event) => {
          setTerm((event.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul class="picker-list" id={`${id}-list`} role="listbox" aria-label={props.label}>
          {state.status === "loading" && <li class="picker-note">Searching…</li>}
          {state.status === "error" && <li class="picker-note picker-error">{state.error.message}</li>}
          {state.status === "done" && suggestions.length === 0 && <li class="picker-note">Nothing matches “{debounced}”</li>}
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.key}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              class={index === active ? "active" : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span class="picker-label">{suggestion.label}</span>
              {suggestion.detail !== undefined && <span class="picker-detail">{suggestion.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
