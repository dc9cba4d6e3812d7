#!/usr/bin/env bats
# Review r20a (operations): output shared by processes run side by side,
# an input that is the output, blank files, closed stdin, raw text in
# messages, message forms.

load common

# four big inputs for xargs -P: each process writes far more than a pipe
# holds, so writers block and their writes meet in the pipe
big4() {
	local d="$BATS_TEST_TMPDIR" i j
	for i in 1 2 3 4; do
		for j in $(seq 150); do cat "$EX/tab-grid.txt" "$EX/markdown.txt"; done > "$d/b$i.txt"
	done
}

@test "xargs -P 2 into a slow reader: pbtable's TSV rows and NDJSON lines, pbsplit's and pbcheck's lines stay whole" {
	big4
	d="$BATS_TEST_TMPDIR"
	# TSV: every row has the header's number of columns
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbtable -f tsv 2>/dev/null |
		(sleep 1; cat) > "$d/t.tsv"
	[ "$(awk -F'\t' 'NR == 1 { n = NF } NF != n { bad++ } END { print bad + 0 }' "$d/t.tsv")" = 0 ]
	[ "$(wc -l < "$d/t.tsv")" -gt 4000 ]
	# NDJSON: every line parses, and no record is lost
	want=$(cat "$d"/b?.txt | pbtable 2>/dev/null | jq -c 'select(.type=="project")' | wc -l)
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbtable 2>/dev/null |
		(sleep 1; cat) > "$d/t.ndjson"
	jq -c 'select(.type=="project")' "$d/t.ndjson" > "$d/p"
	[ "$(wc -l < "$d/p")" -eq "$want" ]
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbsplit 2>/dev/null |
		(sleep 1; cat) > "$d/s.ndjson"
	jq -e . "$d/s.ndjson" > /dev/null
	# pbcheck's text: FILE:LINE: SEVERITY: ... [rule], line by line
	printf '%s\0' "$d"/b?.txt | xargs -0 -n 1 -P 2 pbcheck --fail-on never |
		(sleep 1; cat) > "$d/c.txt"
	[ -s "$d/c.txt" ]
	run grep -a -c -v -E '/b[0-9]\.txt:[0-9]+: (error|warning|info): .*\[[a-z0-9-]+\]$' "$d/c.txt"
	[ "$output" = 0 ]
}

@test "an input FILE that is the file stdout appends to is refused, as cat refuses it, and the other inputs are read" {
	d="$BATS_TEST_TMPDIR"
	cp "$EX/tab-grid.txt" "$d/a.txt"
	pbtable "$d/a.txt" > "$d/out.ndjson"
	n=$(wc -c < "$d/out.ndjson")
	for t in pbtable pbcheck pbsum pbsplit; do
		cp "$d/out.ndjson" "$d/o.ndjson"
		# pbsplit refuses records anyway: give it a text output to read
		[ $t = pbsplit ] && cp "$EX/tab-grid.txt" "$d/o.ndjson"
		run_split timeout 20 bash -c "$t '$d/o.ndjson' '$d/a.txt' >> '$d/o.ndjson'"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[ "$stderr" = "$t: $d/o.ndjson: input file is output file" ] || { echo "$t: $stderr"; return 1; }
	done
	# a.txt was read after it: its records were appended once
	cp "$d/out.ndjson" "$d/o.ndjson"
	run timeout 20 bash -c "pbtable '$d/o.ndjson' '$d/a.txt' >> '$d/o.ndjson'"
	[ "$(wc -c < "$d/o.ndjson")" -eq $((2 * n)) ]
	# stdin too, as cat has it; a different file is read as ever
	run_split bash -c "pbtable - < '$d/o.ndjson' >> '$d/o.ndjson'"
	[ "$status" -eq 2 ] && [ "$stderr" = "pbtable: -: input file is output file" ]
	run_split bash -c "pbtable '$d/out.ndjson' >> '$d/o.ndjson'"
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
}

@test "FILE - with stdin closed: '-' is an error, not the end of FILE, whose descriptor was 0" {
	for t in pbtable pbcheck pbsum pbsplit; do
		run_split bash -c "$t '$EX/tab-grid.txt' - <&- > /dev/null"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[ "$stderr" = "$t: -: read error: Bad file descriptor" ] || { echo "$t: $stderr"; return 1; }
	done
	# FILE is read whole all the same
	want=$(pbtable "$EX/tab-grid.txt" | wc -l)
	run bash -c "pbtable '$EX/tab-grid.txt' - <&- 2>/dev/null | wc -l"
	[ "$output" -eq "$want" ]
}

@test "a file of blank lines, of blanks and CRs, of form feeds: one error, no text; an empty input silent" {
	d="$BATS_TEST_TMPDIR"
	printf '\n\n\n\n' > "$d/blank.txt"
	printf '  \n\t\n \r\n\v\n' > "$d/blanks.txt"
	printf '\f\n\f\n\f\n' > "$d/ff.txt"
	for f in blank blanks ff; do
		each_reader 2 "$d/$f.txt" "$d/$f.txt: no text, only blank lines: not a budget performance filing (a scanned PDF converted without its text?)"
	done
	# one blank conversion among good filings fails the run, and is named
	run_split pbsum -g file "$EX/tab-grid.txt" "$d/blank.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "pbsum: $d/blank.txt: no text, only blank lines: not a budget performance filing (a scanned PDF converted without its text?)" ]
	[ "$(echo "$output" | tail -n 1 | cut -f2)" -gt 0 ]
	# no bytes: an empty input, no error, nothing said (pbtable's output
	# of a file with no project, kept in a file, is one)
	: > "$d/empty.txt"
	for t in pbtable pbcheck pbsum; do
		run_split $t "$d/empty.txt"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$t: $stderr"; return 1; }
		run_split bash -c "$t < /dev/null > /dev/null"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$t: $stderr"; return 1; }
		run_split bash -c "$t /dev/null > /dev/null"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$t: $stderr"; return 1; }
	done
	# a filing after blank lines is read as ever
	{ printf '\n \n\f\n'; cat "$EX/tab-grid.txt"; } > "$d/late.txt"
	[ "$(proj "$d/late.txt" .code | wc -l)" -eq "$(proj "$EX/tab-grid.txt" .code | wc -l)" ]
}

