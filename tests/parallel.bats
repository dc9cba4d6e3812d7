#!/usr/bin/env bats
# The README's way to use both cores: per-file partial sums in parallel
# processes, merged by pbsum, equal one run over everything.

load common

@test "xargs -P 2 over files, merged by pbsum, equals one pbsum run" {
	files=("$EX"/*.txt)
	if [ -d "$SHARED" ]; then files+=("$SHARED"/*.txt); fi
	want="$(pbsum -g dept,region --total "${files[@]}")"
	got="$(printf '%s\0' "${files[@]}" |
		xargs -0 -n 1 -P 2 pbsum -g dept,region -f ndjson |
		pbsum -g dept,region --total)"
	[ "$got" = "$want" ]
	# and the same with pbtable as the mapper, as in Hadoop Streaming
	got="$(printf '%s\0' "${files[@]}" |
		xargs -0 -n 1 -P 2 sh -c 'pbtable "$1" | pbsum -g dept,region -f ndjson' _ |
		pbsum -g dept,region --total)"
	[ "$got" = "$want" ]
}

@test "xargs -P 4: sums of several pages each reach the merge whole, not cut into each other" {
	# each process writes far more than a pipe takes at once (PIPE_BUF):
	# 64 KiB writes interleaved inside lines and records were lost
	d="$BATS_TEST_TMPDIR"
	for i in 1 2 3 4; do
		for j in $(seq 300); do cat "$EX/tab-grid.txt"; done > "$d/f$i.txt"
	done
	want="$(pbsum -g doc,code,file "$d"/f*.txt)"
	for k in 1 2 3; do
		run_split bash -c "printf '%s\\0' '$d'/f*.txt | xargs -0 -n 1 -P 4 pbsum -g doc,code,file -f ndjson | pbsum -g doc,code,file"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$stderr"; return 1; }
		[ "$output" = "$want" ]
	done
	[ "$(echo "$want" | wc -l)" -gt 1200 ]
}

@test "pbsum takes records in any order, as Hadoop's shuffle sorts them" {
	files=("$EX"/*.txt)
	want="$(pbsum -g dept --total "${files[@]}")"
	run_split bash -c 'pbtable "$@" | LC_ALL=C sort | pbsum -g dept -f ndjson | LC_ALL=C sort | pbsum -g dept --total' _ "${files[@]}"
	[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$stderr"; return 1; }
	[ "$output" = "$want" ]
}

@test "Hadoop-style partitions of the sorted records: each combines cleanly, even one of indicators only" {
	files=("$EX"/*.txt)
	want="$(pbsum -g dept --total "${files[@]}")"
	d="$BATS_TEST_TMPDIR/parts"
	mkdir "$d"
	pbtable "${files[@]}" | LC_ALL=C sort > "$d/sorted"
	split -n l/4 "$d/sorted" "$d/part."
	rm "$d/sorted"
	# after the sort the indicator records come first: a partition of
	# nothing else
	run bash -c "grep -L '\"type\":\"project\"' '$d'/part.*"
	[ -n "$output" ]
	for p in "$d"/part.*; do
		run_split pbsum -g dept -f ndjson "$p"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$p: $stderr"; return 1; }
		echo "$output" >> "$d/combined"
	done
	run_split pbsum -g dept --total "$d/combined"
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
}

@test "xargs -P 4: each message on standard error is one whole line, with its own file" {
	# each process warns about thousands of unreadable amounts at once:
	# a message written in pieces was cut into by the others'
	d="$BATS_TEST_TMPDIR"
	for i in 1 2 3 4; do
		for j in $(seq 200); do sed 's/预算数\t１２０.５０/预算数\t1O.5/' "$EX/tab-grid.txt"; done > "$d/w$i.txt"
	done
	one="$(pbsum -g dept "$d/w1.txt" 2>&1 >/dev/null | wc -l)"
	[ "$one" -ge 200 ]
	printf '%s\0' "$d"/w*.txt | xargs -0 -n 1 -P 4 pbsum -g dept -f ndjson 2> "$d/err" > /dev/null
	[ "$(wc -l < "$d/err")" -eq $((4 * one)) ]
	# every line as one process wrote it, and as many of each file's
	[ "$(grep -Evc "^pbsum: $d/w[1-4].txt:[0-9]+: warning: (预算数 is not an amount: 1O.5|project [0-9A-Z]+ has no budget; skipped)\$" "$d/err")" -eq 0 ]
	for i in 1 2 3 4; do
		[ "$(grep -c "^pbsum: $d/w$i.txt:" "$d/err")" -eq "$one" ]
	done
}

@test "the README's Hadoop Streaming recipe, two reducers: partial sums in each part, one more pbsum adds them up" {
	files=("$EX"/*.txt)
	want="$(pbsum -g dept "${files[@]}")"
	d="$BATS_TEST_TMPDIR/hadoop"
	mkdir "$d"
	# a mapper a file; streaming's partitioner hashes each line's key,
	# here all of it, over the reducers: lines dealt out in turn stand in
	# for that (a tab after each, as streaming gives them)
	for f in "${files[@]}"; do pbtable "$f"; done |
		awk -v d="$d" '{ print $0 "\t" > (d "/to" (NR % 2)) }'
	for r in 0 1; do
		LC_ALL=C sort "$d/to$r" | pbsum -g dept -f ndjson > "$d/part-0000$r"
	done
	# one department's money is in both parts
	dept="$(jq -r '.group.dept' "$d/part-00000" | head -n 1)"
	grep -q "\"dept\":\"$dept\"" "$d/part-00001"
	run_split bash -c "cat '$d'/part-* | pbsum -g dept"
	[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$stderr"; return 1; }
	[ "$output" = "$want" ]
	# a part alone is not the total
	[ "$(pbsum -g dept "$d/part-00000")" != "$want" ]
}
