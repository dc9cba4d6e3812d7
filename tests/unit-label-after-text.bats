#!/usr/bin/env bats
# pbtable: a table's 单位 label after other text on its line, set off by
# blanks (512001 某某局    单位：元, 币种：人民币  单位：元, 编制单位：
# 某某局    单位：元), and the forms 计量单位：元 and 单位/元 (review r14,
# finding 1): the line was no unit line, and the 元 amounts were taken
# as 万元 (10 000 times too much).  A label naming two units (单位：元/
# 万元) is read as two 单位 lines are, said so (finding 14): it was 元,
# silently.

load common

T="$FIX/r14a"

# [source_unit, budget, indicators, dept] of each project, one array
units() {
	pbtable "$1" 2>/dev/null | jq -sc '[.[] | select(.type=="project") | [.source_unit, .budget, .indicators, .dept]]'
}
D='"测试县文旅局本级"'
E="[\"元\",50,3,$D]"

@test "a 单位 label after other text in the table's head: the amounts read in its unit, in every layout and encoding" {
	for lay in grid cells pipe; do
		for f in $(forms "$T/$lay-spaced.txt"); do
			[ "$(units "$f")" = "[$E,$E,$E,$E,$E,$E]" ] || { echo "$f: $(units "$f")"; return 1; }
			# no warning: neither "no 单位 line" nor the line left unread
			run_split pbtable "$f"
			[ "$status" -eq 0 ]
			[ -z "$stderr" ] || { echo "$f: $stderr"; return 1; }
			run_split pbsum -g dept "$f"
			[ "$(col budget 1 <<< "$output")" = "300.000000" ] || { echo "$f: $output"; return 1; }
			[ -z "$stderr" ]
		done
		# through pbsplit's records, the same
		[ "$(pbsplit "$T/$lay-spaced.txt" | pbtable 2>/dev/null | jq -sc '[.[] | select(.type=="project") | .budget] | add')" = 300 ]
	done
}

@test "the department's line with the unit at its end: pbsplit and pbtable read the same department" {
	for lay in grid cells pipe; do
		f="$T/$lay-spaced.txt"
		[ "$(pbsplit "$f" | jq -c 'select(.type=="doc") | [.dept, .dept_code]')" = "[$D,\"512001\"]" ]
		[ "$(proj "$f" '[.dept, .dept_code]' | sort -u)" = "[$D,\"512001\"]" ]
	done
	# 计量单位 and 单位/ end the name as 单位： does
	for v in '计量单位：元' '单位/元'; do
		sed "s#^512001 测试县文旅局本级    单位：元\$#512001 测试县文旅局本级  $v#" "$T/grid-spaced.txt" > "$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbsplit "$BATS_TEST_TMPDIR/v.txt" | jq -c 'select(.type=="doc") | .dept')" = "$D" ]
		[ "$(proj "$BATS_TEST_TMPDIR/v.txt" '.dept' | sort -u)" = "$D" ]
	done
}

@test "a unit that cannot be used, or two units on one label: never 万元 silently" {
	N="[null,null,3,$D]" W="[\"万元\",500000,3,$D]"
	for lay in grid cells pipe; do
		for f in $(forms "$T/$lay-unusable.txt"); do
			# 千元 after 币种: null; 元/万元 and 元,万元: the second, 万元;
			# 万元或元: 元; 元、千元: null; 元 and a note after it: 元
			[ "$(units "$f")" = "[$N,$W,$W,$E,$N,$E]" ] || { echo "$f: $(units "$f")"; return 1; }
			run_split pbtable "$f"
			[ "$(grep -c 'unknown currency unit' <<< "$stderr")" = 2 ] || { echo "$f: $stderr"; return 1; }
			[ "$(grep -c 'the table states two units' <<< "$stderr")" = 3 ] || { echo "$f: $stderr"; return 1; }
			! grep -q 'no 单位 line' <<< "$stderr"
		done
	done
	# the warning names both units, and is an unparsed record at the line
	run unp "$T/grid-unusable.txt" '[.line, .reason]'
	[ "${lines[1]}" = '[27,"the table states two units, 元 (line 27) and 万元 (line 27): amounts taken as 万元"]' ]
}