@test "a record's type, an option's value, a C1 control in a file name: escaped in diagnostics, one line each, no ESC" {
	d="$BATS_TEST_TMPDIR"
	pbtable "$EX/tab-grid.txt" > "$d/r.nd"
	printf '%s\n' '{"type":"x\nfake.txt:9: error: forged line\u001b[31m","a":1}' >> "$d/r.nd"
	for t in pbtable pbcheck pbsum; do
		run_split $t "$d/r.nd"
		[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ] || { echo "$t: $stderr"; return 1; }
		[ "$stderr" = "$t: $d/r.nd:21: warning: 'x\\nfake.txt:9: error: forged line\\x1B[31m' records $(
			case $t in pbtable) echo 'hold no project table';; pbcheck) echo 'are not checked';;
			pbsum) echo 'are not summed';; esac); skipped" ] || { echo "$t: $stderr"; return 1; }
	done
	# a long type is cut, at a character's start
	printf '{"type":"%s"}\n' "$(printf '类%.0s' $(seq 100))" > "$d/long.nd"
	run_split pbsum "$d/long.nd"
	[[ "$stderr" == *"warning: '$(printf '类%.0s' $(seq 26))...' records are not summed; skipped"* ]]
	# an option's value
	run_split pbsum -g $'de\npt' /dev/null
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$stderr" | head -n 1)" = "pbsum: unknown group key 'de\\npt' (keys: file, doc, dept, dept_code, year, region, code, name, title, source_unit, schedule_unit, purpose)" ]
	# U+009B (CSI) in a file name: its bytes \xC2\x9B, as a record name has them
	f="$d/$(printf 'c1\302\23331mx.txt')"
	run_split pbsum "$f"
	[ "$stderr" = "pbsum: $d/c1\\xC2\\x9B31mx.txt: No such file or directory" ]
}

@test "a UTF-16 filing (BOM FF FE or FE FF, or none) is said to be UTF-16, with how to convert it; binary data is still binary" {
	d="$BATS_TEST_TMPDIR"
	{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$EX/tab-grid.txt"; } > "$d/le.txt"
	{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$EX/tab-grid.txt"; } > "$d/be.txt"
	iconv -f UTF-8 -t UTF-16LE "$EX/tab-grid.txt" > "$d/nobom.txt"
	for f in le be nobom; do
		for t in pbsplit pbtable pbcheck pbsum; do
			run_split $t "$d/$f.txt"
			[ "$status" -eq 2 ] || { echo "$t $f: $status"; return 1; }
			[ "$stderr" = "$t: $d/$f.txt: UTF-16 text (Word's \"Unicode Text\"), not UTF-8 or GB18030: convert it first, iconv -f UTF-16 -t UTF-8 FILE > NEW.txt" ] ||
				{ echo "$t $f: $stderr"; return 1; }
		done
	done
	# converted as it says, it reads as the UTF-8 file does
	iconv -f UTF-16 -t UTF-8 "$d/le.txt" > "$d/back.txt"
	[ "$(proj "$d/back.txt" .code)" = "$(proj "$EX/tab-grid.txt" .code)" ]
	# NULs in runs (gzip) are binary data, as before
	gzip -c "$EX/tab-grid.txt" > "$d/g.gz"
	run_split pbtable "$d/g.gz"
	[[ "$stderr" == *"NUL byte: binary data, not a text filing"* ]]
}

@test "a change of encoding inside an input is a warning, in the documented form" {
	d="$BATS_TEST_TMPDIR"
	{ cat "$EX/tab-grid.txt"; cat "$EX/gb18030-crlf.txt"; } > "$d/mixed.txt"
	# the GB18030 filing starts with two blank lines: its first text line
	n=$(wc -l < "$EX/tab-grid.txt")
	for t in pbsplit pbtable pbsum; do
		run_split $t "$d/mixed.txt"
		[[ "$stderr" == *"$t: $d/mixed.txt:$((n + 3)): warning: encoding changes to GB18030 here (filings of two encodings in one input?)"* ]] ||
			{ echo "$t: $stderr"; return 1; }
	done
}

@test "records of many types: 100 said by name, then one warning for the rest, in linear time" {
	d="$BATS_TEST_TMPDIR"
	seq 20000 | awk '{ printf "{\"type\":\"t%d\"}\n", $1 }' > "$d/types.nd"
	for t in pbtable pbcheck pbsum; do
		run_split timeout 20 $t "$d/types.nd"
		[ "$status" -eq 2 ]
		[ "$(printf '%s\n' "$stderr" | grep -c "warning: 't[0-9]*' records")" -eq 100 ]
		[ "$(printf '%s\n' "$stderr" | grep -c "types.nd:101: warning: records of more than 100 types .*; skipped, these and any further types without a word each")" -eq 1 ]
		[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 102 ] || { echo "$t: $(printf '%s\n' "$stderr" | tail -n 3)"; return 1; }
	done
}
