#!/usr/bin/env bats
# pbsplit: the 目录 read whole (review r13, findings 2-5 and 13): a DOCX
# 目录 without page numbers cut by a page number, the running header, the
# department alone or a rule line; entries written …表 3 and …表<TAB>3;
# full-width dot leaders and page numbers written - 3 -; a page break
# inside a 目录 with page numbers; a part 2 line listing no tables.

load common

T="$FIX/r13b"

# [docs, "kind:count ...", [[toc line, end_line]...], pbtable's projects]
shape() {
	local docs
	docs=$(pbsplit "$1" | jq -sc '[([.[] | select(.type=="doc")] | length),
		([.[] | select(.type=="block") | .kind] | group_by(.) | map("\(.[0]):\(length)") | join(" ")),
		[.[] | select(.type=="block" and .kind=="toc") | [.line, .end_line]]]')
	pbtable "$1" 2>/dev/null | jq -sc --argjson d "$docs" '$d + [[.[] | select(.type=="project")] | length]'
}

# shape of each form of FILE is WANT, its blocks lossless (UTF-8 forms)
each_form() {
	local f want=$2
	for f in $(forms "$1"); do
		case $f in *-gb.txt) ;; *) lossless "$f" || { echo "$f: not lossless"; return 1; } ;; esac
		run shape "$f"
		[ "$output" = "$want" ] || { echo "$f: $output"; return 1; }
	done
}

ONE='"cover:1 measures:1 overall_goal:1 part:2 project_table:3 sub_goals:1 toc:1"'
CUT='"cover:1 measures:1 overall_goal:1 part:2 project_table:2 sub_goals:1 toc:1"'

@test "a 目录 without page numbers cut by a page number, the running header, the department or a rule line: one filing, no phantom tables" {
	each_form "$T/nopages-pagenum.txt" "[1,$ONE,[[9,24]],3]"
	each_form "$T/nopages-header.txt" "[1,$ONE,[[9,25]],3]"
	each_form "$T/nopages-dept.txt" "[1,$ONE,[[9,24]],3]"
	each_form "$T/nopages-rule.txt" "[1,$ONE,[[9,23]],3]"
	# no project without a code or budget: pbcheck's only errors are the
	# three tables' missing spending plans
	for f in $(forms "$T/nopages-pagenum.txt"); do
		[ "$(pbcheck "$f" | grep -c ': error: ')" = 3 ] || { pbcheck "$f"; false; }
		[ "$(pbcheck "$f" | grep -c 'empty-field')" = 3 ]
		[ "$(proj "$f" '[.doc, .code, .budget]' | head -1)" = '[1,"36072125P000101100011",80]' ]
	done
}

@test "目录 entries written …表 3, …表<TAB>3, with ．leaders or - 3 -: one toc block" {
	for v in space tab fwdots pagedash; do
		each_form "$T/entries-$v.txt" "[1,$ONE,[[9,22]],3]"
		each_form "$T/entries-$v-cut.txt" "[1,$CUT,[[9,22]],2]"
	done
}

@test "a table cut from a file whose 目录 entries are written …表 3, …表<TAB>3 or with ．leaders: the lost table reported" {
	for v in space tab fwdots; do
		for f in $(forms "$T/entries-$v-cut.txt"); do
			run_split pbcheck "$f"
			[ "$status" -eq 2 ] || { echo "$f: $status"; false; }
			[[ "$stderr" == *":9: the 目录 lists 3 project tables, 2 found"* ]] || { echo "$f: $stderr"; false; }
			run_split pbtable "$f"
			[ "$status" -eq 2 ]
			[[ "$stderr" == *"the 目录 lists 3 project tables, 2 found"* ]]
		done
	done
}

@test "a page break inside a 目录 with page numbers: one toc block" {
	each_form "$T/page-break.txt" "[1,$ONE,[[9,25]],3]"
	each_form "$T/page-break-cut.txt" "[1,$CUT,[[9,25]],2]"
}

@test "the 目录's part 2 line listing no tables stays in the toc" {
	local none='"cover:1 measures:1 overall_goal:1 part:2 sub_goals:1 toc:1"'
	each_form "$T/part2-empty.txt" "[1,$none,[[9,20]],0]"
	each_form "$T/part2-empty-norule.txt" "[1,$none,[[9,19]],0]"
	# the body's part 1 heading is a block of its own
	[ "$(pbsplit "$T/part2-empty-norule.txt" | jq -c 'select(.type=="block" and .kind=="part") | .title' | head -1)" = '"第一部分部门整体绩效目标"' ]
}
