#!/usr/bin/env bats
# Noise that changed the records (review r9a): a space inside a plan
# header's 12 (N2), a space after a range's dash (N5), a space inside an
# amount (N8), plan cells in 百分比 (N9), 单位 :元 (N10).

load common

T="$FIX/val16"

sched() {
	proj "$1" '[.schedule."03", .schedule."06", .schedule."10", .schedule."12"]'
}

@test "pbtable: a plan header 1 2月底, 1 2 月底 or １２月底 is 12月底: its amount stays at 12月底" {
	for f in plan-header-12-spaced plan-header-12-spaced2 plan-header-12-fullwidth; do
		run_split pbtable "$T/$f.txt"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(sched "$T/$f.txt")" = '[50,120,null,250]' ]
	done
	[ "$(proj "$T/plan-header-12-spaced.txt" '.spend."10"')" = null ]
	run_split pbtable "$T/plan-header-10-spaced.txt"
	[ -z "$stderr" ]
	[ "$(sched "$T/plan-header-10-spaced.txt")" = '[50,120,200,null]' ]
	# the checkpoint 10月底 was blank: pbsum counts it under nospend
	run_split pbsum "$T/plan-header-12-spaced.txt"
	[ "$(echo "$output" | col nospend_10 1)" = 1 ]
}

@test "pbtable: a value under a plan header that names no checkpoint is said, not moved to the checkpoint on its left" {
	run_split pbtable "$T/plan-header-unknown.txt"
	[ "$status" -eq 0 ]
	[ "$(sched "$T/plan-header-unknown.txt")" = '[50,120,null,null]' ]
	[[ "$stderr" == *"plan-header-unknown.txt:10: warning: spending plan value under a header that is no checkpoint: 12月低" ]]
	[ "$(unp "$T/plan-header-unknown.txt" .line)" = 10 ]
}

@test "pbtable: a range with blanks around its dash is the range, never a number with the unit - 60公里" {
	f="$T/range-space-dash.txt"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$(ind "$f" '[.num, .unit, .kind, .partial]' | sort | uniq -c | awk '{print $1, $2}')" = '2 [null,null,"date",null]
5 [null,null,"text",true]' ]
	[ "$(ind "$f" 'select(.kind=="date") | [.value, .date, .op]')" = '["2024年1- 12月","2024-12","<="]
["1- 12月","--12","<="]' ]
	[ "$(ind "$f" 'select(.value=="≥90%- 100%") | .op')" = '">="' ]
	# every range is a value-partial, as without the blanks; no date is
	run_split pbcheck "$f"
	[ "$(grep -c 'value-partial' <<< "$output")" = 5 ]
	[[ "$output" != *"2024年1- 12月 only partly"* ]]
}

@test "pbtable: an amount that wrapping broke with a space is one amount when its pieces cannot be two" {
	run_split pbtable "$T/amount-inner-space.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(proj "$T/amount-inner-space.txt" '[.budget, .fiscal, .other]')" = '[1234.56,1234.56,null]' ]
	# 25000 00.00, 2500000 .00 元; a plan 1 200 000.00, 2000000. 00
	run_split pbtable "$T/amount-wrap-space.txt"
	[ -z "$stderr" ]
	[ "$(proj "$T/amount-wrap-space.txt" '[.budget, .fiscal, .other]')" = '[250,250,null]' ]
	[ "$(sched "$T/amount-wrap-space.txt")" = '[50,120,200,250]' ]
	# a cell broken by <br> in an HTML table
	[ "$(proj "$T/amount-wrap-br.html.txt" '.budget')" = '1234.56
250' ]
	run_split pbsum "$T/amount-inner-space.txt"
	[ "$(echo "$output" | col budget 1)" = 1234.560000 ]
}

@test "pbtable: two amounts side by side in one cell are not glued into one" {
	f="$T/amount-two-in-cell.txt"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$(proj "$f" '[.budget, .fiscal, .other]')" = '[null,null,null]' ]
	[[ "$stderr" == *"amount-two-in-cell.txt:7: warning: 预算数 is not an amount: 100.00 50.00"* ]]
	[[ "$stderr" == *"warning: 财政资金 is not an amount: 100 50.00"* ]]
	[[ "$stderr" == *"warning: 其他资金 is not an amount: 1 234"* ]]
}

@test "pbtable: plan values written 25百分比 are percentages, as 25% is" {
	for f in plan-baifenbi plan-baifenbi-nolabel; do
		run_split pbtable "$T/$f.txt"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(proj "$T/$f.txt" '[.schedule_unit, .schedule."03", .schedule."06", .schedule."10", .schedule."12"]')" = '["%",25,25,30,20]' ]
		run_split pbcheck "$T/$f.txt"
		[[ "$output" != *plan-not-100* ]]
	done
	# a header row of checkpoint and value pairs
	run_split pbtable "$T/plan-baifenbi-pairs.txt"
	[ -z "$stderr" ]
	[ "$(proj "$T/plan-baifenbi-pairs.txt" '[.schedule_unit, .spend."03", .spend."12"]')" = '["%",25,100]' ]
}

@test "pbtable: 单位 :元 and 单位 (元) are unit lines, with no unparsed row" {
	f="$T/unit-space-colon.txt"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(proj "$f" '[.source_unit, .budget, .unparsed]')" = '["元",250,0]' ]
	[ -z "$(unp "$f" .reason)" ]
	run_split pbcheck "$f"
	[[ "$output" != *unparsed* ]]
	# a space before an ASCII bracket: its 元 amounts were taken as 万元
	f="$T/unit-space-bracket.txt"
	run_split pbtable "$f"
	[ -z "$stderr" ]
	[ "$(proj "$f" '[.dept, .source_unit, .budget]')" = '["测试局本级","元",250]' ]
}
