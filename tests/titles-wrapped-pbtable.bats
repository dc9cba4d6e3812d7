#!/usr/bin/env bats
# pbtable: a table's title wrapped more than once (1.公共文化服 / 务运行
# 经费绩效目标 / 表) or across a page break's noise (a page number, the
# running header, the department alone, blank lines) is read as pbsplit
# reads its block's title (review r11, finding 3): it was the first
# piece only, and the other lines unparsed records.

load common

T="$FIX/r12a"

TITLES='["公共文化服务运行经费绩效目标表","非遗保护传承专项绩效目标表","旅游宣传推广经费绩效目标表"]'

# the titles of pbtable's projects, and those of pbsplit's table blocks
titles() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type=="project") | .title]'
}
split_titles() {
	pbsplit "$1" | jq -sc '[.[] | select(.type=="block" and .kind=="project_table") | .title]'
}
# projects, indicators, budget total and unparsed records of a file
counts() {
	pbtable "$1" 2>/dev/null | jq -sc '[([.[] | select(.type=="project")] | length),
		([.[] | select(.type=="indicator")] | length),
		([.[] | select(.type=="project") | .budget] | add),
		([.[] | select(.type=="unparsed")] | length)]'
}

@test "a title wrapped twice, or across a page number, header or department line: the whole title, no unparsed line" {
	for lay in grid cells pipe; do
		for v in three-lines page-number running-header piece-after-break; do
			f="$T/$lay-$v.txt"
			[ "$(titles "$f")" = "$TITLES" ] || { echo "$lay-$v: $(titles "$f")"; return 1; }
			[ "$(counts "$f")" = '[3,12,190,0]' ] || { echo "$lay-$v: $(counts "$f")"; return 1; }
			run_split pbtable "$f"
			[ -z "$stderr" ] || { echo "$lay-$v: $stderr"; return 1; }
			# through pbsplit's records, the same
			[ "$(pbsplit "$f" | pbtable 2>/dev/null | jq -sc '[.[] | select(.type=="project") | .title]')" = "$TITLES" ]
		done
	done
}

@test "each project's line is its title's first line, and the title's lines are no one's rows" {
	run proj "$T/grid-running-header.txt" '[.line, .code_line, .unparsed, .name, .budget]'
	[ "$output" = '[6,16,0,"公共文化服务运行经费",120]
[28,40,0,"非遗保护传承专项",20]
[52,61,0,"旅游宣传推广经费",50]' ]
	run proj "$T/cells-three-lines.txt" '[.line, .unparsed, .indicators]'
	[ "$output" = '[6,0,4]
[78,0,4]
[150,0,4]' ]
}

@test "without 项目名称 the name is the whole title's" {
	for lay in grid cells pipe; do
		run proj "$T/$lay-name-from-title.txt" '[.name, .name_from, .budget]'
		[ "$output" = '["公共文化服务运行经费","title",120]
["非遗保护传承专项","title",20]
["旅游宣传推广经费","title",50]' ] || { echo "$lay: $output"; return 1; }
	done
}

@test "pbtable's title is pbsplit's block title, within the bounds and beyond them" {
	for f in "$T"/*.txt; do
		[ "$(titles "$f")" = "$(split_titles "$f")" ] ||
			{ echo "$f: $(titles "$f") / $(split_titles "$f")"; return 1; }
	done
	# two middle pieces join; a third is beyond the bound, as in pbsplit:
	# the table starts at the line before the title's end
	for lay in grid cells pipe; do
		[ "$(titles "$T/$lay-beyond-bounds.txt")" = '["公共文化服务运行经费绩效目标表","非遗保护传承专项绩效目标表","广经费绩效目标表"]' ]
		[ "$(counts "$T/$lay-beyond-bounds.txt")" = '[3,12,190,3]' ]
	done
}
