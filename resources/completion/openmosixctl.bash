# bash completion for openmosixctl: commands, their options and words, node ids from the profile
# (`openmosixctl … __complete nodes` reads the profile's map; no node is asked), saved clusters.
_openmosixctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="nodes ps top show migrate stop cont kill renice lock unlock node run collector"
    local global="--profile -c --demo --demo-kernel --demo-root --accept-new-host-keys --json --dry-run --no-color --help --version"
    local i sub="" at=0 cluster=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --profile | -c | --demo-root | --demo-kernel)
            cluster+=("${COMP_WORDS[i]}" "${COMP_WORDS[i+1]}")
            ((i++)) ;;
        -*) ;;
        *)
            sub=${COMP_WORDS[i]}
            at=$i
            break ;;
        esac
    done
    case $prev in
    --profile) COMPREPLY=($(compgen -f -X '!*.ini' -- "$cur") $(compgen -d -- "$cur")); return ;;
    --demo-root) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -c) COMPREPLY=($(compgen -W "$(openmosixctl __complete profiles 2>/dev/null)" -- "$cur")); return ;;
    --demo-kernel) COMPREPLY=($(compgen -W "openmosix mattx linux" -- "$cur")); return ;;
    esac
    if [[ -z $sub ]]; then
        COMPREPLY=($(compgen -W "$commands $global" -- "$cur"))
        return
    fi
    local nodes
    nodes() { openmosixctl "${cluster[@]}" __complete nodes 2>/dev/null; }
    local n=$((COMP_CWORD - at)) # the word's place after the command
    case $sub in
    nodes | show | migrate | stop | cont | lock | unlock | renice)
        if [[ $sub == migrate && $cur != -* && $n -ge 2 ]]; then
            COMPREPLY=($(compgen -W "home best $(nodes)" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "--help" -- "$cur"))
        fi ;;
    kill) COMPREPLY=($(compgen -W "-TERM -KILL -STOP -CONT -HUP -INT -USR1 -USR2 --help" -- "$cur")) ;;
    ps)
        case $prev in
        --node) COMPREPLY=($(compgen -W "$(nodes)" -- "$cur")) ;;
        --sort) COMPREPLY=($(compgen -W "pid home node user mem nice migrations command" -- "$cur")) ;;
        --user) COMPREPLY=($(compgen -u -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "--node --user --migrated --guests --sort --help" -- "$cur")) ;;
        esac ;;
    top)
        case $prev in
        --sort) COMPREPLY=($(compgen -W "id load memory" -- "$cur")) ;;
        --interval) ;;
        *) COMPREPLY=($(compgen -W "--interval --sort --once --help" -- "$cur")) ;;
        esac ;;
    node)
        if [[ $n -eq 1 ]]; then
            COMPREPLY=($(compgen -W "all $(nodes)" -- "$cur"))
        elif [[ $n -eq 2 ]]; then
            COMPREPLY=($(compgen -W "set expel bring start stop" -- "$cur"))
        elif [[ ${COMP_WORDS[at+2]} == set ]]; then
            compopt -o nospace 2>/dev/null
            case $cur in
            *=*) COMPREPLY=($(compgen -P "${cur%%=*}=" -W "on off" -- "${cur#*=}")) ;;
            *) COMPREPLY=($(compgen -W "automigration= quiet= lstay= block= speed=" -- "$cur")) ;;
            esac
        fi ;;
    run)
        case $prev in
        --node | --on) COMPREPLY=($(compgen -W "$(nodes)" -- "$cur")) ;;
        --decay) COMPREPLY=($(compgen -W "slow fast none" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "--node --on --nomig --home --cpujob --iojob --decay --parallel --help --" -- "$cur")) ;;
        esac ;;
    collector)
        if [[ $n -eq 1 ]]; then
            COMPREPLY=($(compgen -W "status start stop checkpoint rotate" -- "$cur"))
        else
            case $prev in
            --db) COMPREPLY=($(compgen -f -- "$cur")) ;;
            *) COMPREPLY=($(compgen -W "--db --interval --help" -- "$cur")) ;;
            esac
        fi ;;
    esac
}
complete -F _openmosixctl openmosixctl
