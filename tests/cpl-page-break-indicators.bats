#!/usr/bin/env bats
# pbtable: a PDF page break (its page number, or the running header,
# blank lines about it) that cuts a cell of the indicator table in the
# cell-per-line layout (review r20b R7).

load common

# examples/cell-per-line.txt with its line N, a cell PIECE REST, cut
# between the two by the noise lines given (a blank line before and after
# them), the rest on a line without a tab, as DOCX leaves a cell's
# paragraph
cut_at() {
	local n=$1 piece=$2 rest=$3
	shift 3
	[ "$(sed -n "${n}p" "$EX/cell-per-line.txt")" = "$(printf '\t%s%s' "$piece" "$rest")" ] || return 1
	awk -v n="$n" -v piece="$piece" -v rest="$rest" -v noise="$(printf '%s\n' "$@")" '
		NR == n { print "\t" piece; print ""; printf "%s", noise; print ""
			print rest; next } { print }' "$EX/cell-per-line.txt"
}

@test "cell per line: a basis cut by a page number after a whole row is read whole" {
	grep -q $'^\t公路技术状况评定标准$' "$EX/cell-per-line.txt"
	for noise in 7 '- 7 -' '第7页'; do
		cut_at 73 公 路技术状况评定标准 "$noise" > "$BATS_TEST_TMPDIR/b.txt"
		run ind "$BATS_TEST_TMPDIR/b.txt" 'select(.seq == 2) | [.value, .basis]'
		[ "$output" = '["≥85%","公路技术状况评定标准"]' ] || { echo "$noise: $output"; false; }
		# the page number is said, and only it: no rest left unread
		run unp "$BATS_TEST_TMPDIR/b.txt" '.reason'
		[ "$output" = '"page number line inside the indicator table is no row of it"' ]
		run pbcheck --fail-on error "$BATS_TEST_TMPDIR/b.txt"
		[ "$status" -eq 0 ]
	done
}

@test "cell per line: a basis cut by the running header and its draft mark is read whole" {
	cut_at 66 养护 计划 '2025年部门预算绩效文本' '（草案）' > "$BATS_TEST_TMPDIR/h.txt"
	run ind "$BATS_TEST_TMPDIR/h.txt" '.basis'
	[ "${lines[0]}" = '"养护计划"' ]
	[ "${#lines[@]}" -eq 7 ]
	# the header's lines are the only text not read
	run unp "$BATS_TEST_TMPDIR/h.txt" '.text'
	[ "$output" = '"2025年部门预算绩效文本\n"
"（草案）\n"' ]
}

@test "cell per line: a basis that is a year cut after its first digit joins with nothing between" {
	awk 'NR == 73 { print "\t2"; print ""; print "7"; print ""; print "025年养护计划"; next } { print }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/y.txt"
	run ind "$BATS_TEST_TMPDIR/y.txt" 'select(.seq == 2) | .basis'
	[ "$output" = '"2025年养护计划"' ]
}

@test "cell per line: a value cut inside its number by a page number keeps the number" {
	cut_at 65 ≥1 20公里 7 > "$BATS_TEST_TMPDIR/v.txt"
	run ind "$BATS_TEST_TMPDIR/v.txt" 'select(.seq == 1) | [.value, .num, .unit, .basis]'
	[ "$output" = '["≥120公里",120,"公里","养护计划"]' ]
	# after its point, under the header again
	cut_at 88 ≤0. 7万元/公里 '2025年部门预算绩效文本' 7 > "$BATS_TEST_TMPDIR/p.txt"
	run ind "$BATS_TEST_TMPDIR/p.txt" 'select(.seq == 4) | [.value, .num, .unit]'
	[ "$output" = '["≤0.7万元/公里",0.7,"万元/公里"]' ]
}

@test "cell per line: text after the last row and a page number stays a note, not the basis" {
	# the same page break before it cuts the second row's basis, joined
	cut_at 73 公 路技术状况评定标准 7 | awk '{ print } /^\t问卷调查$/ { print ""; print "7"; print ""; print "以上指标为年度目标" }' \
		> "$BATS_TEST_TMPDIR/n.txt"
	run ind "$BATS_TEST_TMPDIR/n.txt" '.basis'
	[ "${lines[1]}" = '"公路技术状况评定标准"' ]
	[ "${lines[6]}" = '"问卷调查"' ]
	run unp "$BATS_TEST_TMPDIR/n.txt" '.reason'
	[[ "$output" == *'"text inside the indicator table is not a row"'* ]]
	# a page number between two rows (a cell after it) joins nothing
	awk '{ print } NR == 74 { print "7"; print "" }' "$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/r.txt"
	run ind "$BATS_TEST_TMPDIR/r.txt" '[.level2, .basis]'
	[ "${lines[1]}" = '["质量指标","公路技术状况评定标准"]' ]
	[ "${lines[2]}" = '["时效指标","养护规范"]' ]
}

@test "cell per line: a goal ending in a number and the next goal after a page number stay two" {
	awk 'NR == 50 { print "\t1.养护里程120"; print ""; print "7"; print ""; next } { print }' \
		"$EX/cell-per-line.txt" > "$BATS_TEST_TMPDIR/g.txt"
	run proj "$BATS_TEST_TMPDIR/g.txt" '.goals'
	[ "$output" = '["养护里程120","及时修补路面坑槽"]' ]
	# a list's number alone before the break is still the goal's
	cut_at 50 1 .完成农村公路日常养护 7 > "$BATS_TEST_TMPDIR/g1.txt"
	run proj "$BATS_TEST_TMPDIR/g1.txt" '.goals'
	[ "$output" = '["完成农村公路日常养护","及时修补路面坑槽"]' ]
}
