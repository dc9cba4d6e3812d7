#!/usr/bin/env bats
# pbtable: a note in brackets right after the number (no unit before it)
# is no unit; brackets holding a unit stay the unit.

load common

V="$FIX/values8"

@test "brackets right after the number: a note (按期完成, 含, 约) is no unit, a unit word (个, 人次) is" {
	run_split pbtable "$V/bare-notes.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit]' <<< "$output")" = \
'["100（按期完成）",null,100,null]
["≥95（含）",">=",95,null]
["12（月底前完成）",null,12,null]
["5（约）",null,5,null]
["3（个）",null,3,"（个）"]
["12（人次）",null,12,"（人次）"]' ]
}
