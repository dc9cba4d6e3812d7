#!/usr/bin/env bats
# Review r13 (outside the project tables): what the lead fixed.

load common

@test "a filing without unit lines: its projects take the cover's department, and pbsum groups them under it" {
	local f="$BATS_TEST_TMPDIR/nounit.txt"
	grep -v '^512001 ' "$EX/tab-grid.txt" > "$f"
	! cmp -s "$f" "$EX/tab-grid.txt"
	[ "$(pbsplit "$f" | jq -r 'select(.type == "doc") | .dept')" = "南溪县文化广电和旅游局" ]
	run pbtable "$f"
	[ "$(echo "$output" | jq -c 'select(.type == "project") | [.dept, .dept_code]' | sort -u)" = '["南溪县文化广电和旅游局",null]' ]
	[ "$(echo "$output" | jq -s '[.[] | select(.type == "project")] | length')" -eq 3 ]
	run bash -c "pbtable '$f' | pbsum -g dept"
	[ "${lines[1]%%$'\t'*}" = "南溪县文化广电和旅游局" ]
	[ "$(echo "${lines[1]}" | cut -f2,3)" = $'3\t190.500000' ]
	# a unit line still names the department, with its code
	[ "$(pbtable "$EX/tab-grid.txt" | jq -c 'select(.type == "project") | [.dept, .dept_code]' | sort -u)" = '["南溪县文化广电和旅游局本级","512001"]' ]
}

@test "a 目录 whose page numbers are written - 3 -: a table cut from the file is said to be missing" {
	run_split pbcheck "$FIX/r13b/entries-pagedash-cut.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"entries-pagedash-cut.txt:9: the 目录 lists 3 project tables, 2 found"* ]]
	run_split pbtable "$FIX/r13b/entries-pagedash-cut.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"the 目录 lists 3 project tables, 2 found"* ]]
	# and the whole file is no cut file
	run_split pbtable "$FIX/r13b/entries-pagedash.txt"
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"目录 lists"* ]]
}
