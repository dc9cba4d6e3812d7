#!/usr/bin/env bats
# Indicator values that say their number is rough: 约, 大约, 约为, 预计
# before it, 左右 after it, the 整 of 万元整.

load common

T="$FIX/values9"

@test "a rough number is read: op null, the number, the unit without 左右 or 整" {
	run_split pbtable "$T/rough-numbers.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(jq -c 'select(.type=="indicator") | [.value, .op, .num, .unit, .kind]' <<< "$output")" = \
'["200人左右",null,200,"人","number"]
["约为3次",null,3,"次","number"]
["≤100万元整","<=",100,"万元","number"]
["大约50万元",null,50,"万元","number"]
["约105%",null,105,"%","number"]
["95%左右",null,95,"%","number"]
["100%完整",null,100,"%","number"]' ]
}

@test "pbcheck sees a rough percentage over 100" {
	run_split bash -c 'pbtable "$1" | pbcheck' _ "$T/rough-numbers.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"rough-numbers.txt:23: error: "*"约105% exceeds 100% [percent-over-100]"* ]]
	[ "$(echo "$output" | grep -c .)" -eq 1 ]
}
