#!/usr/bin/env bats
# pbtable: layouts left over from earlier reviews, and review r5a.

load common

T="$FIX/table5"

@test "tab grid with an empty margin column: read as the same grid without it" {
	want=$(pbtable "$T/plain-grid.txt" 2>&1 | jq -c 'del(.file)')
	[ "$(pbtable "$T/plain-grid.txt" | jq -s 'map(select(.type=="unparsed")) | length')" = 0 ]
	for f in "$T/margin-grid.txt" "$T/margin-grid-crlf.txt"; do
		run_split pbtable "$f"
		[ "$status" -eq 0 ]
		[ -z "$stderr" ]
		[ "$(printf '%s\n' "$output" | jq -c 'del(.file)')" = "$want" ]
	done
	run proj "$T/margin-grid.txt" '[.budget, .fiscal, .other, .spend["12"], (.goals | length), .indicators]'
	[ "$output" = '[85.5,80,5.5,85.5,2,4]' ]
}

@test "tab grid with an empty margin column: an unparsed region keeps its lines whole, margin tab included" {
	run unp "$T/margin-grid-stray.txt" '[.line, .reason, .text]'
	[ "${#lines[@]}" -eq 1 ]
	[ "$(printf '%s' "$output" | jq -r '.[1]')" = "budget row cell that no field reads: 另有说明" ]
	[ "$(printf '%s' "$output" | jq -j '.[2]')" = "$(sed -n 8p "$T/margin-grid-stray.txt")" ]
}

@test "cell per line is not taken for a margin grid: one cell of text a line" {
	run proj "$EX/cell-per-line.txt" '.unparsed'
	for u in "${lines[@]}"; do [ "$u" = 0 ]; done
	[ "${#lines[@]}" -ge 1 ]
}
