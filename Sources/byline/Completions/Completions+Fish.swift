extension Completions {
  static let fish = #"""
    # fish completion for byline; install as .../fish/vendor_completions.d/byline.fish

    # The command given so far: its first word that is neither an option nor an option's value.
    function __byline_command
        set -l skip 0
        for word in (commandline -opc)[2..-1]
            if test $skip = 1
                set skip 0
                continue
            end
            switch $word
                case --color --speaker --format --offsets --table --source --since --until --field --dataset-table
                    set skip 1
                case '-*'
                case '*'
                    echo $word
                    return 0
            end
        end
        return 1
    end

    # True when the command is one of the arguments ('' for none yet; a file counts as read).
    function __byline_is
        set -l command (__byline_command)
        if not contains -- "$command" read quotes speakers posts export index search config help ''
            set command read
        end
        contains -- "$command" $argv
    end

    complete -c byline -e
    complete -c byline -s h -l help -d 'Show help'
    complete -c byline -n "__byline_is ''" -l version -d 'Print the version'
    complete -c byline -n "__byline_is ''" -a read -d 'Open articles in the reader (the default)'
    complete -c byline -n "__byline_is ''" -a quotes -d 'Print every quotation, one per line'
    complete -c byline -n "__byline_is ''" -a speakers -d 'Print the speakers with their counts'
    complete -c byline -n "__byline_is ''" -a posts -d 'Print every embedded post, one per line'
    complete -c byline -n "__byline_is ''" -a export -d 'Print the parsed articles (json, csv, ...)'
    complete -c byline -n "__byline_is ''" -a index -d 'Build or update the corpus index'
    complete -c byline -n "__byline_is ''" -a search -d 'Full-text search of the quotations'
    complete -c byline -n "__byline_is ''" -a config -d 'Check the config file'
    complete -c byline -n "__byline_is ''" -a help -d 'Show the help of a command'
    complete -c byline -n "__byline_is '' read" -l color -x -a 'auto always never' -d 'Colour the plain text printed into a pipe'
    complete -c byline -n "__byline_is '' read" -l no-state -d 'Do not restore or remember reading positions'
    complete -c byline -n "__byline_is '' read quotes speakers posts export index search" -l force -d 'Read files that look binary'
    complete -c byline -n "__byline_is quotes posts search" -l speaker -x -d 'Only speakers whose name or alias contains NAME'
    complete -c byline -n "__byline_is quotes posts speakers search" -l no-header -d 'Leave out the header line'
    complete -c byline -n "__byline_is speakers" -l by-file -d 'Count the speakers of each file apart'
    complete -c byline -n "__byline_is search" -l source -x -d 'Only articles from this source'
    complete -c byline -n "__byline_is search" -l since -x -d 'Only articles dated on or after YYYY-MM-DD'
    complete -c byline -n "__byline_is search" -l until -x -d 'Only articles dated on or before YYYY-MM-DD'
    complete -c byline -n "__byline_is quotes" -l attribution -x -a 'explicit resolved carried none' -d 'Only speakers found so (comma-separated)'
    complete -c byline -n "__byline_is '' read quotes speakers posts export index search" -l field -x -d 'Read ROLE from the field NAME (role=name)'
    complete -c byline -n "__byline_is '' read quotes speakers posts index search" -l table -x -d 'The table of a SQLite dataset'
    complete -c byline -n "__byline_is '' read quotes speakers posts export index search" -l dataset-table -x -d 'The table of a SQLite dataset'
    complete -c byline -n "__byline_is export" -l format -x -a 'json jsonl csv markdown' -d 'Output format'
    complete -c byline -n "__byline_is export" -l offsets -x -a 'scalars utf8 utf16' -d 'Unit of start/end offsets'
    complete -c byline -n "__byline_is export" -l table -x -a 'quotations posts speakers' -d 'Records of the csv format'
    complete -c byline -n "__byline_is config" -f -l defaults -d 'Print the default settings'
    complete -c byline -n "__byline_is config" -f -l path -d 'Print where the config file is looked for'
    complete -c byline -n "__byline_is config" -f
    complete -c byline -n "__byline_is help" -f -a 'read quotes speakers posts export index search config help'

    """#
}
