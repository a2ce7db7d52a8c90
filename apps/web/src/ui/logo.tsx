/** A lilac sprig: four petals and a stem. Decorative; the name is always next to it. */
export function Logo({ className = "size-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" fill="#6d28d9" />
      <g fill="#f5f3ff">
        <circle cx="16" cy="10" r="4" />
        <circle cx="10" cy="15" r="4" />
        <circle cx="22" cy="15" r="4" />
        <circle cx="16" cy="19" r="4" />
      </g>
      <rect x="15" y="20" width="2" height="8" rx="1" fill="#f5f3ff" />
    </svg>
  );
}
