#!/usr/bin/env bats
# The input layer, input8: a GB18030 filing with a stray byte in the first
# MiB is read as GB18030 (it was rejected whole), so is ASCII with a stray
# byte as UTF-8, and an input with more than one bad byte says how many.

load common

T="$BATS_TEST_TMPDIR"

# the projects and the budget pbsum finds: "N<TAB>B"
sums() {
	pbsum "$@" 2>/dev/null | tail -n 1 | cut -f1-2
}

# pbsplit's blocks of $1 joined
joined() {
	pbsplit "$1" 2>/dev/null | jq -j 'select(.type=="block").text'
}

encoding() {
	pbsplit "$1" 2>/dev/null | jq -r 'select(.type=="doc").encoding' | sort -u
}

@test "a stray byte in the first MiB of a GB18030 filing costs one character, not the filing" {
	# 0xFF (no GB18030 lead byte, no UTF-8 byte) before line 40's CR
	sed '40s/\r$/\xff\r/' "$EX/gb18030-crlf.txt" > "$T/gbstray.txt"
	at=$(( $(head -n 39 "$EX/gb18030-crlf.txt" | wc -c) + $(sed -n 40p "$EX/gb18030-crlf.txt" | wc -c) - 1 ))
	for tool in pbsplit pbtable pbcheck pbsum; do
		run_split "$tool" "$T/gbstray.txt"
		[ "$status" -eq 2 ]
		[ "$stderr" = "$tool: $T/gbstray.txt:40: invalid GB18030 (byte $at)" ]
	done
	[ "$(encoding "$T/gbstray.txt")" = GB18030 ]
	# as forced GB18030 reads it, and as the clean file sums
	[ "$(sums "$T/gbstray.txt")" = "$(sums "$EX/gb18030-crlf.txt")" ]
	[ "$(sums "$T/gbstray.txt")" = "$(printf '3\t190.500000')" ]
	diff <(pbtable "$T/gbstray.txt" 2>&1) <(pbtable --encoding gb18030 "$T/gbstray.txt" 2>&1)
	# the byte is one U+FFFD in the text, everything else as it was
	joined "$T/gbstray.txt" > "$T/joined"
	iconv -f gb18030 -t utf-8 "$EX/gb18030-crlf.txt" | sed '40s/\r$/\xef\xbf\xbd\r/' | cmp - "$T/joined"
}

@test "the GB18030 stray byte gives the same outcome before and past the first MiB" {
	for i in $(seq 400); do cat "$EX/gb18030-crlf.txt"; done > "$T/big.txt"
	sed '40s/\r$/\x80\r/' "$T/big.txt" > "$T/a.txt"
	sed '40040s/\r$/\x80\r/' "$T/big.txt" > "$T/b.txt"
	for f in a b; do
		run_split pbsum "$T/$f.txt"
		[ "$status" -eq 2 ]
		[ "$(printf '%s\n' "$output" | tail -n 1 | cut -f1-2)" = "$(printf '1200\t76200.000000')" ]
		[ "$(encoding "$T/$f.txt")" = GB18030 ]
	done
	run_split pbsum "$T/a.txt"
	[[ "$stderr" == "pbsum: $T/a.txt:40: invalid GB18030 (byte "*")" ]]
}

@test "a UTF-8 filing cat'ed after GB18030 ones is not read as GB18030 garbled: each part in its encoding (enc16)" {
	# ten GB18030 filings, then a UTF-8 one: read as GB18030 its bad bytes
	# are few beside the GB18030 characters (145 to 13000), but it holds
	# UTF-8 lines, which GB18030 read as UTF-8 never has: rejected whole
	# until enc16, which reads the UTF-8 filing as UTF-8
	for i in $(seq 10); do cat "$EX/gb18030-crlf.txt"; done > "$T/mixed.txt"
	cat "$EX/tab-grid.txt" >> "$T/mixed.txt"
	run_split pbsplit "$T/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -r 'select(.type=="doc").encoding' | uniq -c | awk '{print $1 $2}' | tr '\n' ' ')" = "10GB18030 1UTF-8 " ]
	[[ "$stderr" == "pbsplit: $T/mixed.txt:"*": warning: encoding changes to UTF-8 here (filings of two encodings in one input?)" ]]
	# GB18030 then bytes that are neither: still rejected, the message as before
	{ cat "$EX/gb18030-crlf.txt"; for i in $(seq 1000); do printf 'x\377\n'; done; } > "$T/junk.txt"
	run_split pbsplit "$T/junk.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "pbsplit: $T/junk.txt:115: not UTF-8 or GB18030 (byte 3471): GB18030 fails here, UTF-8 at line 3 (byte 5)" ]
}

