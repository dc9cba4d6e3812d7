#!/usr/bin/env bats
# pbtable: a PDF page break (its page number alone, blank lines about it)
# inside the budget block of a cell-per-line table (review r20b R3, R4).

load common

# examples/cell-per-line.txt with its 其他资金 blank and its purpose
# starting with a year, cut after the year's first digit by a page break
# (PAGE: the page number line; empty: blank lines alone)
purpose_cut() {
	awk -v page="$1" 'NR == 32 { print "\t"; next }
		NR == 35 { print "\t2"; print ""; if (page != "") print page; print ""
			print "025年用于农村公路日常养护、路面修补"; next } { print }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/p.txt"
}

@test "cell per line: a purpose cut by a page number after a digit gives no money" {
	grep -q $'^\t8.00$' "$EX/cell-per-line.txt"
	purpose_cut 7
	run proj "$BATS_TEST_TMPDIR/p.txt" '[.budget, .fiscal, .other, .purpose]'
	[ "$output" = '[88,80,null,"2025年用于农村公路日常养护、路面修补"]' ]
	# the page number is said as what it is, and no 其他资金 2 is summed
	run pbcheck --fail-on never "$BATS_TEST_TMPDIR/p.txt"
	[[ "$output" == *"a page number alone"* ]]
	[[ "$output" != *"其他资金 2"* ]]
}

@test "cell per line: a purpose row after a blank 其他资金 cell is no amount of it" {
	purpose_cut ''
	run proj "$BATS_TEST_TMPDIR/p.txt" '[.other, .purpose]'
	[ "$output" = '[null,"2025年用于农村公路日常养护、路面修补"]' ]
}

@test "cell per line: 其中 / page number / ：财政 资金 keeps the fiscal and other funds" {
	awk 'NR == 29 { print "\t其中"; print ""; print "7"; print ""; print "：财政    资金"; next } { print }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/f.txt"
	run proj "$BATS_TEST_TMPDIR/f.txt" '[.budget, .fiscal, .other, .purpose]'
	[ "$output" = '[88,80,8,"用于农村公路日常养护、路面修补"]' ]
	run pbcheck --fail-on never "$BATS_TEST_TMPDIR/f.txt"
	[[ "$output" != *"budget-sum"* ]]
}

@test "cell per line: a page number between 预算规模及资金用途 and 预算数 is no unparsed row" {
	grep -q $'^\t预算规模及资金用途$' "$EX/cell-per-line.txt"
	sed '26a\
\
7\
' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/b.txt"
	run unp "$BATS_TEST_TMPDIR/b.txt" '.reason'
	[ "$output" = '"page number line above the indicator table is no part of the project'"'"'s fields"' ]
	run proj "$BATS_TEST_TMPDIR/b.txt" '[.budget, .fiscal, .other]'
	[ "$output" = '[88,80,8]' ]
	run pbcheck --fail-on error "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 0 ]
}
