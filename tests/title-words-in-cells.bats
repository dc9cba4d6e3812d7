#!/usr/bin/env bats
# pbsplit (and pbtable on raw filings): a paragraph of a table's cell
# worded as a title (2.实现年度绩效目标, 2、…绩效目标, 详见项目绩效目标表,
# a numbered paragraph of a description) cut the table there, and its
# indicators went to a phantom project (review r10, finding 1).  Such a
# title past a table's 项目编码 row stands only when the head of its own
# table follows it (表, department, 单位, 项目编码...); before a body
# cell or row it is the cell's text.

load common

T="$FIX/r10a"

# the project_table blocks pbsplit makes of a file: [line, title]
tables() {
	pbsplit "$1" | jq -c 'select(.type=="block" and .kind=="project_table") | [.line, .title]'
}

@test "a goal 2.…绩效目标 in a cell per line: one table, both goals, its indicators; real titles after it still start tables" {
	run tables "$T/cpl-goal-title-half.txt"
	[ "$output" = '[5,"渠道日常巡护经费绩效目标表"]
[78,"小型水利设施维修经费绩效目标表"]
[148,"防汛物资储备经费绩效目标表"]' ]
	run proj "$T/cpl-goal-title-half.txt" '[.line, .code, .budget, .goals, .indicators]'
	[ "$output" = '[5,"62010125P000210000017",60,["完成渠道日常巡护","实现年度绩效目标"],4]
[78,"62010125P000220000031",40,["维修渠道5公里"],4]
[148,"62010125P000230000045",40,["储备防汛物资"],4]' ]
	run_split pbtable "$T/cpl-goal-title-half.txt"
	[ "$(jq -r 'select(.type=="indicator") | .project' <<< "$output" | uniq -c | awk '{print $1, $2}' | tr '\n' ' ')" = '4 62010125P000210000017 4 62010125P000220000031 4 62010125P000230000045 ' ]
	[[ "$stderr" != *"no indicator table"* ]]
}

@test "goals 2、…绩效目标 then 3.…详见项目绩效目标表, and a page number before the indicators: one table" {
	run tables "$T/cpl-goal-title-words.txt"
	[ "$output" = '[5,"渠道日常巡护经费绩效目标表"]
[81,"小型水利设施维修经费绩效目标表"]' ]
	run proj "$T/cpl-goal-title-words.txt" '[.line, .code, .budget, .goals, .indicators]'
	[ "$output" = '[5,"62010125P000210000017",60,["完成渠道日常巡护","实现整体绩效目标","指标详见项目绩效目标表"],4]
[81,"62010125P000220000031",40,["维修渠道5公里"],4]' ]
}

@test "a numbered paragraph 2.达到年度绩效目标 in a description cell stays in its cell" {
	run tables "$T/cpl-desc-paragraph.txt"
	[ "$output" = '[5,"渠道日常巡护经费绩效目标表"]
[79,"小型水利设施维修经费绩效目标表"]' ]
	run proj "$T/cpl-desc-paragraph.txt" '[.code, .budget, .indicators, .unparsed]'
	[ "$output" = '["62010125P000210000017",60,4,0]
["62010125P000220000031",40,4,0]' ]
	run ind "$T/cpl-desc-paragraph.txt" 'select(.level3=="维修合格率") | [.level2, .description, .value, .basis]'
	[ "${lines[0]}" = '["质量指标","渠道维修验收合格2.达到年度绩效目标","≥95%","验收标准"]' ]
}

@test "tab grid: a goal line without a tab worded as a title does not cut the table" {
	run tables "$T/grid-goal-line.txt"
	[ "$output" = '[7,"渠道日常巡护经费绩效目标表"]
[26,"小型水利设施维修经费绩效目标表"]' ]
	run proj "$T/grid-goal-line.txt" '[.line, .code, .budget, .indicators, .unparsed]'
	[ "$output" = '[7,"62010125P000210000017",60,4,0]
[26,"62010125P000220000031",40,4,0]' ]
}
