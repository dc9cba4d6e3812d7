#!/usr/bin/env bats
# Goals (绩效目标) of a numbered list wrapped over several lines: a line
# that starts no list number goes on with the goal above, in every layout.

load common

G="$FIX/goals7"

goals() {
	pbtable "$1" 2>/dev/null | jq -c "select(.type==\"project\" and .seq==$2) | .goals"
}

@test "tab grid: unnumbered lines, one starting with a count (12个), go on with goal 1" {
	[ "$(goals "$G/grid-wrapped.txt" 2)" = '["完成非遗项目影像记录并建立数字档案，覆盖12个代表性项目","按时发放传承人补助"]' ]
}
@test "a list numbered （1）: the line after it goes on, （2） starts the next" {
	[ "$(goals "$G/grid-paren.txt" 2)" = '["完成非遗项目影像记录并建立数字档案","按时发放传承人补助"]' ]
}
@test "goals not numbered stay one a line" {
	[ "$(goals "$G/grid-unnumbered.txt" 2)" = '["完成非遗项目影像记录","按时发放传承人补助"]' ]
}
@test "cell per line: a soft line break inside goal 1" {
	[ "$(goals "$G/cells-wrapped.txt" 1)" = '["完成农村公路日常养护和路面保洁","及时修补路面坑槽"]' ]
}
@test "markdown: <br> inside goal 1" {
	[ "$(goals "$G/markdown-br.txt" 1)" = '["储备帐篷、折叠床等救灾物资","定期检查维护储备物资"]' ]
}
@test "pbcheck counts the wrapped goal once: goal-repeated does not see its pieces" {
	run pbcheck -f ndjson --fail-on never "$G/grid-wrapped.txt"
	[ "$status" -eq 0 ]
	[ -z "$(jq -r 'select(.rule | startswith("goal")) | .rule' <<<"$output")" ]
}
@test "a decimal line (2.5万名) inside goal 1 when a line 2. follows: it goes on with goal 1" {
	[ "$(goals "$G/grid-decimal.txt" 2)" = '["完成非遗项目影像记录，覆盖2.5万名群众","按时发放传承人补助"]' ]
}
