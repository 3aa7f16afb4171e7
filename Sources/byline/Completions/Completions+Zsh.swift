extension Completions {
  static let zsh = #"""
    #compdef byline
    # zsh completion for byline; install as .../site-functions/_byline

    _byline_commands() {
      local -a commands
      commands=(
        'read:open articles in the reader (the default command)'
        'quotes:print every quotation, one per line'
        'speakers:print the speakers of the corpus with their counts'
        'posts:print every embedded post, one per line'
        'export:print the parsed articles as json, jsonl, csv or markdown'
        'index:build or update the corpus index'
        'search:full-text search of the quotations'
        'config:check the config file, or print its location or the defaults'
        'help:show the help of a command'
      )
      _describe -t commands 'byline command' commands
    }

    _byline_command_or_file() {
      _alternative 'commands:command:_byline_commands' 'files:article file:_files'
    }

    _byline() {
      local -a reader help_option
      reader=(
        '--color=[colour the plain text printed into a pipe]:when:(auto always never)'
        '--no-state[do not restore or remember where each article was left]'
        '--force[open files that look binary]'
      )
      help_option=('(- *)'{-h,--help}'[show help]')
      local -a datasets
      datasets=(
        '*--field=[read ROLE from the field NAME]:role=name: '
        '--table=[the table of a SQLite dataset]:table: '
        '--dataset-table=[the table of a SQLite dataset]:table: '
      )
      local command="" i
      for ((i = 2; i < CURRENT; i++)); do
        case ${words[i]} in
          --color | --speaker | --format | --offsets | --table | --source | --since | --until | --field \
            | --dataset-table) ((i++)) ;;
          -*) ;;
          *) command=${words[i]}; break ;;
        esac
      done
      case $command in
        read | quotes | speakers | posts | export | index | search | config | help)
          words=("${(@)words[i,-1]}")
          ((CURRENT -= i - 1))
          curcontext="${curcontext%:*:*}:byline-$command:"
          ;;
      esac
      case $command in
        "")
          _arguments -S $reader $datasets $help_option '(- *)--version[print the version]' \
            '*:command or article file:_byline_command_or_file' ;;
        quotes)
          _arguments -S $help_option \
            '--speaker=[only speakers whose name or alias contains NAME]:name: ' \
            '--attribution=[only speakers found so]:kinds:_values -s , kind explicit resolved carried none' \
            '--no-header[leave out the header line]' '--force[read files that look binary]' $datasets \
            '*:article file:_files' ;;
        posts)
          _arguments -S $help_option \
            '--speaker=[only speakers whose name or alias contains NAME]:name: ' \
            '--no-header[leave out the header line]' '--force[read files that look binary]' $datasets \
            '*:article file:_files' ;;
        speakers)
          _arguments -S $help_option '--by-file[count the speakers of each file apart]' \
            '--no-header[leave out the header line]' \
            '--force[read files that look binary]' $datasets '*:article file:_files' ;;
        index)
          _arguments -S $help_option '--force[read files that look binary]' $datasets \
            '*:article file:_files' ;;
        search)
          _arguments -S $help_option \
            '--speaker=[only speakers whose name or alias contains NAME]:name: ' \
            '--source=[only articles from this source]:source: ' \
            '--since=[only articles dated on or after this day]:date (YYYY-MM-DD): ' \
            '--until=[only articles dated on or before this day]:date (YYYY-MM-DD): ' \
            '--no-header[leave out the header line]' '--force[read files that look binary]' $datasets \
            '1:search text: ' '*:article file:_files' ;;
        export)
          _arguments -S $help_option \
            '--format=[output format]:format:(json jsonl csv markdown)' \
            '--offsets=[unit of start/end offsets]:unit:(scalars utf8 utf16)' \
            '--table=[records of the csv format, or a dataset table]:table:(quotations posts speakers)' \
            '*--field=[read ROLE from the field NAME]:role=name: ' \
            '--dataset-table=[the table of a SQLite dataset]:table: ' \
            '--force[read files that look binary]' '*:article file:_files' ;;
        config)
          _arguments -S $help_option '--defaults[print the default settings]' \
            '--path[print where the config file is looked for]' ;;
        help)
          _arguments '1:command:_byline_commands' ;;
        *)
          _arguments -S $reader $datasets $help_option '*:article file:_files' ;;
      esac
    }

    _byline "$@"

    """#
}
