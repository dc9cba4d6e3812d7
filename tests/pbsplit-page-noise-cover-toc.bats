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

# file $1 with lines (the arguments after the first two) put in after
# its line $2
ins() {
	local f=$1 at=$2
	shift 2
	# (x: command substitution would drop the blank lines at the end)
	awk -v at="$at" -v add="$(printf '%s\n' "$@"; echo x)" '
		BEGIN { sub(/x$/, "", add) }
		{ print }
		NR == at { printf "%s", add }' "$f"
}

# the noise a page break leaves in a PDF's text, in its forms: $1 the
# running header's title, $2 the department
breaks() {
	printf '%s\n' '7' '- 7 -' "$1" "$1|7" "7||$1" "$2|$1|7" "$1|（草案）" "7|$(printf '\f')$1"
}

@test "R6: a page break between the two lines of a wrapped 编制 name keeps the whole name in compiled_by" {
	d="$BATS_TEST_TMPDIR"
	# the tab grid's compiler wrapped onto two lines, as chengde's cover has it
	sed '7s/^南溪县文化广电和旅游局编制$/南溪县文化广电\n和旅游局编制/' "$EX/tab-grid.txt" > "$d/w.txt"
	[ "$(pbsplit "$d/w.txt" | jq -r 'select(.type=="doc").compiled_by')" = 南溪县文化广电和旅游局 ]
	n=0
	while IFS= read -r b; do
		IFS='|' read -r -a lines <<< "$b"
		ins "$d/w.txt" 7 "" "${lines[@]}" "" > "$d/v.txt"
		run jq -r 'select(.type=="doc") | [.compiled_by, .reviewed_by, .draft, .title] | @tsv' \
			<(pbsplit "$d/v.txt")
		[ "$output" = "$(printf '南溪县文化广电和旅游局\t南溪县财政局\ttrue\t2025年部门预算绩效文本')" ] ||
			{ echo "noise $b: $output"; return 1; }
		lossless "$d/v.txt"
		n=$((n + 1))
	done < <(breaks '2025 年部门预算绩效文本' 南溪县文化广电和旅游局)
	[ "$n" = 8 ]
}

@test "R6: the department alone between blank lines, or a header and its draft mark after the 编制 line, is no part of the names" {
	d="$BATS_TEST_TMPDIR"
	sed '7s/^南溪县文化广电和旅游局编制$/南溪县文化广电\n和旅游局编制/' "$EX/tab-grid.txt" > "$d/w.txt"
	ins "$d/w.txt" 7 "" 南溪县文化广电和旅游局 "" > "$d/v.txt"
	[ "$(pbsplit "$d/v.txt" | jq -r 'select(.type=="doc").compiled_by')" = 南溪县文化广电和旅游局 ]
	# a header with its draft mark under the compiler's line, above the reviewer's
	ins "$d/w.txt" 8 "" '2025 年部门预算绩效文本' '（草案）' "" > "$d/v.txt"
	run jq -r 'select(.type=="doc") | [.compiled_by, .reviewed_by] | @tsv' <(pbsplit "$d/v.txt")
	[ "$output" = "$(printf '南溪县文化广电和旅游局\t南溪县财政局')" ]
}

@test "R6: chengde's cover, a page number between the lines of its compiler's name" {
	need_shared
	d="$BATS_TEST_TMPDIR"
	f="$SHARED/chengde-hitech-office-2024.txt"
	want=$(pbsplit "$f" | jq -r 'select(.type=="doc").compiled_by')
	[ "$want" = '承德高新技术产业开发区党政综合办公室(社会管理综合治理办公室)本级' ]
	at=$(grep -n '^承德高新技术产业开发区党政综合办公室$' "$f" | head -1 | cut -d: -f1)
	[ -n "$at" ]
	for b in 7 '2024 年部门预算绩效文本|7' '承德高新技术产业开发区党政综合办公室(社会管理综合治理办公室)本级|2024 年部门预算绩效文本|7'; do
		IFS='|' read -r -a lines <<< "$b"
		ins "$f" "$at" "" "${lines[@]}" "" > "$d/v.txt"
		[ "$(pbsplit "$d/v.txt" | jq -r 'select(.type=="doc").compiled_by')" = "$want" ] ||
			{ echo "noise $b"; return 1; }
	done
}

