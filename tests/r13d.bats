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
