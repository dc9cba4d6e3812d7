#!/usr/bin/env bats
# pbtable: the budget block and goals of review r15 (F06, F07, F12,
# F14): goals labels 年度总体目标 / 年度目标 / 总体目标, a period's goals
# (中长期目标, 实施期目标) beside the year's, a budget as 资金总额 with its
# sources one a row, a 资金来源 row under stated funds, the national
# template's information rows, and goals enumerated 一是…；二是….  Each
# fixture holds the same eleven tables in one layout.

load common

T="$FIX/r15c"

# every layout, and the tab grid as CRLF and GB18030
files() {
	echo "$T/labels-cpl.txt $T/labels-md.txt $(forms "$T/labels-tab.txt")"
}

@test "goals under 年度总体目标, 年度目标 and 总体目标 are read, and the rows are no unparsed records" {
	for f in $(files); do
		run proj "$f" 'select(.seq <= 3) | [.goals, .goals_line > 0, .unparsed]'
		[ "$output" = '[["完成农村公路养护","提升路况水平"],true,0]
[["完成农村公路养护","提升路况水平"],true,0]
[["完成农村公路养护","提升路况水平"],true,0]' ] || { echo "$f: $output"; return 1; }
	done
	run_split pbcheck "$T/labels-tab.txt"
	! grep -qE 'P00000000200[1-5]: 绩效目标 is empty' <<< "$output"
}

@test "a period's goals (中长期目标, 实施期目标) beside the year's are passed over: the year's are the goals" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 4 or .seq == 5) | [.goals, .unparsed]'
		[ "$output" = '[["完成农村公路养护","提升路况水平"],0]
[["完成农村公路养护","提升路况水平"],0]' ] || { echo "$f: $output"; return 1; }
	done
}

@test "a period's goals alone are no goals of the year: said so" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 6) | [.goals, .unparsed]'
		[ "$output" = '[[],1]' ]
		run unp "$f" 'select(.project_seq == 6) | .reason'
		[ "$output" = '"goals of a period longer than the year (中长期目标, 实施期目标), and no row of the year'"'"'s: not read as 绩效目标"' ] || { echo "$f: $output"; return 1; }
	done
}

@test "goals enumerated 一是…；二是…；三是… are three goals" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 7) | .goals'
		[ "$output" = '["完成农村公路养护","提升路况水平","保障安全通行"]' ] || { echo "$f: $output"; return 1; }
	done
}

@test "资金总额 with 本级财政, 上级补助 and 自有资金 rows: budget, fiscal (the two levels summed) and other" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 8) | [.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[8,6,2,"用于农村公路日常养护",0]' ] || { echo "$f: $output"; return 1; }
	done
	run_split pbsum "$T/labels-tab.txt"
	! grep -q 'no budget' <<< "$stderr"
}

@test "a 资金来源 row under the stated funds keeps them; one that does not sum to them is said" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 9 or .seq == 10) | [.budget, .fiscal, .other, .purpose, .unparsed]'
		[ "$output" = '[8,6,2,"用于农村公路日常养护",0]
[8,6,2,"用于农村公路日常养护",1]' ] || { echo "$f: $output"; return 1; }
		run unp "$f" 'select(.project_seq == 10) | .reason'
		[ "$output" = '"资金来源 row whose sources are not the 财政资金 and 其他资金 stated above: not read"' ]
	done
}

@test "the project's information rows (主管部门, 项目负责人, 联系电话, 项目类别, 项目属性...) are passed over quietly" {
	for f in $(files); do
		run proj "$f" 'select(.seq == 11) | [.budget, .fiscal, .purpose, .goals, .indicators, .unparsed]'
		[ "$output" = '[8,6,"用于农村公路日常养护",["完成农村公路养护","提升路况水平"],3,0]' ] || { echo "$f: $output"; return 1; }
	done
	# the table's warnings are those of tables 6 and 10 alone
	run_split pbtable "$T/labels-tab.txt"
	[ "$(grep -c 'warning' <<< "$stderr")" -eq 2 ]
}

@test "nothing else moves: eleven projects of three indicators, the budgets summed" {
	for f in $(files); do
		run bash -c "pbtable '$f' 2>/dev/null | jq -s -c '[(map(select(.type==\"project\")) | length), (map(select(.type==\"indicator\")) | length), (map(select(.type==\"project\") | .budget) | add)]'"
		[ "$output" = '[11,33,88]' ] || { echo "$f: $output"; return 1; }
	done
}
