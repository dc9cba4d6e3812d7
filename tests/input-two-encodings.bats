#!/usr/bin/env bats
# The input layer, enc17: a stream of filings in two encodings (`cat` of
# UTF-8 and GB18030 filings) is read each part in its own encoding, the
# change said once as a note at its line; a stray byte is no change.

load common

T="$BATS_TEST_TMPDIR"
GB="$FIX/enc17/cell-per-line-gb18030.txt"

# the note for a change to $2 at line $1 of file $3, tool $4
note() {
	printf '%s: %s:%s: warning: encoding changes to %s here (filings of two encodings in one input?)' \
		"$4" "$3" "$1" "$2"
}

# pbsplit's blocks of $1 joined
joined() {
	pbsplit "$1" 2>/dev/null | jq -j 'select(.type=="block").text'
}

# each doc's encoding, one a line
encodings() {
	pbsplit "$1" 2>/dev/null | jq -r 'select(.type=="doc").encoding'
}

# a project record without where it is
NOWHERE='select(.type=="project") | del(.file, .doc, .line, .end_line, .seq) |
	with_entries(select(.key | endswith("_line") | not))'

# the project records of $@ read one by one, without where they are
parts() {
	for f in "$@"; do
		pbtable "$f" 2>/dev/null
	done | jq -c "$NOWHERE"
}

projects() {
	pbtable "$1" 2>/dev/null | jq -c "$NOWHERE"
}

# $1 joined equals the files after it each converted to UTF-8 (iconv for
# GB18030 ones)
lossless_parts() {
	local f=$1
	shift
	for p in "$@"; do
		case "$p" in
		*gb18030*) iconv -f GB18030 -t UTF-8 "$p" ;;
		*) cat "$p" ;;
		esac
	done > "$T/want"
	joined "$f" | cmp - "$T/want"
}

# $2 copies of file $1
repeat() {
	for i in $(seq "$2"); do cat "$1"; done
}

@test "fixture: the GB18030 cell-per-line filing is the example converted" {
	iconv -f UTF-8 -t GB18030 "$EX/cell-per-line.txt" | cmp - "$GB"
}

@test "UTF-8 then GB18030 from standard input: both read, a note at the change, exit 0" {
	n=$(wc -l < "$EX/tab-grid.txt")
	run_split bash -c "cat '$EX/tab-grid.txt' '$EX/gb18030-crlf.txt' | pbtable -"
	[ "$status" -eq 0 ]
	# the GB18030 filing's first line with Chinese (its first two are blank)
	[ "$stderr" = "$(note $((n + 3)) GB18030 - pbtable)" ]
	[ "$(printf '%s\n' "$output" | jq -c "$NOWHERE")" = \
	  "$(parts "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt")" ]
	[ "$(printf '%s\n' "$output" | jq -s -c '[.[] | select(.type=="project") | .line]')" = "[51,78,98,$((n + 51)),$((n + 78)),$((n + 98))]" ]
	cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" > "$T/mixed.txt"
	[ "$(encodings "$T/mixed.txt" | tr '\n' ' ')" = "UTF-8 GB18030 " ]
	lossless_parts "$T/mixed.txt" "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(note $((n + 3)) GB18030 "$T/mixed.txt" pbsplit)" ]
}

@test "GB18030 then UTF-8: both read, the note on the UTF-8 filing's first line with Chinese" {
	m=$(wc -l < "$EX/gb18030-crlf.txt")
	cat "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" > "$T/mixed.txt"
	for tool in pbsplit pbtable pbsum; do
		run_split "$tool" "$T/mixed.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "$(note $((m + 3)) UTF-8 "$T/mixed.txt" "$tool")" ]
	done
	[ "$(encodings "$T/mixed.txt" | tr '\n' ' ')" = "GB18030 UTF-8 " ]
	[ "$(projects "$T/mixed.txt")" = "$(parts "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt")" ]
	lossless_parts "$T/mixed.txt" "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt"
	# pbsum: the budgets of both filings
	[ "$(pbsum "$T/mixed.txt" | tail -n 1 | cut -f1-2)" = "$(printf '6\t381.000000')" ]
}

