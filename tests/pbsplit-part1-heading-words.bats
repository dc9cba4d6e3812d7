#!/usr/bin/env bats
# Part 1's headings as filers word them, and prose that starts as a part
# heading does: each case is examples/tab-grid.txt with a line changed.

load common

blocks() {
	pbsplit "$1" | jq -c 'select(.type=="block") | [.kind, .line, .end_line]'
}

@test "二、年度分项绩效目标 opens the sub-goals as 二、分项绩效目标 does (一、年度总体… already did)" {
	f="$BATS_TEST_TMPDIR/y.txt"
	sed -e '33s/.*/二、年度分项绩效目标/' "$EX/tab-grid.txt" > "$f"
	[ "$(blocks "$f" | grep -c sub_goals)" -eq 1 ]
	[ "$(blocks "$f")" = "$(blocks "$EX/tab-grid.txt")" ]
	[ "$(pbsplit "$f" | jq -r 'select(.kind=="sub_goals") | .title')" = 二、年度分项绩效目标 ]
	sed -e '33s/.*/（二）部门年度分项绩效目标/' "$EX/tab-grid.txt" > "$f"
	[ "$(blocks "$f")" = "$(blocks "$EX/tab-grid.txt")" ]
}

@test "a sentence that starts with 第二部分 is prose in the overall goal, not a part heading" {
	f="$BATS_TEST_TMPDIR/p.txt"
	sed -e '31a\
第二部分所列项目均已纳入年度预算。' "$EX/tab-grid.txt" > "$f"
	[ "$(sed -n 32p "$f")" = 第二部分所列项目均已纳入年度预算。 ]
	# the same blocks, each after the line one further down
	[ "$(blocks "$f" | jq -r .[0] | tr '\n' ' ')" = "$(blocks "$EX/tab-grid.txt" | jq -r .[0] | tr '\n' ' ')" ]
	[ "$(blocks "$f" | jq -c 'select(.[0]=="overall_goal")')" = '["overall_goal",29,33]' ]
	sed -e '31a\
第二部分项目已细化到具体支出；' "$EX/tab-grid.txt" > "$f"
	[ "$(blocks "$f" | jq -c 'select(.[0]=="overall_goal")')" = '["overall_goal",29,33]' ]
}
