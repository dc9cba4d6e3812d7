#!/usr/bin/env bats
# pbtable, pbsplit: review r19a H1 (a form feed before a line) and M3
# (invisible format characters inside names, values, amounts and codes).

load common

# records of pbtable (on a file, or on pbsplit's records of it with
# "split"), where they are from and form feeds in an unparsed text aside
tabled() {
	if [ "${2:-}" = split ]; then
		pbsplit "$1" | pbtable 2>/dev/null
	else
		pbtable "$1" 2>/dev/null
	fi | jq -c 'del(.file) | walk(if type == "string" then gsub("\f"; "") else . end)'
}

# pbsplit's records of a file but their text and file
blocks() {
	pbsplit "$1" | jq -c 'del(.file, .text)'
}

@test "a form feed before a cell-per-line cell (\\f\\t…) is a page break, not text of the cell above" {
	local f=$EX/cell-per-line.txt ff=$BATS_TEST_TMPDIR/ff.txt
	# the level-3 cell of the second indicator row (line 70: 路面优良率)
	sed '70s/^/\f/' "$f" > "$ff"
	run ind "$ff" 'select(.line == 68) | [.level2, .level3, .value]'
	[ "$output" = '["质量指标","路面优良率","≥85%"]' ]
	# a spending plan value (line 44: the first 25%) stays under 3月底
	sed '44s/^/\f/' "$f" > "$ff"
	run proj "$ff" '[.schedule, .spend]'
	[ "$output" = "$(proj "$f" '[.schedule, .spend]')" ]
	run pbtable "$ff"
	[[ "$output" != *warning* ]]
	# every line after a form feed: the records of the filing without any
	sed 's/^/\f/' "$f" > "$ff"
	[ "$(tabled "$ff")" = "$(tabled "$f")" ]
	[ "$(tabled "$ff" split)" = "$(tabled "$f" split)" ]
}

@test "a form feed before a line of the other layouts (a markdown row, a grid row, a title) changes no record" {
	local f ff=$BATS_TEST_TMPDIR/ff.txt
	for f in "$EX/markdown.txt" "$EX/tab-grid.txt"; do
		sed 's/^/\f/' "$f" > "$ff"
		[ "$(tabled "$ff")" = "$(tabled "$f")" ] || { echo "$f"; return 1; }
		[ "$(tabled "$ff" split)" = "$(tabled "$f" split)" ] || { echo "$f (split)"; return 1; }
	done
	# a markdown pipe table: a row after a form feed was dropped with a
	# warning, and the one before it lost its level-2 name after it
	f=$FIX/r15a/basis-pipe.txt
	sed -n 21p "$f" | grep -q '^|  | 质量指标 | 达标率 |'
	sed '21s/^/\f/' "$f" > "$ff"
	run ind "$ff" 'select(.line == 21) | [.level2, .level3, .value]'
	[ "$output" = '["质量指标","达标率","≥95%"]' ]
	run pbtable "$ff"
	[[ "$output" != *warning* ]]
	sed 's/^/\f/' "$f" > "$ff"
	[ "$(tabled "$ff")" = "$(tabled "$f")" ]
}

@test "pbsplit reads a heading, a rule or a cell after a form feed as without it, and keeps the form feed in its text" {
	local f ff=$BATS_TEST_TMPDIR/ff.txt
	for f in "$EX/cell-per-line.txt" "$EX/markdown.txt" "$EX/tab-grid.txt"; do
		sed 's/^/\f/' "$f" > "$ff"
		[ "$(blocks "$ff")" = "$(blocks "$f")" ] || { echo "$f"; return 1; }
		lossless "$ff"
	done
	# ### 三、工作保障措施 after a page break is the measures' heading
	sed 's/^### 三、/\f&/' "$EX/markdown.txt" > "$ff"
	run bash -c "pbsplit '$ff' | jq -r 'select(.kind == \"measures\") | .title'"
	[ "$output" = "三、工作保障措施" ]
}

@test "a line of form feeds alone is a blank line, to pbsplit and pbtable" {
	local f=$EX/cell-per-line.txt a=$BATS_TEST_TMPDIR/blank.txt b=$BATS_TEST_TMPDIR/ff.txt
	# pdftotext ends a page with one: before the level-2 cell, amid the plan
	for n in 44 69; do
		sed "${n}s/^/\n/" "$f" > "$a"
		sed "${n}s/^/\f\n/" "$f" > "$b"
		[ "$(tabled "$b")" = "$(tabled "$a")" ] || { echo "line $n"; return 1; }
		[ "$(blocks "$b")" = "$(blocks "$a")" ]
		lossless "$b"
	done
}

# $1 with the character $2 (perl's \x{…}) put between every two
# ideographs or digits: inside names, numbers, amounts, codes and titles
invisible() {
	perl -CSD -pe "s/(?<=[\\p{Han}0-9])(?=[\\p{Han}0-9])/$2/g" "$1"
}

@test "a soft hyphen or word joiner inside a number is dropped (≥9\\u00AD5%, ≥1\\u20602场): the whole number is read" {
	local f=$BATS_TEST_TMPDIR/inv.txt
	sed '66s/≥95％/≥9\xC2\xAD5％/; 65s/≥１２ 场/≥1\xE2\x81\xA02 场/' "$EX/tab-grid.txt" > "$f"
	run ind "$f" 'select(.line == 65 or .line == 66) | [.value, .op, .num, .unit]'
	[ "$output" = "$(printf '%s\n' '["≥12场",">=",12,"场"]' '["≥95%",">=",95,"%"]')" ]
	run bash -c "pbtable '$f' | pbcheck"
	[ "$output" = "$(pbtable "$EX/tab-grid.txt" | pbcheck | sed "s|^[^:]*:|$f:|")" ]
}

@test "soft hyphens, zero-width characters and U+FEFF inside names, values, amounts and codes change no record" {
	local f ch in=$BATS_TEST_TMPDIR/inv.txt
	for f in "$EX/tab-grid.txt" "$EX/cell-per-line.txt" "$EX/markdown.txt"; do
		for ch in '\x{00AD}' '\x{2060}' '\x{200B}' '\x{200D}' '\x{FEFF}'; do
			invisible "$f" "$ch" > "$in"
			! cmp -s "$in" "$f"
			[ "$(tabled "$in" | jq -c 'del(.text)')" = "$(tabled "$f" | jq -c 'del(.text)')" ] ||
				{ echo "$f $ch"; return 1; }
			# pbsplit's titles and doc fields, and its text as read
			[ "$(blocks "$in")" = "$(blocks "$f")" ] || { echo "$f $ch (pbsplit)"; return 1; }
			lossless "$in"
		done
	done
	# the name is one group to pbsum, with the soft hyphen or without
	invisible "$EX/tab-grid.txt" '\x{00AD}' > "$in"
	run bash -c "cat '$EX/tab-grid.txt' '$in' | pbsum -g name | cut -f1,2"
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[1]}" = "$(printf '%s\t%s' 公共文化服务运行经费 2)" ]
}
