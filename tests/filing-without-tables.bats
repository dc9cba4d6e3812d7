#!/usr/bin/env bats
# A filing whose project tables are missing (a cut download, or tables
# that were images in the PDF) is no filing without budget projects: its
# 目录 lists tables, or its part 2 heading has nothing under it.  An
# error, as an input with no table at all is; a filing that says it has
# no project, or never speaks of any, stays a warning.  cut18: so is a
# filing with fewer tables than its 目录 lists.
load common

F="$FIX/cut17"
P2='no project table found under the part 2 heading (第二部分 预算项目绩效目标)'
WHY='a cut file, or tables that were images in the PDF?'

@test "cut17: a filing cut after its part 2 heading, its 目录 listing 3 tables, is an error in every tool" {
	f="$F/cut-after-part2.txt"
	each_reader 2 "$f" "$f:47: $P2, though the 目录 lists 3: $WHY"
	# --fail-on cannot make it a clean review
	for sev in warning never; do
		run_split pbcheck --fail-on $sev "$f"
		[ "$status" -eq 2 ]
	done
	# pbsum still says what it summed: nothing
	run_split pbsum -f ndjson "$f"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$output" | jq -c '[.projects, .budget]')" = '[0,0]' ]
}

@test "cut17: the same from pbsplit's records, at the part heading's line in the filing the records name" {
	f="$F/cut-after-part2.txt"
	each_reader 2 "$f" "$f:47: $P2, though the 目录 lists 3: $WHY" records
	run bash -c "pbsplit '$f' | jq -c 'select(.type==\"block\" and .kind==\"part\") | .title' | sed -n 2p"
	[ "$output" = '"第二部分 预算项目绩效目标"' ]
}

@test "cut17: a filing cut in part 1, its 目录 listing 3 tables, is an error at the 目录" {
	f="$BATS_TEST_TMPDIR/part1.txt"
	head -44 "$F/cut-after-part2.txt" >"$f"
	run_split pbtable "$f"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "pbtable: $f:11: no project table found, though the 目录 lists 3: $WHY" ]
}

@test "cut17: a part 2 heading with only a unit label or a page number under it, and no 目录, still misses its tables" {
	for tail in '单位：万元' '- 3 -' '第 3 页'; do
		f="$BATS_TEST_TMPDIR/tail.txt"
		{ sed -n '1,10p;25,50p' "$F/cut-after-part2.txt"; printf '%s\n\n' "$tail"; } >"$f"
		run_split pbcheck "$f"
		[ "$status" -eq 2 ] || { echo "$tail: status $status"; return 1; }
		[ "$stderr" = "pbcheck: $f:33: $P2: $WHY" ] || { echo "$tail: $stderr"; return 1; }
	done
}

@test "cut17: CRLF, a byte-order mark and GB18030 change nothing" {
	c="$F/cut-after-part2.txt" d="$BATS_TEST_TMPDIR"
	sed 's/$/\r/' "$c" >"$d/crlf.txt"
	{ printf '\357\273\277'; cat "$c"; } >"$d/bom.txt"
	iconv -f UTF-8 -t GB18030 "$c" >"$d/gb.txt"
	for v in crlf bom gb; do
		run_split pbsum "$d/$v.txt"
		[ "$status" -eq 2 ] || { echo "$v: status $status"; return 1; }
		[ "$stderr" = "pbsum: $d/$v.txt:47: $P2, though the 目录 lists 3: $WHY" ] || { echo "$v: $stderr"; return 1; }
	done
}

@test "cut17: a cut filing after a whole one in a stream is named; the whole one is still read" {
	f="$BATS_TEST_TMPDIR/two.txt"
	cat "$EX/tab-grid.txt" "$F/cut-after-part2.txt" >"$f"
	n=$(wc -l <"$EX/tab-grid.txt")
	run_split pbtable "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $f:$((n + 47)): $P2, though the 目录 lists 3: $WHY" ]
	[ "$(printf '%s\n' "$output" | jq -s -c '[.[] | select(.type=="project") | .doc] | unique')" = '[1]' ]
	[ "$(printf '%s\n' "$output" | jq -s '[.[] | select(.type=="project")] | length')" -eq 3 ]
}

@test "cut17: a filing that never speaks of projects (no part 2, no table in its 目录) keeps the warning" {
	f="$F/no-part2.txt"
	each_reader 0 "$f" "$f: warning: no project table: a filing without budget projects"
	run_split pbcheck --fail-on warning "$FIX/cli/no-projects.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbcheck: $FIX/cli/no-projects.txt: warning: no project table: a filing without budget projects" ]
}

@test "cut17: a DOCX filing cut after its unnumbered 预算项目绩效目标 heading is an error; a 第三部分 is no part 2" {
	f="$BATS_TEST_TMPDIR/cpl.txt"
	head -14 "$EX/cell-per-line.txt" >"$f"
	run_split pbtable "$f"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $f:13: $P2: $WHY" ]
	# another part than part 2 with nothing under it says nothing of tables
	f="$BATS_TEST_TMPDIR/part3.txt"
	{ cat "$F/no-part2.txt"; printf '%s\n' '第三部分 项目支出绩效目标说明'; } >"$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbtable: $f: warning: no project table: a filing without budget projects" ]
}

@test "cut18: a filing cut after 2 of the 3 tables its 目录 lists is an error at the 目录, in every tool and from pbsplit's records; its 2 tables are read" {
	f="$BATS_TEST_TMPDIR/two-of-three.txt"
	head -97 "$EX/tab-grid.txt" > "$f"
	M='the 目录 lists 3 project tables, 2 found'
	each_reader 2 "$f" "$f:11: $M: $WHY"
	each_reader 2 "$f" "$f:11: $M: $WHY" records
	run_split pbtable "$f"
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="project").name' | tr '\n' ' ')" = "公共文化服务运行经费 非遗保护传承专项 " ]
	# GB18030 and CRLF the same
	iconv -f UTF-8 -t GB18030 "$f" | sed 's/$/\r/' > "$BATS_TEST_TMPDIR/gb.txt"
	run_split pbtable "$BATS_TEST_TMPDIR/gb.txt"
	[ "$stderr" = "pbtable: $BATS_TEST_TMPDIR/gb.txt:11: $M: $WHY" ]
}

@test "cut18: all its 目录 lists, or more, is no error; a 目录 without page numbers counts too" {
	for f in "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" "$EX/markdown.txt"; do
		run_split pbtable "$f"
		[ "$status" -eq 0 ] || { echo "$f: $stderr"; return 1; }
	done
	# a 目录 that lists 2 of the 3: the third is no loss
	f="$BATS_TEST_TMPDIR/listed-two.txt"
	sed '23d' "$EX/tab-grid.txt" > "$f"
	run_split pbtable "$f"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -c 'select(.type=="project")' | wc -l)" -eq 3 ]
	# a DOCX 目录 (no page numbers) listing 2, with 1 under it
	run_split pbtable "$FIX/split4/toc-bare.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbtable: $FIX/split4/toc-bare.txt:4: the 目录 lists 2 project tables, 1 found: $WHY" ]
}
