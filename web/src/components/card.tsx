import type { ComponentChildren } from "preact";

export function Card({ title, id, actions, children, class: className }: { title: string; id?: string; actions?: ComponentChildren; children: ComponentChildren; class?: string }) {
  const headingId = id === undefined ? undefined : `${id}-title`;
  return (
    <section class={`card ${className ?? ""}`} id={id} aria-labelledby={headingId}>
      <header class="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions !== undefined && <div class="card-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export function Stat({ label, value, children }: { label: string; value: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="stat">
      <div class="stat-value">{value}</div>
      <div class="stat-label">{label}</div>
      {children}
    </div>
  );
}

export function Chip({ children, tone = "neutral", title }: { children: ComponentChildren; tone?: string; title?: string }) {
  return (
    <span class={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}
