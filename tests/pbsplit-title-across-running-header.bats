#!/usr/bin/env bats
# pbsplit: a project table's title wrapped across a page break whose
# running header repeats the filing's cover (its department, title, draft
# mark, page number) is one title in one filing; a real second filing
# after it, with its own cover, still starts a doc (review r12c).

load common

T="$FIX/r12c"

# pbsplit's docs and project tables of a file: [doc count, [[doc, title]...]]
tables() {
	pbsplit "$1" | jq -sc '[([.[] | select(.type=="doc")] | length),
		[.[] | select(.type=="block" and .kind=="project_table") | [.doc, .title]]]'
}

# the block kinds of a file, counted: "kind:count ..."
kinds() {
	pbsplit "$1" | jq -r 'select(.type=="block") | .kind' | sort | uniq -c | awk '{ printf "%s:%s ", $2, $1 }'
}

@test "a header of the cover's lines and draft mark between a title's pieces: one filing, the title joined" {
	for f in $(forms "$T/tg-draft.txt") $(forms "$T/tg-nonum.txt") $(forms "$T/cp-draft.txt") $(forms "$T/md-draft.txt"); do
		case $f in *-gb.txt) ;; *) lossless "$f" ;; esac
		run tables "$f"
		[ "$output" = '[1,[[1,"河道清淤疏浚工程经费绩效目标表"],[1,"供水水质检测专项绩效目标表"]]]' ] || { echo "$f: $output"; false; }
		# pbtable's title is pbsplit's (the noise is the same to both)
		run proj "$f" '[.doc, .title, .code, .budget, .indicators]'
		[ "${lines[1]}" = '[1,"供水水质检测专项绩效目标表","36010225P000102100012",30,'"$(case $f in *cp-*|*md-*) echo 2;; *) echo 3;; esac)"']' ] || { echo "$f: $output"; false; }
	done
	[ "$(kinds "$T/tg-draft.txt")" = 'cover:1 overall_goal:1 part:2 project_table:2 toc:1 ' ]
	[ "$(kinds "$T/cp-draft.txt")" = 'cover:1 overall_goal:1 part:2 project_table:2 ' ]
	[ "$(totals "$T/tg-draft.txt")" = '[1,7,110]' ]
	[ "$(totals "$T/md-draft.txt")" = '[1,4,110]' ]
}

@test "a header with its page number in a cell of its own between a title's pieces: the title joined" {
	for f in $(forms "$T/tg-tab.txt"); do
		case $f in *-gb.txt) ;; *) lossless "$f" ;; esac
		run tables "$f"
		[ "$output" = '[1,[[1,"河道清淤疏浚工程经费绩效目标表"],[1,"供水水质检测专项绩效目标表"]]]' ] || { echo "$f: $output"; false; }
		run proj "$f" '[.doc, .title, .code]'
		[ "$output" = '[1,"河道清淤疏浚工程经费绩效目标表","36010225P000101100011"]
[1,"供水水质检测专项绩效目标表","36010225P000102100012"]' ]
	done
	[ "$(kinds "$T/tg-tab.txt")" = 'cover:1 overall_goal:1 part:2 project_table:2 toc:1 ' ]
	[ "$(totals "$T/tg-tab.txt")" = '[1,7,110]' ]
}

@test "a second filing after one whose title a running header cut: still a doc of its own" {
	for f in $(forms "$T/two.txt") $(forms "$T/two-same.txt"); do
		case $f in *-gb.txt) ;; *) lossless "$f" ;; esac
		run tables "$f"
		[ "$output" = '[2,[[1,"河道清淤疏浚工程经费绩效目标表"],[1,"供水水质检测专项绩效目标表"],[2,"森林防火专项经费绩效目标表"]]]' ] || { echo "$f: $output"; false; }
		run bash -c "pbsplit '$f' | jq -c 'select(.type==\"doc\") | [.doc, .title, .dept, .compiled_by, .draft]'"
		case $f in
		*two-same*) [ "${lines[1]}" = '[2,"2025年部门预算绩效文本","东湖区林业局本级","东湖区林业局",true]' ] ;;
		*) [ "${lines[1]}" = '[2,"2025年度部门预算绩效目标","东湖区林业局本级","东湖区林业局",true]' ] ;;
		esac
		run proj "$f" '[.doc, .code]'
		[ "$output" = '[1,"36010225P000101100011"]
[1,"36010225P000102100012"]
[2,"36010225P000201100013"]' ]
	done
	[ "$(kinds "$T/two.txt")" = 'cover:2 overall_goal:2 part:4 project_table:3 toc:2 ' ]
}
