#!/usr/bin/env bats
# pbtable: budget, plan and goal shapes of new filings that gave wrong
# money or lost data (review r5a).

load common

T="$FIX/table6"

@test "a unit in the 预算数 label rules the fiscal and other amounts of its row, with or without a 单位 line" {
	for f in budget-label-yuan-over-amounts budget-label-yuan-no-unit-line \
		budget-label-yuan-over-amounts-no-unit-line; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[120,100,20,0]' ]
		# the unit was read: no "amounts taken as 万元"
		[ -z "$stderr" ]
	done
}

@test "two fiscal labels: fiscal is their sum; a total beside its share is null and warned" {
	for f in fiscal-two-labels fiscal-two-labels-one-a-row; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[120,100,20,"用于农田水利设施日常维护",0]' ]
		[ -z "$stderr" ]
	done
	run proj "$T/fiscal-two-labels-total-and-share.txt" '[.budget, .fiscal, .other, .unparsed]'
	[ "$output" = '[120,null,20,1]' ]
	run unp "$T/fiscal-two-labels-total-and-share.txt" '.reason | test("fiscal funds labels.*left null")'
	[ "$output" = true ]
}

@test "plan amounts that sum to the budget without rising to it are per period: spend accumulates them" {
	run proj "$T/plan-amounts-per-period.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .unparsed]'
	[ "$output" = '["万元",[30,30,30,30],[30,60,90,120],0]' ]
	# a blank period spends nothing
	run proj "$T/plan-amounts-per-period-blank.txt" '[[.schedule[]], [.spend[]]]'
	[ "$output" = '[[50,null,40,30],[50,50,90,120]]' ]
	# 累计 says cumulative; values rising to the budget stay as written
	run proj "$T/plan-amounts-cumulative-label.txt" '[.spend[]]'
	[ "$output" = '[30,30,30,30]' ]
	run proj "$T/plan-amounts-zeros.txt" '[.spend[]]'
	[ "$output" = '[0,0,0,120]' ]
}

@test "a plan written as label/value pairs in one row is read (percentages and amounts)" {
	run proj "$T/plan-pairs-percent.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .plan_line, .unparsed]'
	[ "$output" = '["%",[10,40,80,100],[12,48,96,120],7,0]' ]
	run proj "$T/plan-pairs-amounts.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .unparsed]'
	[ "$output" = '["万元",[12,48,96,120],[12,48,96,120],0]' ]
	run proj "$T/plan-pairs-one-a-row.txt" '[.schedule_unit, [.schedule[]], [.spend[]], .unparsed]'
	[ "$output" = '["%",[10,40,80,100],[12,48,96,120],0]' ]
}

@test "a page number line above the indicator table is skipped with a warning, not glued into the purpose or a goal" {
	for f in page-number-after-purpose page-number-after-purpose-dash page-number-after-budget \
		page-number-after-goals page-number-between-goals; do
		run proj "$T/$f.txt" '[.purpose, .goals, .indicators, .unparsed]'
		[ "$output" = '["用于农田水利设施日常维护",["完成农田水利设施维护","保障灌溉用水"],2,1]' ]
		run unp "$T/$f.txt" '.reason | test("page number")'
		[ "$output" = true ]
	done
}

@test "goal numbering （1） (1) ① 一、 is removed like 1.; inline （1）…；（2）… is split" {
	for f in goals-paren-ascii goals-circled goals-chinese-numerals; do
		run proj "$T/$f.txt" '.goals'
		[ "$output" = '["完成农田水利设施维护","保障灌溉用水"]' ]
	done
	run proj "$T/goals-paren-inline.txt" '.goals'
	[ "$output" = '["完成农田水利设施维护","保障灌溉用水"]' ]
}

@test "a wrapped goal line that starts with a decimal carries on the goal above, unless it may be the next item" {
	run proj "$T/goals-decimal-wrapped.txt" '.goals'
	[ "$output" = '["完成农田水利设施维护，保障2.5万亩农田灌溉用水","提高用水效率"]' ]
	run proj "$T/goals-decimal-wrapped-out-of-sequence.txt" '.goals'
	[ "$output" = '["完成灌溉面积3.5万亩"]' ]
}

@test "common spellings: 其它资金, 年度资金总额 and 项目总预算 as 预算数, checkpoints 3月31日 and 3月底前" {
	for f in spelling-qita-zijin spelling-niandu-zijin-zonge spelling-xiangmu-zongyusuan \
		spelling-checkpoint-day spelling-checkpoint-qian; do
		run proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, [.spend[]], .unparsed]'
		[ "$output" = '[120,100,20,"用于农田水利设施日常维护",[12,48,96,120],0]' ]
	done
}