@test "three parts, UTF-8, GB18030, UTF-8 (and the other way): two notes, each doc its own encoding" {
	n=$(wc -l < "$EX/tab-grid.txt") c=$(wc -l < "$EX/cell-per-line.txt")
	cat "$EX/tab-grid.txt" "$GB" "$EX/markdown.txt" > "$T/three.txt"
	run_split pbtable "$T/three.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(note $((n + 1)) GB18030 "$T/three.txt" pbtable)
$(note $((n + c + 3)) UTF-8 "$T/three.txt" pbtable)" ]
	[ "$(encodings "$T/three.txt" | tr '\n' ' ')" = "UTF-8 GB18030 UTF-8 " ]
	[ "$(projects "$T/three.txt")" = "$(parts "$EX/tab-grid.txt" "$EX/cell-per-line.txt" "$EX/markdown.txt")" ]
	lossless_parts "$T/three.txt" "$EX/tab-grid.txt" "$GB" "$EX/markdown.txt"
	cat "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" "$GB" > "$T/three2.txt"
	[ "$(encodings "$T/three2.txt" | tr '\n' ' ')" = "GB18030 UTF-8 GB18030 " ]
	[ "$(projects "$T/three2.txt")" = "$(parts "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" "$GB")" ]
	lossless_parts "$T/three2.txt" "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" "$GB"
}

@test "past the first MiB: UTF-8, GB18030, UTF-8 read each in its encoding, not as U+FFFD" {
	repeat "$EX/tab-grid.txt" 300 > "$T/big.txt"
	[ "$(wc -c < "$T/big.txt")" -gt 1048576 ]
	cat "$T/big.txt" "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" > "$T/mixed.txt"
	n=$(wc -l < "$T/big.txt") m=$(wc -l < "$EX/gb18030-crlf.txt")
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(note $((n + 3)) GB18030 "$T/mixed.txt" pbsplit)
$(note $((n + m + 3)) UTF-8 "$T/mixed.txt" pbsplit)" ]
	[ "$(encodings "$T/mixed.txt" | uniq -c | awk '{print $1 $2}' | tr '\n' ' ')" = "300UTF-8 1GB18030 1UTF-8 " ]
	lossless_parts "$T/mixed.txt" "$T/big.txt" "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt"
	[ "$(pbsum "$T/mixed.txt" | tail -n 1 | cut -f1-2)" = "$(printf '906\t57531.000000')" ]
}

@test "past the first MiB: GB18030, UTF-8, GB18030; the UTF-8 lines are not read as GB18030 first" {
	repeat "$EX/gb18030-crlf.txt" 400 > "$T/big-gb18030.txt"
	cat "$T/big-gb18030.txt" "$EX/tab-grid.txt" "$GB" > "$T/mixed.txt"
	m=$(wc -l < "$T/big-gb18030.txt") n=$(wc -l < "$EX/tab-grid.txt")
	run_split pbtable "$T/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "$(note $((m + 3)) UTF-8 "$T/mixed.txt" pbtable)
$(note $((n + m + 1)) GB18030 "$T/mixed.txt" pbtable)" ]
	[ "$(encodings "$T/mixed.txt" | uniq -c | awk '{print $1 $2}' | tr '\n' ' ')" = "400GB18030 1UTF-8 1GB18030 " ]
	lossless_parts "$T/mixed.txt" "$T/big-gb18030.txt" "$EX/tab-grid.txt" "$GB"
	k=$(parts "$EX/tab-grid.txt" "$EX/cell-per-line.txt" | wc -l)
	[ "$(projects "$T/mixed.txt" | tail -n "$k")" = "$(parts "$EX/tab-grid.txt" "$EX/cell-per-line.txt")" ]
}

