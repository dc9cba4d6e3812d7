#!/usr/bin/env bats
# pbtable (review r11): in cell per line, an amount written with
# thousands spaces (1 280 000.00) after a page break or blank lines under
# 预算数 goes on with the 预算数 row, as it does without the break and as
# 1,280,000.00 does with it: the budget, fiscal and other were null, the
# amounts went into the purpose, pbsum skipped the project and pbcheck
# said 预算数 was empty.  The same amount after a label in its own cell
# (预算数：1 280 000.00) is read whole, not as 0.0001.

load common

T="$FIX/r11d"

PURPOSE='"用于村级文化活动场地租用、演出补助"'

@test "a spaced amount after a page break under 预算数 is the budget, in 元, 万元, full-width, CRLF + GB18030" {
	for f in pagebreak-yuan blanklines-yuan pagebreak-fullwidth pagebreak-yuan-suffix \
	         pagebreak-wrapped pagebreak-yuan-gb18030-crlf; do
		run proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, .indicators]'
		[ "$output" = "[128,100,28,$PURPOSE,4]" ] || { echo "$f: $output"; return 1; }
		[ "$(ind "$T/$f.txt" '.level1' | wc -l)" -eq 4 ]
	done
	run proj "$T/pagebreak-wan.txt" '[.budget, .fiscal, .other, .purpose, .indicators]'
	[ "$output" = "[1128,1000,128,$PURPOSE,4]" ]
}

@test "the spaced amounts after the break read as without it, and as comma-grouped ones with it" {
	want=$(proj "$T/nobreak-yuan.txt" '[.budget, .fiscal, .other, .purpose, .spend, .goals]')
	[ "$want" = "$(proj "$T/pagebreak-comma.txt" '[.budget, .fiscal, .other, .purpose, .spend, .goals]')" ]
	for f in pagebreak-yuan blanklines-yuan pagebreak-fullwidth; do
		[ "$(proj "$T/$f.txt" '[.budget, .fiscal, .other, .purpose, .spend, .goals]')" = "$want" ]
	done
}

@test "a label's spaced amount in its own cell (预算数：1 280 000.00) is read whole" {
	run_split pbtable "$T/inline-label-yuan.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .purpose]' <<< "$output")" = \
	  "[128,100,28,$PURPOSE]" ]
}

@test "pbsum counts the project after the break: 128 万元, none skipped" {
	for f in pagebreak-yuan blanklines-yuan pagebreak-fullwidth pagebreak-yuan-gb18030-crlf; do
		run pbsum -g dept "$T/$f.txt"
		[ "$status" -eq 0 ]
		[ "$(cut -f1-5,10 <<< "$output" | tail -n 1)" = \
		  "$(printf '红石乡文化站\t1\t128.000000\t100.000000\t28.000000\t0')" ] || { echo "$f: $output"; return 1; }
	done
	run pbsum -g dept "$T/pagebreak-wan.txt"
	[ "$(cut -f1-3,10 <<< "$output" | tail -n 1)" = "$(printf '红石乡文化站\t1\t1128.000000\t0')" ]
}

@test "pbcheck does not say 预算数 is empty after the break" {
	for f in pagebreak-yuan blanklines-yuan pagebreak-wan pagebreak-fullwidth; do
		run_split pbcheck "$T/$f.txt"
		[[ "$output" != *"预算数 is empty"* ]] || { echo "$f: $output"; return 1; }
		[[ "$output" != *"empty-field"* ]]
	done
	# with blank lines only there is nothing to say at all
	run_split pbcheck "$T/blanklines-yuan.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ -z "$stderr" ]
}
