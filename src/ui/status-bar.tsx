import { Box, Text } from 'ink';
import { sanitizeLine } from '../core/text/sanitize.js';
import { hintsFor, type PaneId } from './keymap.js';
import { colorProps, roleColor } from './color.js';
import { InputField } from './input-field.js';
import { pickVersions, type Pickable } from '../core/corpus/pick-version.js';
import type { Prompt, PromptKind } from './app-state.js';

/** What each prompt asks, before the typed text. */
const PROMPT_LABELS: Record<PromptKind, string> = { goTo: 'go to ¶', pickA: 'pick A:', pickB: 'pick B:', pickVersion: 'open:', comment: 'comment:' };

/**
 * The bottom line: the mode (typing or keys), the keys that work here (from
 * the keymap) and the pane's summary; while the `:` prompt is open, the prompt;
 * a notice (what `e` or `y` did) stands in for the keys until the next key.
 */
export function StatusBar({
  pane,
  typing,
  prompt,
  versions,
  status,
  notice = null,
}: {
  pane: PaneId;
  typing: boolean;
  prompt: Prompt | null;
  versions: readonly Pickable[];
  status: string;
  notice?: string | null;
}) {
  const tag = (
    <Text inverse bold>
      {typing || prompt ? ' TYPE ' : ' KEYS '}
    </Text>
  );
  if (prompt) {
    const picking = prompt.kind !== 'goTo' && prompt.kind !== 'comment';
    // The versions Enter would pick from, best first.
    const matches = picking
      ? pickVersions(versions, prompt.line.text)
          .slice(0, 8)
          .map((i) => sanitizeLine(versions[i]!.id))
      : [];
    return (
      <Box>
        <Text wrap="truncate-end">
          {tag} {PROMPT_LABELS[prompt.kind]} <InputField line={prompt.line} focused placeholder={picking ? 'part of an id or title' : prompt.kind === 'comment' ? 'one line' : 'number'} />
          <Text dimColor>
            {' '}
            {picking ? (matches.length > 0 ? `→ ${matches.join(' ')}` : 'no version matches') : prompt.kind === 'comment' ? 'Enter keeps · Esc cancels' : 'Enter goes · Esc cancels'}
          </Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box justifyContent="space-between">
      <Box flexShrink={1}>
        <Text wrap="truncate-end">
          {tag} {notice !== null && <Text bold>{sanitizeLine(notice)}</Text>}
          {notice === null &&
            hintsFor(pane, typing).map((h, i) => (
              <Text key={i}>
                <Text bold {...colorProps(roleColor('keys', 'cyan'))}>
                  {h.key}
                </Text>{' '}
                {h.label}
                {'  '}
              </Text>
            ))}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <Text dimColor wrap="truncate-start">
          {sanitizeLine(status)}
        </Text>
      </Box>
    </Box>
  );
}
