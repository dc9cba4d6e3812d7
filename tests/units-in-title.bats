#!/usr/bin/env bats
# pbtable: a table's money unit (单位) in a wrapped title (review G7), and
# a table that states two different units (review G11).

load common

U="$FIX/units9"

@test "G7: a wrapped title whose second line ends in the unit label: one title, and its unit is read" {
	for f in wrap-unit-biao wrap-unit-mubiao wrap-unit-words wrap-unit-alone wrap-unit-label wrap-unit-blank; do
		lossless "$U/$f.txt"
		run bash -c "pbsplit '$U/$f.txt' | jq -c 'select(.kind==\"project_table\") | [.title, .line]'"
		echo "$f: pbsplit $output"
		[ "$output" = '["甲项目绩效目标表",6]' ]
		run_split pbtable "$U/$f.txt"
		echo "$f: pbtable $output / $stderr"
		[ "$(jq -c 'select(.type=="project") | [.title, .source_unit, .budget, .fiscal, .spend["12"], .line, .unparsed]' <<< "$output")" = '["甲项目绩效目标表","元",100,100,100,6,0]' ]
		[ -z "$stderr" ]
	done
}

@test "G7: the wrapped title's unit in ASCII brackets, 金额单位 and 万元: read, no warning" {
	run_split pbtable "$U/wrap-unit-ascii.txt"
	[ "$(jq -c 'select(.type=="project") | [.title, .source_unit, .budget, .unparsed]' <<< "$output")" = '["甲项目绩效目标表","万元",100,0]' ]
	[ -z "$stderr" ]
	run_split pbsum "$U/wrap-unit-biao.txt" "$U/wrap-unit-ascii.txt"
	[ "$(cut -f2 <<< "$output" | tail -1)" = 200.000000 ]
	[ -z "$stderr" ]
}

@test "G11: a title and a unit line that state two units: a warning names both and their lines, the amounts and source_unit are the line's" {
	f="$U/units-title-yuan-line-wan.txt"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbtable: $f:10: warning: the table states two units, 元 (line 6) and 万元 (line 10): amounts taken as 万元" ]
	[ "$(jq -c 'select(.type=="project") | [.source_unit, .budget, .unparsed]' <<< "$output")" = '["万元",1000000,1]' ]
	[ "$(jq -c 'select(.type=="unparsed") | [.line, .reason]' <<< "$output")" = '[10,"the table states two units, 元 (line 6) and 万元 (line 10): amounts taken as 万元"]' ]
	f="$U/units-title-wan-line-yuan.txt"
	run_split pbtable "$f"
	[ "$stderr" = "pbtable: $f:10: warning: the table states two units, 万元 (line 6) and 元 (line 10): amounts taken as 元" ]
	[ "$(jq -c 'select(.type=="project") | [.source_unit, .budget]' <<< "$output")" = '["元",0.01]' ]
	# the title's unit on the second line of a wrapped title
	f="$U/units-wrap-title-line.txt"
	run_split pbtable "$f"
	[ "$stderr" = "pbtable: $f:11: warning: the table states two units, 元 (line 7) and 万元 (line 11): amounts taken as 万元" ]
	[ "$(jq -c 'select(.type=="project") | [.title, .source_unit, .budget]' <<< "$output")" = '["甲项目绩效目标表","万元",1000000]' ]
}

@test "G11: two unit lines that differ: source_unit is the unit the amounts were read in (it said 万元 of amounts read in 元), and the warning is pbsum's and pbcheck's too" {
	f="$U/units-two-lines.txt"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbtable: $f:12: warning: the table states two units, 万元 (line 10) and 元 (line 12): amounts taken as 元" ]
	[ "$(jq -c 'select(.type=="project") | [.source_unit, .budget]' <<< "$output")" = '["元",0.01]' ]
	run_split pbsum "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbsum: $f:12: warning: the table states two units, 万元 (line 10) and 元 (line 12): amounts taken as 元" ]
	run pbcheck "$f"
	[[ "$output" == *"$f:12: error: 51152325P000000001001: line 12 not read: the table states two units, 万元 (line 10) and 元 (line 12): amounts taken as 元 [unparsed]"* ]]
	run bash -c "pbtable '$f' 2>/dev/null | pbcheck"
	[[ "$output" == *"the table states two units, 万元 (line 10) and 元 (line 12)"* ]]
}

@test "G11: the same unit stated twice (title and line) is no conflict: silent" {
	run_split pbtable "$U/units-same-twice.txt"
	[ "$(jq -c 'select(.type=="project") | [.source_unit, .budget, .unparsed]' <<< "$output")" = '["元",100,0]' ]
	[ -z "$stderr" ]
}

@test "G11: a second, different unit line below amounts already read does not take over: the record stays in the first, said so" {
	f="$U/units-line-below-amounts.txt"
	run_split pbtable "$f"
	[ "$stderr" = "pbtable: $f:14: warning: the table states two units, 万元 (line 10) and 元 (line 14): amounts taken as 万元" ]
	[ "$(jq -c 'select(.type=="project") | [.source_unit, .budget, .spend["12"]]' <<< "$output")" = '["万元",100,100]' ]
}
