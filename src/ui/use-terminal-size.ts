import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** Size assumed when the output stream does not report one (tests, pipes). */
const FALLBACK = { columns: 100, rows: 30 };

/** The terminal's columns and rows, updated on every resize so the layout reflows. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
