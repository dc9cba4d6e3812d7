#!/usr/bin/env bats
# pbtable: what session 20 found.

load common

# examples/tab-grid.txt with its budget row's 其他资金 blank and a unit
# cell, 单位：$1, after it
unit_after_blank_other() {
	sed "58s/.*/预算规模及 资金用途\t预算数\t１２０.５０\t其中：财政 资金\t120.50\t其他资金\t\t单位：$1/" \
		"$EX/tab-grid.txt" > "$BATS_TEST_TMPDIR/u.txt"
}

@test "a unit cell after a blank 其他资金 is the table's unit, not the other funds' amount" {
	grep -q '^单位：万元$' "$EX/tab-grid.txt"
	# the same unit as the 单位 line: nothing to say
	unit_after_blank_other 万元
	run_split pbtable "$BATS_TEST_TMPDIR/u.txt"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type=="project") | [.budget, .fiscal, .other, .source_unit]' <<< "$output" | head -1)" = \
	  '[120.5,120.5,null,"万元"]' ]
	[ -z "$stderr" ]
	# another: the two units are said, once; the cell is no amount
	unit_after_blank_other 元
	run pbtable "$BATS_TEST_TMPDIR/u.txt"
	[ "$(grep -c ':58: warning' <<< "$output")" -eq 1 ]
	[[ "$output" == *":58: warning: the table states two units, 万元 (line 55) and 元 (line 58)"* ]]
	[[ "$output" != *"not an amount"* ]]
}
