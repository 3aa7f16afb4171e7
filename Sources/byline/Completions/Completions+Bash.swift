extension Completions {
  static let bash = #"""
    # bash completion for byline; install as .../bash-completion/completions/byline
    _byline() {
      local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
      # --color=al: bash splits at '=', so the option is the word before it.
      if [[ $cur == = ]]; then
        cur=""
      elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}
      fi
      local commands="read quotes speakers posts export index search config help"
      local command="" position=0 i
      for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
          --color | --speaker | --format | --offsets | --table | --source | --since | --until | --field \
            | --dataset-table | --attribution)
            [[ ${COMP_WORDS[i+1]} == = ]] && ((i++))
            ((i++)) ;;
          = | -*) ;;
          *)
            if [[ -z $command ]]; then command=${COMP_WORDS[i]}; else ((position++)); fi ;;
        esac
      done
      case $prev in
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "json jsonl csv markdown" -- "$cur")); return ;;
        --offsets) COMPREPLY=($(compgen -W "scalars utf8 utf16" -- "$cur")); return ;;
        --table)
          # A dataset's table anywhere else: nothing to offer.
          COMPREPLY=()
          [[ $command == export ]] && COMPREPLY=($(compgen -W "quotations posts speakers" -- "$cur"))
          return ;;
        --attribution) COMPREPLY=($(compgen -W "explicit resolved carried none" -- "$cur")); return ;;
        --speaker | --source | --since | --until | --field | --dataset-table) COMPREPLY=(); return ;;
      esac
      local options files=1 datasets="--field --table --dataset-table"
      case $command in
        quotes) options="--speaker --attribution --no-header --force $datasets --help" ;;
        posts) options="--speaker --no-header --force $datasets --help" ;;
        speakers) options="--by-file --no-header --force $datasets --help" ;;
        index) options="--force --field --table --dataset-table --help" ;;
        search)
          options="--speaker --source --since --until --no-header --force --field --table --dataset-table --help"
          ;;
        export) options="--format --offsets --force $datasets --help" ;;
        config) options="--defaults --path --help"; files=0 ;;
        help)
          ((position == 0)) && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
          return ;;
        "") options="--color --no-state --force $datasets --help --version" ;;
        *) options="--color --no-state --force $datasets --help" ;;  # read, or a file: the reader
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
      fi
      COMPREPLY=()
      [[ -z $command ]] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
      if ((files)); then
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'  # file names may hold spaces
        COMPREPLY+=($(compgen -f -- "$cur"))
      fi
    }
    complete -F _byline byline

    """#
}
