#!/usr/bin/env bats
# Review r20a (operations), the rest: stderr in order with stdout, a
# flood of bad NDJSON lines, EMFILE said as such, -q for cron.

load common

@test "with 2>&1, an error about a later input comes after the earlier inputs' output, into a file and into a pipe" {
	d="$BATS_TEST_TMPDIR"
	for t in pbcheck pbtable pbsplit; do
		"$t" "$EX/tab-grid.txt" "$d/none.txt" > "$d/o" 2>&1 && return 1
		[ "$(tail -n 1 "$d/o")" = "$t: $d/none.txt: No such file or directory" ] || { echo "$t: $(head -n 2 "$d/o")"; return 1; }
		[ "$(wc -l < "$d/o")" -gt 1 ]
		"$t" "$d/none.txt" "$EX/tab-grid.txt" > "$d/o" 2>&1 && return 1
		[ "$(head -n 1 "$d/o")" = "$t: $d/none.txt: No such file or directory" ]
		"$t" "$EX/tab-grid.txt" "$d/none.txt" 2>&1 | cat > "$d/p"
		[ "$(tail -n 1 "$d/p")" = "$t: $d/none.txt: No such file or directory" ] || { echo "$t (pipe): $(head -n 2 "$d/p")"; return 1; }
	done
	# pbcheck -s: the summary after the findings
	pbcheck -s "$EX/tab-grid.txt" "$d/none.txt" > "$d/o" 2>&1 && return 1
	[ "$(sed -n '$p' "$d/o" | cut -d' ' -f2-3)" = "2 files:" ]
	[ "$(sed -n 'x;$p' "$d/o")" = "pbcheck: $d/none.txt: No such file or directory" ]
	grep -q 'tab-grid.txt:[0-9]*: ' "$d/o"
}

@test "a damaged NDJSON input (20 good lines, 100,000 bad): the first 10 bad lines said, then one count at its end, per input; status 2" {
	d="$BATS_TEST_TMPDIR"
	pbtable "$EX/tab-grid.txt" > "$d/good.nd"
	good=$(wc -l < "$d/good.nd")
	{ cat "$d/good.nd"; yes x | head -n 100000; } > "$d/damaged.nd"
	{ cat "$d/good.nd"; yes '[1]' | head -n 11; } > "$d/second.nd"
	for t in pbtable pbcheck pbsum; do
		run_split "$t" "$d/damaged.nd" "$d/second.nd"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 22 ] || { echo "$t: $(printf '%s\n' "$stderr" | tail -n 3)"; return 1; }
		[ "$(printf '%s\n' "$stderr" | sed -n 1p)" = "$t: $d/damaged.nd:$((good + 1)): not valid JSON" ]
		[ "$(printf '%s\n' "$stderr" | sed -n 10p)" = "$t: $d/damaged.nd:$((good + 10)): not valid JSON" ]
		[ "$(printf '%s\n' "$stderr" | sed -n 11p)" = "$t: $d/damaged.nd: 99990 more bad records, each left out: only the first 10 are said one by one" ]
		[ "$(printf '%s\n' "$stderr" | sed -n 12p)" = "$t: $d/second.nd:$((good + 1)): not a JSON object" ]
		[ "$(printf '%s\n' "$stderr" | sed -n 22p)" = "$t: $d/second.nd: 1 more bad record, each left out: only the first 10 are said one by one" ]
	done
	# the good records are still read: pbtable passes them through
	pbtable "$d/damaged.nd" 2>/dev/null | cmp - "$d/good.nd"
	# ten bad lines: each said, no count
	{ cat "$d/good.nd"; yes x | head -n 10; } > "$d/ten.nd"
	run_split pbsum "$d/ten.nd"
	[ "$status" -eq 2 ] && [ "$(printf '%s\n' "$stderr" | grep -c ': not valid JSON$')" -eq 10 ]
	[[ "$stderr" != *"more bad"* ]]
}

@test "pbsum: sum records that cannot be merged, the first 10 said, then a count" {
	d="$BATS_TEST_TMPDIR"
	pbsum -f ndjson "$EX/tab-grid.txt" > "$d/s.nd"
	for i in $(seq 25); do echo '{"type":"sum","group":{},"projects":1,"budget":"abc"}'; done >> "$d/s.nd"
	run_split pbsum "$d/s.nd"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$stderr" | grep -c 'budget is not an exact number$')" -eq 10 ]
	[ "$(printf '%s\n' "$stderr" | tail -n 1)" = "pbsum: $d/s.nd: 15 more bad records, each left out: only the first 10 are said one by one" ]
	[ "$(printf '%s\n' "$output" | sed -n 2p | cut -f1)" = 3 ]
}

