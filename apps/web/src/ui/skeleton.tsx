interface SkeletonProps {
  /** What is loading, read by screen readers and shown as text. */
  label: string;
  lines?: number;
}

export function Skeleton({ label, lines = 3 }: SkeletonProps) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="text-slate-600">{label}</p>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} aria-hidden="true" className="h-12 animate-pulse rounded-xl bg-slate-200" />
      ))}
    </div>
  );
}
