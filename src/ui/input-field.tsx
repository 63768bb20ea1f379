import { Text } from 'ink';
import TextInput from 'ink-text-input';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { Line } from './line-edit.js';

/**
 * Draws a line of typed text the app state owns. Unfocused, ink-text-input
 * draws it (the text, or the grey placeholder), unfocused so it reads no key.
 * Focused, the cursor is drawn here at the state's position: ink-text-input
 * keeps its cursor to itself and moves it on keys it reads, so it cannot show
 * a cursor that Ctrl-A or Alt-B moved elsewhere.
 */
export function InputField({ line, focused, placeholder }: { line: Line; focused: boolean; placeholder: string }) {
  if (!focused) return <TextInput value={sanitizeLine(line.text)} focus={false} showCursor={false} placeholder={placeholder} onChange={() => {}} />;
  const chars = [...line.text];
  if (chars.length === 0) {
    return (
      <Text>
        <Text inverse>{placeholder.slice(0, 1) || ' '}</Text>
        <Text dimColor>{placeholder.slice(1)}</Text>
      </Text>
    );
  }
  const at = Math.min(line.cursor, chars.length);
  return (
    <Text>
      {sanitizeLine(chars.slice(0, at).join(''))}
      <Text inverse>{sanitizeLine(chars[at] ?? ' ')}</Text>
      {sanitizeLine(chars.slice(at + 1).join(''))}
    </Text>
  );
}
