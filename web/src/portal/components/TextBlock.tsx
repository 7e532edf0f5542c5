import { paragraphs } from '../format';

/** Stored text shown as paragraphs of plain text (never as HTML). */
export function TextBlock({ text, className = 'text-block', testId }: { text: string | null | undefined; className?: string; testId?: string }) {
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  return (
    <div className={className} data-testid={testId}>
      {parts.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
