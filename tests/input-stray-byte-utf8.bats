#!/usr/bin/env bats
# The input layer, r6b F2 and F10: a UTF-8 filing with a stray byte in the
# first MiB is read as UTF-8 (it was dropped whole), an input in neither
# encoding names where each fails, and a byte-order mark is given back in
# pbsplit's first block.

load common

T="$BATS_TEST_TMPDIR"

# the projects and the budget pbsum finds: "N<TAB>B"
sums() {
	pbsum "$@" 2>/dev/null | tail -n 1 | cut -f1-2
}

@test "a stray byte in the first MiB of a UTF-8 filing costs one character, not the filing" {
	# 0xA1 at the end of line 100 (an indicator row): neither UTF-8 nor GB18030
	sed '100s/$/\xa1/' "$EX/tab-grid.txt" > "$T/stray.txt"
	for tool in pbsplit pbtable pbcheck pbsum; do
		run_split "$tool" "$T/stray.txt"
		[ "$status" -eq 2 ]
		[ "$stderr" = "$tool: $T/stray.txt:100: invalid UTF-8 (byte 3823)" ]
	done
	# as forced UTF-8 reads it, and as the clean file sums
	[ "$(sums "$T/stray.txt")" = "$(printf '3\t190.500000')" ]
	diff <(pbtable "$T/stray.txt" 2>&1) <(pbtable --encoding utf-8 "$T/stray.txt" 2>&1)
	# the byte is one U+FFFD in the text, everything else as it was
	pbsplit "$T/stray.txt" 2>/dev/null | jq -j 'select(.type=="block").text' > "$T/joined"
	sed '100s/$/\xef\xbf\xbd/' "$EX/tab-grid.txt" | cmp - "$T/joined"
	run bash -c "pbsplit '$T/stray.txt' 2>/dev/null | jq -r 'select(.type==\"doc\").encoding'"
	[ "$output" = "UTF-8" ]
}

@test "the stray byte gives the same outcome before and past the first MiB" {
	for i in $(seq 400); do cat "$EX/tab-grid.txt"; done > "$T/big.txt"
	sed '100s/$/\xa1/' "$T/big.txt" > "$T/a.txt"
	sed '40000s/$/\xa1/' "$T/big.txt" > "$T/b.txt"
	for f in a b; do
		run_split pbsum "$T/$f.txt"
		[ "$status" -eq 2 ]
		[ "$(printf '%s\n' "$output" | tail -n 1 | cut -f1-2)" = "$(printf '1200\t76200.000000')" ]
	done
	run_split pbsum "$T/a.txt"
	[ "$stderr" = "pbsum: $T/a.txt:100: invalid UTF-8 (byte 3823)" ]
}

@test "a few stray bytes, and a cut character at the end, are still mostly UTF-8" {
	{ sed -e '5s/$/\xff/' -e '100s/$/\x80\x80/' "$EX/tab-grid.txt"; printf '\xe9\xa2'; } > "$T/few.txt"
	run_split pbtable "$T/few.txt"
	[ "$status" -eq 2 ]
	# the first bad byte is reported, as past the first MiB
	# (the cut character is a line of its own, after the last: not a row)
	# and how many more were (input8)
	[[ "$stderr" == *"pbtable: $T/few.txt:5: invalid UTF-8 (byte $(head -n 5 "$EX/tab-grid.txt" | wc -c))
pbtable: $T/few.txt: 4 more bytes not UTF-8, each read as U+FFFD" ]]
	[ "$(sums "$T/few.txt")" = "$(printf '3\t190.500000')" ]
}

@test "GB18030 is not mistaken for mostly UTF-8: a GB18030 filing with a stray byte is read as GB18030" {
	# a lone 0x80 (no GB18030 lead byte) after line 100's CR: on line 100,
	# as an editor shows it, the CR being no line end once LFs end lines
	# (rejected whole until input8, which reads it as mostly GB18030)
	sed '100s/$/\x80/' "$EX/gb18030-crlf.txt" > "$T/gbstray.txt"
	run_split pbsplit "$T/gbstray.txt"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="doc").encoding')" = GB18030 ]
	[ "$stderr" = "pbsplit: $T/gbstray.txt:100: invalid GB18030 (byte 2835)" ]
}

@test "a GB18030 filing cat'ed before a UTF-8 one, or after: each read in its encoding (enc16), a note at the change" {
	# rejected whole until enc16, the message naming where each encoding
	# failed (a GB18030 filing then bytes that are neither still is:
	# input-stray-byte-gb18030.bats)
	cat "$EX/gb18030-crlf.txt" "$EX/tab-grid.txt" > "$T/mixed.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	# the UTF-8 filing's first line with Chinese
	[ "$stderr" = "pbsplit: $T/mixed.txt:117: warning: encoding changes to UTF-8 here (filings of two encodings in one input?)" ]
	# the reverse: at the GB18030 filing's line 3
	cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" > "$T/mixed2.txt"
	n=$(wc -l < "$EX/tab-grid.txt")
	run_split pbsplit "$T/mixed2.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "pbsplit: $T/mixed2.txt:$((n + 3)): warning: encoding changes to GB18030 here (filings of two encodings in one input?)" ]
}

@test "one bad spot for both encodings: the message is as before" {
	printf 'abc\n\377\377\377\n' > "$T/bad.txt"
	run_split pbsplit "$T/bad.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsplit: $T/bad.txt:2: not UTF-8 or GB18030 (byte 5)" ]
}

@test "a byte-order mark is given back at the start of the first block: the blocks join into the input" {
	printf '\357\273\277' | cat - "$EX/tab-grid.txt" > "$T/bom.txt"
	lossless "$T/bom.txt"
	run bash -c "pbsplit '$T/bom.txt' | jq -r 'select(.type==\"block\" and .seq==1) | .text' | head -c 3 | od -An -tx1"
	[ "$(echo $output)" = "ef bb bf" ]
	# only once: the other blocks, and a second file, are as they were
	run bash -c "pbsplit '$T/bom.txt' '$EX/tab-grid.txt' | jq -j 'select(.type==\"block\").text' | cat - '$EX/tab-grid.txt' | cmp - <(cat '$T/bom.txt' '$EX/tab-grid.txt' '$EX/tab-grid.txt')"
	[ "$status" -eq 0 ]
	# the TSV's bytes count it too: they add up to the file's size
	[ "$(pbsplit -f tsv "$T/bom.txt" | awk -F'\t' 'NR > 1 { s += $8 } END { print s }')" -eq "$(wc -c < "$T/bom.txt")" ]
}

@test "pbtable, pbcheck and pbsum read pbsplit's output of a BOM file as of the file without one" {
	mkdir "$T/a" "$T/b"
	for f in "$EX/tab-grid.txt" "$FIX/pbtable/pipe-table.txt" "$EX/markdown.txt"; do
		cp "$f" "$T/b/f.txt"
		printf '\357\273\277' | cat - "$f" > "$T/a/f.txt"
		for tool in pbtable pbcheck pbsum; do
			for d in a b; do
				cd "$T/$d"
				st=0; pbsplit f.txt | "$tool" > out 2>&1 || st=$?; echo $st >> out
			done
			diff "$T/a/out" "$T/b/out"
			# and as they read the file itself
			cd "$T/a"
			st=0; "$tool" f.txt > raw 2>&1 || st=$?; echo $st >> raw
			diff "$T/a/raw" "$T/b/out"
		done
	done
}

@test "a file of a byte-order mark alone: no block, nothing to give back" {
	printf '\357\273\277' > "$T/bomonly.txt"
	run_split pbsplit "$T/bomonly.txt"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}