@test "L1: a page break under a part heading, or between its two lines, is the heading's block's" {
	d="$BATS_TEST_TMPDIR"
	base=$(shape "$EX/tab-grid.txt")
	# line 25 第一部分, 27 部门整体绩效目标 (then 一、), 48 第二部分, 50 预算项目绩效目标 (then 1.…表)
	[ "$(sed -n '25p;27p' "$EX/tab-grid.txt" | tr -d '\n')" = 第一部分部门整体绩效目标 ]
	n=0
	for at in 25 27 48 50; do
		while IFS= read -r b; do
			IFS='|' read -r -a lines <<< "$b"
			ins "$EX/tab-grid.txt" "$at" "" "${lines[@]}" "" > "$d/v.txt"
			[ "$(shape "$d/v.txt")" = "$base" ] ||
				{ echo "noise $b after line $at"; diff <(echo "$base") <(shape "$d/v.txt") | head; return 1; }
			lossless "$d/v.txt"
			n=$((n + 1))
		done < <(breaks '2025 年部门预算绩效文本' 南溪县文化广电和旅游局)
	done
	[ "$n" = 32 ]
	# the part block holds the noise
	ins "$EX/tab-grid.txt" 25 "" 7 "" > "$d/v.txt"
	run jq -r 'select(.type=="block" and .kind=="part") | .text' <(pbsplit "$d/v.txt")
	[ "${lines[0]}" = 第一部分 ]
	[ "${lines[1]}" = 7 ]
	[ "${lines[2]}" = 部门整体绩效目标 ]
}

@test "L1: without a cover, a header's department line over its title stays with the part heading too" {
	d="$BATS_TEST_TMPDIR"
	base=$(shape "$EX/cell-per-line.txt")
	[ "$(sed -n 1p "$EX/cell-per-line.txt" | tr -d ' \t')" = 第一部分 ]
	ins "$EX/cell-per-line.txt" 1 "" 青山镇交通运输服务中心 '2025年部门预算绩效文本' 7 "" > "$d/v.txt"
	[ "$(shape "$d/v.txt")" = "$base" ]
	lossless "$d/v.txt"
	# a line of text there that no title follows is the part's text still
	ins "$EX/cell-per-line.txt" 1 "" 青山镇交通运输服务中心 "" > "$d/v.txt"
	pbsplit "$d/v.txt" | jq -e -s '[.[] | select(.type=="block" and .kind=="other")] | length == 1'
}

@test "L1: a running header naming a department the cover wraps, in the toc, keeps the toc whole" {
	need_shared
	d="$BATS_TEST_TMPDIR"
	# chengde's cover wraps its department (…办公室(社 / 会管理…)本级); the
	# header gives it on one line
	f="$SHARED/chengde-hitech-office-2024.txt"
	base=$(shape "$f")
	grep -q '"toc"' <<< "$base"
	for at in $(grep -n $'\\.\\.\\.\t[0-9]*$' "$f" | cut -d: -f1 | sed -n '1p;3p;6p'); do
		ins "$f" "$at" "" '承德高新技术产业开发区党政综合办公室(社会管理综合治理办公室)本级' \
			'2024 年部门预算绩效文本' 7 "" > "$d/v.txt"
		[ "$(shape "$d/v.txt")" = "$base" ] ||
			{ echo "after line $at"; diff <(echo "$base") <(shape "$d/v.txt") | head; return 1; }
		n=$((${n:-0} + 1))
	done
	[ "$n" = 3 ]
}
