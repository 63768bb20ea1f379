/**
 * `parallax --completions bash|zsh|fish`: a completion script written from
 * the `--help` tables. Flags complete from the tables, fixed choices
 * (`--mode diff|align`) from the synopsis, directories for `--corpus` and DIR,
 * and version ids from the corpus itself: the script runs the hidden
 * `parallax --list-ids` (with the `--corpus` already typed) when an id is due.
 */
import type { Shell } from './args.js';
import { allFlags, flagChoices } from './help.js';

/** Flags followed by a version id; `--diff` and `--check` take two. */
const ID_FLAGS = ['--show', '--doc', '--diff', '--check'];
const PAIR_FLAGS = ['--diff', '--check'];

function bash(): string {
  const choices = [...flagChoices()].map(([flag, list]) => `    ${flag}) COMPREPLY=($(compgen -W "${list.join(' ')}" -- "$cur")); return ;;`);
  return `# parallax completion for bash: source it, or put it in ~/.local/share/bash-completion/completions/parallax
_parallax() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} corpus=() i
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    [[ \${COMP_WORDS[i]} == --corpus ]] && corpus=(--corpus "\${COMP_WORDS[i+1]}")
  done
  _parallax_ids() { command parallax "\${corpus[@]}" --list-ids 2>/dev/null; }
  case $prev in
    --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
${choices.join('\n')}
    ${ID_FLAGS.join('|')}) COMPREPLY=($(compgen -W "$(_parallax_ids)" -- "$cur")); return ;;
  esac
  if ((COMP_CWORD >= 2)) && [[ ${PAIR_FLAGS.map((f) => `\${COMP_WORDS[COMP_CWORD-2]} == ${f}`).join(' || ')} ]]; then
    COMPREPLY=($(compgen -W "$(_parallax_ids)" -- "$cur")); return
  fi
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${allFlags().join(' ')}" -- "$cur")); return; fi
  COMPREPLY=($(compgen -d -- "$cur"))
}
complete -F _parallax parallax
`;
}

function zsh(): string {
  const choices = [...flagChoices()].map(([flag, list]) => `    ${flag}) compadd -- ${list.join(' ')}; return ;;`);
  return `#compdef parallax
# parallax completion for zsh: put it in a directory of $fpath as _parallax, or source it after compinit
_parallax() {
  local -a corpus
  local i=\${words[(i)--corpus]}
  (( i < CURRENT - 1 )) && corpus=(--corpus \${words[i+1]})
  _parallax_ids() { compadd -- \${(f)"$(command parallax $corpus --list-ids 2>/dev/null)"}; }
  case \${words[CURRENT-1]} in
    --corpus) _files -/; return ;;
    --completions) compadd -- bash zsh fish; return ;;
${choices.join('\n')}
    ${ID_FLAGS.join('|')}) _parallax_ids; return ;;
  esac
  if [[ \${words[CURRENT-2]} == (${PAIR_FLAGS.join('|')}) ]]; then _parallax_ids; return; fi
  if [[ $PREFIX == -* ]]; then compadd -- ${allFlags().join(' ')}; return; fi
  _files -/
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _parallax "$@"; else compdef _parallax parallax; fi
`;
}

function fish(): string {
  const choices = [...flagChoices()].map(([flag, list]) => `complete -c parallax -l ${flag.slice(2)} -x -a '${list.join(' ')}'`);
  const taken = new Set(['--corpus', '--completions', ...flagChoices().keys(), ...ID_FLAGS]);
  const plain = allFlags()
    .filter((f) => !taken.has(f))
    .map((f) => `complete -c parallax -l ${f.slice(2)}`);
  return `# parallax completion for fish: put it in ~/.config/fish/completions/parallax.fish
function __parallax_ids
    set -l tokens (commandline -opc)
    set -l corpus
    if set -l i (contains -i -- --corpus $tokens)
        set corpus --corpus $tokens[(math $i + 1)]
    end
    command parallax $corpus --list-ids 2>/dev/null
end
function __parallax_second_id
    set -l tokens (commandline -opc)
    test (count $tokens) -ge 2; and contains -- $tokens[-2] ${PAIR_FLAGS.join(' ')}
end
complete -c parallax -f -a '(__fish_complete_directories)'
complete -c parallax -l corpus -x -a '(__fish_complete_directories)'
complete -c parallax -l completions -x -a 'bash zsh fish'
${choices.join('\n')}
${ID_FLAGS.filter((f) => !PAIR_FLAGS.includes(f))
  .map((f) => `complete -c parallax -l ${f.slice(2)} -x -a '(__parallax_ids)'`)
  .join('\n')}
${PAIR_FLAGS.map((f) => `complete -c parallax -l ${f.slice(2)} -x -a '(__parallax_ids)'`).join('\n')}
complete -c parallax -n __parallax_second_id -x -a '(__parallax_ids)'
${plain.join('\n')}
`;
}

/** The completion script for `shell`. */
export function completionScript(shell: Shell): string {
  return { bash, zsh, fish }[shell]();
}
