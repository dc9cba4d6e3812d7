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

@test "a sign-off row whose merged cells kept their empty ones is unparsed, not an indicator" {
	for f in signoff-spread.tab.txt signoff-spread.pipe.txt signoff-spread.html.txt signoff-three.tab.txt; do
		run_split pbtable "$T/$f"
		[ "$(jq -c 'select(.type=="indicator") | .level1' <<< "$output" | grep -c '：')" -eq 0 ]
		[ "$(jq -c 'select(.type=="project") | .indicators' <<< "$output")" = \
		  "$(jq -c 'select(.type=="indicator")' <<< "$output" | wc -l)" ]
		[ "$(jq -c 'select(.type=="unparsed") | .reason' <<< "$output")" = \
		  '"labelled text (单位负责人：…), not an indicator row"' ]
	done
	[ "$(proj "$T/signoff-spread.tab.txt" '.indicators')" = 1 ]
	[ "$(proj "$T/signoff-spread.pipe.txt" '.indicators')" = 2 ]
	[ "$(proj "$T/signoff-spread.html.txt" '.indicators')" = 2 ]
}

@test "pbcheck: a spread sign-off row gives only its unparsed finding" {
	run_split bash -c 'pbtable "$1" 2>/dev/null | pbcheck' _ "$T/signoff-spread.tab.txt"
	[ "$(grep -c ':11:' <<< "$output")" -eq 1 ]
	[[ "$output" == *":11: error: "*"labelled text"*"[unparsed]"* ]]
}
