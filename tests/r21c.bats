#!/usr/bin/env bats
# Review r20b (metamorphic, pbsplit's part): what a page break or a
# line's trailing blanks must not change in pbsplit's docs and blocks.

load common

# pbsplit's structure of file $1: doc records without file/line/blocks,
# then each block's doc, kind and title, one a line
shape() {
	pbsplit "$1" | jq -c 'if .type == "doc" then del(.file, .line, .blocks)
		else [.doc, .kind, .title] end'
}

@test "L2: a U+3000 or no-break space after a toc entry's page number keeps the toc whole" {
	d="$BATS_TEST_TMPDIR"
	base=$(shape "$EX/tab-grid.txt")
	grep -q '"toc"' <<< "$base"
	# each entry (text, dot leaders, a tab, its page number) on its own,
	# then every entry, with each kind of blank after it
	n=0
	for sfx in '\u3000' '\u00a0' '\u3000\t' '\u2003'; do
		for at in $(grep -n $'\\.\\.\\.\t[0-9]*$' "$EX/tab-grid.txt" | cut -d: -f1) all; do
			python3 -c 'import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
sfx = sys.argv[3].encode().decode("unicode_escape")
for i, l in enumerate(lines):
    if (sys.argv[2] == "all" and l.endswith(tuple("\t%d" % k for k in range(10))) and "..." in l) or str(i + 1) == sys.argv[2]:
        lines[i] = l + sfx
open(sys.argv[4], "w", encoding="utf-8").write("\n".join(lines))' "$EX/tab-grid.txt" "$at" "$sfx" "$d/v.txt"
			cmp -s "$d/v.txt" "$EX/tab-grid.txt" && { echo "no change at $at"; return 1; }
			[ "$(shape "$d/v.txt")" = "$base" ] || { echo "blocks differ: $sfx at $at"; diff <(echo "$base") <(shape "$d/v.txt"); return 1; }
			lossless "$d/v.txt"
			n=$((n + 1))
		done
	done
	[ "$n" -gt 8 ]
}
