#!/usr/bin/env bats
# pbsplit, pbtable: findings-r6a E4, E7, E12 (a 单位 not on a line of its
# own, a letter-spaced cover title, a table of contents with tabs).

load common

S7="$FIX/split7"

# pbtable's projects of a file as [title, source_unit, budget, fiscal,
# other, spend at 12月底], one a line, and its stderr in $stderr
money() {
	run_split bash -c "pbtable '$1' | jq -c 'select(.type==\"project\") |
		[.title, .source_unit, .budget, .fiscal, .other, .spend[\"12\"]]'"
}

# pbsplit's blocks of a file as kind:line-end_line, on one line
blocks() {
	pbsplit -f tsv "$1" | awk -F'\t' 'NR > 1 { printf "%s%s:%s-%s", (NR > 2 ? " " : ""), $4, $6, $7 }'
}

@test "E4: a 单位 after the table's title on its line is the table's unit, and the title ends at 表" {
	for f in base e4-title-brackets e4-title-spaced e4-cpl-title; do
		lossless "$S7/$f.txt"
		money "$S7/$f.txt"
		echo "$f: $output / $stderr"
		[ -z "$stderr" ]
		local u='"元"'
		[ "$f" = base ] && u='"万元"'
		[ "$output" = "[\"水库管护经费绩效目标表\",$u,40,30,10,40]
[\"河道清淤经费绩效目标表\",$u,25,25,null,25]" ]
		run bash -c "pbsplit '$S7/$f.txt' | jq -c 'select(.kind==\"project_table\") | .title' | paste -sd' '"
		[ "$output" = '"水库管护经费绩效目标表" "河道清淤经费绩效目标表"' ]
		# raw or through pbsplit, the same records
		diff <(pbtable "$S7/$f.txt" 2>&1) <(pbsplit "$S7/$f.txt" | pbtable 2>&1)
	done
	# the title's unit holds in its own table only: the next has none
	run blocks "$S7/e4-title-brackets.txt"
	[[ "$output" == *"project_table:25-39 project_table:40-53" ]]
}

@test "E4: a markdown 单位 line, a heading or in emphasis, is the table's unit" {
	for f in e4-md-heading e4-md-italic; do
		lossless "$S7/$f.txt"
		money "$S7/$f.txt"
		echo "$f: $output / $stderr"
		# no 'amounts taken as 万元', no 'row ... that is no field'
		[ -z "$stderr" ]
		[ "$output" = '["水库管护经费绩效目标表","元",40,30,10,40]
["河道清淤经费绩效目标表","元",25,25,null,25]' ]
	done
}

@test "E4: a 单位 line besides the title's is read once; an unknown unit in the title leaves the amounts null, said so" {
	money "$S7/e4-title-and-line.txt"
	[ -z "$stderr" ]
	[ "$output" = '["水库管护经费绩效目标表","元",40,30,10,40]
["河道清淤经费绩效目标表","元",25,25,null,25]' ]
	money "$S7/e4-title-qianyuan.txt"
	[ "$output" = '["水库管护经费绩效目标表",null,null,null,null,null]' ]
	[[ "$stderr" == *":25: warning: unknown currency unit 千元 in the title: amounts left null" ]]
	[[ "$stderr" != *"taken as 万元"* ]]
	run unp "$S7/e4-title-qianyuan.txt" .line
	[ "$output" = 25 ]
}

@test "E7: a letter-spaced cover title (2 0 2 6 年…) gives the filing's year and title" {
	lossless "$S7/e7-letterspaced.txt"
	run bash -c "pbsplit '$S7/e7-letterspaced.txt' | jq -c 'select(.type==\"doc\" or .kind==\"cover\") | [.year, .title]'"
	[ "$output" = '[2026,"2026年部门预算绩效文本"]
[null,"2026年部门预算绩效文本"]' ]
	# the projects' year is the cover's, not their codes' (25)
	run proj "$S7/e7-letterspaced.txt" '[.code, .year]'
	[ "$output" = '["51152325P000013000021",2026]
["51152325P000013000022",2026]' ]
	run bash -c "pbsum -g year -f ndjson '$S7/e7-letterspaced.txt' | jq -c '[.group.year, .budget]'"
	[ "$output" = '[2026,65]' ]
	# as the cover of the next filing in a stream it starts that filing
	t="$BATS_TEST_TMPDIR/two.txt"
	cat "$S7/base.txt" "$S7/e7-letterspaced.txt" > "$t"
	run bash -c "pbsplit '$t' | jq -c 'select(.type==\"doc\") | [.doc, .line, .year]' | paste -sd' '"
	[ "$output" = '[1,1,2026] [2,58,2026]' ]
}

@test "E7: a letter-spaced department line keeps dept; running page headers spaced or not stay in their tables" {
	lossless "$S7/e7-letterspaced-dept.txt"
	run bash -c "pbsplit '$S7/e7-letterspaced-dept.txt' | jq -c 'select(.type==\"doc\") | [.dept, .year, .title, .blocks]'"
	[ "$output" = '["某某县水利局",2026,"2026年部门预算绩效文本",8]' ]
	run blocks "$S7/e7-letterspaced-dept.txt"
	[[ "$output" == *"project_table:25-41 project_table:42-57" ]]
	run proj "$S7/e7-letterspaced-dept.txt" '[.year, .budget, .indicators]'
	[ "$output" = '[2026,40,3]
[2026,25,3]' ]
}

@test "E12: a table of contents with a tab before each page number is one toc block" {
	lossless "$S7/e12-toc-tabs.txt"
	run blocks "$S7/e12-toc-tabs.txt"
	[ "$output" = 'cover:1-7 toc:8-17 part:18-19 overall_goal:20-23 sub_goals:24-28 measures:29-32 part:33-34 project_table:35-51 project_table:52-67' ]
	# without its 目录 heading, from the first part entry on
	lossless "$S7/e12-toc-tabs-nohead.txt"
	run blocks "$S7/e12-toc-tabs-nohead.txt"
	[ "$output" = 'cover:1-7 toc:8-15 part:16-17 overall_goal:18-21 sub_goals:22-26 measures:27-30 part:31-32 project_table:33-49 project_table:50-65' ]
	run proj "$S7/e12-toc-tabs-nohead.txt" '[.budget, .indicators]'
	[ "$output" = '[40,3]
[25,3]' ]
}