# TOOL ARGS... run with 4 descriptors: 0-2, and the input's; iconv's
# module for GB18030 then cannot be opened (descriptors bats holds open
# past 2 are closed first)
four_fds() {
	run_split sh -c 'exec 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-; ulimit -n 4 && exec "$@"' _ "$@"
}

@test "iconv's GB18030 not loaded for want of descriptors: said so (Too many open files), not that iconv has no GB18030" {
	d="$BATS_TEST_TMPDIR"
	four_fds pbsum "$EX/tab-grid.txt"
	[ "$status" -eq 0 ] || skip "cannot run with ulimit -n 4 here: $stderr"
	for t in pbtable pbcheck pbsum pbsplit; do
		four_fds "$t" "$EX/gb18030-crlf.txt"
		[ "$status" -eq 2 ] || { echo "$t: status $status"; return 1; }
		[ "$stderr" = "$t: $EX/gb18030-crlf.txt: cannot convert GB18030: Too many open files" ] || { echo "$t: $stderr"; return 1; }
	done
	# a GB18030 filing past the first MiB of UTF-8 ones: the line's
	# change of encoding could not be tried, and that is the error said
	for i in $(seq 240); do cat "$EX/tab-grid.txt"; done > "$d/mixed.txt"
	cat "$EX/gb18030-crlf.txt" >> "$d/mixed.txt"
	four_fds pbsum "$d/mixed.txt"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$stderr" | tail -n 1)" = "pbsum: $d/mixed.txt: cannot convert GB18030: Too many open files" ]
	[[ "$stderr" != *"invalid UTF-8"* ]]
	# with descriptors to spare, the same input reads clean
	run_split pbsum "$d/mixed.txt"
	[ "$status" -eq 0 ] && [[ "$stderr" != *"cannot convert"* ]]
}

@test "-q, --quiet: no warnings or notes, errors still said; every tool" {
	d="$BATS_TEST_TMPDIR"
	# a file name in GBK (测.txt) warns on every run, status 0
	gbk="$d/$(printf '\262\342').txt"
	cp "$EX/tab-grid.txt" "$gbk"
	# a GB18030 filing after a UTF-8 one in one input: the change is a warning
	cat "$EX/tab-grid.txt" "$EX/gb18030-crlf.txt" > "$d/mixed.txt"
	for t in pbsplit pbtable pbcheck pbsum; do
		run_split "$t" "$gbk" "$d/mixed.txt"
		[ "$status" -eq 0 ] && [[ "$stderr" == *": warning: the file name is not UTF-8"* ]] &&
			[[ "$stderr" == *"mixed.txt:"*": warning: encoding changes to GB18030 here"* ]] ||
			{ echo "$t: $status $stderr"; return 1; }
		want=$output
		for q in -q --quiet --qui; do
			run_split "$t" "$q" "$gbk" "$d/mixed.txt"
			[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$t $q: $status $stderr"; return 1; }
			# the output is the same: only messages are dropped
			[ "$output" = "$want" ] || { echo "$t $q: output differs"; return 1; }
		done
		# after the operands too (GNU getopt), and an error still said
		run_split "$t" "$gbk" "$d/none.txt" -q
		[ "$status" -eq 2 ] && [ "$stderr" = "$t: $d/none.txt: No such file or directory" ] ||
			{ echo "$t: $status $stderr"; return 1; }
		run_split "$t" --help
		[[ "$output" == "usage: $t [-q"* ]]
	done
	# pbsum: a skipped type and a skipped project are warnings; a bad
	# record, and the count of those not said, are errors
	{ pbtable "$EX/tab-grid.txt"; echo '{"type":"other"}'; yes x | head -n 12; } > "$d/r.nd"
	run_split pbsum -q "$d/r.nd"
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$stderr" | grep -c ': not valid JSON$')" -eq 10 ]
	[ "$(printf '%s\n' "$stderr" | wc -l)" -eq 11 ]
	[[ "$stderr" != *warning:* ]]
	# pbcheck: findings are its output, not messages; -s's summary stays
	run_split pbcheck -qs --fail-on never "$gbk"
	[ "$status" -eq 0 ] && [ -n "$output" ]
	[ "$stderr" = "pbcheck: 1 file: 1 read, 0 failed; 3 projects, 17 indicators: 0 errors, 0 warnings, 1 info" ]
	# an option's value is not -q
	run_split pbsum -g -q "$gbk"
	[ "$status" -eq 2 ] && [[ "$stderr" == "pbsum: unknown group key '-q'"* ]]
}
