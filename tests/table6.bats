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

