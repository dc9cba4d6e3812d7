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
