#!/usr/bin/env bats
# pbtable: the budget row and the code row of new filings that gave
# wrong money or a wrong code (review r6a: E1, E2, E3, E8).

load common

T="$FIX/table7"

@test "a label starting with 非财政 is the other funds, not fiscal" {
	for f in nonfiscal nonfiscal-first nonfiscal-gb-crlf nonfiscal-one-a-row \
		nonfiscal-labels-over-amounts; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[200,150,50,0]' ]
		[ -z "$stderr" ]
	done
}

@test "a budget written in one cell, a sentence or cells run together, is read label by label" {
	for f in budget-sentence budget-run-together budget-run-together-gb-crlf budget-sentence-cpl \
		budget-sentence-yuan budget-whole-row-run-together; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose, .unparsed]' <<< "$output")" = '[200,150,50,"用于农村饮水工程日常维护",0]' ]
		[ -z "$stderr" ]
	done
}

@test "what a one-cell budget holds that no field reads is an unparsed record and a warning" {
	run_split pbtable "$T/budget-sentence-unknown-label.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[200,150,null,1]' ]
	[[ "$stderr" == *":5: warning: budget cell amount under a label read as none of 预算数, 财政资金, 其他资金: 待落实资金 50.00万元" ]]
	run_split pbtable "$T/budget-sentence-trailing-text.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .unparsed]' <<< "$output")" = '[200,200,1]' ]
	[[ "$stderr" == *":5: warning: budget cell text that no field reads: 详见附件" ]]
	# a unit pbtable cannot convert: null and said, never 万元
	run_split pbtable "$T/budget-sentence-bad-unit.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[null,null,null,3]' ]
	[[ "$stderr" == *"预算数 is not an amount: 2000.00千元"* ]]
	# a sign stays with its amount, for pbcheck to see
	run proj "$T/budget-sentence-negative.txt" '[.budget, .fiscal, .other, .unparsed]'
	[ "$output" = '[200,250,-50,0]' ]
}

@test "this year's 预算数 wins over 项目总预算数 and 上年预算数, before or after it" {
	for f in budget-total-before-annual budget-lastyear-before-budget budget-lastyear-after-budget \
		budget-total-in-sentence; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, [.spend[]], .unparsed]' <<< "$output")" = '[200,150,50,[20,80,160,200],1]' ]
		# the other budget's amount is said, as not this year's
		[[ "$stderr" == *"under a label other than this year's 预算数: "*"预算数 "*"0.00"* ]]
		[[ "$stderr" != *"预算数 200.00"* ]]
	done
}

@test "two 预算数 labels, neither plainly this year's: the budget is null, with a warning" {
	run_split pbtable "$T/budget-two-years-unclear.txt"
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .unparsed]' <<< "$output")" = '[null,150,50,2]' ]
	[[ "$stderr" == *"which is this year's cannot be told: 预算数 left null"* ]]
}

@test "项目编码 and 项目名称 in one cell: the code stops at the label, and the name after it is the name" {
	for f in code-name-one-cell code-split-name-one-cell code-name-glued code-name-label-then-cell \
		code-name-value-cell; do
		run_split pbtable "$T/$f.txt"
		[ "$(jq -c 'select(.type=="project") | [.code, .name, .name_from, .unparsed]' <<< "$output")" = '["13012324P000222200022","农村饮水安全维护经费",null,0]' ]
		[ "$(jq -c 'select(.type=="indicator") | .project' <<< "$output" | sort -u)" = '"13012324P000222200022"' ]
		[ -z "$stderr" ]
	done
}

@test "text after a whole code in its cell is an unparsed record, not part of the code" {
	run_split pbtable "$T/code-then-text.txt"
	[ "$(jq -c 'select(.type=="project") | [.code, .name, .unparsed]' <<< "$output")" = '["13012324P000222200022","农村饮水安全维护经费",1]' ]
	[[ "$stderr" == *":4: warning: project code cell text that no field reads: 经常性项目" ]]
}

@test "a budget cell with more fiscal labels than are summed: fiscal null, with a word, and nothing written past the parts (fuzz)" {
	f="$FIX/table7/budget-sentence-many-fiscal.txt"
	[ "$(grep -o '财政资金' "$f" | wc -l)" -eq 11 ]
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .code]' <<<"$output")" = '[110,null,null,"13012324P000222200022"]' ]
	[[ "$stderr" == *"two or more fiscal funds labels whose amounts may be a total and its shares: 财政资金 left null"* ]]
}
