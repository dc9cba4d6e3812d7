#!/usr/bin/env bats
# An amount written with 万 alone (60万) is 60万元, as filers mean it: it
# was "not an amount", and the budget null.

load common

@test "60万 in a 元 table's budget row is 60 万元, budget and funds alike, no warning" {
	f="$BATS_TEST_TMPDIR/wan.txt"
	sed -e '85s/200000\.00/20万/g' "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="project" and .seq == 2) | [.source_unit, .budget, .fiscal]' <<< "$output")" = '["元",20,20]' ]
}

@test "12.5 万 in a 万元 table, wrapped apart, is 12.5; 万元 and 元 after the number still read" {
	f="$BATS_TEST_TMPDIR/wan2.txt"
	sed -e '58s/１２０\.５０/12.5 万/' -e '58s/100\.50/10万元/' -e '58s/20\.00/25000元/' "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[ "$(jq -c 'select(.type=="project" and .seq == 1) | [.budget, .fiscal, .other]' <<< "$output")" = '[12.5,10,2.5]' ]
}

@test "亿 after the number is still no amount: said, not guessed" {
	f="$BATS_TEST_TMPDIR/yi.txt"
	sed -e '85s/200000\.00/2亿/' "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[[ "$stderr" == *"预算数 is not an amount: 2亿"* ]]
	[ "$(jq -c 'select(.type=="project" and .seq == 2) | .budget' <<< "$output")" = null ]
}