@test "the same however the input is read: a file, or a pipe in small writes" {
	repeat "$EX/tab-grid.txt" 300 > "$T/big.txt"
	cat "$T/big.txt" "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" > "$T/mixed.txt"
	pbsplit "$T/mixed.txt" > "$T/file.out" 2>/dev/null
	# dd in 1000-byte writes: the reads are cut elsewhere
	dd if="$T/mixed.txt" bs=1000 2>/dev/null | pbsplit - 2>/dev/null | sed 's/"file":"-"/"file":"'"${T//\//\\/}"'\/mixed.txt"/' > "$T/pipe.out"
	cmp "$T/file.out" "$T/pipe.out"
	[ "$(jq -r 'select(.type=="doc").encoding' "$T/file.out" | uniq -c | awk '{print $1 $2}' | tr '\n' ' ')" = "300UTF-8 1GB18030 1UTF-8 " ]
}

@test "a stray byte is no change, before and past the first MiB: read as U+FFFD, then the GB18030 filing changes" {
	# 0xB0 0xEC (办 in GB18030) on an ASCII line: GB18030 text too short
	sed '20s/$/\xb0\xec/' "$EX/tab-grid.txt" > "$T/stray.txt"
	cat "$T/stray.txt" "$EX/gb18030-crlf.txt" > "$T/mixed.txt"
	n=$(wc -l < "$T/stray.txt")
	at=$(( $(head -n 20 "$T/stray.txt" | wc -c) - 2 ))
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "$(note $((n + 3)) GB18030 "$T/mixed.txt" pbsplit)
pbsplit: $T/mixed.txt:20: invalid UTF-8 (byte $at)
pbsplit: $T/mixed.txt: 1 more byte not UTF-8, read as U+FFFD" ]
	[ "$(encodings "$T/mixed.txt" | tr '\n' ' ')" = "UTF-8 GB18030 " ]
	{ sed '20s/$/\xef\xbf\xbd\xef\xbf\xbd/' "$EX/tab-grid.txt"; iconv -f GB18030 -t UTF-8 "$EX/gb18030-crlf.txt"; } > "$T/want"
	joined "$T/mixed.txt" | cmp - "$T/want"
	# past the first MiB, the same
	repeat "$EX/tab-grid.txt" 300 > "$T/big.txt"
	cat "$T/big.txt" "$T/mixed.txt" > "$T/bigmixed.txt"
	b=$(wc -l < "$T/big.txt")
	run_split pbtable "$T/bigmixed.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "$(note $((b + n + 3)) GB18030 "$T/bigmixed.txt" pbtable)
pbtable: $T/bigmixed.txt:$((b + 20)): invalid UTF-8 (byte "*")
pbtable: $T/bigmixed.txt: 1 more byte not UTF-8, read as U+FFFD" ]]
	[ "$(encodings "$T/bigmixed.txt" | uniq -c | awk '{print $1 $2}' | tr '\n' ' ')" = "301UTF-8 1GB18030 " ]
}

@test "a forced encoding, and records, never change: the other part reads as bad bytes" {
	cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" > "$T/mixed.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	run_split pbsplit --encoding utf-8 "$T/mixed.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" != *"encoding changes"* ]]
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="doc").encoding' | sort -u)" = UTF-8 ]
	# records then a GB18030 filing: records are UTF-8
	{ pbsplit "$EX/tab-grid.txt"; cat "$EX/gb18030-crlf.txt"; } > "$T/rec.ndjson"
	run_split pbtable "$T/rec.ndjson"
	[[ "$stderr" != *"encoding changes"* ]]
	# and a CRLF mixed input in CRLF is still read (the change at a line start after LF)
	cat "$EX/gb18030-crlf.txt" "$EX/gb18030-crlf.txt" > "$T/gbgb.txt"
	run_split pbsplit "$T/gbgb.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "neither encoding: random bytes and binary are still rejected whole" {
	{ printf 'abc\n'; for i in $(seq 40); do printf 'x\377\n'; done; } > "$T/junk.txt"
	# enough that the whole is not mostly UTF-8
	{ cat "$EX/tab-grid.txt"; for i in $(seq 1000); do printf 'x\377\n'; done; } > "$T/mixed-junk.txt"
	run_split pbsplit "$T/junk.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	# UTF-8 text, then bytes that are no GB18030 text: no change, rejected as before
	run_split pbsplit "$T/mixed-junk.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"not UTF-8 or GB18030"* ]]
	# and a GB18030 filing cat'ed after UTF-8 text with a NUL in the first MiB
	{ cat "$EX/tab-grid.txt"; printf 'a\000b\n'; cat "$EX/gb18030-crlf.txt"; } > "$T/nul.txt"
	run_split pbsplit "$T/nul.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[[ "$stderr" == *"NUL byte"* ]]
	# while UTF-8 text then GB18030 text is read
	cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" > "$T/mixed.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
}

