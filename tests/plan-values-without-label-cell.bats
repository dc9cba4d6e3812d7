#!/usr/bin/env bats
# pbtable: a spending plan's values row without the empty cell under the
# plan's label is one column ahead of its header; its values are the
# checkpoints' in order when they are as many (10% was left out, 40% read
# at 3月底).

load common

R="$FIX/r23h"

@test "plan values row without its label cell: as many values as checkpoints go in order, cell per line, pipe table and tab grid" {
	for f in cpl pipe grid; do
		run proj "$R/plan-values-no-label-cell-$f.txt" '[.schedule, .unparsed]'
		[ "$output" = '[{"03":10,"06":40,"10":80,"12":100},0]' ] || { echo "$f: $output"; return 1; }
	done
	run_split pbtable "$R/plan-values-no-label-cell-cpl.txt"
	[[ "$stderr" != *"spending plan value outside the checkpoint columns"* ]]
	run proj "$R/plan-values-no-label-cell-cpl.txt" '[.spend["03"], .spend["12"]]'
	[ "$output" = '[10,100]' ]
}

@test "plan values under a 3月底 spanning two columns: blank cells still place them by column (unchanged)" {
	# \t\t\t\t170000.00\t200000.00\t: 3月底 and 6月底 blank
	run proj "$R/plan-values-span-blank-checkpoints-grid.txt" '[.schedule, .unparsed]'
	[ "$output" = '[{"03":null,"06":null,"10":17,"12":20},0]' ]
}

@test "a stray value before values that line up by column is the one not placed (unchanged)" {
	# noise.txt: 5% 25% (blank) 25% 25% 25% under a spanned 3月底
	run proj "$FIX/pbtable/noise.txt" 'select(.name == "安全保卫经费") | .schedule'
	[ "$output" = '{"03":25,"06":25,"10":25,"12":25}' ]
	run unp "$FIX/pbtable/noise.txt" 'select(.reason == "spending plan value outside the checkpoint columns") | .line'
	[ "$output" = 44 ]
}
