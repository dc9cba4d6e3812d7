#!/usr/bin/env bats
# pbsplit reads a table's title for its block, pbtable for its project:
# two readers of one title (wrapped, cut by a page break, its noise between
# the pieces) that came to differ.  Over every filing of ours they agree.

load common

@test "pbtable's project titles are pbsplit's table block titles, on every filing of ours" {
	local d="$BATS_TEST_TMPDIR"
	mapfile -t fs < <(find "$EX" "$FIX" -name '*.txt' | sort)
	[ "${#fs[@]}" -gt 300 ]
	pbsplit "${fs[@]}" 2> /dev/null |
		jq -r 'select(.type == "block" and .kind == "project_table") | [.file, .doc, .title // ""] | @tsv' > "$d/split"
	pbtable "${fs[@]}" 2> /dev/null |
		jq -r 'select(.type == "project") | [.file, .doc, .title // ""] | @tsv' > "$d/table"
	[ "$(wc -l < "$d/split")" -gt 500 ]
	diff "$d/split" "$d/table"
}