@test "a UTF-8 filing with one character cut, which converts as GB18030 as a whole, is read as UTF-8 with U+FFFD, not garbled" {
	f="$FIX/enc17/utf8-cut-char.txt"
	# the premise: iconv takes all of it as GB18030
	iconv -f GB18030 -t UTF-8 "$f" > /dev/null
	run_split pbsplit "$f"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="doc").encoding')" = "UTF-8" ]
	printf '%s\n' "$output" | jq -r 'select(.type=="block").text' | grep -qx '（草案）'
	[[ "$stderr" == "pbsplit: $f:3: invalid UTF-8 (byte 15)"* ]]
}

@test "cat of UTF-8 and GB18030 filings: pbsum's totals are those of the files given one by one" {
	for i in 1 2 3; do
		cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" "$GB" "$EX/markdown.txt" "$EX/cell-per-line.txt"
	done > "$T/all.txt"
	files=$(for i in 1 2 3; do printf '%s ' "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" "$GB" "$EX/markdown.txt" "$EX/cell-per-line.txt"; done)
	want=$(pbsum $files 2>/dev/null | tail -n 1)
	[ "$(cat "$T/all.txt" | pbsum - 2>/dev/null | tail -n 1)" = "$want" ]
	[ "$(cut -f1 <<< "$want")" -eq 27 ]
}

@test "a stray byte inside a short line's first character of a UTF-8 filing is a bad byte, no change (review r10a E1)" {
	# E0 inside ≥ on the value line \t≥85% of the cell-per-line example:
	# its bytes pair up as GB18030, but not as GB2312 text does
	sed '72s/\xe2\x89\xa5/\xe2\x89\xe0\xa5/' "$EX/cell-per-line.txt" > "$T/stray.txt"
	! cmp -s "$T/stray.txt" "$EX/cell-per-line.txt"
	run_split pbtable "$T/stray.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "pbtable: $T/stray.txt:72: invalid UTF-8 (byte "*")"* ]]
	[[ "$stderr" != *"encoding changes"* ]]
}

@test "a GB18030 filing whose first line with Chinese is 目 录 (no cover): read as GB18030, first or after UTF-8 (r10a E4)" {
	# the cover's lines dropped: 目 录 (C4BF 20 C2BC) is valid UTF-8 too
	sed '3,10d' "$EX/tab-grid.txt" | iconv -f UTF-8 -t GB18030 > "$T/toc.gb18030.txt"
	iconv -f GB18030 -t UTF-8 "$T/toc.gb18030.txt" | head -n 3 | grep -qx '目 录'
	cat "$T/toc.gb18030.txt" "$EX/tab-grid.txt" > "$T/gu.txt"
	cat "$EX/tab-grid.txt" "$T/toc.gb18030.txt" > "$T/ug.txt"
	[ "$(encodings "$T/gu.txt" | tr '\n' ' ')" = "GB18030 UTF-8 " ]
	[ "$(encodings "$T/ug.txt" | tr '\n' ' ')" = "UTF-8 GB18030 " ]
	lossless_parts "$T/gu.txt" "$T/toc.gb18030.txt" "$EX/tab-grid.txt"
	lossless_parts "$T/ug.txt" "$EX/tab-grid.txt" "$T/toc.gb18030.txt"
	# third, once the input is read a line at a time: the 目 录 line is
	# not taken with the UTF-8 lines before it
	cat "$T/toc.gb18030.txt" "$EX/tab-grid.txt" "$T/toc.gb18030.txt" > "$T/gug.txt"
	[ "$(encodings "$T/gug.txt" | tr '\n' ' ')" = "GB18030 UTF-8 GB18030 " ]
	lossless_parts "$T/gug.txt" "$T/toc.gb18030.txt" "$EX/tab-grid.txt" "$T/toc.gb18030.txt"
}

