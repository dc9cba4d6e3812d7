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

# examples/markdown.txt with row $1 cut inside cell $2 (0-based) after
# $3 characters: a page number and the header again before the rest of
# that cell, under its column, the row's other cells empty
md_cut() {
	awk -F '\t' -v OFS='\t' -v n="$1" -v c="$2" -v k="$3" '
		NR == 62 { hdr = $0 }
		NR == n {
			a = ""; b = ""
			for (i = 1; i <= NF; i++) {
				x = i == c + 1 ? substr($i, 1, k) : $i
				y = i == c + 1 ? substr($i, k + 1) : ""
				a = a (i > 1 ? OFS : "") x; b = b (i > 1 ? OFS : "") y
			}
			print a; print ""; print "7"; print ""; print hdr; print b
			next
		}
		1' "$EX/markdown.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "F7 markdown: math or a tag cut by a page break is read whole once its pieces are joined" {
	sed -n 62p "$EX/markdown.txt" | grep -q '^一级指标'
	md_cut 64 4 1
	run ind "$BATS_TEST_TMPDIR/in.txt" '[.level3, .value, .op, .num, .unit, .kind]'
	[ "$(sed -n 2p <<< "$output")" = '["物资完好率","≥95%",">=",95,"%","number"]' ]
	md_cut 67 3 1
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.level3 == "应急保障能力") | [.description, .value]'
	[ "$output" = "$(ind "$EX/markdown.txt" 'select(.level3 == "应急保障能力") | [.description, .value]')" ]
	[[ "$output" != *"<"* ]]
	# the only record more is the page number's
	run unp "$BATS_TEST_TMPDIR/in.txt" '.reason'
	[ "$output" = '"page number line inside the indicator table is no row of it"' ]
}
