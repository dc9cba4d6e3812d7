#!/usr/bin/env bats
# One filing in many layouts (review r8): pipe tables without outer bars
# and HTML tables give the records the tab grid gives.

load common

T="$FIX/html9"

# the records of a file, line numbers left out: layouts differ in those
records() {
	pbtable "$1" 2>/dev/null | jq -c 'del(.file, .line, .end_line, .code_line, .budget_line, .plan_line, .goals_line, .value_line)'
}

@test "pbsplit: a running page header between two HTML tables keeps the project table going (I2)" {
	run pbsplit -f tsv "$T/html-running-header.txt"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $2, $4, $6, $7 }')" = "1 cover 1 2
1 project_table 3 18" ]
	lossless "$T/html-running-header.txt"
	# the indicator after it is read, the header said as in the tab grid
	[ "$(proj "$T/html-running-header.txt" '.indicators')" = 2 ]
	[ "$(ind "$T/html-running-header.txt" '.level3')" = '"数量"
"满意度"' ]
	[ "$(unp "$T/html-running-header.txt" '[.line, .reason, .text]')" = '[14,"page header (a title) inside the indicator table is no row of it","测试局2025年部门预算绩效文本\n"]' ]
	[ "$(records "$T/html-running-header.txt" | jq -c 'select(.type != "unparsed")')" = \
	  "$(records "$T/tab-running-header.txt" | jq -c 'select(.type != "unparsed")')" ]
}

@test "pbtable: a running page header between HTML tables above the plan loses neither spend nor goals (I2)" {
	run_split pbtable "$T/html-running-header-in-plan.txt"
	[ "$status" -eq 0 ]
	[ "$(proj "$T/html-running-header-in-plan.txt" '[.spend, .goals, .indicators]')" = '[{"03":25,"06":50,"10":75,"12":100},["完成测试"],1]' ]
	[[ "$stderr" == *"html-running-header-in-plan.txt:11: warning: page header (a title) above the indicator table is no part of the project's fields" ]]
	lossless "$T/html-running-header-in-plan.txt"
	run_split pbsum "$T/html-running-header-in-plan.txt"
	[ "$(echo "$output" | col spend_12 1)" = 100.000000 ]
}

@test "pbtable: a running page header before a pipe table without outer bars keeps its rows (I2)" {
	f="$T/pipe-nobars-running-header.txt"
	run pbsplit -f tsv "$f"
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $2, $4, $6, $7 }' | tail -1)" = "1 project_table 6 30" ]
	lossless "$f"
	[ "$(proj "$f" '.indicators')" = 3 ]
	[ "$(ind "$f" '.level3')" = '"数量"
"合格率"
"满意度"' ]
}

@test "pbsplit: a part heading repeated between two HTML tables is a running page header (I2)" {
	f="$T/html-part-header.txt"
	run pbsplit -f tsv "$f"
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $2, $4, $6, $7 }' | tail -1)" = "1 project_table 6 21" ]
	lossless "$f"
	[ "$(proj "$f" '.indicators')" = 2 ]
}

@test "pbsplit: the second filing's cover starts at its department after a pipe or HTML table (I7)" {
	run pbsplit -f tsv "$T/pipe-second-cover.txt"
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $2, $4, $6, $7 }')" = "1 cover 1 3
1 project_table 4 13
2 cover 14 16
2 part 17 18
2 project_table 19 27" ]
	lossless "$T/pipe-second-cover.txt"
	[ -z "$(unp "$T/pipe-second-cover.txt" .)" ]
	run pbsplit "$T/html-second-cover.txt"
	[ "$(echo "$output" | jq -c 'select(.type == "doc") | [.doc, .line]')" = '[1,1]
[2,24]' ]
	[ "$(echo "$output" | jq -r 'select(.type == "block" and .doc == 2 and .seq == 1) | .text' | head -1)" = 另一县教育局 ]
	lossless "$T/html-second-cover.txt"
	[ -z "$(unp "$T/html-second-cover.txt" .)" ]
}