@test "a UTF-8 byte-order mark after a GB18030 filing is UTF-8's (r10a E5)" {
	iconv -f UTF-8 -t GB18030 "$EX/tab-grid.txt" > "$T/a.gb18030.txt"
	printf '\357\273\277' > "$T/bom.txt"
	run_split bash -c "cat '$T/a.gb18030.txt' '$T/bom.txt' | pbsum -"
	[ "$status" -eq 0 ]
	printf '\357\273\277Project list\n' > "$T/bom2.txt"
	cat "$T/a.gb18030.txt" "$T/bom2.txt" > "$T/mixed.txt"
	joined "$T/mixed.txt" | tail -n 1 | grep -qx $'\xef\xbb\xbfProject list'
}

@test "GB18030 filings then a UTF-8 one whose first line crosses the first MiB: the line is UTF-8, whole (r10a E2)" {
	iconv -f UTF-8 -t GB18030 "$EX/tab-grid.txt" > "$T/one.gb18030.txt"
	for crlf in 0 1; do
		for back in 16 40; do
			: > "$T/gb.txt"
			while [ "$(wc -c < "$T/gb.txt")" -lt $((1048576 - back - 4000)) ]; do
				cat "$T/one.gb18030.txt" >> "$T/gb.txt"
			done
			# pad to back bytes before the MiB with a blank line of spaces
			pad=$((1048576 - back - $(wc -c < "$T/gb.txt") - 1))
			{ cat "$T/gb.txt"; head -c "$pad" /dev/zero | tr '\0' ' '; echo; } > "$T/gbpad.gb18030.txt"
			if [ $crlf = 1 ]; then sed 's/$/\r/' "$EX/tab-grid.txt" > "$T/u.txt"; else cp "$EX/tab-grid.txt" "$T/u.txt"; fi
			cat "$T/gbpad.gb18030.txt" "$T/u.txt" > "$T/w.txt"
			run_split pbsplit "$T/w.txt"
			[ "$status" -eq 0 ]
			lossless_parts "$T/w.txt" "$T/gbpad.gb18030.txt" "$T/u.txt"
		done
	done
}

@test "after a change, UTF-8 lines with ², ° and × or Cyrillic letters stay UTF-8, whole, however the input is cut" {
	# ² ° × are bytes C2 and C3; Дом is letters C4-DF, which a line of
	# GB18030 (目录) can pass for, so its line is weighed on its own
	{ cat "$EX/tab-grid.txt"; printf '面积25m\xc2\xb2，温度30\xc2\xb0C，×2\nДом 预算\n'; } > "$T/u.txt"
	cat "$EX/gb18030-crlf.txt" "$T/u.txt" "$EX/gb18030-crlf.txt" "$T/u.txt" > "$T/mixed.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$(encodings "$T/mixed.txt" | tr '\n' ' ')" = "GB18030 UTF-8 GB18030 UTF-8 " ]
	lossless_parts "$T/mixed.txt" "$EX/gb18030-crlf.txt" "$T/u.txt" "$EX/gb18030-crlf.txt" "$T/u.txt"
	pbsplit "$T/mixed.txt" > "$T/file.out" 2>/dev/null
	for bs in 7 1000; do
		dd if="$T/mixed.txt" bs=$bs 2>/dev/null | pbsplit - 2>/dev/null |
			sed 's/"file":"-"/"file":"'"${T//\//\\/}"'\/mixed.txt"/' > "$T/pipe.out"
		cmp "$T/file.out" "$T/pipe.out"
	done
}

