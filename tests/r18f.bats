#!/usr/bin/env bats
# pbtable: page breaks that cut a row or a cell (review r18b, F5-F8).

load common

# examples/cell-per-line.txt with a page number line before line $1
cpl_page_number_before() {
	awk -v n="$1" 'NR == n { print "7" } 1' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "F8 cell per line: a page number inside the spending-plan block is said as a page number, as elsewhere" {
	cpl_page_number_before 38
	run unp "$BATS_TEST_TMPDIR/in.txt" '[.line, .reason]'
	[ "$output" = '[38,"page number line above the indicator table is no part of the project'\''s fields"]' ]
	# the plan is read as without it, and pbcheck calls it page noise
	run proj "$BATS_TEST_TMPDIR/in.txt" '[.schedule, .spend]'
	[ "$output" = "$(proj "$EX/cell-per-line.txt" '[.schedule, .spend]')" ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' 2>/dev/null | pbcheck"
	[[ "$output" == *"[page-noise]"* ]]
}