@test "ASCII with one stray byte (a filing whose Chinese was lost) is read as UTF-8, the byte as U+FFFD" {
	LC_ALL=C tr -d '\200-\377' < "$EX/tab-grid.txt" | sed '10s/$/\xa3/' > "$T/ascii.txt"
	at=$(( $(head -n 10 "$T/ascii.txt" | wc -c) - 1 ))
	for tool in pbsplit pbtable pbcheck pbsum; do
		run_split "$tool" "$T/ascii.txt"
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"$tool: $T/ascii.txt:10: invalid UTF-8 (byte $at)" ]]
		[[ "$stderr" != *"not UTF-8 or GB18030"* ]]
	done
	[ "$(encoding "$T/ascii.txt")" = UTF-8 ]
	joined "$T/ascii.txt" > "$T/joined"
	LC_ALL=C tr -d '\200-\377' < "$EX/tab-grid.txt" | sed '10s/$/\xef\xbf\xbd/' | cmp - "$T/joined"
	# and a stray byte that GB18030 takes as a lead (0xA3 'A'), with another
	LC_ALL=C tr -d '\200-\377' < "$EX/tab-grid.txt" | sed -e '10s/$/\xa3/' -e '20s/^/\xa3/' > "$T/ascii2.txt"
	run_split pbsplit "$T/ascii2.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsplit: $T/ascii2.txt:10: invalid UTF-8 (byte $at)
pbsplit: $T/ascii2.txt: 1 more byte not UTF-8, read as U+FFFD" ]
}

@test "bytes that are no text stay rejected: stray bytes must be rare in the ASCII" {
	{ printf 'abc\n'; for i in $(seq 40); do printf 'x\377\n'; done; } > "$T/junk.txt"
	run_split pbsplit "$T/junk.txt"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	[ "$stderr" = "pbsplit: $T/junk.txt:2: not UTF-8 or GB18030 (byte 6)" ]
}

@test "more bad bytes than the first: each tool says once, at the end of the input, how many" {
	sed -e '5s/$/\xff/' -e '100s/$/\x80\x80/' -e '110s/$/\xc3/' "$EX/tab-grid.txt" > "$T/many.txt"
	for tool in pbsplit pbtable pbcheck pbsum; do
		run_split "$tool" "$T/many.txt" "$EX/tab-grid.txt"
		[ "$status" -eq 2 ]
		[ "$(printf '%s\n' "$stderr" | grep -c 'more bytes')" -eq 1 ]
		# the first bad byte as before, then the count, before the next file
		[ "$(printf '%s\n' "$stderr" | grep "$T/many.txt" | tail -n 2)" = "$tool: $T/many.txt:5: invalid UTF-8 (byte $(head -n 5 "$EX/tab-grid.txt" | wc -c))
$tool: $T/many.txt: 3 more bytes not UTF-8, each read as U+FFFD" ]
	done
	# GB18030 says its name, and the NUL past the first MiB ('?' there)
	for i in $(seq 400); do cat "$EX/gb18030-crlf.txt"; done > "$T/big.txt"
	sed -e '40s/\r$/\x80\r/' -e '40040s/\r$/\xff\xff\r/' -e '40050s/^/\x00/' "$T/big.txt" > "$T/gb.txt"
	run_split pbsplit "$T/gb.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "pbsplit: $T/gb.txt:40: invalid GB18030 (byte "*")
pbsplit: $T/gb.txt: 2 more bytes not GB18030, each read as U+FFFD, and 1 more NUL byte, read as ?" ]]
	# one bad byte alone: no count
	sed '5s/$/\xff/' "$EX/tab-grid.txt" > "$T/one.txt"
	run_split pbtable "$T/one.txt"
	[[ "$stderr" != *"more byte"* ]]
}

@test "lossless: blocks join into the decoded input with each bad byte as U+FFFD" {
	sed -e '5s/$/\xff/' -e '100s/$/\x80\x80/' "$EX/tab-grid.txt" > "$T/many.txt"
	joined "$T/many.txt" > "$T/joined"
	sed -e '5s/$/\xef\xbf\xbd/' -e '100s/$/\xef\xbf\xbd\xef\xbf\xbd/' "$EX/tab-grid.txt" | cmp - "$T/joined"
	sed -e '7s/\r$/\x80\x80\r/' -e '90s/^/\xff/' "$EX/gb18030-crlf.txt" > "$T/gb.txt"
	joined "$T/gb.txt" > "$T/joined"
	iconv -f gb18030 -t utf-8 "$EX/gb18030-crlf.txt" |
		sed -e '7s/\r$/\xef\xbf\xbd\xef\xbf\xbd\r/' -e '90s/^/\xef\xbf\xbd/' | cmp - "$T/joined"
}
