#!/usr/bin/env bats
# A two-row indicator header in cell per line, whose upper row DOCX wrote
# with 绩效指标 once over the three level columns; and a row of labelled
# text under the indicator table whose cells were merged.

load common

T="$FIX/cpl9"

ROWS='["产出指标","数量指标","数量","购置数量","≥1项","计划"]
["满意度指标","服务对象满意度指标","满意度","服务对象满意","≥90%","调查"]'

@test "cell per line, 绩效指标 written once over the levels: each column its own field" {
	run_split pbtable "$T/tworow-merged-once.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.level1,.level2,.level3,.description,.value,.basis]' <<< "$output")" = "$ROWS" ]
	[ "$(jq -c 'select(.type=="unparsed")' <<< "$output")" = "" ]
	[ "$(jq -c 'select(.type=="indicator") | [.line,.op,.num,.unit]' <<< "$output")" = \
'[35,">=",1,"项"]
[42,">=",90,"%"]' ]
}

@test "cell per line, the level row without its empty cells: a row stays one indicator" {
	for f in tworow-merged-once-noempties.txt tworow-merged-once-crlf.txt; do
		run_split pbtable "$T/$f"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="indicator") | [.level1,.level2,.level3,.description,.value,.basis]' <<< "$output")" = "$ROWS" ]
		[ "$(jq -c 'select(.type=="project") | .indicators' <<< "$output")" = 2 ]
		[ "$(jq -c 'select(.type=="indicator") | .line' <<< "$output" | tr '\n' ' ')" = "32 39 " ]
	done
}

@test "cell per line, the upper row with its span's empty cells: read as before" {
	run_split pbtable "$T/tworow-span-kept.txt"
	[ "$status" -eq 0 ]
	[ "$(jq -c 'select(.type=="indicator") | [.level1,.level2,.level3,.description,.value,.basis]' <<< "$output")" = "$ROWS" ]
}

@test "pbcheck finds no value repeating the level-3 name in the merged-once header" {
	run_split bash -c 'pbtable "$1" | pbcheck' _ "$T/tworow-merged-once.txt"
	[[ "$output" != *"value-repeats-name"* ]]
	[[ "$output" != *"unparsed"* ]]
}
