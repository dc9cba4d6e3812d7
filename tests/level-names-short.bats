#!/usr/bin/env bats
# review r14 F13: level names without their 指标 (产出, 数量, 服务对象满意度),
# as many templates fill the level columns, are the framework's names.
load common

R="$FIX/r14d"

@test "r14d: short level names read and reviewed as the long ones, in every layout and encoding" {
	for l in tab-grid cell-per-line markdown; do
		for f in $(forms "$R/short-$l.txt"); do
			# the records are the example's, the level cells as written
			diff <(pbtable "$EX/$l.txt" | jq -c 'del(.file, .level1, .level2)') \
			     <(pbtable "$f" | jq -c 'del(.file, .level1, .level2)')
			[ "$(ind "$f" '.level1' | sort -u | tr -d '"\n')" != "" ]
			ind "$f" '.level1' | grep -q '^"产出"$'
			# and so are the findings: none of the framework's
			run pbcheck "$f"
			[ "$(echo "$output" | grep -c 'level1-unknown\|level2-unknown\|level2-wrong-level1\|no-output-indicator\|no-benefit-indicator\|no-satisfaction-indicator')" -eq 0 ]
			[ "$(echo "$output" | sed 's/^[^:]*://')" = "$(pbcheck "$EX/$l.txt" | sed 's/^[^:]*://')" ]
		done
	done
}

@test "r14d: a short name keeps its level's checks (数量 is quantity), and 数量 under 效益 is still misplaced" {
	f="$BATS_TEST_TMPDIR/f.txt"
	# a quantity of no number and a date outside the year, under short names
	sed -e 's/^\(产出\t数量\t[^\t]*\t[^\t]*\t\)[^\t]*/\1适量/' "$R/short-tab-grid.txt" >"$f"
	run pbcheck "$f"
	[[ "$output" == *"[unquantified]"* ]]
	# 数量 under 效益 is still under the wrong level 1
	sed -e 's/^产出\t数量\t/效益\t数量\t/' "$R/short-tab-grid.txt" >"$f"
	run pbcheck "$f"
	[[ "$output" == *"[level2-wrong-level1]"* ]]
}

# review r14 F08: a date in a 数量指标 is no quantity, however written
@test "r14d: unquantified: a date of digits and dashes or dots is a date, not a count" {
	run pbcheck "$R/dates.txt"
	[ "$status" -eq 1 ]
	for l in 18 19 20 21 22; do
		[[ "$output" == *"dates.txt:$l: error: "*"is a date, not a quantity [unquantified]"* ]] || { echo "line $l"; return 1; }
	done
	# a count of months or years is still a count
	for v in 12个月 3年 365天 10年以上; do
		sed "s/	2025-12-31	/	$v	/" "$R/dates.txt" >"$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbcheck "$BATS_TEST_TMPDIR/v.txt" | grep -c ':18: ')" -eq 0 ] || { echo "$v"; return 1; }
	done
	# a sign on a quantity in Chinese numerals is one (review r14 F12)
	for v in 不低于九成 不少于两台; do
		sed "s/	2025-12-31	/	$v	/" "$R/dates.txt" >"$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbcheck "$BATS_TEST_TMPDIR/v.txt" | grep -c ':18: ')" -eq 0 ] || { echo "$v"; return 1; }
	done
}

# review r14 F11: a cost per head, per set or a unit price is no total
@test "r14d: cost-over-budget leaves per-unit costs alone, said before the number or in the name" {
	run pbcheck "$R/cost.txt"
	[ "$(echo "$output" | grep -c 'cost-over-budget')" -eq 0 ]
	for v in 每套≤60万元 单价≤60万元 户均60万元; do
		sed "s/人均≤60万元/$v/" "$R/cost.txt" >"$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbcheck "$BATS_TEST_TMPDIR/v.txt" | grep -c 'cost-over-budget')" -eq 0 ] || { echo "$v"; return 1; }
	done
	sed "s/	项目成本	项目成本	人均≤60万元/	人均补助标准	补助	≤60万元/" "$R/cost.txt" >"$BATS_TEST_TMPDIR/v.txt"
	[ "$(pbcheck "$BATS_TEST_TMPDIR/v.txt" | grep -c 'cost-over-budget')" -eq 0 ]
	# a total, or a year's cost, over the budget is still reported
	for v in ≤60万元 每年≤60万元; do
		sed "s/人均≤60万元/$v/" "$R/cost.txt" >"$BATS_TEST_TMPDIR/v.txt"
		[ "$(pbcheck "$BATS_TEST_TMPDIR/v.txt" | grep -c ':22: error: .*(60 万元) exceeds the budget 50 万元 \[cost-over-budget\]')" -eq 1 ] || { echo "$v"; return 1; }
	done
}