@test "pbtable: a pipe table without outer bars whose first row is its title keeps its unit, code and department (I1)" {
	f="$T/pipe-nobars-title-row.txt"
	run pbsplit -f tsv "$f"
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $4, $5, $6 }' | tail -1)" = "project_table 办公经费绩效目标表 3" ]
	lossless "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(proj "$f" '[.title, .code, .name, .dept, .source_unit, .budget, .fiscal]')" = '["办公经费绩效目标表","51152325P000000001001","办公经费","测试局本级","元",100,100]' ]
	[ "$(records "$f")" = "$(records "$T/pipe-bars-title-row.txt")" ]
	# the unit in the title row itself
	f="$T/pipe-nobars-title-unit.txt"
	run_split pbtable "$f"
	[ -z "$stderr" ]
	[ "$(proj "$f" '[.line, .title, .code, .dept, .source_unit, .budget]')" = '[3,"办公经费绩效目标表","51152325P000000001001","测试局本级","元",100]' ]
	run_split pbsum -g dept "$f"
	[ "$(echo "$output" | col dept 1)" = 测试局本级 ]
	[ "$(echo "$output" | col budget 1)" = 100.000000 ]
}

@test "pbtable: an HTML or bar-less pipe table without a title starts at its 项目编码 row, which is no title (I3)" {
	for f in "$T/html-notitle.txt" "$T/pipe-nobars-notitle.txt"; do
		[ "$(proj "$f" '[.title, .code, .name]')" = '[null,"51152325P000000001001","办公经费"]' ]
		[ "$(ind "$f" '.project')" = '"51152325P000000001001"' ]
		[ "$(records "$f" | jq -c 'select(.type != "unparsed")')" = \
		  "$(records "$T/tab-notitle.txt" | jq -c 'select(.type != "unparsed")')" ]
		lossless "$f"
	done
	run_split bash -c 'pbtable "$1" 2>/dev/null | pbcheck' _ "$T/html-notitle.txt"
	[[ "$output" != *"项目编码 is empty"* ]]
}

@test "pbtable: an HTML table on one line whose first row is its title is read as a row a line is (I5)" {
	f="$T/html-oneline-title.txt"
	run pbsplit -f tsv "$f"
	[ "$(echo "$output" | awk -F'\t' 'NR > 1 { print $4, $5, $6, $7 }' | tail -1)" = "project_table 办公经费绩效目标表 3 3" ]
	lossless "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$(proj "$f" '[.title, .code, .name, .budget, .indicators]')" = '["办公经费绩效目标表","51152325P000000001001","办公经费",100,1]' ]
	# (an unparsed record's text is its line's: here, all the rows)
	[ "$(records "$f" | jq -c 'del(.text)')" = "$(records "$T/html-rowperline-title.txt" | jq -c 'del(.text)')" ]
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col projects 1)" = 1 ]
}

@test "pbtable: an HTML table on one line whose first row is the unit row, or the 项目编码 row, is found (I5)" {
	f="$T/html-oneline-unitrow.txt"
	run pbsplit "$f"
	[ "$(echo "$output" | jq -c 'select(.type == "doc") | [.dept_code, .dept]')" = '["512001","测试县测试局本级"]' ]
	[ "$(echo "$output" | jq -c 'select(.type == "block") | [.kind, .line]' | tail -1)" = '["project_table",6]' ]
	lossless "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(proj "$f" '[.title, .code, .name, .dept, .source_unit, .budget, .spend."12", .indicators]')" = '[null,"51152325P000000001001","办公经费","测试县测试局本级","万元",100,100,2]' ]
	f="$T/html-oneline-notitle.txt"
	lossless "$f"
	[ "$(proj "$f" '[.title, .code, .name, .source_unit, .budget, .indicators]')" = '[null,"51152325P000000001001","办公经费","万元",100,2]' ]
	# a second table on one line after the first is a table of its own
	f="$T/html-oneline-two.txt"
	lossless "$f"
	[ "$(proj "$f" '[.line, .title, .code, .dept]')" = '[6,"办公经费绩效目标表","51152325P000000001001","测试县测试局本级"]
[8,null,"51152325P000000001002","测试县测试局本级"]' ]
}
