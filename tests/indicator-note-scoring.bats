#!/usr/bin/env bats
# pbtable: a 备注 (note) or 评分标准 (scoring rule) column of the
# indicator table is a field of each indicator record, "note" or
# "scoring", present only in a table with the column.  Before, each
# filled cell was an unparsed record, and pbcheck an error for it, in a
# table with nothing wrong.

load common

# examples/tab-grid.txt's first table with a column headed $1: a note on
# its first row, and one the page break cuts (与上年 | 持平)
noted() {
	awk -F'\t' -v OFS='\t' -v h="$1" 'NR == 63 || NR == 73 { $7 = h }
		NR == 64 { $7 = "新增" } NR == 69 { $7 = "与上年" } NR == 74 { $7 = "持平" }
		{ print }' "$EX/tab-grid.txt"
}

@test "备注: each row's note in note, the one a page break cut joined, nothing unparsed" {
	f="$BATS_TEST_TMPDIR/note.txt"
	noted 备注 > "$f"
	for g in $(forms "$f"); do
		[ "$(ind "$g" 'select(.project_seq == 1) | [.line, .note]' | tr -d '\n')" = \
			'[64,"新增"][65,null][66,null][67,null][68,null][69,"与上年持平"][75,null][76,null]' ] ||
			{ echo "$g:"; ind "$g" '[.line, .note]'; return 1; }
		# the basis stays the basis; the other table has no such column
		[ "$(ind "$g" 'select(.line == 64) | .basis')" = '"年度工作计划"' ]
		[ "$(ind "$g" 'select(.project_seq == 2) | has("note")' | sort -u)" = false ]
		[ -z "$(unp "$g" '.')" ]
		run_split pbcheck "$g"
		[ "$status" -eq 0 ]
		[[ "$output" != *unparsed* ]]
	done
}

@test "评（扣）分标准: the scoring rule in scoring, not the basis" {
	f="$BATS_TEST_TMPDIR/score.txt"
	noted '评（扣）分标准' > "$f"
	[ "$(ind "$f" 'select(.scoring) | [.line, .scoring, .basis]' | tr -d '\n')" = \
		'[64,"新增","年度工作计划"][69,"与上年持平","往年经验"]' ]
	[ "$(ind "$f" 'has("note")' | sort -u)" = false ]
	[ -z "$(unp "$f" '.')" ]
}

@test "the note and the scoring rule read back from the records as written" {
	f="$BATS_TEST_TMPDIR/note.txt"
	noted 备注 > "$f"
	pbtable "$f" > "$BATS_TEST_TMPDIR/a.ndjson"
	pbtable "$BATS_TEST_TMPDIR/a.ndjson" | cmp - "$BATS_TEST_TMPDIR/a.ndjson"
}
