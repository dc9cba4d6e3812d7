#!/usr/bin/env bats
# Money end to end, what review r7 left: totals past 64 bits (G12),
# spending that cannot be held exactly (G12), one department under two
# bracket forms (G13).

load common

T="$FIX/money9"

@test "pbsum: a budget with a float artefact still gives every group its exact total" {
	run_split pbsum -g dept --total "$T"/*.txt
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 1)" = 6.6000000000000006 ]
	[ "$(echo "$output" | col spend_03 1)" = 0.825000000000000075 ]
	[ "$(echo "$output" | col budget 2)" = 150.500000 ]
	[ "$(echo "$output" | col budget 3)" = 157.1000000000000006 ]
	# partial sums merged give the same, however large the digits
	for f in "$T"/*.txt; do pbsum -g dept -f ndjson "$f"; done 2>/dev/null >"$BATS_TEST_TMPDIR/parts.ndjson"
	run_split pbsum -g dept --total "$BATS_TEST_TMPDIR/parts.ndjson"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | col budget 3)" = 157.1000000000000006 ]
	[ "$(echo "$output" | col spend_03 1)" = 0.825000000000000075 ]
}

@test "pbtable: a budget of 1.2亿元 to the fen at 33.33333333%: too many digits, not too many decimals, and said so" {
	# 12345.678912 万元 × 0.3333333333 has 16 decimals but 20 digits
	sed -e 's/单位：万元/单位：元/' -e 's/3\.3000000000000003/123456789.12/g' \
	    -e 's/\t33\.33%/\t33.33333333%/' "$T/float-budget-thirds.txt" > "$BATS_TEST_TMPDIR/big.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/big.txt"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type=="project") | [.budget, .spend."03", .spend."12"]' <<< "$output")" = '[12345.678912,null,12345.678912]' ]
	[ "$stderr" = "pbtable: $BATS_TEST_TMPDIR/big.txt:16: warning: spend_03 left blank: the budget times the plan's percentage needs more than 18 digits to be exact" ]
}

@test "pbtable: spending whose exact value needs more than 18 digits is blank and said, not silently blank" {
	run_split pbtable "$T/float-budget-thirds.txt"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type=="project") | [.spend."03", .spend."06", .unparsed]' <<< "$output")" = '[null,null,1]' ]
	[[ "$output" == *'"spend":{"03":null,"06":null,"10":2.97000000000000027,"12":3.3000000000000003}'* ]]
	[ "$(jq -r 'select(.type=="unparsed") | .line' <<< "$output")" = 16 ]
	[[ "$stderr" == *"float-budget-thirds.txt:16: warning: spend_03, spend_06 left blank: the budget times the plan's percentage needs more than 18 digits to be exact" ]]
	# pbsum says the sums may be short; pbcheck lists it
	run_split pbsum "$T/float-budget-thirds.txt"
	[[ "$stderr" == *"spend_03, spend_06 left blank"* ]]
	[ "$(echo "$output" | col nospend_03 1)" = 1 ]
	run_split bash -c 'pbtable "$1" 2>/dev/null | pbcheck' _ "$T/float-budget-thirds.txt"
	[[ "$output" == *"float-budget-thirds.txt:16:"*"spend_03, spend_06 left blank"* ]]
	# a quarter of the same budget is exact: no message
	run_split pbtable "$T/float-budget-quarters.txt"
	[ -z "$stderr" ]
	[[ "$output" == *'"spend":{"03":0.825000000000000075,"06":1.65000000000000015,'* ]]
}

@test "pbsum -g dept: 局(本级) and 局（本级） are one department" {
	run_split pbsum -g dept "$T/dept-ascii-brackets.txt" "$T/dept-fullwidth-brackets.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(echo "$output" | col dept 1)" = "平安县民政局（本级）" ]
	[ "$(echo "$output" | col projects 1)" = 2 ]
	[ "$(echo "$output" | col budget 1)" = 150.500000 ]
	# merged sum records group the same, whichever form each was written in
	{
		printf '%s\n' '{"type":"project","dept":"局(本级)","budget":1}' | pbsum -g dept -f ndjson
		printf '%s\n' '{"type":"sum","group":{"dept":"局(本级)"},"projects":1,"budget":2,"fiscal":0,"other":0,"spend":{"03":0,"06":0,"10":0,"12":0}}'
		printf '%s\n' '{"type":"project","dept":"局（本级）","budget":4}'
	} >"$BATS_TEST_TMPDIR/mixed.ndjson"
	run_split pbsum -g dept -f ndjson "$BATS_TEST_TMPDIR/mixed.ndjson"
	[ "$(jq -c '[.group.dept, .projects, .budget]' <<< "$output")" = '["局（本级）",3,7]' ]
	# the record itself keeps the filing's text; a file name is never folded
	[ "$(proj "$T/dept-ascii-brackets.txt" .dept)" = '"平安县民政局(本级)"' ]
	cp "$T/dept-ascii-brackets.txt" "$BATS_TEST_TMPDIR/a(1).txt"
	cp "$T/dept-ascii-brackets.txt" "$BATS_TEST_TMPDIR/a（1）.txt"
	run_split pbsum -g file "$BATS_TEST_TMPDIR/a(1).txt" "$BATS_TEST_TMPDIR/a（1）.txt"
	[ "${#lines[@]}" -eq 3 ]
}
