#!/usr/bin/env bats
# pbsplit: the doc record's department, from a department line whose long
# name wrapped onto the next line (512001 测试局本 / 级) or whose code a
# space splits (512 001), is read as pbtable reads the table's (review
# r9a: N7, pbsplit's half; pbtable's is tests/grid-wrapped-row-cells.bats).

load common

T="$FIX/dept17"

# the doc records' [dept, dept_code] of file $1, one a line
doc_dept() {
	pbsplit "$1" | jq -c 'select(.type=="doc") | [.dept, .dept_code]'
}

@test "a department name wrapped onto the next line is read whole on the doc record" {
	for f in wrapped wrapped-blanks wrapped-code-row wrapped-unit-note wrapped-markdown wrapped-crlf; do
		run_split pbsplit "$T/$f.txt"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(jq -c 'select(.type=="doc") | [.dept, .dept_code]' <<< "$output")" = '["测试局本级","512001"]' ]
	done
	run doc_dept "$T/wrapped-center.txt"
	[ "$output" = '["曹妃甸区装备制造园区管理委员会服务中心","806001"]' ]
}

@test "a department code split by a space is read on the doc record, wrapped name or not" {
	for f in code-spaced wrapped-spaced-code; do
		run doc_dept "$T/$f.txt"
		[ "$output" = '["测试局本级","512001"]' ]
	done
	# more than one space inside is no code, for pbtable either
	run doc_dept "$T/code-two-gaps.txt"
	[ "$output" = '[null,null]' ]
}

@test "a line that may be the rest of the name but is not surely is not joined: the doc keeps the name as pbtable does" {
	for f in unsure-end unsure-after field-word too-long loose-unit rest-tabbed unit-on-line; do
		run doc_dept "$T/$f.txt"
		[ "$output" = '["测试局本","512001"]' ]
	done
	run_split pbtable "$T/unsure-end.txt"
	[[ "$stderr" == *"unsure-end.txt:5: warning: line under the department line, maybe the rest of its name, not joined to it"* ]]
}

@test "the doc record and pbtable's projects name the same department" {
	for f in "$T"/*.txt; do
		[ "$(doc_dept "$f" | head -1)" = "$(proj "$f" '[.dept, .dept_code]' | head -1)" ] || {
			echo "$f: doc $(doc_dept "$f" | head -1), project $(proj "$f" '[.dept, .dept_code]' | head -1)"
			false
		}
	done
}

@test "in a stream of filings each doc reads its own department line, wrapped or not" {
	run doc_dept "$T/two-filings.txt"
	[ "$output" = $'["测试局本级","512001"]\n["其他局","512002"]' ]
	run doc_dept "$T/two-filings-second.txt"
	[ "$output" = $'["其他局","512002"]\n["测试局本级","512001"]' ]
}

@test "a wrapped department name leaves the blocks as they were: lossless, through pbtable the same" {
	for f in wrapped wrapped-code-row two-filings; do
		lossless "$T/$f.txt"
		[ "$(pbsplit "$T/$f.txt" | pbtable 2>/dev/null | jq -c 'select(.type=="project") | .dept')" = \
			"$(proj "$T/$f.txt" .dept)" ]
	done
	run pbsplit "$T/wrapped.txt"
	[ "$(jq -c 'select(.type=="block") | [.kind, .line, .end_line]' <<< "$output" | tr '\n' ' ')" = \
		'["cover",1,2] ["project_table",3,12] ' ]
}

@test "under a title in a wording not known, a wrapped name or a spaced code still heads the table and names the doc's department" {
	for f in untitled-wrapped untitled-spaced; do
		run pbsplit "$T/$f.txt"
		[ "$(jq -c 'select(.type=="doc") | [.dept, .dept_code]' <<< "$output")" = '["测试局本级","512001"]' ]
		[ "$(jq -c 'select(.type=="block" and .kind=="project_table") | [.line, .title]' <<< "$output")" = '[5,"办公经费项目审批"]' ]
		run proj "$T/$f.txt" '[.dept, .dept_code, .source_unit]'
		[ "$output" = '["测试局本级","512001","万元"]' ]
	done
	# a line under the department line that is not surely its rest: the
	# table starts at its 项目编码 row, as before
	run pbsplit "$T/untitled-unsure.txt"
	[ "$(jq -c 'select(.type=="doc") | [.dept, .dept_code]' <<< "$output")" = '[null,null]' ]
	[ "$(jq -c 'select(.type=="block" and .kind=="project_table") | .line' <<< "$output")" = 9 ]
}

@test "a department line that is a markdown row (| 512001 测试局本级 |) names the doc's department, as it does pbtable's projects" {
	# the bars made it no unit line: the doc had no department
	for f in pipe-row pipe-row-unit pipe-row-wrapped pipe-bare-unit pipe-bare-cells; do
		run doc_dept "$T/$f.txt"
		echo "$f: $output"
		[ "$output" = '["测试局本级","512001"]' ]
		lossless "$T/$f.txt"
		# a row without outer bars: the bar is no part of the name
		# (测试局本级 |, or 测试局本级 | | |: pbsum -g dept's groups)
		run proj "$T/$f.txt" '[.dept, .dept_code, .budget, .source_unit]'
		[ "$output" = '["测试局本级","512001",250,"万元"]' ]
	done
}
