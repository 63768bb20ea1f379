import { Text } from 'ink';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { StyledSpan } from '../core/text/spans.js';
import { MARK_STYLES, type MarkStyle } from '../core/text/theme.js';
import { colorProps, roleColor, STYLES_ENABLED } from './color.js';

/** The combined look of a span's marks (later marks win on conflicts, as in the CLI), with the user's colors. */
function styleOf(span: StyledSpan): Omit<MarkStyle, 'color'> & { color?: string } {
  const style: Omit<MarkStyle, 'color'> & { color?: string } = {};
  for (const m of span.marks) {
    Object.assign(style, MARK_STYLES[m]);
    if (m !== 'match') style.color = roleColor(m, style.color);
  }
  return style;
}

/**
 * Draws one row of styled spans on one terminal line. Text is sanitized here
 * whatever the engine did, and cut (never wrapped) if wider than the line.
 * A selected row is drawn inverse as a whole (marks keep their colors), and
 * behind a `>` where the terminal shows no styles (TERM=dumb).
 */
export function SpanLine({ spans, selected = false }: { spans: readonly StyledSpan[]; selected?: boolean }) {
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {selected && !STYLES_ENABLED && '> '}
      {spans.length === 0
        ? ' '
        : spans.map((span, i) => {
            const s = styleOf(span);
            return (
              <Text key={i} {...colorProps(s.color)} bold={s.bold ?? false} underline={s.underline ?? false} inverse={!selected && (s.inverse ?? false)} strikethrough={s.strikethrough ?? false}>
                {sanitizeLine(span.text)}
              </Text>
            );
          })}
    </Text>
  );
}
