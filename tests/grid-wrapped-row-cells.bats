#!/usr/bin/env bats
# pbtable: a cell of a row above the indicator table that PDF extraction
# wrapped onto a continuation row (its rest under its column, the other
# cells empty) is joined to it (review r9a: N1, N13, N6), and a wrapped
# department line or a spaced department code is read whole (N7).

load common

T="$FIX/wrap16"

@test "an amount wrapped onto a continuation row is joined to the amount above (25000 / 00.00, 1234. / 56), tab grid and pipe" {
	for f in amount-wrapped amount-wrapped-pipe; do
		run_split pbtable "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[250,250,null,"用于测试",0]' ]
	done
	run proj "$T/amount-wrapped-dot.txt" '[.budget, .fiscal, .other, .unparsed]'
	[ "$output" = '[1234.56,1234.56,null,0]' ]
	run proj "$T/amount-wrapped-two.txt" '[.budget, .fiscal, .other, .unparsed]'
	[ "$output" = '[250,200,50,0]' ]
	run pbsum "$T/amount-wrapped.txt"
	[ "$(col budget 1 <<< "$output")" = 250.000000 ]
}

@test "a row under amounts that does not join them as their rest is said" {
	run_split pbtable "$T/amount-under-amount.txt"
	[[ "$stderr" == *"amount-under-amount.txt:8: warning: row under amounts of the row above, not joined to them as their wrapped rest: read as a row of its own"* ]]
}

@test "budget labels wrapped onto a continuation row are joined: 其他资金 read, purpose whole" {
	run_split pbtable "$T/labels-wrapped.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[250,200,50,"用于测试",0]' ]
}

@test "the plan label wrapped onto a continuation row is joined: the plan is read, not put in the purpose" {
	for f in plan-label-wrapped plan-label-wrapped-1 plan-label-wrapped-2 plan-label-wrapped-4 \
		plan-label-wrapped-wanyuan; do
		run_split pbtable "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="project") | [.purpose, .schedule_unit, .schedule, .spend."12", .unparsed]' <<< "$output")" = \
			'["用于测试","万元",{"03":50,"06":120,"10":200,"12":250},250,0]' ]
	done
	run pbcheck "$T/plan-label-wrapped.txt"
	[[ "$output" != *资金支出计划* ]]
}

@test "a project code wrapped onto a continuation row is joined, on the project and its indicators" {
	run_split pbtable "$T/code-wrapped.txt"
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="project") | [.code, .name, .budget]' <<< "$output")" = '["13018624P000004100014","办公经费",250]' ]
	[ "$(jq -c 'select(.type=="indicator") | .project' <<< "$output" | sort -u)" = '"13018624P000004100014"' ]
}

@test "a department line wrapped before the 单位 line, or its code split by a space, is read whole" {
	for f in dept-wrapped dept-code-spaced; do
		run_split pbtable "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="project") | [.dept, .dept_code, .unparsed]' <<< "$output")" = '["测试局本级","512001",0]' ]
	done
	run proj "$T/dept-wrapped-cpl.txt" '[.dept, .dept_code, .unparsed]'
	[ "$output" = '["测试县测试局本级","512001",0]' ]
	run pbsum -g dept "$T/dept-wrapped.txt"
	[ "$(col dept 1 <<< "$output")" = 测试局本级 ]
}

@test "a line under the department line that may be its name's rest, but is not surely, is said, not joined" {
	run_split pbtable "$T/dept-wrapped-unsure.txt"
	[ "$(jq -c 'select(.type=="project") | [.dept, .dept_code, .unparsed]' <<< "$output")" = '["测试局本","512001",2]' ]
	[[ "$stderr" == *"dept-wrapped-unsure.txt:5: warning: line under the department line, maybe the rest of its name, not joined to it"* ]]
}
