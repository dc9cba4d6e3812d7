#!/usr/bin/env bats
# pbtable: what session 19's reviews left (a page number inside a cut cell).

load common

# examples/tab-grid.txt with the cell 场馆设施设备完好率 (line 66) cut
# after 完, SED's lines between the two pieces; the rest starts as
# $1 (empty: in the first column; \t\t\t: under its own column)
grid_cut() {
	sed "66s/设备完好率\t/设备完\n$2\n$1好率\t/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
}

@test "a tab-grid cell cut by a page break: its page number is no part of the cell's text" {
	local want
	want=$(ind "$EX/tab-grid.txt" 'select(.line == 66) | [.description, .value, .basis, .seq]')
	[ "$want" = '["场馆设施设备完好率","≥95%","设施管理制度",3]' ]
	# the number alone, with blank lines about it or not
	for between in '7' '\n7\n' '\n\n7'; do
		grid_cut '' "$between"
		run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value, .basis, .seq]'
		[ "$output" = "$want" ] || { echo "between '$between': $output"; return 1; }
		# the page number is said, not dropped
		run unp "$BATS_TEST_TMPDIR/in.txt" '.reason'
		[ "$output" = '"page number line inside the indicator table is no row of it"' ]
		# and the rows after keep their numbers
		run ind "$BATS_TEST_TMPDIR/in.txt" '.seq'
		[ "$output" = "$(ind "$EX/tab-grid.txt" '.seq')" ]
	done
}

@test "a tab-grid cell cut by a page break with the header again: the rest under its column joins it, the page number apart" {
	local hdr
	hdr=$(grep -m1 '^一级指标	' "$EX/tab-grid.txt")
	grid_cut '\t\t\t' "\n7\n\n$hdr"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value, .basis]'
	[ "$output" = '["场馆设施设备完好率","≥95%","设施管理制度"]' ]
	run unp "$BATS_TEST_TMPDIR/in.txt" '[.line, .reason]'
	[ "$output" = '[68,"page number line inside the indicator table is no row of it"]' ]
}

@test "a line of digits that carries on a cut cell with no page break after it is still the cell's rest" {
	# 完成率达到9 / 5%\t…: the rest has the row's cells after it, on its line
	sed '66s/场馆设施设备完好率\t≥95％/场馆设施设备完好率达\n95%\t≥95％/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	run ind "$BATS_TEST_TMPDIR/in.txt" 'select(.line == 66) | [.description, .value]'
	[ "$output" = '["场馆设施设备完好率达95%","≥95%"]' ]
}

# pbtable's records of $1 without what says where they stand
recs() {
	pbtable "$1" 2>/dev/null | jq -c 'del(.file) | with_entries(select(.key | test("line$") | not))'
}

@test "a title wrapped right after its number (2. / 非遗…绩效目标表) is one title, the number no row of the table before" {
	sed '78s/^2\./2.\n/' "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
	[ "$(sed -n 78p "$BATS_TEST_TMPDIR/in.txt")" = "2." ]
	run bash -c "pbsplit '$BATS_TEST_TMPDIR/in.txt' | jq -c 'select(.kind == \"project_table\") | [.line, .title]' | sed -n 2p"
	[ "$output" = '[78,"非遗保护传承专项绩效目标表"]' ]
	[ "$(recs "$BATS_TEST_TMPDIR/in.txt")" = "$(recs "$EX/tab-grid.txt")" ]
	run bash -c "pbtable '$BATS_TEST_TMPDIR/in.txt' | pbcheck"
	[[ "$output" != *"[unparsed]"* ]]
}

@test "a title wrapped inside the year after its number (2.20 / 25年…表, 2. / 2025年…表) keeps the year whole" {
	for cut in 2. 2.2 2.20 2.202 2.2025; do
		sed "78s/^2\./2.2025年/" "$EX/tab-grid.txt" | sed "78s/^$cut/$cut\n/" > "$BATS_TEST_TMPDIR/in.txt"
		[ "$(sed -n 78p "$BATS_TEST_TMPDIR/in.txt")" = "$cut" ]
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 2) | [.line, .title, .code]'
		[ "$output" = '[78,"2025年非遗保护传承专项绩效目标表","51152325P000013100021"]' ] || { echo "$cut: $output"; return 1; }
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 1) | .unparsed'
		[ "$output" = 0 ]
	done
}

@test "a line above a title that is no number of it (a page number, a value) is not joined to it" {
	# the title unnumbered, under 7 (a page's number) or 2.5 (no year after)
	for above in 7 2.5 2.3; do
		sed "78s/^2\./$above\n/" "$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/in.txt"
		run proj "$BATS_TEST_TMPDIR/in.txt" 'select(.seq == 2) | [.line, .title]'
		[ "$output" = '[79,"非遗保护传承专项绩效目标表"]' ] || { echo "$above: $output"; return 1; }
	done
}
