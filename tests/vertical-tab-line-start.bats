#!/usr/bin/env bats
# A vertical tab at a line's start (Word writes its manual line break as
# one, and a converter keeps it at the start of the line it broke) is read
# past as a form feed there is: \v### 一、总体绩效目标 is still a heading,
# \v<TAB>项目编码 still a cell, and the filing gives the same blocks and
# projects.  The text keeps it (lossless).

load common

# pbsplit's block kinds and pbtable's projects (code, budget, indicators)
# of FILE, one line each
sig() {
	pbsplit "$1" | jq -r 'select(.type=="block") | .kind' | paste -sd' '
	pbtable "$1" 2>&1 | jq -c 'select(.type=="project") | [.code, .budget, (.indicators | length)]' |
		paste -sd' '
}

@test "a vertical tab at the start of any line of the markdown and cell-per-line examples changes no block or project" {
	local f i n want got tot=0
	for f in "$EX/markdown.txt" "$EX/cell-per-line.txt"; do
		want=$(sig "$f")
		n=$(wc -l < "$f")
		for ((i = 1; i <= n; i++)); do
			sed -n "${i}p" "$f" | grep -q '[^[:space:]]' || continue
			sed "${i}s/^/"$'\v'"/" "$f" > "$BATS_TEST_TMPDIR/x.txt"
			got=$(sig "$BATS_TEST_TMPDIR/x.txt")
			[ "$got" = "$want" ] || { echo "$f line $i: $got"; return 1; }
			tot=$((tot + 1))
		done
		lossless "$BATS_TEST_TMPDIR/x.txt"
	done
	[ "$tot" -gt 100 ]
}

@test "a vertical tab before a markdown heading: the heading is read, its block's text keeps the tab" {
	sed 's/^### 一、总体绩效目标/\v&/' "$EX/markdown.txt" > "$BATS_TEST_TMPDIR/m.txt"
	! cmp -s "$EX/markdown.txt" "$BATS_TEST_TMPDIR/m.txt"
	run pbsplit "$BATS_TEST_TMPDIR/m.txt"
	[ "$status" -eq 0 ]
	echo "$output" | jq -se 'map(select(.type=="block" and .kind=="overall_goal"))[0] |
		.title == "一、总体绩效目标" and (.text | startswith("\u000b###"))'
}