@test "a GB18030 filing after UTF-8 ones whose first lines start with a character that passes as UTF-8 (一 D2BB, 元 D4AA): read as GB18030 from its first line (review r10a E3)" {
	# a filing without its cover and 目录, from 一、总体绩效目标 on; and
	# one whose cover starts 元氏县
	for cut in nocover yuanshi; do
		if [ $cut = nocover ]; then
			sed -n '29,$p' "$EX/tab-grid.txt" > "$T/$cut.txt"
		else
			sed '3s/^/元氏县/' "$EX/tab-grid.txt" > "$T/$cut.txt"
		fi
		head -n 3 "$T/$cut.txt" | grep -q '^[一元]'
		iconv -f UTF-8 -t GB18030 "$T/$cut.txt" > "$T/$cut.gb18030.txt"
		# a dozen UTF-8 filings first: the input is mostly UTF-8, read
		# so (not a line at a time from its start)
		{ repeat "$EX/tab-grid.txt" 12; cat "$EX/markdown.txt"; } > "$T/u.txt"
		cat "$T/u.txt" "$T/$cut.gb18030.txt" > "$T/mixed.txt"
		n=$(wc -l < "$T/u.txt")
		first=$(grep -n -m1 '[^ -~]' "$T/$cut.txt" | cut -d: -f1)
		run_split pbsplit "$T/mixed.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "$(note $((n + first)) GB18030 "$T/mixed.txt" pbsplit)" ]
		lossless_parts "$T/mixed.txt" "$T/u.txt" "$T/$cut.gb18030.txt"
		[ "$(projects "$T/mixed.txt")" = "$(parts "$T/u.txt" "$T/$cut.txt")" ]
		# and through a pipe in small writes
		pbsplit "$T/mixed.txt" > "$T/file.out" 2>/dev/null
		dd if="$T/mixed.txt" bs=7 2>/dev/null | pbsplit - 2>/dev/null |
			sed 's/"file":"-"/"file":"'"${T//\//\\/}"'\/mixed.txt"/' > "$T/pipe.out"
		cmp "$T/file.out" "$T/pipe.out"
	done
}

@test "damaged UTF-8 is no change: a stray byte in a one-character cell (1,200人), two bytes lost after a character (年度工作计划): U+FFFD, reported, exit 2 (review r11a F2, F3)" {
	# 人 is E4 BA BA: F0 put after its lead; 年度工作计划 without the 2nd
	# byte of 度 (BA) and the last of 作 (9C): both pair into GB2312
	sed -e '65s/.*/\t1,200\xe4\xf0\xba\xba/' \
	    -e '66s/.*/\t\xe5\xb9\xb4\xe5\xa6\xe5\xb7\xa5\xe4\xbd\xe8\xae\xa1\xe5\x88\x92/' \
	    "$EX/cell-per-line.txt" > "$T/damaged.txt"
	for t in pbsplit pbtable; do
		run_split $t "$T/damaged.txt"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[[ "$stderr" == "$t: $T/damaged.txt:65: invalid UTF-8 (byte "*")
$t: $T/damaged.txt: "*" more bytes not UTF-8, each read as U+FFFD" ]] || { echo "$t: $stderr"; return 1; }
	done
	[ "$(encodings "$T/damaged.txt")" = "UTF-8" ]
	run_split pbtable "$T/damaged.txt"
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="indicator" and .seq==1) | [.value, .basis] | join("|")')" = $'1,200\uFFFD\uFFFD\uFFFD\uFFFD|\u5E74\uFFFD\uFFFD\u5DE5\uFFFD\uFFFD\u8BA1\u5212' ]
	# after a GB18030 filing (a line at a time) the same
	cat "$EX/gb18030-crlf.txt" "$T/damaged.txt" > "$T/mixed.txt"
	[ "$(encodings "$T/mixed.txt" | tr '\n' ' ')" = "GB18030 UTF-8 " ]
	run_split pbtable "$T/mixed.txt"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="indicator" and .seq==1) | .value' | tail -n 1)" = $'1,200\uFFFD\uFFFD\uFFFD\uFFFD' ]
}
