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

# examples/tab-grid.txt with row $1 cut after its cell $2 (0-based): the
# row's first $2 + 1 cells, then (break set) a page number and the header
# again, then the rest under its columns, the cells before it empty
grid_cut() {
	awk -F '\t' -v OFS='\t' -v n="$1" -v c="$2" -v brk="${3:-1}" '
		NR == 63 { hdr = $0 }
		NR == n {
			a = ""; b = ""
			for (i = 1; i <= NF; i++) {
				a = a (i > 1 ? OFS : "") (i <= c + 1 ? $i : "")
				b = b (i > 1 ? OFS : "") (i > c + 1 ? $i : "")
			}
			print a
			if (brk) { print ""; print "7"; print ""; print hdr }
			print b
			next
		}
		1' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "F6 tab grid: a row cut after its level-1 or level-2 cell goes on in the row that starts where it stopped" {
	sed -n 63p "$EX/tab-grid.txt" | grep -q '^一级指标'
	want="$(ind "$EX/tab-grid.txt" '[.seq, .level1, .level2, .level3, .value]')"
	# after level 2 (质量指标 / 设施完好率), after level 1 (产出指标 /
	# 数量指标), with the break's lines between and without
	for cut in "66 1 1" "66 1 0" "64 0 1" "64 0 0"; do
		grid_cut $cut
		run ind "$BATS_TEST_TMPDIR/in.txt" '[.seq, .level1, .level2, .level3, .value]'
		[ "$output" = "$want" ]
		run unp "$BATS_TEST_TMPDIR/in.txt" '.reason'
		[[ "$output" != *"without a name or value"* ]]
	done
}

@test "F6 tab grid: a row of level names alone followed by a row of its own (its level-2 cell filled) stays as it was read" {
	# 质量指标 alone, then the 时效指标 row: no rest, as it fills the
	# level-2 column again
	awk -F '\t' -v OFS='\t' 'NR == 66 { print "", "质量指标", "", "", "", "", ""; next } 1' \
		"$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.level2, .level3, .value]'
	[ "$output" = '["质量指标",null,null]' ]
	run unp "$BATS_TEST_TMPDIR/in.txt" '[.line, .reason]'
	[ "$output" = '[66,"indicator row without a name or value"]' ]
}

@test "F5 tab grid: the rest of a level-3 name wrapped onto the next line, no page break between, joins the name" {
	sed -n 114p "$EX/tab-grid.txt" | grep -q '	游客满意度	'
	want="$(ind "$EX/tab-grid.txt" '[.seq, .level2, .level3, .value]')"
	# 游客 / \t\t满意度\t\t\t\t right below it
	sed '114{s/\t游客满意度\t/\t游客\t/;s/$/\n\t\t满意度\t\t\t\t/}' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run ind "$BATS_TEST_TMPDIR/in.txt" '[.seq, .level2, .level3, .value]'
	[ "$output" = "$want" ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' 2>/dev/null | pbcheck | grep -c empty-field"
	[ "$output" = 0 ]
	# a row with more than the name is a row of its own
	awk -F '\t' -v OFS='\t' 'NR == 114 { print; print "", "", "满意度", "", "≥90%", "", ""; next } 1' \
		"$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.level3 == "满意度") | .value'
	[ "$output" = '"≥90%"' ]
}
