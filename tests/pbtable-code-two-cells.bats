#!/usr/bin/env bats
# pbtable: a project code the extractor split over two cells of the code
# row (the 项目编码 row spans two grid columns, as the 3月底 header does),
# or over two lines, is joined when the pieces make a code of the usual
# form of exactly 21 characters; any other text in the code row is an
# unparsed record and a warning, never dropped (the code was cut to its
# first cell, the rest in no record and no warning).

load common

T="$FIX/r23a"

# the project's code, its unparsed count, and the unparsed reasons
code_and_reasons() {
	jq -sc '[(.[] | select(.type=="project") | .code, .unparsed),
	         [.[] | select(.type=="unparsed") | [.line, .reason]]]' <<< "$output"
}

@test "tab grid: the code's last digits in the next cell are joined to it" {
	run_split pbtable "$T/code-two-cells-grid.txt"
	[ "$status" -eq 0 ]
	[ "$(code_and_reasons)" = '["13081124P000102100034",0,[]]' ]
	[ -z "$stderr" ]
	# and pbcheck finds the code well formed
	run_split bash -c "pbtable '$T/code-two-cells-grid.txt' | pbcheck -f ndjson --fail-on never"
	[ "$(jq -sc '[.[] | select(.rule=="code-format")] | length' <<< "$output")" = 0 ]
}

@test "cell per line: the code's rest on the next cell line is joined to it" {
	run_split pbtable "$T/code-two-cells-cpl.txt"
	[ "$status" -eq 0 ]
	[ "$(code_and_reasons)" = '["13020924P009875100022",0,[]]' ]
	[ -z "$stderr" ]
}

@test "markdown pipe table: the code's rest in the next cell is joined to it" {
	run_split pbtable "$T/code-two-cells-pipe.txt"
	[ "$status" -eq 0 ]
	[ "$(code_and_reasons)" = '["13018624P000004100015",0,[]]' ]
	[ -z "$stderr" ]
}

@test "the code's label and value after the name: the rest is joined, not said as the name row's" {
	run_split pbtable "$T/code-two-cells-after-name.txt"
	[ "$(jq -c 'select(.type=="project") | [.code, .name, .unparsed]' <<< "$output")" = '["13081124P000102100034","办公费",0]' ]
	[ -z "$stderr" ]
}

@test "a line break inside the code: its rest at the start of the next line is joined to it" {
	run_split pbtable "$T/code-cut-line.txt"
	[ "$status" -eq 0 ]
	[ "$(code_and_reasons)" = '["13081124P000102100034",0,[]]' ]
	[ "$(jq -r 'select(.type=="project") | .name' <<< "$output")" = 办公费 ]
	[ -z "$stderr" ]
}

@test "text before 项目名称 on the next line that makes no code is said, not dropped" {
	# the code is whole already: 99 joins nothing
	run_split pbtable "$T/code-cut-line-whole.txt"
	[ "$(code_and_reasons)" = '["13081124P000102100000",1,[[8,"project name row cells that no field reads: 99"]]]' ]
	[[ "$stderr" == *"code-cut-line-whole.txt:8: warning: project name row cells that no field reads: 99" ]]
}

@test "other text in the code row's cells is an unparsed record, with a warning" {
	run_split pbtable "$T/code-row-other-text.txt"
	[ "$(code_and_reasons)" = '["13081124P000102100034",1,[[7,"project code row cells that no field reads: 备注文字"]]]' ]
	[[ "$stderr" == *"code-row-other-text.txt:7: warning: project code row cells that no field reads: 备注文字" ]]
}

@test "cells that would make no well-formed code are not glued to it, and are said" {
	# 22 characters
	run_split pbtable "$T/code-two-cells-too-long.txt"
	[ "$(code_and_reasons)" = '["13081124P0001021000",1,[[7,"project code row cells that no field reads: 345"]]]' ]
	[[ "$stderr" == *":7: warning: project code row cells that no field reads: 345" ]]
	# small letters: no code of the usual form
	run_split pbtable "$T/code-two-cells-lowercase.txt"
	[ "$(code_and_reasons)" = '["13081124P0001021000",1,[[7,"project code row cells that no field reads: ab"]]]' ]
}
